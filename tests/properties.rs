//! Properties of the core over arbitrary inputs: rates stay within [0, 1] when counts shrink
//! stage by stage, no NaN or ∞ ever reaches what the page shows, and storage round-trips.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use messaging_ladder::core::basics::money::Money;
use messaging_ladder::core::basics::number::{parse_count, parse_money, DecimalSep, MAX_VALUE};
use messaging_ladder::core::basics::text::PlainFormatter;
use messaging_ladder::core::comparison::segment::{total, Segment};
use messaging_ladder::core::diagnosis::{assess, diagnose, StepVerdict};
use messaging_ladder::core::import::analyze::Overrides;
use messaging_ladder::core::import::notes::Note;
use messaging_ladder::core::import::read::{analyze, analyze_bytes};
use messaging_ladder::core::ladder::fields::{Field, FormText};
use messaging_ladder::core::ladder::targets::{BusinessType, DiagnosisSettings, Setting, TargetsForm};
use messaging_ladder::core::ladder::{compute, Entry, LadderInput, MetricId, Step, Value};
use messaging_ladder::core::message::{Arg, Message};
use messaging_ladder::core::outbound::share;
use messaging_ladder::core::scenario::{goal_seek, Answer, Goal, Lever, LeverValues, Scenario};
use messaging_ladder::core::storage::persist::{decode, encode};
use messaging_ladder::core::workspace::Workspace;

/// Stage counts that shrink (or stay equal) from each stage to the next.
fn monotonic_counts() -> impl Strategy<Value = [u64; 5]> {
    // Volumes across magnitudes, and step fractions drawn uniformly from [0, 1].
    let started = prop_oneof![0..100u64, 0..10_000u64, 0..10_000_000u64, 0..=MAX_VALUE];
    (started, proptest::array::uniform4(0.0f64..=1.0)).prop_map(|(started, fractions)| {
        let mut counts = [started; 5];
        for i in 1..5 {
            counts[i] = (counts[i - 1] as f64 * fractions[i - 1]).floor() as u64;
        }
        counts
    })
}

fn form_from(counts: [u64; 5], spend_cents: u64, revenue_cents: u64) -> FormText {
    FormText::default()
        .with(Field::Spend, &format!("{}.{:02}", spend_cents / 100, spend_cents % 100))
        .with(Field::Started, &counts[0].to_string())
        .with(Field::Replies, &counts[1].to_string())
        .with(Field::Qualified, &counts[2].to_string())
        .with(Field::Handoffs, &counts[3].to_string())
        .with(Field::Customers, &counts[4].to_string())
        .with(Field::Revenue, &format!("{}.{:02}", revenue_cents / 100, revenue_cents % 100))
}

/// Every number a message carries, its arguments' messages' included.
fn numbers(message: &Message, out: &mut Vec<f64>) {
    for (_, arg) in &message.args {
        match arg {
            Arg::Count(n) => out.push(*n as f64),
            Arg::Money(v) | Arg::Percent(v) | Arg::Multiple(v) | Arg::Decimal(v) | Arg::Points(v) => {
                out.push(*v)
            }
            Arg::PercentRange(lo, hi) => out.extend([*lo, *hi]),
            Arg::Text(_) | Arg::Date(_) | Arg::Days(..) | Arg::Year(_) => {}
            Arg::Message(inner) => numbers(inner, out),
        }
    }
}

/// Any text a user might type or paste, weighted toward number-like strings.
fn typed_text() -> impl Strategy<Value = String> {
    prop_oneof!["[0-9]{0,14}", "[-(]?[$€]?[0-9]{1,4}([.,' ][0-9]{3}){0,4}([.,][0-9]{0,7})?[)]?", ".{0,12}",]
}

