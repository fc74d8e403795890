//! Meta exports in the languages advertisers use (tests/fixtures/import/meta-languages): each
//! file holds the same WhatsApp row (12 conversations, 30.00 spent, 2.50 per result) and a
//! reach row (500 people, 15.00 spent), so each must import to the same totals, whatever
//! its language, delimiter or decimal separator, and whether its headers are known by name
//! or only by the values under them.

use messaging_ladder::core::basics::money::Money;
use messaging_ladder::core::basics::number::DecimalSep;
use messaging_ladder::core::import::analyze::{Overrides, Preview};
use messaging_ladder::core::import::columns::Role;
use messaging_ladder::core::import::read::analyze_bytes;
use messaging_ladder::core::message::english;

fn import(name: &str) -> Preview {
    let path = format!("{}/tests/fixtures/import/meta-languages/{name}", env!("CARGO_MANIFEST_DIR"));
    analyze_bytes(name, &std::fs::read(path).unwrap(), &Overrides::default(), DecimalSep::Dot)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn role_of(p: &Preview, role: Role) -> Option<&str> {
    p.columns.iter().find(|c| c.role == role).map(|c| c.header.as_str())
}

#[test]
fn every_language_imports_to_the_same_totals() {
    let currencies = [
        ("en", "USD"),
        ("es", "EUR"),
        ("pt", "BRL"),
        ("fr", "EUR"),
        ("de", "EUR"),
        ("it", "EUR"),
        ("nl", "EUR"),
        ("pl", "PLN"),
        ("tr", "TRY"),
        ("vi", "VND"),
        ("id", "IDR"),
        ("th", "THB"),
    ];
    for (code, currency) in currencies {
        let p = import(&format!("{code}.csv"));
        assert_eq!(p.segments.len(), 1, "{code}: {:?}", p.segments);
        let s = &p.segments[0];
        assert_eq!(s.name, "WhatsApp – quotes", "{code}");
        assert_eq!(s.started, Some(12), "{code}: conversations");
        assert_eq!(s.spend, Some(Money::from_units(30)), "{code}: spend");
        assert_eq!(p.currency.as_deref(), Some(currency), "{code}: currency");
        let spend = role_of(&p, Role::Spend).unwrap_or_default();
        assert!(
            spend.ends_with(&format!("({currency})")),
            "{code}: spend is the currency column, not {spend}"
        );
        let notes: Vec<String> = p.notes.iter().map(|n| english(&n.message())).collect();
        assert!(notes.iter().any(|n| n.starts_with("1 row of other results")), "{code}: {notes:?}");
    }
}

#[test]
fn headers_no_list_knows_are_recognised_by_their_values() {
    // German: the indicator's name isn't in any list; its values are Meta action ids.
    let de = import("de.csv");
    assert_eq!(role_of(&de, Role::ResultIndicator), Some("Ergebnisindikator"));
    // Every header is Russian: the indicator from its values, the results just before it,
    // and spend as the currency column equal to results × cost per result (12 × 2.50 = 30.00;
    // 500 × 0.03 = 15.00), never the cost per result.
    let ru = import("unknown-language.csv");
    assert_eq!(role_of(&ru, Role::ResultIndicator), Some("Индикатор результатов"));
    assert_eq!(role_of(&ru, Role::Results), Some("Результаты"));
    assert_eq!(role_of(&ru, Role::Spend), Some("Сумма затрат (RUB)"));
    assert_eq!(ru.columns[3].role, Role::Ignore, "the cost per result is never spend");
    assert_eq!(ru.currency.as_deref(), Some("RUB"));
    let total = messaging_ladder::core::comparison::segment::total(&ru.segments);
    assert_eq!((total.started, total.spend), (Some(12), Some(Money::from_units(30))));
}

#[test]
fn a_correction_keeps_what_the_values_told() {
    // German: the indicator is known from its values only. Ignoring the name column (a
    // correction) must not forget it: the conversations still count.
    let path = format!("{}/tests/fixtures/import/meta-languages/de.csv", env!("CARGO_MANIFEST_DIR"));
    let mut overrides = Overrides::default();
    overrides.roles.insert(0, Role::Ignore);
    let p = analyze_bytes("de.csv", &std::fs::read(path).unwrap(), &overrides, DecimalSep::Dot).unwrap();
    assert_eq!(role_of(&p, Role::ResultIndicator), Some("Ergebnisindikator"));
    let total = messaging_ladder::core::comparison::segment::total(&p.segments);
    assert_eq!((total.started, total.spend), (Some(12), Some(Money::from_units(30))));
}
