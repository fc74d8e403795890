//! The diagnosis: which step really limits the business, said honestly. Each step rate is
//! judged against a target through its 95% Wilson interval, so a verdict is given only when
//! the data supports it. Data checks (inconsistent, missing or immature counts; a rising cost
//! per message) come before any verdict. The limiting step is the step firmly below target
//! whose reaching target would add the most customers. A pure function of the ladder and the
//! settings: the page only renders what [`diagnose`] returns.

mod advice;
mod checks;
mod impact;
mod judge;
mod levers;
pub(crate) mod names;
mod summary;
mod wording;

pub use impact::levers;
pub use judge::assess;
pub use levers::{lever_gain, lever_rows, levers_alike};
pub use wording::{impact_text, step_label, verdict_text};

pub(crate) use names::{stage_name, step_name};

use advice::{advice, headline};
use checks::checks;
use summary::summary;
use wording::{context, evidence, naive, other_below};

use crate::core::ladder::targets::DiagnosisSettings;
use crate::core::ladder::{Ladder, Stage, Step};
use crate::core::message::{Id, Message};

/// What the data says about one step against its target.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StepVerdict {
    /// The whole 95% interval is below the target.
    Below,
    /// The whole 95% interval is above the target.
    Above,
    /// The interval contains the target; `more_started` more conversations started (at
    /// today's rates) would tell, when that can be said.
    CantTell { more_started: Option<u64> },
    /// Fewer than the minimum volume at the step's starting stage.
    NotEnoughData { have: u64, need: u64 },
    /// Closing while imported deals are still closing and too few have matured to project
    /// their final rate: judged on this day (a day number), not before.
    TooEarly { until: i64 },
    /// More reached the later stage than were in the earlier one.
    Inconsistent,
    /// A count is blank or invalid.
    Missing,
    /// Its stage isn't counted though a later one is: the next step is judged from the stage
    /// before this one (see [`StepAssessment::from`]).
    NotCounted,
}

/// The effect on the last stage of changing one thing, others unchanged.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Effect {
    /// Customers (or accepted leads, orders) after the change.
    pub customers: f64,
    pub extra_customers: f64,
    /// All-in cost per customer after the change, when cost and customers are known.
    pub cac: Option<f64>,
    /// Extra revenue at today's revenue per customer, when that is known.
    pub extra_revenue: Option<f64>,
}

/// One step, judged.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepAssessment {
    pub step: Step,
    /// (reached, from) when both counts are known.
    pub counts: Option<(u64, u64)>,
    /// The stage its rate is counted from when the stages before it aren't counted (its
    /// `counts` then start there, and its target is the product of the steps it spans).
    pub from: Option<Stage>,
    /// The rate judged: observed, or projected when `so_far` is given.
    pub rate: Option<f64>,
    /// Its 95% interval: Wilson's, or the projection's.
    pub interval: Option<(f64, f64)>,
    /// The observed rate, when `rate` and `interval` are the projected final ones (closing
    /// while imported deals are still closing).
    pub so_far: Option<f64>,
    pub target: f64,
    pub verdict: StepVerdict,
    /// A late step in a window shorter than the sales cycle: its verdict is provisional.
    pub immature: bool,
    /// What reaching the target would do (no change when already at or above it).
    pub impact: Option<Effect>,
}

/// The overall finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Firmly below target, with the largest impact of those that are.
    Limiting(Step),
    /// Only late steps in an immature window are below target: the largest one, provisionally.
    Provisional(Step),
    /// Every step is firmly at or above target: volume is the lever.
    MeetsTargets,
    /// No step is firmly below target, but not all are judged or clear.
    NothingClear,
    /// No step can be judged.
    NotEnoughData,
}

/// What a data check found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckKind {
    Inconsistent,
    Missing,
    Immature,
    CostPerMessageRising,
}

/// A data check's finding, shown before any verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct DataCheck {
    pub kind: CheckKind,
    pub message: Message,
}

/// One row of the lever ranking: a 10% relative improvement and what it does.
#[derive(Clone, Debug, PartialEq)]
pub struct Lift {
    pub name: Message,
    /// The step whose rate this lever lifts; `None` for cost per message and revenue.
    pub step: Option<Step>,
    pub effect: Effect,
}

