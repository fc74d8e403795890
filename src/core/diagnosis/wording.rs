//! The diagnosis in words with the user's numbers: evidence, the other steps below target,
//! the naive largest drop-off, cost per message against cost per customer, the verdict's
//! badge, and the step table's cells.

use super::names::{folded_step_name, more_outcomes, msg, stage_name, with_money};
use super::{StepAssessment, StepVerdict, Verdict};
use crate::core::ladder::targets::{DiagnosisSettings, Noun};
use crate::core::ladder::{Ladder, MetricId, Stage, Step};
use crate::core::message::{Arg, Id, Message};

/// "Reaching 40% would mean about 14 more customers, CAC $85.71 and $6,300.00 more revenue."
fn reaching(a: &StepAssessment, outcome: Noun) -> Option<Message> {
    let e = a.impact?;
    if e.extra_customers <= 0.0 {
        return None;
    }
    let id = match (e.cac, e.extra_revenue) {
        (None, None) => Id::DxReaching,
        (Some(_), None) => Id::DxReachingCac,
        (None, Some(_)) => Id::DxReachingRevenue,
        (Some(_), Some(_)) => Id::DxReachingCacRevenue,
    };
    let said = Message::of(id)
        .with("target", Arg::Percent(a.target))
        .with("more", msg(more_outcomes(e.extra_customers, outcome)));
    Some(with_money(with_money(said, "cac", e.cac), "revenue", e.extra_revenue))
}

pub(super) fn evidence(
    ladder: &Ladder,
    verdict: Verdict,
    steps: &[StepAssessment],
    settings: &DiagnosisSettings,
) -> Vec<Message> {
    let outcome = settings.business.outcome();
    match verdict {
        Verdict::Limiting(step) | Verdict::Provisional(step) => {
            let a = &steps[step as usize];
            // A step below target has both counts and its range.
            let (Some((reached, from)), Some((lo, hi))) = (a.counts, a.interval) else {
                return Vec::new();
            };
            let id = match step {
                _ if a.from.is_some() => Id::DxEvidenceFolded,
                Step::Reply => Id::DxEvidenceReply,
                Step::Qualification => Id::DxEvidenceQualification,
                Step::Handoff => Id::DxEvidenceHandoff,
                Step::Close if a.so_far.is_some() => Id::DxEvidenceCloseProjected,
                Step::Close => Id::DxEvidenceClose,
            };
            let said = Message::of(id).with("reached", Arg::Count(reached)).with("from", Arg::Count(from));
            let said = match a.from {
                Some(stage) => {
                    said.with("from-stage", msg(stage_name(stage))).with("stage", msg(stage_name(step.to())))
                }
                None => said,
            };
            let said = match a.so_far {
                Some(so_far) => said.with("so-far", Arg::Percent(so_far)),
                None => said,
            };
            let mut out = vec![said
                .with("rate", Arg::Percent(a.rate.unwrap_or(0.0)))
                .with("range", Arg::PercentRange(lo, hi))
                .with("target", Arg::Percent(a.target))];
            out.extend(reaching(a, outcome));
            out.extend(cost_comparison(ladder, step));
            if a.immature {
                out.push(Message::of(Id::DxEvidenceImmature));
            }
            out
        }
        Verdict::MeetsTargets => {
            let (Some(c), Some(s)) = (ladder.input.customers.given(), ladder.input.started.given()) else {
                return Vec::new();
            };
            vec![Message::of(Id::DxEvidenceMeetsTargets)
                .with("started", Arg::Count(s))
                .with("customers", Arg::Count(c))
                .with("outcome", msg(outcome.counted(c)))]
        }
        Verdict::NothingClear => steps.iter().flat_map(unclear).collect(),
        Verdict::NotEnoughData => {
            vec![Message::of(Id::DxEvidenceNotEnoughData).with("count", Arg::Count(settings.min_volume))]
        }
    }
}

