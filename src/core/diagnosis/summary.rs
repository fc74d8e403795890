//! The paragraph for a client email: the ladder in one breath, the finding, the next step.

use super::advice::headline;
use super::names::{folded_step_name, more_outcomes, msg, then};
use super::{StepAssessment, Verdict};
use crate::core::ladder::targets::DiagnosisSettings;
use crate::core::ladder::{Ladder, MetricId, Step};
use crate::core::message::{Arg, Id, Message};

/// The summary's sentences, one after the other; `first_try` is the first action as its last
/// sentence says it, when the verdict names a step.
pub(super) fn summary(
    ladder: &Ladder,
    verdict: Verdict,
    steps: &[StepAssessment],
    settings: &DiagnosisSettings,
    first_try: Option<Id>,
) -> Message {
    let outcome = settings.business.outcome();
    let input = &ladder.input;
    let mut sentences = Vec::new();
    if let (Some(spend), Some(started)) = (input.spend.given(), input.started.given()) {
        let spent = match ladder.metric(MetricId::CostPerMessage).known() {
            Some(cost) => Message::of(Id::DxSummarySpendEach).with("cost", Arg::Money(cost)),
            None => Message::of(Id::DxSummarySpend),
        };
        sentences.push(spent.with("spend", Arg::Money(spend.as_f64())).with("started", Arg::Count(started)));
    }
    let counts = [input.replies, input.qualified, input.handoffs, input.customers].map(|e| e.given());
    if let [Some(r), Some(q), Some(h), Some(c)] = counts {
        // The rates the counts give: a projected close rate is said with the finding.
        let rate = |step: Step| {
            let a = &steps[step as usize];
            Arg::Percent(a.so_far.or(a.rate).unwrap_or(0.0))
        };
        let cac = ladder.metric(MetricId::Cac).known();
        let roas = ladder.metric(MetricId::Roas).known();
        let id = match (cac, roas) {
            (None, None) => Id::DxSummaryLadder,
            (Some(_), None) => Id::DxSummaryLadderCac,
            (None, Some(_)) => Id::DxSummaryLadderRoas,
            (Some(_), Some(_)) => Id::DxSummaryLadderCacRoas,
        };
        let mut ladder_said = Message::of(id)
            .with("replied", Arg::Count(r))
            .with("reply-rate", rate(Step::Reply))
            .with("qualified", Arg::Count(q))
            .with("qualification-rate", rate(Step::Qualification))
            .with("handed-off", Arg::Count(h))
            .with("handoff-rate", rate(Step::Handoff))
            .with("customers", Arg::Count(c))
            .with("outcomes", msg(outcome.plural()))
            .with("close-rate", rate(Step::Close));
        if let Some(cac) = cac {
            ladder_said = ladder_said.with("cac", Arg::Money(cac));
        }
        if let Some(roas) = roas {
            ladder_said = ladder_said.with("roas", Arg::Multiple(roas));
        }
        sentences.push(ladder_said);
    }
    match verdict {
        Verdict::Limiting(step) | Verdict::Provisional(step) => {
            let a = &steps[step as usize];
            // A projected rate's gain is itself projected: the finding says the rate alone.
            let reaching = a.impact.filter(|e| e.extra_customers > 0.0 && a.so_far.is_none());
            let id = match (verdict == Verdict::Provisional(step), reaching.is_some()) {
                _ if a.so_far.is_some() => Id::DxSummaryStepProjected,
                (false, false) => Id::DxSummaryStep,
                (false, true) => Id::DxSummaryStepReaching,
                (true, false) => Id::DxSummaryStepProvisional,
                (true, true) => Id::DxSummaryStepProvisionalReaching,
            };
            let mut finding = Message::of(id)
                .with("step", msg(folded_step_name(step, a.from)))
                .with("rate", Arg::Percent(a.rate.unwrap_or(0.0)))
                .with("target", Arg::Percent(a.target));
            if let Some(e) = reaching {
                finding = finding.with("more", msg(more_outcomes(e.extra_customers, outcome)));
            }
            sentences.push(finding);
            sentences.extend(first_try.map(Message::of));
        }
        _ => sentences.push(
            Message::of(Id::DxSummaryHeadline)
                .with("headline", msg(headline(verdict, settings.business, steps))),
        ),
    }
    let mut sentences = sentences.into_iter();
    let first = sentences.next().expect("the finding is always said");
    sentences.fold(first, then)
}
