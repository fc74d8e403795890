//! CRM exports as HubSpot and Pipedrive write them (no campaign column; a stage and a status),
//! joined onto a Meta export the way a user does it: the numbers that reach the ladder, the
//! diagnosis and the client summary. Expected values are counted by hand from the fixtures
//! under tests/fixtures/import.

use messaging_ladder::core::basics::money::Money;
use messaging_ladder::core::basics::number::DecimalSep;
use messaging_ladder::core::basics::text::PlainFormatter;
use messaging_ladder::core::comparison::segment::Segment;
use messaging_ladder::core::import::analyze::{Overrides, Preview, Shape};
use messaging_ladder::core::import::columns::Role;
use messaging_ladder::core::import::join::JoinMode;
use messaging_ladder::core::import::read::{analyze, analyze_bytes};
use messaging_ladder::core::import::session::{Confirmed, Correction, Phase, Session};
use messaging_ladder::core::ladder::fields::Field;
use messaging_ladder::core::ladder::targets::TargetsForm;
use messaging_ladder::core::ladder::{Entry, MetricId, Stage};
use messaging_ladder::core::message::english;
use messaging_ladder::core::workspace::event::{Event, Outcome};
use messaging_ladder::core::workspace::{Source, Workspace};

fn import(name: &str) -> Preview {
    let bytes =
        std::fs::read(format!("{}/tests/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    analyze_bytes(name, &bytes, &Overrides::default(), DecimalSep::Dot).unwrap()
}

/// The preview's notes, in English.
fn notes(p: &Preview) -> Vec<String> {
    p.notes.iter().map(|n| english(&n.message())).collect()
}

fn apply(ws: &mut Workspace, preview: Preview, join: Option<JoinMode>) -> Outcome {
    ws.update(Event::ApplyImport(Confirmed { preview, overrides: Overrides::default(), join }))
}

/// A fresh visit: the sample on screen, then the Meta export of October applied.
fn with_meta() -> Workspace {
    let mut ws = Workspace::sample();
    apply(&mut ws, import("meta-october-campaigns.csv"), None);
    ws
}

#[test]
fn the_meta_fixture_is_three_campaigns_of_october() {
    let ws = with_meta();
    let t = ws.shown_segment().unwrap();
    // 412 + 236 + 92 conversations; 1,198.92 + 797.68 + 400.20 spent.
    assert_eq!((ws.segments.len(), t.started, t.spend), (3, Some(740), Some(Money::from_cents(239_680))));
}

#[test]
fn a_hubspot_export_without_a_campaign_column_joins_the_account_total_not_a_segment() {
    let mut ws = with_meta();
    let log = import("hubspot-deals-export.csv");
    assert_eq!(log.shape, Shape::OutcomeLog);
    assert_eq!(ws.join_default(&log), Some(JoinMode::Account), "no campaign column: the whole account");
    let choice = ws.join_choice(&log).unwrap();
    assert_eq!(
        choice.options.iter().map(|o| o.mode).collect::<Vec<_>>(),
        [JoinMode::Account, JoinMode::Replace]
    );
    assert!(choice.names.is_none() && choice.ask.is_none());
    // Every deal reached "Qualified to buy" or further: the file can't count replies.
    assert!(
        notes(&log).iter().any(|n| n.contains("Every row got at least as far as “Qualified conversations”")),
        "{:?}",
        notes(&log)
    );
    // The export holds every channel's deals; the Paid Social ones are kept unless the user
    // picks other sources.
    assert_eq!(
        english(&log.looks_like()),
        "An outcome log (CRM deals or a conversation audit): 17 conversations counted into 1 segment (of 24 rows)."
    );
    let filter = log.sources.clone().unwrap();
    assert_eq!(filter.column, "Original Traffic Source");
    assert!(filter.suggested);
    let kept: Vec<(&str, usize, bool)> =
        filter.values.iter().map(|v| (v.value.as_str(), v.rows, v.kept)).collect();
    assert_eq!(
        kept,
        [
            ("Paid Social", 17, true),
            ("Organic Search", 3, false),
            ("Direct Traffic", 3, false),
            ("Referrals", 1, false)
        ]
    );
    assert!(
        notes(&log).contains(&"Kept 17 of 24 rows, those whose “Original Traffic Source” is “Paid Social” (17) (they look like Meta’s ads); left out 7 from other sources: “Organic Search” (3), “Direct Traffic” (3), “Referrals” (1). Change which sources are kept below.".to_string()),
        "{:?}",
        notes(&log)
    );
    let Outcome::Imported(said) = apply(&mut ws, log, None) else { panic!() };
    let said = english(&said);
    assert!(said.contains("onto the ad data’s total"), "{said}");
    // No "All conversations" segment, and the ads' conversations are not added to.
    assert_eq!(ws.segments.len(), 3);
    assert_eq!(ws.source, Source::Total);
    let t = ws.shown_segment().unwrap();
    // 17 Paid Social deals: 5 closed won (8,400 + 5,150.50 + 7,300 + 5,800 + 4,750 =
    // 31,400.50); 15 reached a sales stage (all but the 2 "Qualified to buy").
    assert_eq!(
        (t.spend, t.started, t.replies, t.qualified, t.handoffs, t.customers),
        (Some(Money::from_cents(239_680)), Some(740), None, Some(17), Some(15), Some(5))
    );
    assert_eq!(t.revenue, Some(Money::from_cents(3_140_050)));
    // The campaigns keep the ads' numbers only.
    assert!(ws.segments.iter().all(|s| s.customers.is_none() && s.qualified.is_none()));
    // What the ladder, the diagnosis and the summary read: 740 conversations, CAC 2,396.80 / 5.
    let e = ws.evaluate(DecimalSep::Dot);
    let cac = e.ladder.metric(MetricId::Cac).known().unwrap();
    assert_eq!((cac * 100.0).round(), 47_936.0, "479.36: no sample other cost added");
    assert_eq!(e.ladder.stage(Stage::Started).count, Entry::Given(740));
}

#[test]
fn the_sources_kept_can_be_changed_in_the_preview() {
    let text = String::from_utf8(
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/hubspot-deals-export.csv"))
            .unwrap(),
    )
    .unwrap();
    let mut session = Session::new(DecimalSep::Dot);
    session.paste(&text, &Default::default());
    let customers = |s: &Session| match &s.phase {
        Phase::Previewed(p) => p.segments[0].customers,
        _ => panic!("{:?}", s.phase),
    };
    assert_eq!(customers(&session), Some(5));
    // Organic Search's 3 deals added: Okafor and Yilmaz won.
    session.correct(Correction::KeepSource("organic search".into(), true));
    assert_eq!(customers(&session), Some(7));
    session.correct(Correction::KeepSource("paid social".into(), false));
    assert_eq!(customers(&session), Some(2));
    let Some(Confirmed { overrides, .. }) = session.apply() else { panic!() };
    assert_eq!(overrides.sources, Some(["organic search".to_string()].into()), "remembered with the layout");
}

#[test]
fn a_log_whose_names_match_none_of_the_ads_is_not_joined_unless_the_user_says_how() {
    let mut ws = with_meta();
    let log = analyze(
        "crm.csv",
        "Campaign,Status\nspring_kitchens,Won\nspring_kitchens,Lost\nbrand_awareness,Won\n",
        &Overrides::default(),
        DecimalSep::Dot,
    )
    .unwrap();
    assert_eq!(ws.join_default(&log), None);
    let choice = ws.join_choice(&log).unwrap();
    assert!(choice.ask.is_some());
    let (theirs, ours) = choice.names.unwrap();
    assert_eq!(theirs, ["spring_kitchens", "brand_awareness"]);
    assert_eq!(
        ours,
        ["Kitchen remodel – WhatsApp", "Bathroom refresh – Messenger", "Roof repair – Instagram"]
    );
    let before = ws.clone();
    assert_eq!(apply(&mut ws, log.clone(), None), Outcome::Unchanged, "Apply waits for a choice");
    assert_eq!(ws, before);
    // Chosen: onto the total, ignoring the names.
    apply(&mut ws, log, Some(JoinMode::Account));
    let t = ws.shown_segment().unwrap();
    assert_eq!((ws.segments.len(), t.started, t.customers), (3, Some(740), Some(2)));
}

#[test]
fn pipedrive_status_decides_who_won_and_the_stage_how_far_the_others_got() {
    // Every source kept, to count all 16 deals.
    let all = Overrides {
        sources: Some(["paid social".to_string(), "organic".to_string()].into()),
        ..Overrides::default()
    };
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/import/pipedrive-deals-export.csv"
    ))
    .unwrap();
    let p = analyze_bytes("pipedrive.csv", &bytes, &all, DecimalSep::Dot).unwrap();
    assert_eq!(p.shape, Shape::OutcomeLog);
    let role = |h: &str| p.columns.iter().find(|c| c.header == h).unwrap().role;
    assert_eq!((role("Deal - Status"), role("Deal - Stage")), (Role::Status, Role::Stage));
    assert_eq!(role("Deal - Deal created"), Role::PeriodStart);
    assert!(p.statuses.iter().all(|s| s.known), "{:?}", p.statuses);
    assert!(p
        .statuses
        .iter()
        .any(|s| s.of_stage && s.status == "Proposal Made" && s.stage == Stage::HandedOff));
    // 16 deals. Won: 4 (4,200 + 3,100 + 5,600 + 2,750). Lost or open at Proposal Made or
    // Negotiations Started: 5 more reached handoff; at Qualified: 2 more; at Lead In or
    // Contact Made: 5 more replied.
    let s = &p.segments[0];
    assert_eq!(
        (s.started, s.replies, s.qualified, s.handoffs, s.customers),
        (Some(16), Some(16), Some(11), Some(9), Some(4))
    );
    assert_eq!(s.revenue, Some(Money::from_units(15_650)), "lost deals' values are not revenue");
    // As the user first sees it: the 12 "Paid social" deals kept (3 won: 3,100 + 5,600 +
    // 2,750), joined onto the ads' total.
    let mut ws = with_meta();
    let p = import("pipedrive-deals-export.csv");
    let s = &p.segments[0];
    assert_eq!(
        (s.started, s.replies, s.qualified, s.handoffs, s.customers),
        (Some(12), Some(12), Some(9), Some(7), Some(3))
    );
    assert_eq!(s.revenue, Some(Money::from_units(11_450)));
    apply(&mut ws, p, None);
    let t = ws.shown_segment().unwrap();
    assert_eq!((t.started, t.replies, t.customers), (Some(740), Some(12), Some(3)));
}

