//! CRM exports as HubSpot and Pipedrive write them (no campaign column; a stage and a status),
//! joined onto a Meta export the way a user does it: the numbers that reach the ladder, the
//! diagnosis and the client summary. Expected values are counted by hand from the fixtures
//! under tests/fixtures/import.

use messaging_ladder::core::event::{Event, Outcome};
use messaging_ladder::core::fields::Field;
use messaging_ladder::core::import::analyze::{Overrides, Preview, Shape};
use messaging_ladder::core::import::columns::Role;
use messaging_ladder::core::import::join::JoinMode;
use messaging_ladder::core::import::read::{analyze, analyze_bytes};
use messaging_ladder::core::import::session::Confirmed;
use messaging_ladder::core::ladder::{Entry, MetricId, Stage};
use messaging_ladder::core::money::Money;
use messaging_ladder::core::number::DecimalSep;
use messaging_ladder::core::segment::Segment;
use messaging_ladder::core::targets::TargetsForm;
use messaging_ladder::core::text::PlainFormatter;
use messaging_ladder::core::workspace::{Source, Workspace};

fn import(name: &str) -> Preview {
    let bytes =
        std::fs::read(format!("{}/tests/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    analyze_bytes(name, &bytes, &Overrides::default(), DecimalSep::Dot).unwrap()
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
        log.notes.iter().any(|n| n.contains("Every row got at least as far as “Qualified conversations”")),
        "{:?}",
        log.notes
    );
    let Outcome::Imported(said) = apply(&mut ws, log, None) else { panic!() };
    assert!(said.contains("onto the ad data’s total"), "{said}");
    // No "All conversations" segment, and the ads' conversations are not added to.
    assert_eq!(ws.segments.len(), 3);
    assert_eq!(ws.source, Source::Total);
    let t = ws.shown_segment().unwrap();
    // 24 deals: 9 closed won (8,400 + 3,900 + 5,150.50 + 7,300 + 4,600 + 6,950 + 5,800 +
    // 9,100 + 4,750 = 55,950.50); 22 reached a sales stage (all but the 2 "Qualified to buy").
    assert_eq!(
        (t.spend, t.started, t.replies, t.qualified, t.handoffs, t.customers),
        (Some(Money::from_cents(239_680)), Some(740), None, Some(24), Some(22), Some(9))
    );
    assert_eq!(t.revenue, Some(Money::from_cents(5_595_050)));
    // The campaigns keep the ads' numbers only.
    assert!(ws.segments.iter().all(|s| s.customers.is_none() && s.qualified.is_none()));
    // What the ladder, the diagnosis and the summary read: 740 conversations, CAC 2,396.80 / 9.
    let e = ws.evaluate(DecimalSep::Dot);
    let cac = e.ladder.metric(MetricId::Cac).known().unwrap();
    assert_eq!((cac * 100.0).round(), 26_631.0, "266.31: no sample other cost added");
    assert_eq!(e.ladder.stage(Stage::Started).count, Entry::Given(740));
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
    let p = import("pipedrive-deals-export.csv");
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
    // Joined onto the ads' total.
    let mut ws = with_meta();
    apply(&mut ws, p, None);
    let t = ws.shown_segment().unwrap();
    assert_eq!((t.started, t.replies, t.customers), (Some(740), Some(16), Some(4)));
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
        p.notes.iter().any(|n| n.starts_with("2 columns look like “Name (campaign, ad set or ad)” (“Campaign name”, “Ad set name”): only the first, “Campaign name”, is read.")),
        "{:?}",
        p.notes
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
    let rows = ws.segment_rows(DecimalSep::Dot, messaging_ladder::core::segment::SortKey::Spend, true);
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
    let notice = ws.typed_notice(DecimalSep::Dot).unwrap().render(&f);
    assert!(notice.contains("only the other acquisition cost (USD 600.00) is used"), "{notice}");
    ws.update(Event::EditField(Field::OtherCost, String::new()));
    let notice = ws.typed_notice(DecimalSep::Dot).unwrap().render(&f);
    assert_eq!(notice, "The ladder shows imported data, so these numbers are not used right now. ");
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
    assert_eq!((months[0].customers, months[1].customers), (Some(9), None));
    assert_eq!(ws.shown_segment().unwrap().customers, Some(9));
    assert!(ws.segments.iter().all(|s: &Segment| s.customers.is_none()));
}
