//! What a user does to the workspace, as the core carries it out: the shell only forwards
//! these. Values worked by hand in each test.

mod period_args;

use messaging_ladder::core::basics::money::Money;
use messaging_ladder::core::basics::number::DecimalSep;
use messaging_ladder::core::comparison::segment::{Segment, SortKey};
use messaging_ladder::core::ladder::fields::Field;
use messaging_ladder::core::ladder::MetricId;
use messaging_ladder::core::workspace::Workspace;

fn segment(name: &str, spend: i64, started: u64, customers: u64) -> Segment {
    Segment {
        name: name.into(),
        spend: Some(Money::from_units(spend)),
        started: Some(started),
        replies: Some(started),
        qualified: Some(started),
        handoffs: Some(started),
        customers: Some(customers),
        ..Default::default()
    }
}

#[test]
fn the_segment_table_reads_other_cost_in_the_users_locale_and_spreads_it() {
    // A German user types 1.500 (fifteen hundred). Spends 100 and 300 take 375 and 1,125 of it:
    // A: (100 + 375) / 1 = 475; B: (300 + 1,125) / 5 = 285. The ladder's total CAC is
    // (400 + 1,500) / 6 = 316.67, and 475 + 1,425 = 1,900 = 400 + 1,500.
    let mut ws = Workspace {
        segments: vec![segment("A", 100, 50, 1), segment("B", 300, 50, 5)],
        ..Workspace::default()
    };
    ws.form.set(Field::OtherCost, "1.500".to_string());
    let rows = ws.segment_rows(&ws.evaluate(DecimalSep::Comma), SortKey::Name, false);
    let cac: Vec<f64> = rows
        .iter()
        .map(|r| r.metrics.iter().find(|(id, _)| *id == MetricId::Cac).and_then(|(_, v)| v.known()).unwrap())
        .collect();
    assert_eq!(cac, [475.0, 285.0]);
    ws.source = messaging_ladder::core::workspace::Source::Total;
    let total = ws.evaluate(DecimalSep::Comma).ladder.metric(MetricId::Cac).known().unwrap();
    assert!((total - 1900.0 / 6.0).abs() < 1e-9, "{total}");
}

use messaging_ladder::core::import::analyze::{Overrides, SavedMapping};
use messaging_ladder::core::import::read::analyze;
use messaging_ladder::core::import::session::Confirmed;
use messaging_ladder::core::ladder::targets::{BusinessType, Setting};
use messaging_ladder::core::message::{english, Id, Message};
use messaging_ladder::core::scenario::{Lever, ScenarioEvent, MAX_SCENARIOS};
use messaging_ladder::core::workspace::event::{Event, Outcome};
use messaging_ladder::core::workspace::Source;

#[test]
fn typing_and_settings_are_events() {
    let mut ws = Workspace::default();
    assert_eq!(ws.update(Event::EditField(Field::Spend, "1800".into())), Outcome::Changed);
    assert_eq!(ws.form.get(Field::Spend), "1800");
    assert_eq!(ws.update(Event::EditField(Field::Spend, "1800".into())), Outcome::Unchanged);
    assert_eq!(ws.update(Event::SetCurrency("EUR".into())), Outcome::Changed);
    // Not a currency code: ignored, so a crafted option can't put junk on every amount.
    assert_eq!(ws.update(Event::SetCurrency("<b>".into())), Outcome::Unchanged);
    assert_eq!(ws.currency, "EUR");
    ws.update(Event::EditSetting(Setting::MinVolume, "50".into()));
    assert_eq!(ws.targets.get(Setting::MinVolume), "50");
    ws.update(Event::ChooseBusiness(BusinessType::Custom, DecimalSep::Comma));
    assert_eq!(ws.targets.business, BusinessType::Custom);
    // "My own targets" writes the service-quotes preset out: 60% reply.
    assert_eq!(ws.targets.get(Setting::Target(messaging_ladder::core::ladder::Step::Reply)), "60");
}