#[test]
fn two_columns_read_with_one_role_are_said() {
    let p = analyze(
        "ads.csv",
        "Campaign name,Ad set name,Amount spent (USD),Messaging conversations started\nA,A1,10.00,4\n",
        &Overrides::default(),
        DecimalSep::Dot,
    )
    .unwrap();
    assert!(
        notes(&p).iter().any(|n| n.starts_with("2 columns look like “Name (campaign, ad set or ad)” (“Campaign name”, “Ad set name”): only the first, “Campaign name”, is read.")),
        "{:?}",
        notes(&p)
    );
}

#[test]
fn importing_replaces_the_sample_whole() {
    let mut ws = Workspace::sample();
    assert!(ws.is_example());
    let preview = import("campaigns-inversion.csv");
    apply(&mut ws, preview, None);
    assert!(!ws.is_example());
    assert_eq!(ws.form.get(Field::OtherCost), "", "the sample's 600 of other cost is gone");
    assert_eq!(ws.targets, TargetsForm::default(), "and its 30-day window and 14-day cycle");
    // 620 + 440 + 300 + 12 spent for 2 + 20 + 6 + 0 customers: CAC 49.00, not (1,372 + 600) / 28.
    let cac = ws.evaluate(DecimalSep::Dot).ladder.metric(MetricId::Cac).known().unwrap();
    assert_eq!((cac * 100.0).round(), 4900.0);
    let rows = ws.segment_rows(
        &ws.evaluate(DecimalSep::Dot),
        messaging_ladder::core::comparison::segment::SortKey::Spend,
        true,
    );
    let retargeting = rows.iter().find(|r| ws.segments[r.index].name == "Retargeting").unwrap();
    let cac = retargeting.metrics.iter().find(|(id, _)| *id == MetricId::Cac).unwrap().1;
    assert_eq!(cac.known().map(|v| (v * 100.0).round()), Some(2200.0), "440 / 20");
}