/// Everything the diagnosis panel shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnosis {
    pub verdict: Verdict,
    pub headline: Message,
    /// What the numbers show, with the user's values and targets.
    pub evidence: Vec<Message>,
    /// Likely causes: where to look.
    pub causes: Option<Message>,
    /// Two to four things to try.
    pub actions: Vec<Message>,
    /// How fixing this can go too far.
    pub risk: Option<Message>,
    /// A line for each other step below target.
    pub others: Vec<Message>,
    pub checks: Vec<DataCheck>,
    pub steps: Vec<StepAssessment>,
    /// The naive "largest drop-off" and, where it disagrees, why.
    pub naive: Option<Message>,
    /// Every lever, most effective first.
    pub levers: Vec<Lift>,
    /// Cost per message set against cost per customer.
    pub context: Option<Message>,
    /// A paragraph to paste into a client email.
    pub summary: Message,
}

/// Relative improvement used for the lever ranking.
pub const LEVER_STEP: f64 = 0.10;

/// "Can't tell yet" names the extra volume needed only up to this multiple of today's.
pub const MAX_VOLUME_MULTIPLE: u64 = 100;

/// A rising cost per message is flagged above this relative increase.
pub const COST_RISE_THRESHOLD: f64 = 0.10;

/// Nothing clear, and every step that can't tell is a projected close rate: waiting for the
/// open deals, not more conversations, will settle it.
fn waiting_on_deals(causes: Id, steps: &[StepAssessment]) -> Id {
    let unclear: Vec<&StepAssessment> =
        steps.iter().filter(|a| matches!(a.verdict, StepVerdict::CantTell { .. })).collect();
    let projected = !unclear.is_empty() && unclear.iter().all(|a| a.so_far.is_some());
    if causes == Id::DxCausesNothingClear && projected {
        Id::DxCausesNothingClearProjected
    } else {
        causes
    }
}

/// Names the step that limits the business, with evidence, causes, actions and risks.
pub fn diagnose(ladder: &Ladder, settings: &DiagnosisSettings) -> Diagnosis {
    let outcome = settings.business.outcome();
    let steps: Vec<StepAssessment> = Step::ALL.iter().map(|&s| assess(ladder, s, settings)).collect();
    let shortfall = |a: &StepAssessment| match a.rate {
        Some(r) if r > 0.0 => a.target / r,
        _ => f64::INFINITY,
    };
    let largest = |filter: &dyn Fn(&StepAssessment) -> bool| {
        steps
            .iter()
            .filter(|a| filter(a))
            .max_by(|a, b| shortfall(a).total_cmp(&shortfall(b)))
            .map(|a| a.step)
    };
    let judged = steps
        .iter()
        .filter(|a| {
            matches!(a.verdict, StepVerdict::Below | StepVerdict::Above | StepVerdict::CantTell { .. })
        })
        .count();
    let verdict = if let Some(step) = largest(&|a| a.verdict == StepVerdict::Below && !a.immature) {
        Verdict::Limiting(step)
    } else if let Some(step) = largest(&|a| a.verdict == StepVerdict::Below) {
        Verdict::Provisional(step)
    } else if steps.iter().all(|a| a.verdict == StepVerdict::Above) {
        Verdict::MeetsTargets
    } else if judged == 0 {
        Verdict::NotEnoughData
    } else {
        Verdict::NothingClear
    };

    let advice = advice(verdict, settings.business);
    let named = match verdict {
        Verdict::Limiting(s) | Verdict::Provisional(s) => Some(s),
        _ => None,
    };
    let others = steps
        .iter()
        .filter(|a| a.verdict == StepVerdict::Below && Some(a.step) != named)
        .map(|a| other_below(a, outcome))
        .collect();
    Diagnosis {
        verdict,
        headline: headline(verdict, settings.business, &steps),
        evidence: evidence(ladder, verdict, &steps, settings),
        causes: advice.causes.map(|id| Message::of(waiting_on_deals(id, &steps))),
        actions: advice.actions.iter().map(|id| Message::of(*id)).collect(),
        risk: advice.risk.map(Message::of),
        others,
        checks: checks(ladder, &steps, settings),
        naive: naive(verdict, &steps, outcome),
        levers: levers(ladder, outcome),
        context: context(ladder, outcome),
        summary: summary(ladder, verdict, &steps, settings, advice.first_try),
        steps,
    }
}