#[test]
fn choosing_the_ladder_shown_only_takes_segments_that_exist() {
    let mut ws = Workspace { segments: vec![segment("A", 100, 50, 1)], ..Workspace::default() };
    assert_eq!(ws.update(Event::Show(Source::Segment(0))), Outcome::Changed);
    assert_eq!(ws.update(Event::Show(Source::Segment(3))), Outcome::Unchanged);
    assert_eq!(ws.source, Source::Segment(0));
    assert_eq!(Source::from_id(&Source::Segment(7).id()), Some(Source::Segment(7)));
    assert_eq!(Source::from_id("total"), Some(Source::Total));
    assert_eq!(Source::from_id("segment-x"), None);
}

#[test]
fn sample_clear_and_shared_links_replace_with_undo() {
    let mut ws = Workspace { currency: "BRL".into(), ..Workspace::default() };
    ws.update(Event::EditField(Field::Spend, "5".into()));
    let original = ws.clone();
    let Outcome::Replaced { previous, notice } = ws.update(Event::LoadSample) else {
        panic!("sample replaces")
    };
    assert_eq!(english(&Message::of(notice)), "Example numbers loaded.");
    assert_eq!(*previous, original);
    assert_eq!((ws.form.get(Field::Spend), ws.currency.as_str()), ("1800", "BRL"));
    ws.update(Event::Undo(*previous));
    assert_eq!(ws, original);
    let Outcome::Replaced { notice, .. } = ws.update(Event::Clear) else { panic!("clear replaces") };
    assert_eq!(notice, Id::WsCleared);
    assert_eq!(english(&Message::of(notice)), "Cleared.", "not “Inputs replaced.”");
    assert_eq!((ws.form.get(Field::Spend), ws.currency.as_str()), ("", "BRL"));
    let remembered = SavedMapping { periods: "week".into(), ..Default::default() };
    ws.mappings.insert("Campaign|Spend".into(), remembered.clone());
    let shared = Workspace::sample();
    let Outcome::Replaced { previous, .. } = ws.update(Event::OpenShared(shared.clone())) else { panic!() };
    // The link's numbers, and this browser's remembered import layouts (a link carries none).
    assert_eq!(Workspace { mappings: Default::default(), ..ws.clone() }, shared);
    assert_eq!(ws.mappings.get("Campaign|Spend"), Some(&remembered));
    assert_eq!(previous.form.get(Field::Spend), "");
}

#[test]
fn an_applied_import_says_what_it_did_and_is_remembered() {
    let text = "Campaign,Spend,Chats\nA,100,40\nB,50,10\n";
    let preview = analyze("june.csv", text, &Overrides::default(), DecimalSep::Dot).unwrap();
    let mut ws = Workspace::default();
    let out =
        ws.update(Event::ApplyImport(Confirmed { preview, overrides: Overrides::default(), join: None }));
    let Outcome::Imported(said) = out else { panic!("{out:?}") };
    assert_eq!(english(&said), "Imported 2 segments from june.csv. The ladder now shows their total.");
    assert_eq!((ws.segments.len(), ws.source), (2, Source::Total));
    let one =
        analyze("july.csv", "Campaign,Spend,Chats\nC,1,1\n", &Overrides::default(), DecimalSep::Dot).unwrap();
    let out = ws.update(Event::ApplyImport(Confirmed {
        preview: one,
        overrides: Overrides::default(),
        join: None,
    }));
    let Outcome::Imported(said) = out else { panic!("{out:?}") };
    assert_eq!(english(&said), "Imported 1 segment from july.csv. The ladder now shows their total.");
}