proptest! {
    #[test]
    fn step_rates_are_fractions_when_counts_shrink(counts in monotonic_counts(), spend in 0u64..10_000_000_000, revenue in 0u64..10_000_000_000) {
        let ws = Workspace { currency: "USD".into(), form: form_from(counts, spend, revenue), ..Workspace::default() };
        let ladder = ws.evaluate(DecimalSep::Dot).ladder;
        for id in [MetricId::ReplyRate, MetricId::QualificationRate, MetricId::HandoffRate, MetricId::CloseRate] {
            if let Value::Known(rate) = ladder.metric(id) {
                prop_assert!((0.0..=1.0).contains(&rate), "{id:?} = {rate}");
            }
        }
        for row in &ladder.stages {
            prop_assert!(!row.inconsistent);
            if let Value::Known(share) = row.share_of_started {
                prop_assert!((0.0..=1.0).contains(&share));
            }
        }
    }

    #[test]
    fn nothing_shown_is_ever_nan_or_infinite(texts in proptest::collection::vec(typed_text(), 10)) {
        let mut form = FormText::default();
        for (field, text) in Field::ALL.iter().zip(texts) {
            form.set(*field, text);
        }
        for sep in [DecimalSep::Dot, DecimalSep::Comma] {
            let eval = Workspace { currency: "USD".into(), form: form.clone(), ..Workspace::default() }.evaluate(sep);
            let format = PlainFormatter { currency: "USD".into() };
            for metric in &eval.ladder.metrics {
                if let Value::Known(v) = metric.value {
                    prop_assert!(v.is_finite() && v >= 0.0, "{:?} = {v}", metric.id);
                }
            }
            for row in &eval.ladder.stages {
                for value in [row.step_rate, row.share_of_started, row.cost_per] {
                    if let Value::Known(v) = value { prop_assert!(v.is_finite()); }
                }
            }
            let d = &eval.diagnosis;
            let checks = d.checks.iter().map(|c| &c.message);
            // Every number a message carries is finite (a rendered "inf" would be too late to
            // catch: a formatter could write it any way).
            for message in d.evidence.iter().chain(&d.others).chain(&d.context).chain(&d.naive).chain(checks).chain([&d.summary]) {
                let mut carried = Vec::new();
                numbers(message, &mut carried);
                for v in carried {
                    prop_assert!(v.is_finite(), "{v} in {}", message.render(&format));
                }
            }
        }
    }

    #[test]
    fn storage_round_trips_any_workspace(
        texts in proptest::collection::vec(".{0,20}", 10),
        currency in "[A-Z]{3}",
        business in 0usize..5,
        target_texts in proptest::collection::vec(".{0,8}", 8),
    ) {
        let mut form = FormText::default();
        for (field, text) in Field::ALL.iter().zip(texts) {
            form.set(*field, text);
        }
        let mut targets = TargetsForm { business: BusinessType::ALL[business], ..TargetsForm::default() };
        for (setting, text) in Setting::ALL.iter().zip(target_texts) {
            targets.set(*setting, text);
        }
        let ws = Workspace { currency, form, targets, ..Workspace::default() };
        prop_assert_eq!(decode(&encode(&ws)), Ok(ws));
    }

    #[test]
    fn parsing_never_panics_and_valid_numbers_round_trip(n in 0..=MAX_VALUE, cents in 0u64..100, text in ".{0,30}") {
        let _ = parse_money(&text, DecimalSep::Dot);
        let _ = parse_count(&text, DecimalSep::Comma);
        prop_assert_eq!(parse_count(&n.to_string(), DecimalSep::Dot), Ok(Some(n)));
        let money = parse_money(&format!("{n}.{cents:02}"), DecimalSep::Dot).unwrap().unwrap();
        prop_assert_eq!(money.0, n as i64 * 1_000_000 + cents as i64 * 10_000);
    }

    #[test]
    fn a_verdict_is_never_given_when_the_interval_contains_the_target(
        counts in monotonic_counts(),
        targets in proptest::array::uniform4(0.01f64..=1.0),
        min_volume in 1u64..100,
    ) {
        let ladder = compute(&input_from(counts));
        let settings = DiagnosisSettings { targets, min_volume, ..DiagnosisSettings::default() };
        for step in Step::ALL {
            let a = assess(&ladder, step, &settings);
            let (reached, from) = a.counts.unwrap();
            if from < min_volume {
                prop_assert_eq!(a.verdict, StepVerdict::NotEnoughData { have: from, need: min_volume });
                continue;
            }
            let (lo, hi) = a.interval.unwrap();
            prop_assert!(lo <= reached as f64 / from as f64 && reached as f64 / from as f64 <= hi);
            let target = targets[step as usize];
            match a.verdict {
                StepVerdict::Below => prop_assert!(hi < target),
                StepVerdict::Above => prop_assert!(lo > target),
                StepVerdict::CantTell { .. } => prop_assert!(lo <= target && target <= hi),
                other => prop_assert!(false, "unexpected {other:?}"),
            }
        }
    }

    #[test]
    fn zero_or_tiny_denominators_give_no_verdict_and_no_nan(tiny in proptest::array::uniform5(0u64..5)) {
        let mut counts = tiny;
        counts.sort_unstable_by(|a, b| b.cmp(a));
        let ladder = compute(&input_from(counts));
        let d = diagnose(&ladder, &DiagnosisSettings::default());
        for a in &d.steps {
            prop_assert!(matches!(a.verdict, StepVerdict::NotEnoughData { .. }), "{:?}", a.verdict);
            for v in a.rate.into_iter().chain(a.interval.map(|i| i.0)).chain(a.interval.map(|i| i.1)) {
                prop_assert!(v.is_finite());
            }
            if let Some(e) = a.impact {
                prop_assert!(e.customers.is_finite() && e.extra_customers.is_finite());
            }
        }
    }

    #[test]
    fn raising_a_step_rate_never_raises_that_steps_impact(
        counts in monotonic_counts().prop_filter("enough volume", |c| c[4] > 0),
        step in 0usize..4,
        bump in 1u64..50,
    ) {
        let step = Step::ALL[step];
        let settings = DiagnosisSettings::default();
        let before = assess(&compute(&input_from(counts)), step, &settings);
        // One more person reaches the step's stage; the stages after it keep their rates, so
        // their counts scale with it (rounded down, which can only lower the later rates).
        let mut raised = counts;
        let i = step as usize + 1;
        let new_count = (counts[i] + bump).min(counts[i - 1]);
        for j in i + 1..5 {
            raised[j] = ((counts[j] as u128 * new_count as u128) / counts[i].max(1) as u128) as u64;
        }
        raised[i] = new_count;
        let after = assess(&compute(&input_from(raised)), step, &settings);
        if let (Some(b), Some(a)) = (before.impact, after.impact) {
            let share = |c: [u64; 5], e: f64| e / c[0] as f64;
            prop_assert!(share(raised, a.extra_customers) <= share(counts, b.extra_customers) + 1e-9,
                "{:?} → {:?}: {} then {}", counts, raised, b.extra_customers, a.extra_customers);
        }
    }

    #[test]
    fn impacts_agree_with_recomputing_the_ladder(
        counts in monotonic_counts().prop_filter("a gap to close", |c| c[4] > 0 && c[0] < 1_000_000_000),
        step in 0usize..4,
        gap in 0.0f64..1.0,
    ) {
        let step = Step::ALL[step];
        let i = step as usize + 1;
        prop_assume!(counts[i] < counts[i - 1]);
        // A target that lands on a whole count between today's and the stage before.
        let target_count = counts[i] + 1 + ((counts[i - 1] - counts[i] - 1) as f64 * gap) as u64;
        let target = target_count as f64 / counts[i - 1] as f64;
        let mut targets = DiagnosisSettings::default().targets;
        targets[step as usize] = target;
        let settings = DiagnosisSettings { targets, ..DiagnosisSettings::default() };
        let impact = assess(&compute(&input_from(counts)), step, &settings).impact.unwrap();
        // Recompute: the step reaches its target, later stages keep their own rates.
        let mut at_target = counts.map(|c| c as f64);
        at_target[i] = target_count as f64;
        for j in i + 1..5 {
            at_target[j] = at_target[j - 1] * counts[j] as f64 / counts[j - 1] as f64;
        }
        let recomputed = at_target[4];
        prop_assert!((impact.customers - recomputed).abs() <= 1e-6 * recomputed.max(1.0),
            "impact {} vs recomputed {}", impact.customers, recomputed);
        let cac = compute(&input_from(counts)).metric(MetricId::Cac).known().unwrap() * counts[4] as f64 / recomputed;
        prop_assert!((impact.cac.unwrap() - cac).abs() <= 1e-6 * cac);
    }
}

