//! Why CAC moved between two periods, split exactly across its factors. CAC is cost per
//! message × (1 + other cost ÷ spend) ÷ (reply × qualification × handoff × close), so
//! ln(CAC₂/CAC₁) is the sum of one log term per factor, and each factor's share of the change
//! in money is the change × its term ÷ ln(CAC₂/CAC₁), rounded so the parts add up to the
//! change to the cent. A step-rate change is called real only when Newcombe's 95% interval
//! for the difference of the two rates excludes 0.

use crate::core::basics::stats::{newcombe, MAX_TRIALS};
use crate::core::ladder::fields::Field;
use crate::core::ladder::{Ladder, MetricId, Stage, Step, Unit};
use crate::core::message::{Id, Message};

pub mod chart;
mod wording;
use wording::sentence;
pub use wording::{signed_money, total_change, waterfall, waterfall_summary, Bar};

/// The fields a period is typed with for the split.
pub const FIELDS: [Field; 7] = [
    Field::Spend,
    Field::Started,
    Field::Replies,
    Field::Qualified,
    Field::Handoffs,
    Field::Customers,
    Field::OtherCost,
];

/// What moves CAC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factor {
    CostPerMessage,
    Rate(Step),
    /// Other acquisition cost per unit of spend.
    OtherCost,
}

impl Factor {
    /// The unit its values are shown in: cost per message in money; the step rates and the
    /// other cost per unit of spend as percentages.
    pub fn unit(self) -> Unit {
        match self {
            Factor::CostPerMessage => Unit::Money,
            _ => Unit::Percent,
        }
    }

    pub const ALL: [Factor; 6] = [
        Factor::CostPerMessage,
        Factor::Rate(Step::Reply),
        Factor::Rate(Step::Qualification),
        Factor::Rate(Step::Handoff),
        Factor::Rate(Step::Close),
        Factor::OtherCost,
    ];

    /// Its name under a waterfall bar.
    pub fn short(self) -> Message {
        Message::of(match self {
            Factor::CostPerMessage => Id::CmpBarMessages,
            Factor::Rate(Step::Reply) => Id::CmpBarReply,
            Factor::Rate(Step::Qualification) => Id::CmpBarQualified,
            Factor::Rate(Step::Handoff) => Id::CmpBarHandoff,
            Factor::Rate(Step::Close) => Id::CmpBarClose,
            Factor::OtherCost => Id::CmpBarOther,
        })
    }

    /// Its name heading a row: "Cost per message", "Reply rate".
    pub fn label(self) -> Message {
        Message::of(match self {
            Factor::CostPerMessage => Id::CmpFactorCostPerMessage,
            Factor::Rate(Step::Reply) => Id::CmpFactorReplyRate,
            Factor::Rate(Step::Qualification) => Id::CmpFactorQualificationRate,
            Factor::Rate(Step::Handoff) => Id::CmpFactorHandoffRate,
            Factor::Rate(Step::Close) => Id::CmpFactorCloseRate,
            Factor::OtherCost => Id::CmpFactorOtherCost,
        })
    }

    /// Its name inside a sentence: "cost per message", "reply rate".
    fn in_sentence(self) -> Message {
        Message::of(match self {
            Factor::CostPerMessage => Id::CmpFactorNameCostPerMessage,
            Factor::Rate(Step::Reply) => Id::CmpFactorNameReplyRate,
            Factor::Rate(Step::Qualification) => Id::CmpFactorNameQualificationRate,
            Factor::Rate(Step::Handoff) => Id::CmpFactorNameHandoffRate,
            Factor::Rate(Step::Close) => Id::CmpFactorNameCloseRate,
            Factor::OtherCost => Id::CmpFactorNameOtherCost,
        })
    }
}

