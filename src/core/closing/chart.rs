//! The time-to-close curve laid out: the share of eventual wins that has arrived by each day
//! since a deal's start, as a step line, with the median and 90th-percentile days marked, the
//! axes with their names and end values, and the text equivalent, in the SVG's units.

use super::survival::Curve;
use crate::core::basics::chart::{Anchor, Label, Line, Text, ViewBox};
use crate::core::message::{Arg, Id, Message};

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 180.0;
/// Room left of and below the plot for the axes' values and names.
const LEFT: f64 = 34.0;
const BOTTOM: f64 = 26.0;
/// Room above and to the right, so the top line and the last label aren't cut.
const TOP: f64 = 14.0;
const RIGHT: f64 = 12.0;

/// A marked day: the median or the 90th percentile.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub line: Line,
    pub label: Label,
}

/// The curve as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveChart {
    pub view_box: ViewBox,
    /// The step line's corners, left to right: (x, y).
    pub steps: Vec<(f64, f64)>,
    /// Half the eventual wins by this day, then 90%.
    pub markers: [Marker; 2],
    /// Across, then up.
    pub axes: [Line; 2],
    /// "days since the deal started →" along the bottom, "share of eventual wins" at the top.
    pub axis_names: [Label; 2],
    /// 0 and the last day across; 0% and 100% up.
    pub axis_values: [Label; 4],
    /// The text equivalent: by which day a quarter, half, three quarters, 90% and all of the
    /// eventual wins had arrived.
    pub summary: Message,
    /// The earlier stages the log dates, each the same kind of line for the share of those that
    /// reach it (dashed, named in the legend), in the wins' scale.
    pub stages: Vec<StageLine>,
}

/// An earlier stage's curve: its name for the legend and its step line's corners.
#[derive(Clone, Debug, PartialEq)]
pub struct StageLine {
    pub name: Message,
    pub steps: Vec<(f64, f64)>,
}

/// Lays `curve` out, days across from 0 to the last win's day (at least 7) rounded up to a
/// multiple of 5, share of eventual wins up from 0 to 100%; `None` without a win.
pub fn curve_chart(curve: &Curve) -> Option<CurveChart> {
    curve_chart_with(curve, Vec::new())
}