fn input_from(counts: [u64; 5]) -> LadderInput {
    LadderInput {
        spend: Entry::Given(Money::from_units(1000)),
        started: Entry::Given(counts[0]),
        replies: Entry::Given(counts[1]),
        qualified: Entry::Given(counts[2]),
        handoffs: Entry::Given(counts[3]),
        customers: Entry::Given(counts[4]),
        revenue: Entry::Given(Money::from_units(5000)),
        ..LadderInput::default()
    }
}

proptest! {
    #[test]
    fn importing_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = analyze_bytes("fuzz.csv", &bytes, &Overrides::default(), DecimalSep::Dot);
    }

    #[test]
    fn imported_money_totals_are_exact_to_the_cent(
        rows in proptest::collection::vec(("[A-Za-z ,\"]{1,8}", 0u64..1_000_000, 0u64..100_000), 1..30),
    ) {
        let mut text = String::from("Campaign,Spend,Conversations\n");
        let mut cents = 0u64;
        for (name, spend_cents, chats) in &rows {
            let quoted = name.replace('"', "\"\"");
            text.push_str(&format!("\"{quoted}\",{}.{:02},{chats}\n", spend_cents / 100, spend_cents % 100));
            cents += spend_cents;
        }
        let preview = analyze("fuzz.csv", &text, &Overrides::default(), DecimalSep::Dot).unwrap();
        // A row whose name reads "Total" is taken for a totals row; otherwise every cent is there.
        if !preview.notes.iter().any(|n| matches!(n, Note::TotalsRow { .. })) {
            prop_assert_eq!(total(&preview.segments).spend.map(|m| m.0), Some(cents as i64 * 10_000));
        }
    }
}