/// One factor's part in the change.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub factor: Factor,
    /// The stage a step rate is counted from when the stage before the step isn't counted
    /// in both periods (a Meta export has no replies: qualified ÷ conversations started).
    pub from: Option<Stage>,
    pub before: f64,
    pub after: f64,
    /// Its term of ln(CAC₂/CAC₁): positive when it pushed CAC up.
    pub log_term: f64,
    /// Its share of the change in money, exact to the cent (parts add up to the change).
    pub amount: f64,
}

/// A step rate's change and whether it is beyond noise.
#[derive(Clone, Debug, PartialEq)]
pub struct StepChange {
    pub step: Step,
    /// As [`Part::from`].
    pub from: Option<Stage>,
    pub before: f64,
    pub after: f64,
    /// Newcombe's 95% interval for after − before.
    pub interval: (f64, f64),
    /// The interval excludes 0.
    pub real: bool,
    /// When it could be noise: how many more people at the step's start, in each period at
    /// today's rates, would settle it (when some would).
    pub more_to_settle: Option<u64>,
}

/// The split of CAC's change between two periods.
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    pub cac_before: f64,
    pub cac_after: f64,
    pub parts: Vec<Part>,
    pub steps: Vec<StepChange>,
    /// The factor that pushed CAC most the way it moved, and the largest working against it.
    pub sentence: Message,
}

/// One period as the split reads it.
struct Period {
    cost_per_message: f64,
    cac: f64,
    /// Each stage's count, when counted.
    counts: [Option<u64>; 5],
    /// 1 + other cost ÷ spend.
    all_in: f64,
}

/// What a period needs for the split: spend, cost per message and CAC.
fn inputs(ladder: &Ladder) -> Option<Period> {
    let spend = ladder.input.spend.given()?.as_f64();
    let cpm = ladder.metric(MetricId::CostPerMessage).known()?;
    let cac = ladder.metric(MetricId::Cac).known()?;
    let counts = Stage::ALL.map(|stage| ladder.stage(stage).count.given());
    let other = ladder.input.other_cost.given().map_or(0.0, |m| m.as_f64());
    (spend > 0.0).then_some(Period { cost_per_message: cpm, cac, counts, all_in: 1.0 + other / spend })
}

/// The steps both periods count, each as (step, the stage it is counted from when not its
/// own, (reached, from) before, (reached, from) after). A stage counted in only one period
/// is left out of both, its step folded into the next: CAC's product of rates is the same.
/// `None` without conversations and customers in both, or with a step that no one reached or
/// that more reached than started.
#[allow(clippy::type_complexity)]
fn steps(one: &Period, two: &Period) -> Option<Vec<(Step, Option<Stage>, (u64, u64), (u64, u64))>> {
    let counted = |s: Stage| Some((one.counts[s as usize]?, two.counts[s as usize]?));
    counted(Stage::Started)?;
    counted(Stage::Customer)?;
    let mut last = Stage::Started;
    let mut out = Vec::new();
    for step in Step::ALL {
        let Some((r1, r2)) = counted(step.to()) else { continue };
        let (f1, f2) = counted(last)?;
        if r1 == 0 || r2 == 0 || r1 > f1 || r2 > f2 {
            return None;
        }
        out.push((step, (last != step.from()).then_some(last), (r1, f1), (r2, f2)));
        last = step.to();
    }
    Some(out)
}

/// The split can't be made: a period lacks spend or a stage's count, has no customer, or has
/// a stage larger than the one before. [`CantSplit::message`] says what both periods need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CantSplit;

impl CantSplit {
    pub fn message(self) -> Message {
        Message::of(Id::CmpCantSplit)
    }
}

