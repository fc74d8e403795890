//! The lever table's words: what a 10% lift at each step is worth, in whole people, with
//! levers worth the same said once.

use super::names::{list, more_outcomes, msg, step_name, step_title, then};
use super::{Effect, Lift};
use crate::core::ladder::targets::Noun;
use crate::core::ladder::Step;
use crate::core::message::{Arg, Id, Message};

/// The lever table's gain cell in whole people: "+14", "<1" for less than one, or `None` (a
/// dash) for a lever that brings no one more, such as revenue per customer.
pub fn lever_gain(extra: f64) -> Option<Message> {
    if extra <= 1e-9 {
        None
    } else if extra < 0.5 {
        Some(Message::of(Id::DxGainUnderOne))
    } else {
        Some(Message::of(Id::DxGain).with("count", Arg::Count(extra.round() as u64)))
    }
}

/// When a 10% lift is worth the same at every step (the ladder multiplies its rates), one
/// sentence says so instead of a table of identical rows that help no choice.
pub fn levers_alike(levers: &[Lift], outcome: Noun) -> Option<Message> {
    let first = levers.first()?.effect;
    let alike = levers.len() > 1 && levers.iter().all(|l| same_effect(&l.effect, &first));
    if !alike {
        return None;
    }
    let more = msg(more_outcomes(first.extra_customers, outcome));
    let worth = match first.cac {
        Some(cac) => Message::of(Id::DxLeversAlikeCac).with("more", more).with("cac", Arg::Money(cac)),
        None => Message::of(Id::DxLeversAlike).with("more", more),
    };
    Some(then(worth, Message::of(Id::DxLeversAlikeChoose)))
}

/// The lever lifting these steps' rates 10%: "Reply rate 10% higher", "Reply, qualification
/// or close rate 10% higher".
pub(super) fn rate_lever(first: Step, rest: &[Step]) -> Message {
    let steps = list(step_title(first), rest.iter().map(|s| step_name(*s)), Id::DxListOr, Id::DxListComma);
    Message::of(Id::DxLeverRate).with("steps", msg(steps))
}

/// The lever table's rows: levers worth the same (same customers and CAC) that lift step
/// rates share one row, "Reply, qualification or close rate 10% higher", so the table shows
/// only rows that help a choice. Order kept (best first).
pub fn lever_rows(levers: &[Lift]) -> Vec<(Message, Effect)> {
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
                let steps: Vec<Step> = many.iter().filter_map(|l| l.step).collect();
                let (first, rest) = steps.split_first().expect("a group has a lever");
                (rate_lever(*first, rest), e)
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
