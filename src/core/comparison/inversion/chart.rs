//! The chart of cost per message (across) against CAC (up), laid out: the shaded corner of
//! cheap messages and dear customers, the axes with their names and end values, each
//! segment's circle (its area following spend) with its number, and the text equivalent, all
//! in the SVG's units. The shell draws it as given.

use super::{axis_max, points, points_summary, Comparison};
use crate::core::basics::chart::{Anchor, Label, Line, Rect, Text, ViewBox};
use crate::core::message::{Id, Message};

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 240.0;
/// Room around the plot for the axes' names and values.
const PAD: f64 = 28.0;
/// Room between the axes' ends and the points' range, the largest radius, so no circle
/// crosses an axis or runs past its end.
const INSET: f64 = 17.0;
/// Where the points go: zero and the largest value of each axis.
const LEFT: f64 = PAD + INSET;
const RIGHT: f64 = WIDTH - PAD - INSET;
const TOP: f64 = PAD / 2.0 + INSET;
const BOTTOM: f64 = HEIGHT - PAD - INSET;

/// The shaded corner, from the axes to half of each axis's range of points: cheap messages
/// (less than half the largest cost per message), dear customers (over half the largest CAC).
const CORNER_WIDTH: f64 = INSET + (RIGHT - LEFT) / 2.0;
const CORNER_HEIGHT: f64 = INSET + (BOTTOM - TOP) / 2.0;

/// One segment's circle.
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    /// Its name, on hover and in the legend under the chart.
    pub name: String,
    /// Below the minimum volume: drawn, not ranked.
    pub ranked: bool,
    pub cx: f64,
    pub cy: f64,
    pub r: f64,
    /// Its number in the legend, in the circle.
    pub number: Label,
}

/// The chart as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct InversionChart {
    pub view_box: ViewBox,
    /// The top left quarter: cheap messages, dear customers.
    pub corner: Rect,
    pub corner_label: Label,
    /// Across, then up.
    pub axes: [Line; 2],
    /// "cost per message →" at the right end, "CAC ↑" at the top.
    pub axis_names: [Label; 2],
    /// Zero and the largest cost per message across, the largest CAC up.
    pub axis_values: [Label; 3],
    pub dots: Vec<Dot>,
    /// The chart's text equivalent.
    pub summary: Message,
}