/// Splits CAC's change from `before` to `after` across its factors.
pub fn split(before: &Ladder, after: &Ladder) -> Option<Split> {
    let (one, two) = (inputs(before)?, inputs(after)?);
    let counted = steps(&one, &two)?;
    let Period { cost_per_message: cpm1, cac: cac1, all_in: o1, .. } = one;
    let Period { cost_per_message: cpm2, cac: cac2, all_in: o2, .. } = two;
    let rate = |(r, f): (u64, u64)| r as f64 / f as f64;
    let mut values: Vec<(Factor, Option<Stage>, f64, f64, f64)> =
        vec![(Factor::CostPerMessage, None, cpm1, cpm2, (cpm2 / cpm1).ln())];
    for &(step, from, c1, c2) in &counted {
        let (a, b) = (rate(c1), rate(c2));
        values.push((Factor::Rate(step), from, a, b, -(b / a).ln()));
    }
    values.push((Factor::OtherCost, None, o1 - 1.0, o2 - 1.0, (o2 / o1).ln()));
    let total = (cac2 / cac1).ln();
    let change = cac2 - cac1;
    // Each part's exact share, then cents that add up to the change rounded to the cent. A
    // CAC that held while its factors moved against each other has parts that cancel: the
    // share's limit as the change goes to zero, CAC × the factor's log term, says how much.
    let scale = if total.abs() > 1e-12 { change / total } else { cac1 };
    let shares: Vec<f64> = values.iter().map(|(_, _, _, _, term)| scale * term).collect();
    let amounts = cents_adding_up(&shares, (change * 100.0).round() as i64);
    let parts: Vec<Part> = values
        .iter()
        .zip(amounts)
        .map(|(&(factor, from, before, after, log_term), cents)| Part {
            factor,
            from,
            before,
            after,
            log_term,
            amount: cents as f64 / 100.0,
        })
        .collect();
    let steps = counted
        .iter()
        .map(|&(step, from, (x1, n1), (x2, n2))| {
            let interval = newcombe(x2, n2, x1, n1).unwrap_or((-1.0, 1.0));
            let real = interval.0 > 0.0 || interval.1 < 0.0;
            StepChange {
                step,
                from,
                before: rate((x1, n1)),
                after: rate((x2, n2)),
                interval,
                real,
                more_to_settle: (!real).then(|| more_to_settle(x1, n1, x2, n2)).flatten(),
            }
        })
        .collect::<Vec<_>>();
    let sentence = sentence(cac1, cac2, &parts, &steps);
    Some(Split { cac_before: cac1, cac_after: cac2, parts, steps, sentence })
}

/// Rounds `shares` to cents so they add up to `total` cents: each is rounded down, and the
/// cents left over go to the largest remainders.
fn cents_adding_up(shares: &[f64], total: i64) -> Vec<i64> {
    let mut cents: Vec<i64> = shares.iter().map(|s| (s * 100.0).floor() as i64).collect();
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by(|&a, &b| {
        let rem = |i: usize| shares[i] * 100.0 - cents[i] as f64;
        rem(b).total_cmp(&rem(a))
    });
    let left = total - cents.iter().sum::<i64>();
    for k in 0..left.unsigned_abs() as usize {
        let i = order[k % order.len()];
        cents[i] += left.signum();
    }
    cents
}

/// The extra people at a step's start, in each period, that would take the difference out
/// of the noise at today's rates; `None` past a hundred times today's volume.
fn more_to_settle(x1: u64, n1: u64, x2: u64, n2: u64) -> Option<u64> {
    let (p1, p2) = (x1 as f64 / n1 as f64, x2 as f64 / n2 as f64);
    let settled = |k: f64| {
        let (m1, m2) = ((n1 as f64 * k).round() as u64, (n2 as f64 * k).round() as u64);
        let (y1, y2) = ((p1 * m1 as f64).round() as u64, (p2 * m2 as f64).round() as u64);
        newcombe(y2, m2, y1, m1).is_some_and(|(lo, hi)| lo > 0.0 || hi < 0.0)
    };
    let (mut lo, mut hi) = (1.0f64, 100.0f64);
    if !settled(hi) || (n1.max(n2) as f64 * hi) as u64 > MAX_TRIALS {
        return None;
    }
    while hi - lo > 0.01 {
        let mid = (lo + hi) / 2.0;
        if settled(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(((n1.max(n2) as f64) * (hi - 1.0)).ceil() as u64)
}

#[cfg(test)]
mod tests;
