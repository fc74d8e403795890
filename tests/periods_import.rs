//! Two months of a Meta export (half-month rows per campaign) grouped into campaign × month,
//! an outcome log joined by name and by the month that holds each row's date, and the
//! views the comparisons read: campaigns across months, and months across campaigns.

mod period_args;

use messaging_ladder::core::basics::dates::{Grouping, Period};
use messaging_ladder::core::basics::money::Money;
use messaging_ladder::core::basics::number::DecimalSep;
use messaging_ladder::core::basics::text::PlainFormatter;
use messaging_ladder::core::comparison::funnel_plot::funnel_plot;
use messaging_ladder::core::import::analyze::{Overrides, Preview};
use messaging_ladder::core::import::join::JoinMode;
use messaging_ladder::core::import::read::analyze;
use messaging_ladder::core::import::session::Confirmed;
use messaging_ladder::core::ladder::Step;
use messaging_ladder::core::message::{english, Arg};
use messaging_ladder::core::workspace::event::{Event, Outcome};
use messaging_ladder::core::workspace::Workspace;

const PROMO: &str = "Summer promo – WhatsApp";
const RETARGETING: &str = "Retargeting – Messenger";
const LOOKALIKE: &str = "Lookalike 5% – Instagram";

/// Per campaign and month: conversations that ended replied, qualified, handed off and won
/// (each won worth 300). Oct: Promo 1,200 replies / 180 qualified / 90 handoffs / 9 won;
/// Retargeting 400 / 160 / 100 / 25; Lookalike 350 / 30 / 15 / 3. Nov: Promo 2,100 / 210 /
/// 100 / 8; Retargeting 360 / 140 / 90 / 22; Lookalike 380 / 36 / 18 / 3.
pub const LOG: [(&str, &str, [u32; 4]); 6] = [
    (PROMO, "2026-10", [1020, 90, 81, 9]),
    (RETARGETING, "2026-10", [240, 60, 75, 25]),
    (LOOKALIKE, "2026-10", [320, 15, 12, 3]),
    (PROMO, "2026-11", [1890, 110, 92, 8]),
    (RETARGETING, "2026-11", [220, 50, 68, 22]),
    (LOOKALIKE, "2026-11", [344, 18, 15, 3]),
];

/// The log as a CRM writes it, one row per conversation, plus six December conversations of
/// Summer promo (one won) that no ad period holds.
fn outcome_log() -> String {
    let mut out = String::from("Date,Campaign,Status,Value\n");
    let statuses = ["Replied", "Qualified", "Handed off", "Won"];
    for (name, month, counts) in LOG {
        let mut i = 0;
        for (status, n) in statuses.iter().zip(counts) {
            for _ in 0..n {
                let value = if *status == "Won" { "300" } else { "" };
                out += &format!("{month}-{:02},{name},{status},{value}\n", 1 + i % 28);
                i += 1;
            }
        }
    }
    for status in ["Replied", "Replied", "Replied", "Replied", "Replied", "Won"] {
        let value = if status == "Won" { "300" } else { "" };
        out += &format!("2026-12-02,{PROMO},{status},{value}\n");
    }
    out
}

fn meta() -> Preview {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/import/meta-two-months.csv"
    ))
    .unwrap();
    analyze("meta-two-months.csv", &text, &Overrides::default(), DecimalSep::Dot).unwrap()
}

fn apply(ws: &mut Workspace, preview: Preview) -> String {
    match ws.update(Event::ApplyImport(Confirmed { preview, overrides: Overrides::default(), join: None })) {
        Outcome::Imported(said) => english(&said),
        other => format!("{other:?}"),
    }
}

#[test]
fn half_month_rows_of_two_months_become_campaigns_by_month() {
    let p = meta();
    assert_eq!((p.grouping, p.dated, p.rows), (Grouping::Month, true, 12));
    let notes: Vec<String> = p.notes.iter().map(|n| english(&n.message())).collect();
    assert!(notes.contains(&"Grouped by month: October 2026, November 2026.".to_string()), "{notes:?}");
    assert!(notes.contains(
        &"12 rows were grouped into 6 segments by name and month (per-day rows are added up).".to_string()
    ));
    let promo_nov = &p.segments[3];
    // 800 + 1,000 spent, 1,700 + 1,900 conversations.
    assert_eq!(
        (promo_nov.name.as_str(), promo_nov.spend, promo_nov.started),
        (PROMO, Some(Money::from_units(1800)), Some(3600))
    );
    assert_eq!(promo_nov.period, Some(Period::new("2026-11-01", "2026-11-30")));
    // Chosen otherwise: one total per name, or weeks (rows of 15 or 16 days run into the
    // next week, each counted in the week it starts in).
    let whole = analyze(
        "m.csv",
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/import/meta-two-months.csv"
        ))
        .unwrap(),
        &Overrides { grouping: Grouping::Whole, ..Overrides::default() },
        DecimalSep::Dot,
    )
    .unwrap();
    assert_eq!(whole.segments.len(), 3);
    assert_eq!(whole.segments[0].period, Some(Period::new("2026-10-01", "2026-11-30")));
    assert_eq!(whole.segments[0].spend, Some(Money::from_units(3000)));
}

