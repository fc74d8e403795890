//! The waterfall of why CAC moved, laid out: each bar's rectangle, its name under it and its
//! amount over it in the SVG's units, its kind (a total, a factor pushing CAC up or down), the
//! total change said beside it and the text equivalent. The shell draws it as given.

use super::wording::{total_change, waterfall, waterfall_summary};
use super::Split;
use crate::core::basics::chart::{Anchor, Label, Rect, Text, ViewBox};
use crate::core::message::Message;

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 200.0;
/// Room over the tallest bar for its amount, and under the bars for their names.
const TOP: f64 = 18.0;
const BOTTOM: f64 = 40.0;

/// What a bar is, which its colour says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKind {
    /// CAC before or now, drawn from zero.
    Total,
    /// A factor that made customers dearer.
    Up,
    /// A factor that made them cheaper (or left CAC where it was).
    Down,
}

/// One bar of the waterfall.
#[derive(Clone, Debug, PartialEq)]
pub struct WaterfallBar {
    pub kind: BarKind,
    pub rect: Rect,
    /// The factor's short name (or "Before", "Now"), under the bar.
    pub label: Label,
    /// The amount of a total, or a factor's signed part, over the bar.
    pub value: Label,
}

/// The waterfall as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct WaterfallChart {
    pub view_box: ViewBox,
    pub bars: Vec<WaterfallBar>,
    /// "CAC changed by +USD 28.46", beside the chart.
    pub total: Message,
    /// The chart's text equivalent.
    pub summary: Message,
}