/// As [`curve_chart`], with the curves of reaching earlier stages (named) drawn beside it in
/// the same scale: a day past the wins' last is drawn at the right edge.
pub fn curve_chart_with(curve: &Curve, stages: Vec<(Message, Curve)>) -> Option<CurveChart> {
    let day = |q: f64| curve.day_for_share(q);
    let (q25, q50, q75, q90, last) = (day(0.25)?, day(0.5)?, day(0.75)?, day(0.9)?, day(1.0)?);
    let span = ((last.max(7) + 4) / 5 * 5) as f64;
    let (plot_w, plot_h) = (WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
    let x = |d: i64| LEFT + (d.max(0) as f64 / span).min(1.0) * plot_w;
    let y = |share: f64| TOP + (1.0 - share.clamp(0.0, 1.0)) * plot_h;
    let line = |curve: &Curve| {
        let eventual = curve.eventual();
        let mut steps = vec![(x(0), y(0.0))];
        let mut height = 0.0;
        for &(d, share) in &curve.points {
            steps.push((x(d), y(height)));
            height = if eventual > 0.0 { share / eventual } else { 0.0 };
            steps.push((x(d), y(height)));
        }
        steps.push((x(span as i64), y(height)));
        steps
    };
    let steps = line(curve);
    // With earlier stages beside the wins, the axis is the share of those that get there.
    let share = if stages.is_empty() { Id::ClosingChartShare } else { Id::ClosingChartShareStages };
    let stages = stages
        .into_iter()
        .filter(|(_, c)| c.eventual() > 0.0)
        .map(|(name, c)| StageLine { name, steps: line(&c) })
        .collect();
    // Each label sits just above the share its line marks (half, 90%), on the side the curve
    // hasn't reached yet: left of the line, where the curve is still below that share; right
    // of it only when the line is too near the left axis for the words.
    let marker = |d: i64, share: f64, id: Id| {
        let at = x(d);
        let (label_x, anchor) =
            if at - LEFT >= plot_w * 0.3 { (at - 3.0, Anchor::End) } else { (at + 3.0, Anchor::Start) };
        Marker {
            line: Line { x1: at, y1: y(0.0), x2: at, y2: y(1.0) },
            label: Label {
                x: label_x,
                y: y(share) - 4.0,
                anchor,
                text: Text::Words(Message::of(id).with("days", Arg::Count(d as u64))),
            },
        }
    };
    let markers = [marker(q50, 0.5, Id::ClosingChartMedian), marker(q90, 0.9, Id::ClosingChartP90)];
    let baseline = y(0.0);
    let value = |x: f64, y: f64, anchor: Anchor, text: Text| Label { x, y, anchor, text };
    Some(CurveChart {
        view_box: ViewBox { width: WIDTH, height: HEIGHT },
        steps,
        markers,
        axes: [
            Line { x1: LEFT, y1: baseline, x2: WIDTH - RIGHT, y2: baseline },
            Line { x1: LEFT, y1: baseline, x2: LEFT, y2: y(1.0) },
        ],
        axis_names: [
            value(
                LEFT + plot_w / 2.0,
                HEIGHT - 4.0,
                Anchor::Middle,
                Text::Words(Message::of(Id::ClosingChartDays)),
            ),
            value(LEFT, TOP - 4.0, Anchor::Start, Text::Words(Message::of(share))),
        ],
        axis_values: [
            value(LEFT, baseline + 12.0, Anchor::Middle, Text::Count(0)),
            value(WIDTH - RIGHT, baseline + 12.0, Anchor::End, Text::Count(span as u64)),
            value(LEFT - 4.0, baseline, Anchor::End, Text::Percent(0.0)),
            value(LEFT - 4.0, y(1.0) + 4.0, Anchor::End, Text::Percent(1.0)),
        ],
        summary: Message::of(Id::ClosingChartSummary)
            .with("q25", Arg::Count(q25 as u64))
            .with("q50", Arg::Count(q50 as u64))
            .with("q75", Arg::Count(q75 as u64))
            .with("q90", Arg::Count(q90 as u64))
            .with("last", Arg::Count(last as u64)),
        stages,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::closing::{Deal, Outcome};
    use crate::core::message::english;

    #[test]
    fn three_wins_step_up_by_thirds_and_say_when_in_words() {
        // Three deals started on day 0, won on days 5, 12 and 30: each win is a third of the
        // eventual wins. A quarter and a third arrive by day 5, half and two thirds by 12,
        // three quarters, 90% and all by 30. Days run to 30 (a multiple of 5).
        let deals = [5, 12, 30].map(|d| Deal::new(0, Outcome::Won(d)));
        let chart = curve_chart(&super::super::survival::win_curve(&deals, 40)).unwrap();
        assert_eq!(
            english(&chart.summary),
            "A quarter of the deals that end up won are won within 5 days of their start, half within 12, three quarters within 30, 90% within 30 and the last within 30."
        );
        // x = 34 + day / 30 · 314; y = 14 + (1 − share) · 140.
        let (x, y) = (|d: f64| 34.0 + d / 30.0 * 314.0, |s: f64| 14.0 + (1.0 - s) * 140.0);
        let want = [
            (x(0.0), y(0.0)),
            (x(5.0), y(0.0)),
            (x(5.0), y(1.0 / 3.0)),
            (x(12.0), y(1.0 / 3.0)),
            (x(12.0), y(2.0 / 3.0)),
            (x(30.0), y(2.0 / 3.0)),
            (x(30.0), y(1.0)),
            (x(30.0), y(1.0)),
        ];
        assert_eq!(chart.steps.len(), want.len());
        for (got, want) in chart.steps.iter().zip(want) {
            assert!((got.0 - want.0).abs() < 1e-9 && (got.1 - want.1).abs() < 1e-9, "{got:?} {want:?}");
        }
        assert_eq!(chart.markers[0].line.x1, x(12.0));
        // Labels left of their lines, just above half and 90% (where the curve isn't yet).
        let median = &chart.markers[0].label;
        assert_eq!((median.x, median.y, median.anchor), (x(12.0) - 3.0, y(0.5) - 4.0, Anchor::End));
        let p90 = &chart.markers[1].label;
        assert_eq!((p90.x, p90.y, p90.anchor), (x(30.0) - 3.0, y(0.9) - 4.0, Anchor::End));
        assert_eq!(english(&chart.markers[0].label_message()), "median 12 days");
        assert_eq!(english(&chart.markers[1].label_message()), "90% by 30 days");
    }

    #[test]
    fn the_curve_is_drawn_finite_inside_the_box() {
        let none = super::super::survival::win_curve(&[Deal::new(0, Outcome::Lost(3))], 10);
        assert_eq!(curve_chart(&none), None, "nothing won: nothing to draw");
        // A win on the day it started, and one after a year.
        let deals =
            [Deal::new(0, Outcome::Won(0)), Deal::new(0, Outcome::Won(365)), Deal::new(5, Outcome::Open)];
        let chart = curve_chart(&super::super::survival::win_curve(&deals, 400)).unwrap();
        let b = chart.view_box;
        assert!(chart.steps.iter().all(|&(x, y)| b.holds(x, y)));
        for m in &chart.markers {
            assert!(b.holds(m.line.x1, m.line.y1) && b.holds(m.line.x2, m.line.y2));
            assert!(b.holds(m.label.x, m.label.y));
        }
        for l in chart.axis_names.iter().chain(&chart.axis_values) {
            assert!(b.holds(l.x, l.y), "{l:?}");
        }
        // An earlier stage reached on day 2 of 4 deals (one lost), and one reached only after
        // the wins' last day: drawn in the same box, the latter at its right edge.
        let qualified =
            [Deal::new(0, Outcome::Won(2)), Deal::new(0, Outcome::Lost(1)), Deal::new(0, Outcome::Won(900))];
        let stage = super::super::survival::win_curve(&qualified, 1000);
        let never = super::super::survival::win_curve(&[Deal::new(0, Outcome::Lost(1))], 10);
        let chart = curve_chart_with(
            &super::super::survival::win_curve(&deals, 400),
            vec![
                (Message::of(Id::ClosingStageQualified), stage),
                (Message::of(Id::ClosingStageHandedOff), never),
            ],
        )
        .unwrap();
        assert_eq!(chart.stages.len(), 1, "a stage nobody reached has no line");
        assert!(chart.stages[0].steps.iter().all(|&(x, y)| b.holds(x, y)));
        assert_eq!(chart.stages[0].steps.last().unwrap().0, 348.0);
        assert_eq!(chart.axis_names[1].text, Text::Words(Message::of(Id::ClosingChartShareStages)));
    }

    impl Marker {
        fn label_message(&self) -> Message {
            match &self.label.text {
                Text::Words(m) => m.clone(),
                other => panic!("{other:?}"),
            }
        }
    }
}
