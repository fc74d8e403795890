//! The funnel plot laid out: the 95% and 99.8% control limits as curves, the pooled rate's
//! line, the axes with their names and end values, each segment's dot (named beside it when
//! it is outside the 95% limits) and the text equivalent, all in the SVG's units. The shell
//! draws it as given.

use super::{limits, summary, FunnelPlot, Position, Z95, Z998};
use crate::core::basics::chart::{Anchor, Label, Line, Text, ViewBox};
use crate::core::message::{Id, Message};

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 220.0;
/// Room around the plot for the axes' names and values.
const PAD: f64 = 30.0;
/// How many points each limit curve is drawn through.
const CURVE_POINTS: u32 = 40;

/// Which limits a curve draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitKind {
    /// The 99.8% limits: outside them a segment is named.
    Wide,
    /// The 95% limits: outside them a segment is worth a look.
    Narrow,
}

/// One side of a pair of limits, as a curve through `points` (x, y), left to right.
#[derive(Clone, Debug, PartialEq)]
pub struct Curve {
    pub kind: LimitKind,
    pub points: Vec<(f64, f64)>,
}

/// How a dot is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DotKind {
    Inside,
    /// Outside the 95% limits, inside the 99.8% ones.
    Watch,
    /// Outside the 99.8% limits, above or below.
    Outlier,
}

/// One segment's dot.
#[derive(Clone, Debug, PartialEq)]
pub struct PlotDot {
    pub kind: DotKind,
    /// Its name, on hover.
    pub name: String,
    pub cx: f64,
    pub cy: f64,
    pub r: f64,
    /// Its name beside it, on the side with room, when it is outside the 95% limits.
    pub label: Option<Label>,
}

/// The plot as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct FunnelPlotChart {
    pub view_box: ViewBox,
    /// The 99.8% limits above and below, then the 95% limits above and below.
    pub limits: [Curve; 4],
    /// The pooled rate, across the plot.
    pub pooled: Line,
    /// Across, then up.
    pub axes: [Line; 2],
    /// "people at the step's start →" at the right end, "rate ↑" at the top.
    pub axis_names: [Label; 2],
    /// Zero and the largest volume across, the top of the rate axis up.
    pub axis_values: [Label; 3],
    pub dots: Vec<PlotDot>,
    /// The plot's text equivalent.
    pub summary: Message,
}

