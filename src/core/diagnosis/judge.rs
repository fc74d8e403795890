//! Judging one step: its rate's 95% Wilson interval against the target, with the minimum
//! volume and an immature window taken into account, and the volume that would settle it.

use super::impact::step_effect;
use super::{StepAssessment, StepVerdict, MAX_VOLUME_MULTIPLE};
use crate::core::basics::stats::{trials_to_separate, wilson, Z95};
use crate::core::ladder::targets::DiagnosisSettings;
use crate::core::ladder::{Ladder, Step};

/// Judges one step.
pub fn assess(ladder: &Ladder, step: Step, settings: &DiagnosisSettings) -> StepAssessment {
    let target = settings.target(step);
    // Late steps in a window shorter than the sales cycle; closing while imported deals are
    // still closing (time to close).
    let immature = matches!(step, Step::Handoff | Step::Close) && window_is_immature(settings)
        || step == Step::Close && settings.maturing.is_some();
    let counts = ladder.step_counts(step);
    let (rate, interval, verdict) = match counts {
        None => (None, None, StepVerdict::Missing),
        Some((reached, from)) if reached > from => {
            // More reached than started the step; with nothing at the start there is no rate.
            ((from > 0).then(|| reached as f64 / from as f64), None, StepVerdict::Inconsistent)
        }
        Some((reached, from)) => {
            let rate = (from > 0).then(|| reached as f64 / from as f64);
            let interval = wilson(reached, from, Z95);
            let verdict = match (rate, interval) {
                _ if from < settings.min_volume => {
                    StepVerdict::NotEnoughData { have: from, need: settings.min_volume }
                }
                (Some(_), Some((_, hi))) if hi < target => StepVerdict::Below,
                (Some(_), Some((lo, _))) if lo > target => StepVerdict::Above,
                (Some(rate), Some(_)) => {
                    StepVerdict::CantTell { more_started: more_started_to_tell(ladder, rate, target, from) }
                }
                _ => StepVerdict::NotEnoughData { have: from, need: settings.min_volume },
            };
            (rate, interval, verdict)
        }
    };
    let mut assessment =
        StepAssessment { step, counts, rate, interval, target, verdict, immature, impact: None };
    assessment.impact = rate.and_then(|r| step_effect(ladder, step, r.max(target)));
    assessment
}

pub(super) fn window_is_immature(settings: &DiagnosisSettings) -> bool {
    matches!((settings.window_days, settings.sales_cycle_days), (Some(w), Some(c)) if w < c)
}

/// Conversations started beyond today's that would make the interval clear the target,
/// assuming the share reaching this step and its rate hold.
pub(super) fn more_started_to_tell(ladder: &Ladder, rate: f64, target: f64, from: u64) -> Option<u64> {
    let started = ladder.input.started.given()?;
    let needed_at_step = trials_to_separate(rate, target)?;
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
            StepVerdict::Inconsistent => "inconsistent",
            StepVerdict::Missing => "missing",
        }
    }
}