#[test]
fn an_outcome_log_joins_each_month_onto_its_own_month_and_says_what_falls_outside() {
    let mut ws = Workspace::default();
    apply(&mut ws, meta());
    let log = analyze("crm.csv", &outcome_log(), &Overrides::default(), DecimalSep::Dot).unwrap();
    assert_eq!(log.grouping, Grouping::Month, "the log's dates span three months");
    assert_eq!(log.segments.len(), 7);
    assert_eq!(
        ws.join_lines(&log, JoinMode::ByName).iter().map(english).collect::<Vec<_>>(),
        [
            "3 of 3 names match the ad data.",
            "6 logged conversations (1 customer) fall outside the ad data’s periods and are left out: “Summer promo – WhatsApp” in December 2026 (6). Import ad data that covers those dates to count them.",
        ]
    );
    let said = apply(&mut ws, log);
    assert!(said.contains("3 of 3 names matched, each period to its own. 6 logged conversations outside the ad data’s periods left out."), "{said}");
    let oct_retargeting = &ws.segments[1];
    // October's Retargeting: 240 + 60 + 75 + 25 = 400 replied; 60 + 75 + 25 = 160 qualified;
    // 100 handed off; 25 won at 300 = 7,500.
    assert_eq!(
        (
            oct_retargeting.replies,
            oct_retargeting.qualified,
            oct_retargeting.handoffs,
            oct_retargeting.customers
        ),
        (Some(400), Some(160), Some(100), Some(25))
    );
    assert_eq!(oct_retargeting.revenue, Some(Money::from_units(7500)));
    assert_eq!(oct_retargeting.started, Some(500), "started comes from the ads: 240 + 260");

    // Campaigns across both months: Promo 1,200 + 1,800 spent on 2,000 + 3,600 messages, 17
    // customers; Retargeting 1,700 on 950, 47 customers.
    let campaigns = ws.campaigns();
    assert_eq!(campaigns.len(), 3);
    assert_eq!(
        (campaigns[0].spend, campaigns[0].started, campaigns[0].customers),
        (Some(Money::from_units(3000)), Some(5600), Some(17))
    );
    let f = PlainFormatter { currency: "USD".into() };
    let c = ws.segment_comparison(&ws.evaluate(DecimalSep::Dot));
    let sentences: Vec<String> = c.inversions.iter().map(|s| s.render(&f)).collect();
    // Promo: 3,000 / 5,600 = 0.54 per message, 3,000 / 17 = 176.47 per customer; Retargeting
    // 1,700 / 950 = 1.79 and 1,700 / 47 = 36.17, so 176.47 / 36.17 = 4.88×. Lookalike:
    // 1,200 / 1,250 = 0.96 and 1,200 / 6 = 200.00, 5.53×: the stronger, so said first.
    assert_eq!(
        sentences,
        [
            "Lookalike 5% – Instagram has cheaper messages than Retargeting – Messenger (USD 0.96 against USD 1.79) but dearer customers (USD 200.00, 5.53× Retargeting – Messenger’s).",
            "Summer promo – WhatsApp has cheaper messages than Retargeting – Messenger (USD 0.54 against USD 1.79) but dearer customers (USD 176.47, 4.88× Retargeting – Messenger’s)."
        ]
    );

    // Qualification across both months: Promo 390 of 3,300 replies (11.8%), Retargeting 300
    // of 760 (39.5%), Lookalike 66 of 730 (9.0%); pooled 756 / 4,790 = 15.8%. At 730 replies
    // the 99.8% limits are 15.8% ± 3.09 × √(0.158 × 0.842 / 730) = 15.8% ± 4.17 pts, 11.6% to 20.0%: all
    // three are outside.
    let plot = funnel_plot(&campaigns, Step::Qualification).unwrap();
    assert!((plot.pooled - 756.0 / 4790.0).abs() < 1e-12);
    let outliers: Vec<String> = plot.outliers.iter().map(|s| s.render(&f)).collect();
    assert_eq!(outliers.len(), 3, "{outliers:?}");
    assert_eq!(
        outliers[2],
        "Lookalike 5% – Instagram: 9% of 730 replies qualified, below the range expected at that volume (11.6%–20.0% around the pooled 15.8%)."
    );

    // Months across campaigns: October 2,700 spent, 3,100 started, 37 customers → CAC 72.97;
    // November 3,200, 4,700, 33 → CAC 96.97. Cost per message 0.871 → 0.681 (−21.8%);
    // qualification 370 / 1,950 = 19.0% → 386 / 2,840 = 13.6%.
    let split = ws.period_split(&ws.evaluate(DecimalSep::Dot)).unwrap();
    assert_eq!(
        split.between,
        period_args::between(("2026-10-01", "2026-10-31"), ("2026-11-01", "2026-11-30"))
    );
    assert_eq!(
        split.result.unwrap().sentence.render(&f),
        "CAC rose from USD 72.97 to USD 96.97 although cost per message fell 21.8%: qualification fell from 19% to 13.6%."
    );
}

