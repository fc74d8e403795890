//! Judging one step: its rate's 95% Wilson interval against the target, with the minimum
//! volume and an immature window taken into account, and the volume that would settle it.

use super::impact::step_effect;
use super::{StepAssessment, StepVerdict, MAX_VOLUME_MULTIPLE};
use crate::core::basics::stats::{trials_to_separate, wilson, Z95};
use crate::core::closing::maturing::ToCome;
use crate::core::ladder::targets::DiagnosisSettings;
use crate::core::ladder::{Ladder, Step};

/// Judges one step.
pub fn assess(ladder: &Ladder, step: Step, settings: &DiagnosisSettings) -> StepAssessment {
    // A step whose stages before it aren't counted is judged from the last one that is,
    // against the product of the targets it spans ("qualification from conversations started"
    // against reply × qualification); a step whose own stage isn't counted is folded into it.
    let folded = ladder.folded_counts(step);
    let from_stage = folded.and_then(|(_, _, from)| from);
    let target = Step::ALL
        .into_iter()
        .filter(|s| {
            *s == step || from_stage.is_some_and(|f| (f as usize..step as usize).contains(&(*s as usize)))
        })
        .map(|s| settings.target(s))
        .product::<f64>();
    // Closing while imported deals are still closing: judged on the projected final rate, or
    // not yet. Without dated deals, late steps in a window shorter than the typed sales cycle
    // are provisional.
    let maturing = settings.maturing.as_ref().filter(|_| step == Step::Close);
    let immature =
        matches!(step, Step::Handoff | Step::Close) && window_is_immature(settings) && maturing.is_none();
    let counts = folded.map(|(reached, from, _)| (reached, from));
    let mut so_far = None;
    let (rate, interval, verdict) = match counts {
        None if ladder.folded_away(step) => (None, None, StepVerdict::NotCounted),
        None => (None, None, StepVerdict::Missing),
        Some((reached, from)) if reached > from => {
            // More reached than started the step; with nothing at the start there is no rate.
            ((from > 0).then(|| reached as f64 / from as f64), None, StepVerdict::Inconsistent)
        }
        Some((reached, from)) => {
            let mut rate = (from > 0).then(|| reached as f64 / from as f64);
            let mut interval = wilson(reached, from, Z95);
            if let (Some(Ok(to_come)), Some(observed)) = (maturing.map(|m| m.to_come), rate) {
                let (projected, range) = project(reached, from, to_come);
                (rate, interval, so_far) = (Some(projected), Some(range), Some(observed));
            }
            let verdict = match (rate, interval) {
                _ if from < settings.min_volume => {
                    StepVerdict::NotEnoughData { have: from, need: settings.min_volume }
                }
                _ if so_far.is_none() && maturing.is_some() => {
                    StepVerdict::TooEarly { until: maturing.map_or(0, |m| m.judge_on) }
                }
                (Some(_), Some((_, hi))) if hi < target => StepVerdict::Below,
                (Some(_), Some((lo, _))) if lo > target => StepVerdict::Above,
                // A projected rate is settled by deals closing, not by more conversations.
                (Some(_), Some(_)) if so_far.is_some() => StepVerdict::CantTell { more_started: None },
                (Some(rate), Some(_)) => {
                    StepVerdict::CantTell { more_started: more_started_to_tell(ladder, rate, target, from) }
                }
                _ => StepVerdict::NotEnoughData { have: from, need: settings.min_volume },
            };
            (rate, interval, verdict)
        }
    };
    let mut assessment = StepAssessment {
        step,
        counts,
        from: from_stage,
        rate,
        interval,
        so_far,
        target,
        verdict,
        immature,
        impact: None,
    };
    assessment.impact = rate.and_then(|r| step_effect(ladder, step, r.max(target)));
    assessment
}

/// The final rate of a step that `reached` of `from` have reached so far, with `to_come` more
/// projected, and its 95% interval, as the cohorts' are: half-width
/// `1.96 · √(mse + p(1 − p) · from) / from`, Mack's error plus binomial noise; never below the
/// observed rate nor above 1.
fn project(reached: u64, from: u64, to_come: ToCome) -> (f64, (f64, f64)) {
    let n = from as f64;
    let floor = reached as f64 / n;
    let rate = ((reached as f64 + to_come.wins) / n).clamp(floor, 1.0);
    let half = Z95 * (to_come.mse + rate * (1.0 - rate) * n).sqrt() / n;
    (rate, ((rate - half).clamp(floor, 1.0), (rate + half).clamp(floor, 1.0)))
}

pub(super) fn window_is_immature(settings: &DiagnosisSettings) -> bool {
    matches!((settings.window_days, settings.sales_cycle_days), (Some(w), Some(c)) if w < c)
}

/// Conversations started beyond today's that would make the interval clear the target,
/// assuming the share reaching this step and its rate hold.
pub(super) fn more_started_to_tell(ladder: &Ladder, rate: f64, target: f64, from: u64) -> Option<u64> {
    let started = ladder.input.started.given()?;
    let needed_at_step = trials_to_separate(rate, target, from)?;
    if from == 0 {
        return None;
    }
    let needed_started = (needed_at_step as f64 * started as f64 / from as f64).ceil() as u64;
    // Beyond a hundred times today's volume, the honest answer is "too close to call".
    (needed_started <= started.saturating_mul(MAX_VOLUME_MULTIPLE))
        .then(|| needed_started.saturating_sub(started))
}

impl StepVerdict {
    /// A stable identifier, for styling.
    pub fn id(self) -> &'static str {
        match self {
            StepVerdict::Below => "below",
            StepVerdict::Above => "above",
            StepVerdict::CantTell { .. } => "cant-tell",
            StepVerdict::NotEnoughData { .. } => "not-enough-data",
            StepVerdict::TooEarly { .. } => "too-early",
            StepVerdict::Inconsistent => "inconsistent",
            StepVerdict::Missing => "missing",
            StepVerdict::NotCounted => "not-counted",
        }
    }
}
