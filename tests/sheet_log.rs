//! Time to close beyond a CRM's won and lost dates (issue 26): a conversation log kept in a
//! spreadsheet, whose won and lost columns are recognised by their values and whose stage dates
//! ("Qualified at", "Booked on") say how soon each stage is reached; and campaigns whose
//! month is still closing, counted at their projected customers. Fixtures from
//! tests/fixtures/closing/generate.mjs.

use messaging_ladder::core::basics::number::DecimalSep;
use messaging_ladder::core::import::analyze::{Overrides, Preview};
use messaging_ladder::core::import::columns::Role;
use messaging_ladder::core::import::read::analyze_bytes;

fn closing(name: &str) -> Preview {
    let path = format!("{}/tests/fixtures/closing/{name}", env!("CARGO_MANIFEST_DIR"));
    analyze_bytes(name, &std::fs::read(path).unwrap(), &Overrides::default(), DecimalSep::Dot).unwrap()
}

#[test]
fn a_sheets_unnamed_won_and_lost_columns_are_read_by_their_values_and_its_stage_dates_by_name() {
    use messaging_ladder::core::closing::view::closing_view;
    use messaging_ladder::core::message::english;
    let p = closing("sheet-six-months.csv");
    let role = |h: &str| p.columns.iter().find(|c| c.header == h).unwrap().role;
    assert_eq!(
        ["Date", "Status", "Qualified at", "Booked on", "Signed", "Dropped"].map(role),
        [
            Role::PeriodStart,
            Role::Status,
            Role::QualifiedDate,
            Role::HandoffDate,
            Role::WonDate,
            Role::LostDate
        ]
    );
    let dated = p.deals.expect("dated deals");
    // 60 conversations a month for six months; the last event is 30 November's qualification.
    assert_eq!(dated.count(), 360);
    let view = closing_view(&dated, &[]);
    assert_eq!(english(&view.lede), "360 deals with dates, as of 2026-11-30.");
    let stages: Vec<String> = view.stages.iter().map(english).collect();
    // 6 in 10 are qualified 2 days in: every month's 36, and November's up to its 28th (32):
    // 212. 5 in 10 are booked 4 days in: 30 a month, November's up to its 26th (25): 175.
    assert_eq!(
        stages,
        [
            "Qualified: half of the conversations that get there do so within 2 days of their start, \
             and 90% within 2 days (212 of 360 so far).",
            "Handed off or booked: half of the conversations that get there do so within 4 days of \
             their start, and 90% within 4 days (175 of 360 so far).",
        ]
    );
    // Signed 7, 15 or 30 days in, a third each: half by day 15, 90% by day 30.
    assert_eq!(
        english(&view.days),
        "Half of the deals that are won are won within 15 days of their start, and 90% within 30 days."
    );
}

#[test]
fn the_sheet_joined_with_its_campaigns_counts_novembers_projected_customers() {
    use messaging_ladder::core::closing::Closing;
    use messaging_ladder::core::comparison::segment::SortKey;
    use messaging_ladder::core::import::session::Confirmed;
    use messaging_ladder::core::message::english;
    use messaging_ladder::core::workspace::event::Event;
    use messaging_ladder::core::workspace::Workspace;
    // A fresh visit, then the ads and the sheet applied, joined by campaign and month.
    let mut ws = Workspace::sample();
    for name in ["meta-six-months-campaigns.csv", "sheet-six-months.csv"] {
        let preview = closing(name);
        ws.update(Event::ApplyImport(Confirmed { preview, overrides: Overrides::default(), join: None }));
    }
    let e = ws.evaluate(DecimalSep::Dot);
    let rows = ws.segment_rows(&e, SortKey::Name, false);
    assert_eq!(rows.len(), 12);
    // October's deals have had their 30 days; November's are still closing, both campaigns'.
    let mark = |name: &str, month: &str| {
        let row = rows.iter().find(|r| r.name == name && r.period.as_ref().unwrap().start.starts_with(month));
        row.unwrap().closing
    };
    assert_eq!(mark("Quotes – WhatsApp", "2026-10"), None);
    assert_eq!(mark("Quotes – WhatsApp", "2026-11"), Some(Closing::Projected));
    assert_eq!(mark("Quotes – Messenger", "2026-11"), Some(Closing::Projected));
    let note = english(ws.developed().note.as_ref().unwrap());
    assert!(
        note.starts_with("Still closing: the CAC of November 2026 counts the customers projected"),
        "{note}"
    );
    // The inversions compare the campaigns at their projected customers, and say so.
    let c = ws.segment_comparison(&e);
    assert!(c.segments.iter().all(|r| r.closing == Some(Closing::Projected)));
    assert_eq!(c.closing.map(|n| english(&n)), Some(note));
}