/// What a step that is neither clearly below nor above target shows: the range that can't
/// tell (said to be projected when it is), or when closing can be judged.
fn unclear(a: &StepAssessment) -> Vec<Message> {
    let step = msg(folded_step_name(a.step, a.from));
    let rate = Arg::Percent(a.rate.unwrap_or(0.0));
    match (a.verdict, a.interval, a.counts) {
        (StepVerdict::CantTell { .. }, Some((lo, hi)), _) if a.so_far.is_some() => {
            vec![Message::of(Id::DxEvidenceProjectedUnclear)
                .with("step", step)
                .with("rate", rate)
                .with("range", Arg::PercentRange(lo, hi))
                .with("so-far", Arg::Percent(a.so_far.unwrap_or(0.0)))
                .with("target", Arg::Percent(a.target))]
        }
        (StepVerdict::CantTell { more_started }, Some((lo, hi)), _) => {
            let said = match more_started {
                Some(more) => Message::of(Id::DxCantTellMore).with("count", Arg::Count(more)),
                None => Message::of(Id::DxCantTellClose),
            };
            vec![said
                .with("step", step)
                .with("rate", rate)
                .with("range", Arg::PercentRange(lo, hi))
                .with("target", Arg::Percent(a.target))]
        }
        (StepVerdict::TooEarly { until }, _, Some((reached, from))) => {
            vec![Message::of(Id::DxEvidenceTooEarly)
                .with("step", step)
                .with("reached", Arg::Count(reached))
                .with("from", Arg::Count(from))
                .with("rate", rate)
                .with("date", Arg::Date(until))]
        }
        _ => Vec::new(),
    }
}

fn cost_comparison(ladder: &Ladder, step: Step) -> Option<Message> {
    let (metric, id) = match step {
        Step::Reply => return None,
        Step::Qualification => (MetricId::CostPerQualified, Id::DxCostQualified),
        Step::Handoff => (MetricId::CostPerHandoff, Id::DxCostHandoff),
        Step::Close => (MetricId::Cpa, Id::DxCostCustomer),
    };
    let cost = ladder.metric(metric).known()?;
    let per_message = ladder.metric(MetricId::CostPerMessage).known().filter(|v| *v > 0.0)?;
    Some(
        Message::of(id)
            .with("cost", Arg::Money(cost))
            .with("times", Arg::Multiple(cost / per_message))
            .with("message-cost", Arg::Money(per_message)),
    )
}

pub(super) fn other_below(a: &StepAssessment, outcome: Noun) -> Message {
    if let Some(so_far) = a.so_far {
        return Message::of(Id::DxOtherBelowProjected)
            .with("step", msg(folded_step_name(a.step, a.from)))
            .with("rate", Arg::Percent(a.rate.unwrap_or(0.0)))
            .with("target", Arg::Percent(a.target))
            .with("so-far", Arg::Percent(so_far));
    }
    let worth = a.impact.filter(|e| e.extra_customers > 0.0);
    let id = match (worth.is_some(), a.immature) {
        (false, false) => Id::DxOtherBelow,
        (true, false) => Id::DxOtherBelowWorth,
        (false, true) => Id::DxOtherBelowProvisional,
        (true, true) => Id::DxOtherBelowWorthProvisional,
    };
    let said = Message::of(id)
        .with("step", msg(folded_step_name(a.step, a.from)))
        .with("rate", Arg::Percent(a.rate.unwrap_or(0.0)))
        .with("target", Arg::Percent(a.target));
    match worth {
        Some(e) => said.with("more", msg(more_outcomes(e.extra_customers, outcome))),
        None => said,
    }
}

/// The article's rule of thumb (largest drop-off) against the target-based answer.
pub(super) fn naive(verdict: Verdict, steps: &[StepAssessment], outcome: Noun) -> Option<Message> {
    let Verdict::Limiting(limiting) = verdict else { return None };
    let biggest = steps
        .iter()
        .filter(|a| a.rate.is_some() && a.verdict != StepVerdict::Inconsistent)
        .min_by(|a, b| a.rate.unwrap_or(1.0).total_cmp(&b.rate.unwrap_or(1.0)))?;
    let lost = 1.0 - biggest.rate?;
    if biggest.step == limiting {
        return Some(Message::of(Id::DxNaiveSame).with("lost", Arg::Percent(lost)));
    }
    let id = match biggest.verdict {
        StepVerdict::Above => Id::DxNaiveDoingWell,
        StepVerdict::Below => Id::DxNaiveAlsoShort,
        _ => Id::DxNaiveNotClearlyShort,
    };
    Some(
        Message::of(id)
            .with("step", msg(folded_step_name(biggest.step, biggest.from)))
            .with("lost", Arg::Percent(lost))
            .with("target", Arg::Percent(biggest.target))
            .with("limiting", msg(folded_step_name(limiting, steps[limiting as usize].from)))
            .with("outcomes", msg(outcome.plural())),
    )
}