#[test]
fn scenarios_are_added_renamed_copied_and_deleted_within_the_limit() {
    let mut ws = Workspace::sample();
    let add = || Event::Scenario(ScenarioEvent::Add);
    assert_eq!(ws.update(add()), Outcome::Changed);
    assert_eq!(ws.scenarios[0].name, "Scenario 1");
    ws.update(Event::Scenario(ScenarioEvent::SetLever(0, Lever::CloseRate, 1.7)));
    assert_eq!(ws.scenarios[0].get(Lever::CloseRate), Some(1.0), "clamped to 100%");
    ws.update(Event::Scenario(ScenarioEvent::Rename(0, "x".repeat(80))));
    assert_eq!(ws.scenarios[0].name.chars().count(), 60);
    ws.update(Event::Scenario(ScenarioEvent::Rename(0, "Faster replies".into())));
    ws.update(Event::Scenario(ScenarioEvent::Duplicate(0)));
    assert_eq!(ws.scenarios[1].name, "Faster replies (copy)");
    assert_eq!(ws.scenarios[1].get(Lever::CloseRate), Some(1.0));
    ws.update(Event::Scenario(ScenarioEvent::ResetLever(1, Lever::CloseRate)));
    assert_eq!(ws.scenarios[1].get(Lever::CloseRate), None);
    ws.update(Event::Scenario(ScenarioEvent::AddWith {
        name: "CAC 150 via close rate".into(),
        lever: Lever::CloseRate,
        value: 0.34,
    }));
    ws.update(add());
    assert_eq!(ws.scenarios.len(), MAX_SCENARIOS);
    // The fifth is refused in every way one can be made.
    assert_eq!(ws.update(add()), Outcome::Unchanged);
    assert_eq!(ws.update(Event::Scenario(ScenarioEvent::Duplicate(0))), Outcome::Unchanged);
    let goal = ScenarioEvent::AddWith { name: "y".into(), lever: Lever::Spend, value: 1.0 };
    assert_eq!(ws.update(Event::Scenario(goal)), Outcome::Unchanged);
    ws.update(Event::Scenario(ScenarioEvent::ResetAll(0)));
    assert!(ws.scenarios[0].overrides.is_empty());
    ws.update(Event::Scenario(ScenarioEvent::Delete(0)));
    assert_eq!(ws.scenarios.len(), 3);
    assert_eq!(ws.update(Event::Scenario(ScenarioEvent::Delete(9))), Outcome::Unchanged);
}

#[test]
fn settings_and_fields_say_what_a_blank_means_and_their_unit() {
    use messaging_ladder::core::ladder::Step;
    use messaging_ladder::core::message::english;
    let ws = Workspace::sample();
    // Service quotes preset: 60% reply; blank minimum volume means 30.
    assert_eq!(ws.targets.placeholder(Setting::Target(Step::Reply), DecimalSep::Comma), "60");
    assert_eq!(ws.targets.placeholder(Setting::MinVolume, DecimalSep::Dot), "30");
    assert_eq!(ws.targets.placeholder(Setting::WindowDays, DecimalSep::Dot), "");
    assert_eq!(english(&Setting::PreviousCostPerMessage.unit("EUR")), "EUR");
    assert_eq!(english(&Setting::SalesCycleDays.unit("EUR")), "days");
    assert_eq!(english(&Field::Spend.hint_in("EUR")), "Ad spend for the period. In EUR.");
    assert_eq!(
        english(&Field::Replies.hint_in("EUR")),
        "Conversations where the person answered your first reply."
    );
}

#[test]
fn an_earlier_period_typed_beside_the_ladder_explains_why_cac_moved() {
    use messaging_ladder::core::basics::text::PlainFormatter;
    let mut ws = Workspace::sample();
    assert_eq!(ws.period_split(&ws.evaluate(DecimalSep::Dot)), None, "nothing typed for the earlier period");
    for (field, text) in [
        (Field::Spend, "1800"),
        (Field::Started, "600"),
        (Field::Replies, "390"),
        (Field::Qualified, "78"),
        (Field::Handoffs, "47"),
        (Field::Customers, "14"),
    ] {
        assert_eq!(ws.update(Event::EditEarlier(field, text.into())), Outcome::Changed);
    }
    // The same ladder, but the sample now adds 600 of other cost to 1,800 of spend: CAC
    // 1,800 / 14 = 128.57 → 2,400 / 14 = 171.43, all of it from other cost (0% → 33.3%).
    let split = ws.period_split(&ws.evaluate(DecimalSep::Dot)).unwrap().result.unwrap();
    let f = PlainFormatter { currency: "USD".into() };
    assert_eq!(
        split.sentence.render(&f),
        "CAC rose from USD 128.57 to USD 171.43: other cost per unit of spend rose from 0% to 33.3%."
    );
    assert_eq!(split.parts[5].amount, 42.86);
    ws.update(Event::EditEarlier(Field::Customers, String::new()));
    assert_eq!(
        ws.period_split(&ws.evaluate(DecimalSep::Dot)).map(|c| c.result),
        Some(Err(messaging_ladder::core::comparison::period_split::CantSplit))
    );
}