proptest! {
    #[test]
    fn goal_seek_round_trips_or_says_unreachable(
        spend in 10.0f64..100_000.0,
        cpm in 0.1f64..50.0,
        rates in proptest::array::uniform4(0.01f64..=1.0),
        revenue_per_customer in 1.0f64..10_000.0,
        other in 0.0f64..10_000.0,
        goal in 0usize..4,
        lever in 0usize..8,
        factor in 0.1f64..10.0,
    ) {
        let base = LeverValues { spend, cost_per_message: cpm, rates, revenue_per_customer: Some(revenue_per_customer), uncounted: [false; 4], other_cost: other };
        let goal = Goal::ALL[goal];
        let lever = Lever::ALL[lever];
        let target = goal.value(&base).unwrap() * factor;
        match goal_seek(&base, goal, target, lever) {
            Answer::Set(value) => {
                prop_assert!(value >= 0.0 && value.is_finite());
                if lever.is_rate() { prop_assert!(value <= 1.0); }
                let mut scenario = Scenario::default();
                scenario.set(lever, value);
                let got = goal.value(&scenario.apply(&base)).unwrap();
                prop_assert!((got - target).abs() <= 1e-6 * target.max(1.0), "{goal:?} via {lever:?}: {got} vs {target}");
            }
            Answer::Unreachable { nearest: Some((value, reached)), .. } => {
                prop_assert!(value == 0.0 || value == 1.0);
                prop_assert!(reached.is_finite());
            }
            Answer::Unreachable { nearest: None, .. } | Answer::NotALever(_) => {}
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn share_links_round_trip_any_workspace(
        texts in proptest::collection::vec(".{0,20}", 10),
        names in proptest::collection::vec(".{0,30}", 0..20),
        spend in proptest::collection::vec(0i64..1_000_000_000_000, 0..20),
        lever in 0usize..8,
        value in 0.0f64..1.0,
    ) {
        let mut form = FormText::default();
        for (field, text) in Field::ALL.iter().zip(texts) {
            form.set(*field, text);
        }
        let segments = names.iter().zip(spend.iter().chain(std::iter::repeat(&0))).map(|(n, s)| Segment {
            name: n.clone(), spend: Some(Money(*s)), started: Some(*s as u64 % 1000), ..Segment::default()
        }).collect();
        let mut scenario = Scenario { name: "S".into(), ..Scenario::default() };
        scenario.set(Lever::ALL[lever], value);
        let ws = Workspace { form, segments, scenarios: vec![scenario], ..Workspace::default() };
        let back = share::decode(&share::encode(&ws)).unwrap();
        prop_assert_eq!(back, ws);
    }

    #[test]
    fn every_corrupted_link_is_refused(position in 0usize..10_000, replacement in proptest::char::range('-', 'z'), cut in 1usize..50) {
        let link = share::encode(&Workspace::sample());
        let position = position % link.len();
        let mut corrupted: Vec<char> = link.chars().collect();
        let original = corrupted[position];
        corrupted[position] = replacement;
        let corrupted: String = corrupted.into_iter().collect();
        if replacement != original {
            prop_assert!(share::decode(&corrupted).is_err(), "accepted a change at {position}: {corrupted}");
        }
        let truncated = &link[..link.len().saturating_sub(cut)];
        prop_assert!(share::decode(truncated).is_err());
    }

    #[test]
    fn decoding_arbitrary_fragments_never_panics(fragment in "#ml1\\.[0-9a-f]{0,8}\\.?[A-Za-z0-9_-]{0,200}") {
        let _ = share::decode(&fragment);
    }
}