/// Cost per message set against cost per customer: the gap this tool exists to show.
pub(super) fn context(ladder: &Ladder, outcome: Noun) -> Option<Message> {
    let per_message = ladder.metric(MetricId::CostPerMessage).known()?;
    let per_customer = ladder.metric(MetricId::Cpa).known()?;
    let started = ladder.stage(Stage::Started).count.given()?;
    let customers = ladder.stage(Stage::Customer).count.given().filter(|c| *c > 0)?;
    if customers > started {
        return None;
    }
    Some(
        Message::of(Id::DxContext)
            .with("message-cost", Arg::Money(per_message))
            .with("outcomes", msg(outcome.plural()))
            .with("customer-cost", Arg::Money(per_customer))
            .with("count", Arg::Count((started as f64 / customers as f64).round() as u64))
            .with("outcome", msg(outcome.one())),
    )
}

impl Verdict {
    /// The short badge above the headline; `steps` say how each step was counted.
    pub fn badge(self, steps: &[StepAssessment]) -> Message {
        let name = |step: Step| msg(folded_step_name(step, steps.get(step as usize).and_then(|a| a.from)));
        match self {
            Verdict::Limiting(step) => Message::of(Id::DxBadgeLimiting).with("step", name(step)),
            Verdict::Provisional(step) => Message::of(Id::DxBadgeProvisional).with("step", name(step)),
            Verdict::MeetsTargets => Message::of(Id::DxBadgeMeetsTargets),
            Verdict::NothingClear => Message::of(Id::DxBadgeNothingClear),
            Verdict::NotEnoughData => Message::of(Id::DxBadgeNotEnoughData),
        }
    }
}

/// The verdict cell of the step table.
pub fn verdict_text(a: &StepAssessment) -> Message {
    let said = match a.verdict {
        StepVerdict::Below => Message::of(Id::DxVerdictBelow),
        StepVerdict::Above => Message::of(Id::DxVerdictAbove),
        StepVerdict::CantTell { more_started: Some(more) } => {
            Message::of(Id::DxVerdictCantTellMore).with("count", Arg::Count(more))
        }
        StepVerdict::CantTell { more_started: None } if a.so_far.is_some() => {
            Message::of(Id::DxVerdictCantTellYet)
        }
        StepVerdict::CantTell { more_started: None } => Message::of(Id::DxVerdictCantTell),
        StepVerdict::NotEnoughData { have, need } => Message::of(Id::DxVerdictNotEnoughData)
            .with("have", Arg::Count(have))
            .with("need", Arg::Count(need)),
        StepVerdict::TooEarly { until } => Message::of(Id::DxVerdictTooEarly).with("date", Arg::Date(until)),
        StepVerdict::Inconsistent => Message::of(Id::DxVerdictInconsistent),
        StepVerdict::Missing => Message::of(Id::DxVerdictMissing),
        StepVerdict::NotCounted => Message::of(Id::DxVerdictNotCounted),
    };
    let judged = matches!(a.verdict, StepVerdict::Below | StepVerdict::Above | StepVerdict::CantTell { .. });
    match a.so_far {
        Some(so_far) if judged => Message::of(Id::DxVerdictProjected)
            .with("verdict", msg(said))
            .with("so-far", Arg::Percent(so_far)),
        _ if a.immature && judged => Message::of(Id::DxVerdictProvisional).with("verdict", msg(said)),
        _ => said,
    }
}

/// The step table's row name: its rate's name, "Qualification rate (from conversations
/// started)" when it is counted from an earlier stage than its own.
pub fn step_label(a: &StepAssessment) -> Message {
    let title = a.step.rate_metric().title();
    match a.from {
        Some(stage) => {
            Message::of(Id::CmpFactorFrom).with("factor", msg(title)).with("from", msg(stage_name(stage)))
        }
        None => title,
    }
}

/// The "if it reached its target" cell of the step table.
pub fn impact_text(a: &StepAssessment, outcome: Noun) -> Message {
    match (a.rate, a.impact) {
        (Some(rate), _) if rate >= a.target => Message::of(Id::DxImpactAtTarget),
        (_, None) => Message::of(Id::DxImpactNeedsCounts),
        (_, Some(e)) => {
            let gain = if e.extra_customers < 0.5 {
                more_outcomes(e.extra_customers, outcome)
            } else {
                let n = e.extra_customers.round() as u64;
                Message::of(Id::DxImpactGain)
                    .with("count", Arg::Count(n))
                    .with("outcome", msg(outcome.counted(n)))
            };
            let id = match (e.cac, e.extra_revenue) {
                (None, None) => return gain,
                (Some(_), None) => Id::DxImpactCac,
                (None, Some(_)) => Id::DxImpactRevenue,
                (Some(_), Some(_)) => Id::DxImpactCacRevenue,
            };
            let said = Message::of(id).with("gain", msg(gain));
            with_money(with_money(said, "cac", e.cac), "revenue", e.extra_revenue)
        }
    }
}