#[test]
fn a_dearer_message_than_the_earlier_period_is_flagged_with_the_periods_named() {
    use messaging_ladder::core::basics::text::PlainFormatter;
    use messaging_ladder::core::diagnosis::CheckKind;
    let mut ws = Workspace::sample();
    // Earlier: 1,500 / 600 = 2.50 a message; now 1,800 / 600 = 3.00: +20%, over the 10% line.
    ws.update(Event::EditEarlier(Field::Spend, "1500".into()));
    ws.update(Event::EditEarlier(Field::Started, "600".into()));
    let checks = ws.evaluate(DecimalSep::Dot).diagnosis.checks;
    let rising = checks.iter().find(|c| c.kind == CheckKind::CostPerMessageRising).expect("flagged");
    let f = PlainFormatter { currency: "USD".into() };
    assert!(
        rising.message.render(&f).starts_with(
            "Cost per message rose from USD 2.50 in the earlier period to USD 3.00 in this one (+20%). That usually points at delivery"
        ),
        "{}",
        rising.message.render(&f)
    );
}

#[test]
fn two_imported_months_are_split_with_their_share_of_the_other_cost() {
    use messaging_ladder::core::basics::text::PlainFormatter;
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/two-months.csv"))
            .unwrap();
    let preview = analyze("two-months.csv", &text, &Overrides::default(), DecimalSep::Dot).unwrap();
    // The user's own other cost (not the sample's, which an import drops).
    let mut ws = Workspace::default();
    ws.update(Event::EditField(Field::OtherCost, "600".into()));
    ws.update(Event::ApplyImport(Confirmed { preview, overrides: Overrides::default(), join: None }));
    let c = ws.period_split(&ws.evaluate(DecimalSep::Dot)).expect("two months are a sequence");
    assert_eq!(c.between, period_args::between(("2026-09-01", "2026-09-30"), ("2026-10-01", "2026-10-31")));
    assert_eq!((c.choices.len(), c.picked), (2, (0, 1)));
    // 600 of other cost spread 2,000 : 2,160 gives September 288.46 and October 311.54:
    // CAC 95.35 → 102.98, and other cost per unit of spend is the same in both (no part).
    let split = c.result.unwrap();
    let f = PlainFormatter { currency: "USD".into() };
    assert_eq!(
        split.sentence.render(&f),
        "CAC rose from USD 95.35 to USD 102.98 although cost per message fell 28%: qualification fell from 24% to 16%."
    );
    assert_eq!(split.parts[5].amount, 0.0);
    // The waterfall says its total and writes each bar's value over it.
    use messaging_ladder::core::comparison::period_split::{total_change, waterfall};
    assert_eq!(total_change(&split).render(&f), "CAC changed by +USD 7.63");
    let bars = waterfall(&split);
    assert_eq!(bars[0].value.render(&f), "USD 95.35");
    assert_eq!(bars.last().unwrap().value.render(&f), "USD 102.98");
}

#[test]
fn the_report_language_is_a_setting_kept_by_sample_and_clear_and_saved_by_its_tag() {
    use messaging_ladder::core::basics::language::Language;
    let mut ws = Workspace::default();
    assert_eq!(ws.update(Event::ChooseReportLanguage(Some(Language::PortugueseBrazil))), Outcome::Changed);
    assert_eq!(ws.update(Event::ChooseReportLanguage(Some(Language::PortugueseBrazil))), Outcome::Unchanged);
    ws.update(Event::LoadSample);
    assert_eq!(ws.report_language, Some(Language::PortugueseBrazil), "the sample keeps it");
    ws.update(Event::Clear);
    assert_eq!(ws.report_language, Some(Language::PortugueseBrazil), "Clear keeps it, as the settings");
    let saved = serde_json::to_string(&ws).unwrap();
    assert!(saved.contains(r#""report_language":"pt-BR""#), "{saved}");
    assert_eq!(serde_json::from_str::<Workspace>(&saved).unwrap(), ws);
    // None is not written; a tag this version doesn't speak opens as none, not as a failed load.
    ws.update(Event::ChooseReportLanguage(None));
    assert!(!serde_json::to_string(&ws).unwrap().contains("report_language"));
    let newer = saved.replace(r#""pt-BR""#, r#""ja""#);
    assert_eq!(serde_json::from_str::<Workspace>(&newer).unwrap().report_language, None);
}