#[test]
fn any_two_periods_can_be_compared() {
    let text = "Reporting starts,Reporting ends,Amount spent (USD),Messaging conversations started,Replies,Qualified,Handoffs,Customers\n\
        2026-08-01,2026-08-31,1000,500,300,90,45,15\n\
        2026-09-01,2026-09-30,2000,1000,600,144,72,24\n\
        2026-10-01,2026-10-31,2160,1500,900,144,72,24\n";
    let mut ws = Workspace::default();
    apply(&mut ws, analyze("three.csv", text, &Overrides::default(), DecimalSep::Dot).unwrap());
    let c = ws.period_split(&ws.evaluate(DecimalSep::Dot)).unwrap();
    let names: Vec<String> = c.choices.iter().map(messaging_ladder::core::message::english).collect();
    assert_eq!(names, ["August 2026", "September 2026", "October 2026"]);
    assert_eq!(c.picked, (1, 2), "the last two unless picked");
    assert_eq!(format!("{:?}", ws.update(Event::ComparePeriods(2, 0))), "Changed", "in either order");
    let c = ws.period_split(&ws.evaluate(DecimalSep::Dot)).unwrap();
    assert_eq!(
        (c.picked, c.between.0),
        (
            (0, 2),
            Arg::Message(Box::new(messaging_ladder::core::basics::dates::period_name(
                &messaging_ladder::core::basics::dates::Period::new("2026-08-01", "2026-08-31")
            )))
        )
    );
    // August 1,000 / 15 = 66.67 → October 2,160 / 24 = 90.00.
    let f = PlainFormatter { currency: "USD".into() };
    assert!(c.result.unwrap().sentence.render(&f).starts_with("CAC rose from USD 66.67 to USD 90.00"));
    assert_eq!(
        format!("{:?}", ws.update(Event::ComparePeriods(1, 1))),
        "Unchanged",
        "one period with itself"
    );
    assert_eq!(format!("{:?}", ws.update(Event::ComparePeriods(0, 9))), "Unchanged", "no such period");
}

#[test]
fn each_month_can_be_shown_with_every_campaign_added_up() {
    use messaging_ladder::core::ladder::{Entry, Stage};
    use messaging_ladder::core::workspace::Source;
    let mut ws = Workspace::default();
    apply(&mut ws, meta());
    let months = ws.periods();
    assert_eq!(months.len(), 2);
    // "Showing" offers November on its own: the diagnosis and scenarios read that ladder.
    assert_eq!(
        ws.update(Event::Show(Source::Period(1))),
        messaging_ladder::core::workspace::event::Outcome::Changed
    );
    assert_eq!(ws.shown_segment(), Some(months[1].clone()));
    let e = ws.evaluate(DecimalSep::Dot);
    assert_eq!(e.ladder.stage(Stage::Started).count, months[1].started.map_or(Entry::Missing, Entry::Given));
    assert_eq!(Source::from_id(&Source::Period(1).id()), Some(Source::Period(1)));
    // A period that isn't there is refused.
    assert_eq!(
        ws.update(Event::Show(Source::Period(9))),
        messaging_ladder::core::workspace::event::Outcome::Unchanged
    );
}