/// Lays `plot` out: volume across from 0 to the largest, rate up from 0 to a tenth over the
/// highest rate (at least 5.5%, at most 110%), each limit curve through 40 volumes.
pub fn funnel_plot_chart(plot: &FunnelPlot) -> FunnelPlotChart {
    let top = plot.points.iter().map(|q| q.rate).fold(plot.pooled, f64::max).clamp(0.05, 1.0) * 1.1;
    let max_n = plot.max_from.max(1) as f64;
    let x = |n: f64| PAD + n / max_n * (WIDTH - 2.0 * PAD);
    let y = |r: f64| HEIGHT - PAD - (r / top).min(1.0) * (HEIGHT - 2.0 * PAD);
    let curve = |kind: LimitKind, upper: bool| {
        let z = if kind == LimitKind::Wide { Z998 } else { Z95 };
        let points = (1..=CURVE_POINTS)
            .map(|i| {
                let n = (max_n * i as f64 / CURVE_POINTS as f64).max(1.0);
                let (lo, hi) = limits(plot.pooled, n.round() as u64, z);
                (x(n), y(if upper { hi } else { lo }))
            })
            .collect();
        Curve { kind, points }
    };
    let dots = plot
        .points
        .iter()
        .map(|q| {
            let kind = match q.position {
                Position::Inside => DotKind::Inside,
                Position::Watch => DotKind::Watch,
                Position::Below | Position::Above => DotKind::Outlier,
            };
            // The full name, on the side of the point with room for it (never clipped at the
            // left edge), and on hover for every point.
            let cx = x(q.from as f64);
            let (tx, anchor) =
                if cx < WIDTH / 2.0 { (cx + 6.0, Anchor::Start) } else { (cx - 6.0, Anchor::End) };
            let label = (q.position != Position::Inside).then(|| Label {
                x: tx,
                y: y(q.rate) - 6.0,
                anchor,
                text: Text::Plain(q.name.clone()),
            });
            PlotDot { kind, name: q.name.clone(), cx, cy: y(q.rate), r: 4.0, label }
        })
        .collect();
    let words = |id| Text::Words(Message::of(id));
    FunnelPlotChart {
        view_box: ViewBox { width: WIDTH, height: HEIGHT },
        limits: [
            curve(LimitKind::Wide, true),
            curve(LimitKind::Wide, false),
            curve(LimitKind::Narrow, true),
            curve(LimitKind::Narrow, false),
        ],
        pooled: Line { x1: PAD, y1: y(plot.pooled), x2: WIDTH - PAD, y2: y(plot.pooled) },
        axes: [
            Line { x1: PAD, y1: HEIGHT - PAD, x2: WIDTH - PAD, y2: HEIGHT - PAD },
            Line { x1: PAD, y1: PAD / 2.0, x2: PAD, y2: HEIGHT - PAD },
        ],
        axis_names: [
            Label {
                x: WIDTH - PAD,
                y: HEIGHT - 10.0,
                anchor: Anchor::End,
                text: words(Id::OutliersAxisPeople),
            },
            Label { x: 4.0, y: PAD / 2.0 + 4.0, anchor: Anchor::Start, text: words(Id::OutliersAxisRate) },
        ],
        axis_values: [
            Label { x: PAD, y: HEIGHT - PAD + 10.0, anchor: Anchor::Middle, text: Text::Count(0) },
            Label {
                x: WIDTH - PAD,
                y: HEIGHT - PAD + 10.0,
                anchor: Anchor::End,
                text: Text::Count(plot.max_from),
            },
            // Left of the axis at its top, as a tick's value: inside the plot it sat on the
            // limit curves, which start at the top for the smallest volumes.
            Label { x: PAD - 2.0, y: y(top) + 3.0, anchor: Anchor::End, text: Text::Percent(top) },
        ],
        dots,
        summary: summary(plot),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::text::PlainFormatter;
    use crate::core::comparison::funnel_plot::{funnel_plot, PlotPoint};
    use crate::core::comparison::segment::Segment;
    use crate::core::ladder::Step;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-3
    }

    /// A segment whose `from` conversations got `reached` replies.
    fn seg(name: &str, from: u64, reached: u64) -> Segment {
        Segment { name: name.into(), started: Some(from), replies: Some(reached), ..Default::default() }
    }

    /// Every mark of the chart lies within its view box, finite.
    fn inside(chart: &FunnelPlotChart) -> bool {
        let view = chart.view_box;
        let line = |l: &Line| view.holds(l.x1, l.y1) && view.holds(l.x2, l.y2);
        chart.limits.iter().all(|c| c.points.iter().all(|&(x, y)| view.holds(x, y)))
            && chart.axes.iter().chain([&chart.pooled]).all(line)
            && chart.axis_names.iter().chain(&chart.axis_values).all(|l| view.holds(l.x, l.y))
            && chart.dots.iter().all(|d| {
                view.holds(d.cx - d.r, d.cy - d.r)
                    && view.holds(d.cx + d.r, d.cy + d.r)
                    && d.label.as_ref().is_none_or(|l| view.holds(l.x, l.y))
            })
    }

    #[test]
    fn dots_sit_at_their_volume_and_rate_within_the_limits() {
        // A: 100 of 200 (50%), B: 11 of 40 (27.5%); pooled 111 / 240 = 46.25%. The rate axis
        // tops out at 50% × 1.1 = 55%, the volume axis at 200. The plot is 360 − 60 = 300 wide,
        // 220 − 60 = 160 high, its origin at (30, 190): x(n) = 30 + n / 200 × 300,
        // y(r) = 190 − r / 0.55 × 160.
        let plot = funnel_plot(&[seg("A", 200, 100), seg("B", 40, 11)], Step::Reply).unwrap();
        let chart = funnel_plot_chart(&plot);
        assert_eq!(chart.view_box, ViewBox { width: 360.0, height: 220.0 });
        // A: (330, 190 − 160 × 10 / 11 = 44.545), inside its 95% limits at 200
        // (46.25% ± 1.96 × √(0.4625 × 0.5375 / 200) = 39.3%–53.2%): no name beside it.
        let a = &chart.dots[0];
        assert!(close(a.cx, 330.0) && close(a.cy, 44.545) && a.r == 4.0, "{a:?}");
        assert_eq!((a.kind, &a.label), (DotKind::Inside, &None));
        // B: (30 + 60, 190 − 80) = (90, 110), below its 95% limits at 40 (30.8%–61.7%) but
        // inside the 99.8% ones (21.9%–70.6%): named, to the right since 90 < 180.
        let b = &chart.dots[1];
        assert!(close(b.cx, 90.0) && close(b.cy, 110.0), "{b:?}");
        assert_eq!(b.kind, DotKind::Watch);
        let label = b.label.as_ref().unwrap();
        assert!(close(label.x, 96.0) && close(label.y, 104.0) && label.anchor == Anchor::Start);
        assert_eq!(label.text, Text::Plain("B".into()));
        // Pooled: 190 − 0.4625 / 0.55 × 160 = 55.455.
        assert!(close(chart.pooled.y1, 55.455) && chart.pooled.y1 == chart.pooled.y2);
        // Each curve runs from 5 people (x = 37.5) to 200 (x = 330). The 99.8% upper limit is
        // over the axis's top at both ends, so drawn at its top, y = 30; the lower one is 0 at 5
        // people (y = 190) and 46.25% − 3.0902 × 0.035256 = 35.355% at 200: y = 87.149.
        let [wide_up, wide_down, narrow_up, narrow_down] = &chart.limits;
        for curve in &chart.limits {
            assert_eq!(curve.points.len(), 40);
            assert!(close(curve.points[0].0, 37.5) && close(curve.points[39].0, 330.0));
        }
        assert_eq!((wide_up.kind, narrow_down.kind), (LimitKind::Wide, LimitKind::Narrow));
        assert!(close(wide_up.points[0].1, 30.0) && close(wide_up.points[39].1, 30.0));
        assert!(close(wide_down.points[0].1, 190.0) && close(wide_down.points[39].1, 87.149));
        // The 95% upper limit at 200 is 53.16%: y = 190 − 0.5316 / 0.55 × 160 = 35.353.
        assert!(close(narrow_up.points[39].1, 35.353));
        let f = PlainFormatter { currency: "USD".into() };
        let values: Vec<String> = chart.axis_values.iter().map(|l| l.text.render(&f)).collect();
        assert_eq!(values, ["0", "200", "55%"]);
        // The top value sits left of the axis (x = 30 − 2), level with its top, y(55%) = 30
        // (+ 3 to centre the 8-unit text on it), clear of the curves that start there.
        let top = &chart.axis_values[2];
        assert!(close(top.x, 28.0) && close(top.y, 33.0) && top.anchor == Anchor::End, "{top:?}");
        assert_eq!(chart.summary, summary(&plot));
        assert!(inside(&chart));
    }

    #[test]
    fn outliers_are_named_on_the_side_with_room() {
        // Pooled 62 / 400 = 15.5%. Far's 2 of 300 is below its 99.8% limits (9.0%–22.0%), at
        // the right end of the axis, so its name is to its left (330 − 6 = 324); Near's 60 of
        // 100 is above its own (4.3%–26.7%), at x = 30 + 100 = 130, named to its right.
        let plot = funnel_plot(&[seg("Far", 300, 2), seg("Near", 100, 60)], Step::Reply).unwrap();
        let chart = funnel_plot_chart(&plot);
        let kinds: Vec<DotKind> = chart.dots.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, [DotKind::Outlier, DotKind::Outlier]);
        let anchors: Vec<Anchor> =
            chart.dots.iter().filter_map(|d| d.label.as_ref()).map(|l| l.anchor).collect();
        assert_eq!(anchors, [Anchor::End, Anchor::Start]);
        assert!(close(chart.dots[0].label.as_ref().unwrap().x, 324.0));
        assert!(inside(&chart));
    }

    #[test]
    fn nobody_moving_and_no_volume_are_drawn_finite_inside_the_box() {
        // No one replied: pooled 0, the rate axis at its least, 5% × 1.1 = 5.5%, every limit 0.
        let plot = funnel_plot(&[seg("A", 10, 0), seg("B", 20, 0)], Step::Reply).unwrap();
        let chart = funnel_plot_chart(&plot);
        assert!(chart.limits.iter().all(|c| c.points.iter().all(|&(_, y)| close(y, 190.0))));
        assert_eq!(chart.axis_values[2].text, Text::Percent(0.05 * 1.1));
        assert!(inside(&chart));
        // A single point with no volume at all (the plot never makes one; the chart still
        // holds): the volume axis is taken as 1, and the point sits at the origin.
        let single = FunnelPlot {
            step: Step::Reply,
            pooled: 0.0,
            points: vec![PlotPoint {
                name: "Z".into(),
                from: 0,
                reached: 0,
                rate: 0.0,
                position: Position::Inside,
            }],
            max_from: 0,
            outliers: Vec::new(),
        };
        let chart = funnel_plot_chart(&single);
        assert_eq!((chart.dots[0].cx, chart.dots[0].cy), (30.0, 190.0));
        assert!(inside(&chart));
    }
}
