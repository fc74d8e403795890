//! Why CAC moved, in words: the sentence naming the factor that pushed CAC most and the one
//! working against it, each step's change against the noise, and the waterfall's bars, total
//! and text equivalent.

use super::{Factor, Part, Split, StepChange};
use crate::core::comparison::words::{msg, series};
use crate::core::diagnosis::names::{stage_name, step_name};
use crate::core::ladder::Stage;
use crate::core::message::{Arg, Id, Message};

/// A step rate's name, said to be counted from `stage` when it is ("qualification rate (from
/// conversations started)").
pub(super) fn from(name: Message, stage: Option<Stage>) -> Message {
    match stage {
        Some(stage) => {
            Message::of(Id::CmpFactorFrom).with("factor", msg(name)).with("from", msg(stage_name(stage)))
        }
        None => name,
    }
}

impl Part {
    /// Its name heading a row: "Reply rate", "Qualification rate (from conversations started)".
    pub fn label(&self) -> Message {
        from(self.factor.label(), self.from)
    }
}

impl StepChange {
    /// The step's name heading a row, as [`Part::label`].
    pub fn label(&self) -> Message {
        from(Factor::Rate(self.step).label(), self.from)
    }
}

/// How a factor moved, in words: "cost per message fell 28%", "qualification fell from 24%
/// to 16%".
fn moved(part: &Part) -> Message {
    let rose = part.after > part.before;
    match part.factor {
        Factor::CostPerMessage => {
            let id = if rose { Id::CmpCostPerMessageRose } else { Id::CmpCostPerMessageFell };
            Message::of(id).with("change", Arg::Percent((part.after / part.before - 1.0).abs()))
        }
        factor => {
            let name = match factor {
                Factor::Rate(step) => from(step_name(step), part.from),
                _ => factor.in_sentence(),
            };
            Message::of(if rose { Id::CmpFactorRose } else { Id::CmpFactorFell })
                .with("factor", msg(name))
                .with("before", Arg::Percent(part.before))
                .with("after", Arg::Percent(part.after))
        }
    }
}

/// The split in a sentence: how CAC moved, the factor that pushed it most that way (and
/// whether that could be noise) and the largest working against it.
pub(super) fn sentence(cac1: f64, cac2: f64, parts: &[Part], steps: &[StepChange]) -> Message {
    let up = cac2 > cac1;
    if (cac2 - cac1).abs() < 0.005 {
        return Message::of(Id::CmpCacHeld).with("cac", Arg::Money(cac2));
    }
    let with = |sign: f64| {
        parts
            .iter()
            .filter(|p| p.log_term * sign > 1e-12)
            .max_by(|a, b| (a.log_term * sign).total_cmp(&(b.log_term * sign)))
    };
    let direction = if up { 1.0 } else { -1.0 };
    let main = with(direction);
    let against = with(-direction);
    let noise = |p: &Part| match p.factor {
        Factor::Rate(step) => steps.iter().any(|s| s.step == step && !s.real),
        _ => false,
    };
    let id = match (up, against.is_some(), main.is_some()) {
        (true, false, false) => Id::CmpCacRose,
        (true, true, false) => Id::CmpCacRoseAlthough,
        (true, false, true) => Id::CmpCacRoseBecause,
        (true, true, true) => Id::CmpCacRoseAlthoughBecause,
        (false, false, false) => Id::CmpCacFell,
        (false, true, false) => Id::CmpCacFellAlthough,
        (false, false, true) => Id::CmpCacFellBecause,
        (false, true, true) => Id::CmpCacFellAlthoughBecause,
    };
    let mut said = Message::of(id).with("before", Arg::Money(cac1)).with("after", Arg::Money(cac2));
    if let Some(a) = against {
        said = said.with("against", msg(moved(a)));
    }
    if let Some(m) = main {
        let cause =
            if noise(m) { Message::of(Id::CmpNoiseNote).with("moved", msg(moved(m))) } else { moved(m) };
        said = said.with("main", msg(cause));
    }
    said
}

/// A money change with its sign, a true minus for a fall: "+USD 35.12", "−USD 28.45".
pub fn signed_money(v: f64) -> Message {
    let id = if v < 0.0 { Id::CmpMoneyDown } else { Id::CmpMoneyUp };
    Message::of(id).with("amount", Arg::Money(v.abs()))
}

impl StepChange {
    /// The 95% range of the change in points: "−12.2 to −3.9 pts" (the points written with
    /// their sign and at most one decimal, in the page's locale).
    pub fn range_text(&self) -> Message {
        Message::of(Id::CmpPointsRange)
            .with("low", Arg::Points(self.interval.0))
            .with("high", Arg::Points(self.interval.1))
    }

    /// The step table's verdict on the change.
    pub fn verdict(&self) -> Message {
        match (self.real, self.more_to_settle) {
            (true, _) => Message::of(Id::CmpVerdictReal),
            (false, Some(more)) => Message::of(Id::CmpVerdictNoiseSettle).with("count", Arg::Count(more)),
            (false, None) => Message::of(Id::CmpVerdictNoise),
        }
    }
}

/// One bar of the waterfall: CAC before, each factor's step, CAC after.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Written under the bar.
    pub label: Message,
    pub from: f64,
    pub to: f64,
    /// A total (before or after), drawn from zero.
    pub total: bool,
    /// Written over the bar: the amount for a total, the signed step for a factor.
    pub value: Message,
}

/// The waterfall's bars, left to right.
pub fn waterfall(split: &Split) -> Vec<Bar> {
    let total = |label, to: f64| Bar {
        label: Message::of(label),
        from: 0.0,
        to,
        total: true,
        value: Message::of(Id::CmpBarTotal).with("amount", Arg::Money(to)),
    };
    let mut bars = vec![total(Id::CmpBarBefore, split.cac_before)];
    let mut at = split.cac_before;
    for part in &split.parts {
        bars.push(Bar {
            label: part.factor.short(),
            from: at,
            to: at + part.amount,
            total: false,
            value: signed_money(part.amount),
        });
        at += part.amount;
    }
    bars.push(total(Id::CmpBarNow, split.cac_after));
    bars
}

/// The change the waterfall adds up to, said beside it: "CAC changed by +USD 28.46".
pub fn total_change(split: &Split) -> Message {
    Message::of(Id::CmpCacChangedBy).with("change", msg(signed_money(split.cac_after - split.cac_before)))
}

/// The waterfall's text equivalent (a split has a part for every factor).
pub fn waterfall_summary(split: &Split) -> Message {
    let parts = split
        .parts
        .iter()
        .map(|part| {
            Message::of(Id::CmpWaterfallPart)
                .with("factor", msg(part.factor.in_sentence()))
                .with("change", msg(signed_money(part.amount)))
        })
        .collect();
    Message::of(Id::CmpWaterfallSummary)
        .with("before", Arg::Money(split.cac_before))
        .with("parts", series(parts, Id::DxListSemicolon))
        .with("after", Arg::Money(split.cac_after))
}
