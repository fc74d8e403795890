//! The data checks shown before any verdict: inconsistent or missing counts, an immature
//! window, and a rising cost per message.

use super::names::{folded_step_name, list, msg, stage_name, step_name, then};
use super::{CheckKind, DataCheck, StepAssessment, StepVerdict, COST_RISE_THRESHOLD};
use crate::core::comparison::periods::PeriodCosts;
use crate::core::ladder::targets::DiagnosisSettings;
use crate::core::ladder::{Ladder, MetricId, Stage, Step};
use crate::core::message::{Arg, Id, Message};

pub(super) fn checks(
    ladder: &Ladder,
    steps: &[StepAssessment],
    settings: &DiagnosisSettings,
) -> Vec<DataCheck> {
    let mut out = Vec::new();
    for a in steps {
        if let (StepVerdict::Inconsistent, Some((reached, from))) = (a.verdict, a.counts) {
            let counts = Message::of(Id::DxCheckInconsistent)
                .with("reached-stage", msg(stage_name(a.step.to())))
                .with("reached", Arg::Count(reached))
                .with("from-stage", msg(stage_name(a.from.unwrap_or(a.step.from()))))
                .with("from", Arg::Count(from));
            let no_verdict =
                Message::of(Id::DxCheckNoVerdict).with("step", msg(folded_step_name(a.step, a.from)));
            out.push(DataCheck { kind: CheckKind::Inconsistent, message: then(counts, no_verdict) });
        }
    }
    out.extend(missing(ladder));
    if let (Some(window), Some(cycle)) = (settings.window_days, settings.sales_cycle_days) {
        if window < cycle {
            let id =
                if settings.window_from_data { Id::DxCheckImmatureImported } else { Id::DxCheckImmature };
            let short = Message::of(id).with("window", Arg::Count(window)).with("cycle", Arg::Count(cycle));
            out.push(DataCheck {
                kind: CheckKind::Immature,
                message: then(short, Message::of(Id::DxCheckProvisional)),
            });
        }
    }
    if let Some(maturing) = &settings.maturing {
        let still = match maturing.to_come {
            Ok(to_come) => Message::of(Id::DxCheckMaturingProjected)
                .with("wins", Arg::Count(to_come.wins.round() as u64)),
            Err(_) => Message::of(Id::DxCheckMaturing),
        };
        let still =
            still.with("since", msg(maturing.since.clone())).with("date", Arg::Date(maturing.judge_on));
        out.push(DataCheck { kind: CheckKind::Immature, message: still });
    }
    if let Some(PeriodCosts { previous, before, latest, now }) = &settings.period_costs {
        if *before > 0.0 && *now > before * (1.0 + COST_RISE_THRESHOLD) {
            out.push(rising(
                Message::of(Id::DxCheckCostRoseBetween)
                    .with("before", Arg::Money(*before))
                    .with("earlier", previous.clone())
                    .with("now", Arg::Money(*now))
                    .with("later", latest.clone())
                    .with("rise", Arg::Percent(now / before - 1.0)),
            ));
        }
    }
    if let (Some(previous), Some(now)) =
        (settings.previous_cost_per_message, ladder.metric(MetricId::CostPerMessage).known())
    {
        let before = previous.as_f64();
        if before > 0.0 && now > before * (1.0 + COST_RISE_THRESHOLD) {
            out.push(rising(
                Message::of(Id::DxCheckCostRose)
                    .with("before", Arg::Money(before))
                    .with("now", Arg::Money(now))
                    .with("rise", Arg::Percent(now / before - 1.0)),
            ));
        }
    }
    out
}

/// Which counts are missing, where to find them, and which steps they leave unjudged: first
/// the stages folded into a later step (not counted, though a later stage is), then the rest.
fn missing(ladder: &Ladder) -> Vec<DataCheck> {
    let mut out = Vec::new();
    for step in Step::ALL {
        let Some((_, _, Some(from))) = ladder.folded_counts(step) else { continue };
        let skipped: Vec<Stage> = Stage::ALL
            .into_iter()
            .filter(|s| (from as usize + 1..step.to() as usize).contains(&(*s as usize)))
            .collect();
        let Some((first, rest)) = skipped.split_first() else { continue };
        let stages =
            list(stage_name(*first), rest.iter().map(|s| stage_name(*s)), Id::DxListAnd, Id::DxListComma);
        let sources =
            list(source(*first), rest.iter().map(|s| source(*s)), Id::DxListSemicolon, Id::DxListSemicolon);
        let message = Message::of(Id::DxCheckFolded)
            .with("stages", msg(stages))
            .with("step", msg(step_name(step)))
            .with("from", msg(stage_name(from)))
            .with("sources", msg(sources));
        out.push(DataCheck { kind: CheckKind::Missing, message });
    }
    let folded = |stage: Stage| stage != Stage::Started && ladder.folded_away(Step::ALL[stage as usize - 1]);
    let missing: Vec<Stage> =
        Stage::ALL.into_iter().filter(|s| ladder.stage(*s).count.given().is_none() && !folded(*s)).collect();
    let blind: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|s| !ladder.folded_away(*s) && ladder.folded_counts(*s).is_none())
        .collect();
    let (Some((first, rest)), Some((first_blind, other_blind))) =
        (missing.split_first(), blind.split_first())
    else {
        return out;
    };
    let start = match Stage::ALL.iter().take_while(|s| *s != first).last() {
        Some(stage) => Message::of(Id::DxCheckStopsAt).with("stage", msg(stage_name(*stage))),
        None => Message::of(Id::DxCheckNoStart),
    };
    let stages =
        list(stage_name(*first), rest.iter().map(|s| stage_name(*s)), Id::DxListAnd, Id::DxListComma);
    let sources =
        list(source(*first), rest.iter().map(|s| source(*s)), Id::DxListSemicolon, Id::DxListSemicolon);
    let steps = list(
        step_name(*first_blind),
        other_blind.iter().map(|s| step_name(*s)),
        Id::DxListAnd,
        Id::DxListComma,
    );
    let add = Message::of(Id::DxCheckAdd)
        .with("stages", msg(stages))
        .with("sources", msg(sources))
        .with("steps", msg(steps))
        .with("count", Arg::Count(blind.len() as u64));
    out.push(DataCheck { kind: CheckKind::Missing, message: then(start, add) });
    out
}

/// Where a stage's count is found.
fn source(stage: Stage) -> Message {
    Message::of(match stage {
        Stage::Started => Id::DxSourceStarted,
        Stage::Replied => Id::DxSourceReplied,
        Stage::Qualified => Id::DxSourceQualified,
        Stage::HandedOff => Id::DxSourceHandedOff,
        Stage::Customer => Id::DxSourceCustomer,
    })
}

/// A rising cost per message, with what that usually means.
fn rising(rose: Message) -> DataCheck {
    DataCheck {
        kind: CheckKind::CostPerMessageRising,
        message: then(rose, Message::of(Id::DxCheckCostAdvice)),
    }
}