/// Lays the chart of `comparison` out: each point's share of the largest value of its axis
/// placed between [`LEFT`] and [`RIGHT`] and between [`BOTTOM`] and [`TOP`] (an axis's values
/// are written there), its radius 5 to 17 by its share of the largest spend.
pub fn inversion_chart(comparison: &Comparison) -> InversionChart {
    let pts = points(comparison);
    let (max_x, max_y) = axis_max(&pts);
    // Each point carries its number; the full names are in the legend under the chart, so a
    // dozen long names never pile up on each other.
    let dots = pts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let x = LEFT + p.x * (RIGHT - LEFT);
            let y = BOTTOM - p.y * (BOTTOM - TOP);
            Dot {
                name: p.name.clone(),
                ranked: p.ranked,
                cx: x,
                cy: y,
                r: 5.0 + 12.0 * p.size,
                number: Label {
                    x,
                    y: y + 3.0,
                    anchor: Anchor::Middle,
                    text: Text::Plain((i + 1).to_string()),
                },
            }
        })
        .collect();
    let words = |id| Text::Words(Message::of(id));
    InversionChart {
        view_box: ViewBox { width: WIDTH, height: HEIGHT },
        corner: Rect { x: PAD, y: PAD / 2.0, width: CORNER_WIDTH, height: CORNER_HEIGHT },
        corner_label: Label {
            x: PAD + 4.0,
            y: PAD / 2.0 + CORNER_HEIGHT - 6.0,
            anchor: Anchor::Start,
            text: words(Id::InversionsCorner),
        },
        axes: [
            Line { x1: PAD, y1: HEIGHT - PAD, x2: WIDTH - PAD, y2: HEIGHT - PAD },
            Line { x1: PAD, y1: PAD / 2.0, x2: PAD, y2: HEIGHT - PAD },
        ],
        axis_names: [
            Label {
                x: WIDTH - PAD,
                y: HEIGHT - 8.0,
                anchor: Anchor::End,
                text: words(Id::InversionsAxisCost),
            },
            Label { x: 4.0, y: PAD / 2.0 + 4.0, anchor: Anchor::Start, text: words(Id::InversionsAxisCac) },
        ],
        axis_values: [
            Label { x: LEFT, y: HEIGHT - PAD + 10.0, anchor: Anchor::Middle, text: Text::Money(0.0) },
            Label { x: RIGHT, y: HEIGHT - PAD + 10.0, anchor: Anchor::Middle, text: Text::Money(max_x) },
            Label { x: PAD + 3.0, y: TOP + 3.0, anchor: Anchor::Start, text: Text::Money(max_y) },
        ],
        dots,
        summary: points_summary(&pts),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::text::PlainFormatter;
    use crate::core::comparison::inversion::compare;
    use crate::core::comparison::inversion::tests::seg;
    use crate::core::ladder::Entry;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn points_sit_at_their_share_of_each_axis_sized_by_spend() {
        // A: 400 / 200 = 2.00 a message, 400 / 4 = 100 a customer; B: 100 / 100 = 1.00 a
        // message, 100 / 4 = 25 a customer. Axes end at 2.00 across and 100 up. The axes run
        // from (28, 212) to x = 332 and y = 14; the points from x = 28 + 17 = 45 to
        // 332 − 17 = 315 (270 wide) and from y = 212 − 17 = 195 up to 14 + 17 = 31 (164 high).
        let c = compare(&[seg("A", 400, 200, 4), seg("B", 100, 100, 4)], &[], Entry::Missing, 30);
        let chart = inversion_chart(&c);
        assert_eq!(chart.view_box, ViewBox { width: 360.0, height: 240.0 });
        // A at the far corner: (315, 31), radius 5 + 12 = 17, touching neither axis's end.
        let a = &chart.dots[0];
        assert!(close(a.cx, 315.0) && close(a.cy, 31.0) && close(a.r, 17.0), "{a:?}");
        assert!(a.cx + a.r <= 332.0 && a.cy - a.r >= 14.0);
        // B half across, a quarter up: (45 + 135, 195 − 41) = (180, 154); spend a quarter of
        // A's, so radius 5 + 12 × √0.25 = 11.
        let b = &chart.dots[1];
        assert!(close(b.cx, 180.0) && close(b.cy, 154.0) && close(b.r, 11.0), "{b:?}");
        assert!(close(b.number.x, 180.0) && close(b.number.y, 157.0));
        assert_eq!(b.number.text, Text::Plain("2".into()));
        // The corner runs from the axes to half of each range: to x = 180, down to
        // y = 31 + 82 = 113, so 152 by 99.
        assert_eq!(chart.corner, Rect { x: 28.0, y: 14.0, width: 152.0, height: 99.0 });
        assert_eq!((chart.corner_label.x, chart.corner_label.y), (32.0, 107.0));
        // Each axis's values are written where its zero and largest points go.
        let at: Vec<(f64, f64)> = chart.axis_values.iter().map(|l| (l.x, l.y)).collect();
        assert_eq!(at, [(45.0, 222.0), (315.0, 222.0), (31.0, 34.0)]);
        assert_eq!(chart.axes[0], Line { x1: 28.0, y1: 212.0, x2: 332.0, y2: 212.0 });
        assert_eq!(chart.axes[1], Line { x1: 28.0, y1: 14.0, x2: 28.0, y2: 212.0 });
        let f = PlainFormatter { currency: "USD".into() };
        let values: Vec<String> = chart.axis_values.iter().map(|l| l.text.render(&f)).collect();
        assert_eq!(values, ["USD 0.00", "USD 2.00", "USD 100.00"]);
        assert_eq!(chart.axis_names[0].text.render(&f), "cost per message →");
        assert_eq!(chart.summary, points_summary(&points(&c)));
    }

    #[test]
    fn one_segment_without_spend_is_drawn_finite_inside_the_box() {
        // A single segment that spent nothing: every share is of a largest value of 0, so 0,
        // and the point sits at the points' origin, 17 from each axis, with the smallest radius.
        let c = compare(&[seg("Free", 0, 50, 5)], &[], Entry::Missing, 30);
        let chart = inversion_chart(&c);
        assert_eq!(chart.dots.len(), 1);
        let free = &chart.dots[0];
        assert_eq!((free.cx, free.cy, free.r), (45.0, 195.0, 5.0));
        assert_eq!(chart.axis_values[1].text, Text::Money(0.0));
        for dot in &chart.dots {
            assert!(chart.view_box.holds(dot.cx - dot.r, dot.cy - dot.r), "{dot:?}");
            assert!(chart.view_box.holds(dot.cx + dot.r, dot.cy + dot.r), "{dot:?}");
        }
        // Nothing at all: no dots, the frame still inside the box.
        let empty = inversion_chart(&compare(&[], &[], Entry::Missing, 30));
        assert!(empty.dots.is_empty());
        let r = empty.corner;
        assert!(empty.view_box.holds(r.x, r.y) && empty.view_box.holds(r.x + r.width, r.y + r.height));
        for l in empty.axis_names.iter().chain(&empty.axis_values).chain([&empty.corner_label]) {
            assert!(empty.view_box.holds(l.x, l.y), "{l:?}");
        }
    }
}