/// Lays the waterfall of `split` out: bars side by side in equal slots, the tallest reaching
/// `TOP`, zero at `HEIGHT - BOTTOM`, every bar at least one unit high.
pub fn waterfall_chart(split: &Split) -> WaterfallChart {
    let bars = waterfall(split);
    let top = bars.iter().map(|b| b.from.max(b.to)).fold(0.0, f64::max).max(1e-9);
    let slot = WIDTH / bars.len() as f64;
    let y = |v: f64| TOP + (1.0 - v / top) * (HEIGHT - TOP - BOTTOM);
    let bars = bars
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            let (lo, hi) = (b.from.min(b.to), b.from.max(b.to));
            let x = i as f64 * slot + 4.0;
            let kind = if b.total {
                BarKind::Total
            } else if b.to > b.from {
                BarKind::Up
            } else {
                BarKind::Down
            };
            let middle = x + (slot - 8.0) / 2.0;
            WaterfallBar {
                kind,
                rect: Rect { x, y: y(hi), width: slot - 8.0, height: (y(lo) - y(hi)).max(1.0) },
                label: Label {
                    x: middle,
                    y: HEIGHT - BOTTOM + 14.0,
                    anchor: Anchor::Middle,
                    text: Text::Words(b.label),
                },
                value: Label {
                    x: middle,
                    y: y(hi) - 3.0,
                    anchor: Anchor::Middle,
                    text: Text::Words(b.value),
                },
            }
        })
        .collect();
    WaterfallChart {
        view_box: ViewBox { width: WIDTH, height: HEIGHT },
        bars,
        total: total_change(split),
        summary: waterfall_summary(split),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::text::PlainFormatter;
    use crate::core::comparison::period_split::{Factor, Part};
    use crate::core::ladder::Step;
    use crate::core::message::Id;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn part(factor: Factor, amount: f64) -> Part {
        Part { factor, from: None, before: 1.0, after: 1.0, log_term: 0.0, amount }
    }

    fn split(before: f64, after: f64, parts: Vec<Part>) -> Split {
        Split {
            cac_before: before,
            cac_after: after,
            parts,
            steps: Vec::new(),
            sentence: Message::of(Id::CmpCacHeld),
        }
    }

    #[test]
    fn bars_stand_in_equal_slots_scaled_to_the_tallest() {
        // CAC 80 before, cost per message +40 (80 → 120), reply rate −20 (120 → 100), 100 now:
        // four bars, tallest 120. Slots of 360 / 4 = 90, each bar 82 wide starting 4 in.
        // y(v) = 18 + (1 − v / 120) × (200 − 18 − 40) = 18 + (1 − v / 120) × 142, so
        // y(120) = 18, y(100) = 18 + 142 / 6 = 41.667, y(80) = 18 + 142 / 3 = 65.333, y(0) = 160.
        let s = split(
            80.0,
            100.0,
            vec![part(Factor::CostPerMessage, 40.0), part(Factor::Rate(Step::Reply), -20.0)],
        );
        let chart = waterfall_chart(&s);
        assert_eq!(chart.view_box, ViewBox { width: 360.0, height: 200.0 });
        let kinds: Vec<BarKind> = chart.bars.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [BarKind::Total, BarKind::Up, BarKind::Down, BarKind::Total]);
        let expected = [
            // Before: 0 → 80, from y(80) down to y(0): 160 − 65.333 = 94.667 high.
            (4.0, 18.0 + 142.0 / 3.0, 82.0, 142.0 - 142.0 / 3.0),
            // Messages: 80 → 120, from y(120) = 18 to y(80): 47.333 high.
            (94.0, 18.0, 82.0, 142.0 / 3.0),
            // Reply: 120 → 100, from 18 to y(100): 23.667 high.
            (184.0, 18.0, 82.0, 142.0 / 6.0),
            // Now: 0 → 100, from y(100) = 41.667 to 160: 118.333 high.
            (274.0, 18.0 + 142.0 / 6.0, 82.0, 142.0 - 142.0 / 6.0),
        ];
        for (bar, (x, y, width, height)) in chart.bars.iter().zip(expected) {
            let r = bar.rect;
            assert!(
                close(r.x, x) && close(r.y, y) && close(r.width, width) && close(r.height, height),
                "{r:?}"
            );
            // Names centred under the slot at 200 − 40 + 14 = 174; amounts 3 over the bar.
            assert!(close(bar.label.x, x + 41.0) && close(bar.label.y, 174.0));
            assert!(close(bar.value.x, x + 41.0) && close(bar.value.y, y - 3.0));
            assert_eq!(bar.label.anchor, Anchor::Middle);
        }
        let f = PlainFormatter { currency: "USD".into() };
        let words = |t: &Text| t.render(&f);
        assert_eq!(words(&chart.bars[0].label.text), "Before");
        assert_eq!(words(&chart.bars[0].value.text), "USD 80.00");
        assert_eq!(words(&chart.bars[1].label.text), "Messages");
        assert_eq!(words(&chart.bars[2].value.text), "−USD 20.00");
        assert_eq!(words(&chart.bars[3].label.text), "Now");
        assert_eq!(chart.total.render(&f), "CAC changed by +USD 20.00");
        assert_eq!(
            chart.summary.render(&f),
            "CAC USD 80.00; cost per message +USD 40.00; reply rate −USD 20.00; CAC now USD 100.00."
        );
    }

    #[test]
    fn a_waterfall_of_nothing_is_drawn_finite_inside_the_box() {
        // Nothing moved and nothing cost anything: the tallest bar is 0, taken as 1e-9, so
        // y(0) = 18 + 142 = 160 and every bar is the one-unit minimum.
        let s = split(0.0, 0.0, vec![part(Factor::CostPerMessage, 0.0), part(Factor::OtherCost, 0.0)]);
        let chart = waterfall_chart(&s);
        assert_eq!(chart.bars.len(), 4);
        for bar in &chart.bars {
            let r = bar.rect;
            assert!(close(r.y, 160.0) && close(r.height, 1.0), "{r:?}");
            for (x, y) in [
                (r.x, r.y),
                (r.x + r.width, r.y + r.height),
                (bar.label.x, bar.label.y),
                (bar.value.x, bar.value.y),
            ] {
                assert!(chart.view_box.holds(x, y), "{x}, {y}");
            }
        }
        // A factor that moved nothing is not drawn as pushing CAC up.
        assert_eq!(chart.bars[1].kind, BarKind::Down);
    }
}
