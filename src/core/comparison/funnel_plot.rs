//! Outliers, honestly: a funnel plot of one step across segments. Each segment's rate is set
//! against its volume, around the pooled rate, with the 95% and 99.8% control limits for that
//! volume (the funnel plot used to compare institutions). A small segment's extreme rate sits
//! inside its wide limits and is not a finding; a segment outside the 99.8% limits is named.

use crate::core::comparison::segment::Segment;
use crate::core::comparison::words::{msg, series};
use crate::core::diagnosis::Verdict;
use crate::core::ladder::Step;
use crate::core::message::{Arg, Id, Message};

pub mod chart;

/// z for the 95% and 99.8% two-sided limits.
pub const Z95: f64 = 1.959_963_984_540_054;
pub const Z998: f64 = 3.090_232_306_167_813;

/// Where a segment sits against its limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Inside,
    /// Outside the 95% limits but inside the 99.8% ones: worth a look, not a finding.
    Watch,
    Below,
    Above,
}

/// One segment on the plot.
#[derive(Clone, Debug, PartialEq)]
pub struct PlotPoint {
    pub name: String,
    /// People at the step's start, and those who made the step.
    pub from: u64,
    pub reached: u64,
    pub rate: f64,
    pub position: Position,
}

/// The plot of one step.
#[derive(Clone, Debug, PartialEq)]
pub struct FunnelPlot {
    pub step: Step,
    /// All segments' reached ÷ all their starts.
    pub pooled: f64,
    pub points: Vec<PlotPoint>,
    /// The largest volume, for the axis.
    pub max_from: u64,
    /// One sentence per segment outside the 99.8% limits.
    pub outliers: Vec<Message>,
}

/// The control limits around `pooled` for a volume of `n`, at `z`: the normal approximation
/// to the binomial, within 0–1.
pub fn limits(pooled: f64, n: u64, z: f64) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    let half = z * (pooled * (1.0 - pooled) / n as f64).sqrt();
    ((pooled - half).max(0.0), (pooled + half).min(1.0))
}

/// "9% of 350 replies qualified" for a step.
fn of(step: Step, rate: f64, from: u64) -> Message {
    let id = match step {
        Step::Reply => Id::CmpShareReply,
        Step::Qualification => Id::CmpShareQualification,
        Step::Handoff => Id::CmpShareHandoff,
        Step::Close => Id::CmpShareClose,
    };
    Message::of(id).with("rate", Arg::Percent(rate)).with("count", Arg::Count(from))
}

/// The step the funnel plot shows until the user picks another: the one the diagnosis names
/// (limiting or provisionally so), else qualification, where chats most often split.
pub fn default_step(verdict: &Verdict) -> Step {
    match verdict {
        Verdict::Limiting(s) | Verdict::Provisional(s) => *s,
        _ => Step::Qualification,
    }
}

/// The funnel plot of `step` over the segments with people at its start; `None` with fewer
/// than two such segments or inconsistent counts everywhere.
pub fn funnel_plot(segments: &[Segment], step: Step) -> Option<FunnelPlot> {
    let counts = |s: &Segment| -> Option<(u64, u64)> {
        let pick = |stage| match stage {
            0 => s.started,
            1 => s.replies,
            2 => s.qualified,
            3 => s.handoffs,
            _ => s.customers,
        };
        let (from, reached) = (pick(step as usize)?, pick(step as usize + 1)?);
        (from > 0 && reached <= from).then_some((reached, from))
    };
    let rows: Vec<(&Segment, u64, u64)> =
        segments.iter().filter_map(|s| counts(s).map(|(r, f)| (s, r, f))).collect();
    if rows.len() < 2 {
        return None;
    }
    let (reached, from): (u64, u64) = rows.iter().fold((0, 0), |(r, f), (_, x, n)| (r + x, f + n));
    let pooled = reached as f64 / from as f64;
    let mut outliers = Vec::new();
    let points = rows
        .iter()
        .map(|(s, x, n)| {
            let rate = *x as f64 / *n as f64;
            let (lo95, hi95) = limits(pooled, *n, Z95);
            let (lo, hi) = limits(pooled, *n, Z998);
            let position = if rate < lo {
                Position::Below
            } else if rate > hi {
                Position::Above
            } else if rate < lo95 || rate > hi95 {
                Position::Watch
            } else {
                Position::Inside
            };
            if matches!(position, Position::Below | Position::Above) {
                let id = if position == Position::Below { Id::CmpOutlierBelow } else { Id::CmpOutlierAbove };
                outliers.push(
                    Message::of(id)
                        .with("name", Arg::Text(s.name.clone()))
                        .with("share", msg(of(step, rate, *n)))
                        .with("range", Arg::PercentRange(lo, hi))
                        .with("pooled", Arg::Percent(pooled)),
                );
            }
            PlotPoint { name: s.name.clone(), from: *n, reached: *x, rate, position }
        })
        .collect();
    let max_from = rows.iter().map(|(_, _, n)| *n).max().unwrap_or(0);
    Some(FunnelPlot { step, pooled, points, max_from, outliers })
}