#[test]
fn an_other_cost_the_user_typed_is_kept_for_imported_data() {
    let mut ws = Workspace::default();
    ws.update(Event::EditField(Field::OtherCost, "600".into()));
    apply(&mut ws, import("campaigns-inversion.csv"), None);
    let cac = ws.evaluate(DecimalSep::Dot).ladder.metric(MetricId::Cac).known().unwrap();
    // (1,372 + 600) / 28 = 70.43.
    assert_eq!((cac * 100.0).round(), 7043.0);
    // …and the form says where it goes, rather than that its numbers aren't used.
    let f = PlainFormatter { currency: "USD".into() };
    let notice = ws.typed_notice(&ws.evaluate(DecimalSep::Dot)).unwrap().render(&f);
    assert!(notice.contains("only the other acquisition cost (USD 600.00) is used"), "{notice}");
    ws.update(Event::EditField(Field::OtherCost, String::new()));
    let notice = ws.typed_notice(&ws.evaluate(DecimalSep::Dot)).unwrap().render(&f);
    assert_eq!(notice, "The ladder shows imported data, so these numbers are not used right now.");
}

#[test]
fn an_account_log_joins_the_month_it_falls_in() {
    let mut ws = Workspace::default();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/import/meta-two-months.csv"
    ))
    .unwrap();
    apply(&mut ws, analyze("meta.csv", &text, &Overrides::default(), DecimalSep::Dot).unwrap(), None);
    apply(&mut ws, import("hubspot-deals-export.csv"), None);
    let months = ws.periods();
    assert_eq!(months.len(), 2);
    // Every deal was created in October: October gets them, November has no outcomes.
    assert_eq!((months[0].customers, months[1].customers), (Some(5), None));
    assert_eq!(ws.shown_segment().unwrap().customers, Some(5));
    assert!(ws.segments.iter().all(|s: &Segment| s.customers.is_none()));
}