#[test]
fn campaigns_of_a_month_still_closing_count_their_projected_customers_and_say_so() {
    use messaging_ladder::core::basics::dates::Period;
    use messaging_ladder::core::basics::money::Money;
    use messaging_ladder::core::closing::Closing;
    use messaging_ladder::core::comparison::segment::{Segment, SortKey};
    use messaging_ladder::core::ladder::MetricId;
    use messaging_ladder::core::message::english;
    use messaging_ladder::core::workspace::Workspace;
    // The six months of Pipedrive deals, credited to two campaigns a month: October's 12 wins
    // as 8 and 4, November's 7 so far as 4 and 3; $500 of ads each.
    let path = format!("{}/tests/fixtures/closing/pipedrive-six-months.csv", env!("CARGO_MANIFEST_DIR"));
    let p = analyze_bytes("p.csv", &std::fs::read(path).unwrap(), &Overrides::default(), DecimalSep::Dot)
        .unwrap();
    let campaign = |name: &str, month: &str, last: &str, customers: u64| Segment {
        name: name.into(),
        period: Some(Period::new(&format!("2026-{month}-01"), &format!("2026-{month}-{last}"))),
        spend: Some(Money::from_units(500)),
        started: Some(250),
        handoffs: Some(20),
        customers: Some(customers),
        ..Segment::default()
    };
    let ws = Workspace {
        segments: vec![
            campaign("A", "10", "31", 8),
            campaign("B", "10", "31", 4),
            campaign("A", "11", "30", 4),
            campaign("B", "11", "30", 3),
        ],
        deals: p.deals.clone(),
        ..Workspace::default()
    };
    // November's deals are projected to end at 12 wins (the time-to-close test above): 12 / 7
    // times its customers so far, 4 × 1.714 = 6.86 → 7 and 3 × 1.714 = 5.14 → 5. October's
    // deals have had their 30 days: they stand.
    let rows = ws.segment_rows(&ws.evaluate(DecimalSep::Dot), SortKey::Name, false);
    let cac = |i: usize| {
        rows.iter().find(|r| r.index == i).map(|r| {
            let v = r.metrics.iter().find(|(m, _)| *m == MetricId::Cac).unwrap().1.known().unwrap();
            ((v * 100.0).round() / 100.0, r.closing)
        })
    };
    assert_eq!(cac(0), Some((62.5, None)));
    assert_eq!(cac(2), Some((71.43, Some(Closing::Projected))));
    assert_eq!(cac(3), Some((100.0, Some(Closing::Projected))));
    let note = english(ws.developed().note.as_ref().unwrap());
    assert!(
        note.starts_with("Still closing: the CAC of November 2026 counts the customers projected"),
        "{note}"
    );
    // The campaigns across both months: A 1,000 / (8 + 7), B 1,000 / (4 + 5), both marked.
    let c = ws.segment_comparison(&ws.evaluate(DecimalSep::Dot));
    let cacs: Vec<_> =
        c.segments.iter().map(|r| ((r.values[3].unwrap() * 100.0).round() / 100.0, r.closing)).collect();
    assert_eq!(cacs, [(66.67, Some(Closing::Projected)), (111.11, Some(Closing::Projected))]);
    assert_eq!(c.closing.map(|n| english(&n)), Some(note));
    // The download says which CACs count customers still to come.
    let csv = messaging_ladder::core::outbound::export::segments_csv(&ws, &rows);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert!(lines[0].ends_with(",CAC counts"), "{}", lines[0]);
    assert!(
        lines[2].starts_with("A,2026-11-01,2026-11-30,") && lines[2].ends_with(",71.43,,projected"),
        "{}",
        lines[2]
    );
}