/// The plot's text equivalent.
pub fn summary(plot: &FunnelPlot) -> Message {
    let points = plot
        .points
        .iter()
        .map(|p| {
            let id = match p.position {
                Position::Inside => Id::CmpFunnelPoint,
                Position::Watch => Id::CmpFunnelPointWatch,
                Position::Below => Id::CmpFunnelPointBelow,
                Position::Above => Id::CmpFunnelPointAbove,
            };
            Message::of(id)
                .with("name", Arg::Text(p.name.clone()))
                .with("rate", Arg::Percent(p.rate))
                .with("count", Arg::Count(p.from))
        })
        .collect();
    Message::of(Id::CmpFunnelSummary)
        .with("metric", Arg::Text(plot.step.rate_metric().name().to_string()))
        .with("pooled", Arg::Percent(plot.pooled))
        .with("points", series(points, Id::DxListSemicolon))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::text::PlainFormatter;

    #[test]
    fn the_plot_starts_at_the_step_the_diagnosis_names() {
        assert_eq!(default_step(&Verdict::Limiting(Step::Close)), Step::Close);
        assert_eq!(default_step(&Verdict::Provisional(Step::Reply)), Step::Reply);
        assert_eq!(default_step(&Verdict::MeetsTargets), Step::Qualification);
    }

    fn seg(name: &str, replies: u64, qualified: u64) -> Segment {
        Segment {
            name: name.into(),
            started: Some(replies * 2),
            replies: Some(replies),
            qualified: Some(qualified),
            ..Default::default()
        }
    }

    #[test]
    fn a_big_segment_far_off_is_named_and_a_small_extreme_one_is_not() {
        // Pooled: (180 + 31 + 1 + 200) / (900 + 350 + 10 + 800) = 412 / 2,060 = 20%.
        // At 350 replies the 99.8% limits are 0.2 ± 3.0902 × √(0.2 × 0.8 / 350) = 13.4%–26.6%:
        // Lookalike's 31 / 350 = 8.9% is below them. Tiny's 1 / 10 = 10% is far from 20% but
        // its limits at 10 are 0%–59.1%, so it is not a finding.
        let segments =
            [seg("Core", 900, 180), seg("Lookalike 5%", 350, 31), seg("Tiny", 10, 1), seg("Brand", 800, 200)];
        let plot = funnel_plot(&segments, Step::Qualification).unwrap();
        assert!((plot.pooled - 0.2).abs() < 1e-12);
        let positions: Vec<Position> = plot.points.iter().map(|p| p.position).collect();
        // Brand's 25% of 800: the 99.8% limits at 800 are 15.6%–24.4%, so it is above them.
        assert_eq!(positions, [Position::Inside, Position::Below, Position::Inside, Position::Above]);
        let f = PlainFormatter { currency: "USD".into() };
        assert_eq!(
            plot.outliers[0].render(&f),
            "Lookalike 5%: 8.9% of 350 replies qualified, below the range expected at that volume (13.4%–26.6% around the pooled 20%)."
        );
        assert_eq!(plot.outliers.len(), 2);
        assert_eq!(plot.max_from, 900);
        assert_eq!(
            summary(&plot).render(&f),
            "Qualification rate by segment against volume, pooled 20%: Core 20% of 900; Lookalike 5% 8.9% of 350 (below the 99.8% range); Tiny 10% of 10; Brand 25% of 800 (above the 99.8% range)."
        );
        // The noun agrees with the count.
        assert_eq!(of(Step::Reply, 1.0, 1).render(&f), "100% of 1 conversation got a reply");
    }

    #[test]
    fn limits_widen_as_volume_shrinks() {
        let mut last = (0.2, 0.2);
        for n in [100_000u64, 10_000, 1_000, 100, 10, 1] {
            let (lo, hi) = limits(0.2, n, Z998);
            assert!(lo <= last.0 && hi >= last.1, "{n}: {lo}–{hi}");
            last = (lo, hi);
        }
        assert_eq!(limits(0.2, 0, Z95), (0.0, 1.0));
        assert_eq!(funnel_plot(&[seg("Only", 10, 2)], Step::Qualification), None);
    }
}