#[test]
fn a_number_typed_in_the_other_grammar_asks_which_was_meant() {
    use messaging_ladder::core::ladder::fields::Severity;
    use messaging_ladder::core::message::english;
    let mut ws = Workspace::default();
    ws.update(Event::EditField(Field::Spend, "1.200".into()));
    ws.update(Event::EditField(Field::Started, "1.200".into()));
    let e = ws.evaluate(DecimalSep::Dot);
    let spend = e.parsed.problem(Field::Spend).unwrap();
    assert_eq!(spend.severity, Severity::Warning);
    assert_eq!(
        english(&spend.message),
        "“1.200” reads as 1.2. Did you mean 1,200? Say which, or type it without the separator."
    );
    let labels: Vec<String> = spend.choices.iter().map(|c| english(&c.label())).collect();
    assert_eq!(labels, ["It’s 1.2", "It’s 1,200"]);
    let started = e.parsed.problem(Field::Started).unwrap();
    assert_eq!((started.severity, started.choices.len()), (Severity::Error, 1));
    // One click on "It’s 1,200" puts 1200 in the field: no more doubt.
    let meant = spend.choices[1].text.clone();
    ws.update(Event::EditField(Field::Spend, meant));
    ws.update(Event::EditField(Field::Started, started.choices[0].text.clone()));
    let e = ws.evaluate(DecimalSep::Dot);
    assert!(e.parsed.problems.is_empty(), "{:?}", e.parsed.problems);
    assert_eq!(e.ladder.metric(MetricId::CostPerMessage).known(), Some(1.0));
    // Another currency's symbol is flagged.
    ws.update(Event::EditField(Field::Spend, "R$ 1.200,00".into()));
    let e = ws.evaluate(DecimalSep::Dot);
    assert!(english(&e.parsed.problem(Field::Spend).unwrap().message)
        .contains("is written in BRL, but this workspace counts in USD"));
}
