//! The lever table's words: what a 10% lift at each step is worth, in whole people, with
//! levers worth the same said once.

use super::wording::more_outcomes;
use super::{Effect, Lift};
use crate::core::basics::text::Sentence;
use crate::core::ladder::targets::Noun;

/// The lever table's gain cell in whole people: "+14", or "<1" for less than one.
pub fn lever_gain(extra: f64) -> Sentence {
    if extra < 0.5 {
        Sentence::new().text("<1")
    } else {
        Sentence::new().text("+").count(extra.round() as u64)
    }
}

/// When a 10% lift is worth the same at every step (the ladder multiplies its rates), one
/// sentence says so instead of a table of identical rows that help no choice.
pub fn levers_alike(levers: &[Lift], outcome: Noun) -> Option<Sentence> {
    let first = levers.first()?.effect;
    let alike = levers.len() > 1 && levers.iter().all(|l| same_effect(&l.effect, &first));
    if !alike {
        return None;
    }
    let mut s = more_outcomes(
        Sentence::new().text("All levers are worth the same here: a 10% lift at any step means "),
        first.extra_customers,
        outcome,
    );
    if let Some(cac) = first.cac {
        s = s.text(", CAC ").money(cac);
    }
    Some(s.text(". Choose the step that is cheapest to lift, usually the one furthest below its target."))
}

/// The lever table's rows: levers worth the same (same customers and CAC) that lift step
/// rates share one row, "Reply, qualification or close rate 10% higher", so the table shows
/// only rows that help a choice. Order kept (best first).
pub fn lever_rows(levers: &[Lift]) -> Vec<(String, Effect)> {
    let mut rows: Vec<(Vec<&Lift>, Effect)> = Vec::new();
    for l in levers {
        match rows.last_mut() {
            Some((group, e)) if l.step.is_some() && group[0].step.is_some() && same_effect(&l.effect, e) => {
                group.push(l)
            }
            _ => rows.push((vec![l], l.effect)),
        }
    }
    rows.into_iter()
        .map(|(group, e)| match group.as_slice() {
            [one] => (one.name.clone(), e),
            many => {
                let words: Vec<&str> = many.iter().filter_map(|l| l.step).map(|s| s.name()).collect();
                let (last, rest) = words.split_last().expect("a group has a lever");
                let list = format!("{} or {last}", rest.join(", "));
                let mut chars = list.chars();
                let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
                (format!("{first}{} rate 10% higher", chars.as_str()), e)
            }
        })
        .collect()
}

/// Two effects a reader can't tell apart: customers within half a percent, CAC to the cent.
fn same_effect(a: &Effect, b: &Effect) -> bool {
    let near = |x: f64, y: f64| (x - y).abs() <= 0.005 * x.abs().max(y.abs()).max(1.0);
    near(a.extra_customers, b.extra_customers)
        && match (a.cac, b.cac) {
            (Some(x), Some(y)) => (x - y).abs() < 0.005,
            (x, y) => x.is_none() && y.is_none(),
        }
}

/// One line under the lever table on why the levers come out so close.
pub const LEVER_NOTE: &str = "The ladder multiplies its rates, so a 10% lift at any step lifts the last stage by the same 10%, unless that step is already near 100%. The steps furthest below target are usually where a 10% lift is cheapest to get.";
