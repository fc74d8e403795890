//! Properties of the core over arbitrary inputs: rates stay within [0, 1] when counts shrink
//! stage by stage, no NaN or ∞ ever reaches what the page shows, and storage round-trips.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use messaging_ladder::core::fields::{Field, FormText};
use messaging_ladder::core::ladder::{MetricId, Unit, Value};
use messaging_ladder::core::number::{parse_count, parse_money, DecimalSep, MAX_VALUE};
use messaging_ladder::core::persist::{decode, encode};
use messaging_ladder::core::text::{Formatter, PlainFormatter};
use messaging_ladder::core::workspace::Workspace;

/// Stage counts that shrink (or stay equal) from each stage to the next.
fn monotonic_counts() -> impl Strategy<Value = [u64; 5]> {
    (0..=MAX_VALUE, any::<[f64; 4]>().prop_map(|fs| fs.map(|f| f.abs().fract()))).prop_map(
        |(started, fractions)| {
            let mut counts = [started; 5];
            for i in 1..5 {
                counts[i] = (counts[i - 1] as f64 * fractions[i - 1]).floor() as u64;
            }
            counts
        },
    )
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

/// Any text a user might type or paste, weighted toward number-like strings.
fn typed_text() -> impl Strategy<Value = String> {
    prop_oneof!["[0-9]{0,14}", "[-(]?[$€]?[0-9]{1,4}([.,' ][0-9]{3}){0,4}([.,][0-9]{0,7})?[)]?", ".{0,12}",]
}

proptest! {
    #[test]
    fn step_rates_are_fractions_when_counts_shrink(counts in monotonic_counts(), spend in 0u64..10_000_000_000, revenue in 0u64..10_000_000_000) {
        let ws = Workspace { currency: "USD".into(), form: form_from(counts, spend, revenue) };
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
            let eval = Workspace { currency: "USD".into(), form: form.clone() }.evaluate(sep);
            let format = PlainFormatter { currency: "USD".into() };
            for metric in &eval.ladder.metrics {
                if let Value::Known(v) = metric.value {
                    prop_assert!(v.is_finite() && v >= 0.0, "{:?} = {v}", metric.id);
                }
                let shown = format.value(metric.value, metric.id.unit());
                prop_assert!(!shown.contains("NaN") && !shown.contains("inf"), "{shown}");
            }
            for row in &eval.ladder.stages {
                for value in [row.step_rate, row.share_of_started, row.cost_per] {
                    if let Value::Known(v) = value { prop_assert!(v.is_finite()); }
                }
            }
            for sentence in eval.diagnosis.evidence.iter().chain(&eval.diagnosis.notes).chain(&eval.diagnosis.context) {
                let text = sentence.render(&format);
                prop_assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
            }
            prop_assert!(format.value(Value::Known(1.0), Unit::Percent) == "100%");
        }
    }

    #[test]
    fn storage_round_trips_any_workspace(texts in proptest::collection::vec(".{0,20}", 10), currency in "[A-Z]{3}") {
        let mut form = FormText::default();
        for (field, text) in Field::ALL.iter().zip(texts) {
            form.set(*field, text);
        }
        let ws = Workspace { currency, form };
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
}
