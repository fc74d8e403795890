//! The ladder in words for the page: a metric's formula worked with the user's numbers, and
//! the funnel chart's bars (with the flag on a stage larger than the one before), laid out in
//! the SVG's units, and its text equivalent. The shell draws these; the words, numbers and
//! geometry are decided here.

use super::words::msg;
use crate::core::basics::chart::{Anchor, Label, Rect, Text, ViewBox};
use crate::core::ladder::Stage;
use crate::core::ladder::{Entry, Ladder, Metric, StageRow, Unit, Value};
use crate::core::message::{Arg, Id, Message};

/// "USD 1,800.00 ÷ 600 = USD 3.00", with "?" for an operand that isn't known and the reason
/// for a value that can't be computed.
pub fn worked(metric: &Metric) -> Message {
    let (numerator, denominator) = metric.id.operands();
    let operand = |v: Option<f64>, unit: Unit| match v {
        Some(v) => unit.arg(v),
        None => msg(Message::of(Id::LadderUnknownNumber)),
    };
    let id = if metric.id.scale() == 1000.0 { Id::LadderWorkedPerThousand } else { Id::LadderWorked };
    let value = match metric.value {
        Value::Known(v) => metric.id.unit().arg(v),
        Value::Unknown(reason) => msg(Message::of(Id::LadderNoValue).with("reason", msg(reason.text()))),
    };
    Message::of(id)
        .with("numerator", operand(metric.numerator, numerator.unit()))
        .with("denominator", operand(metric.denominator, denominator.unit()))
        .with("value", value)
}

/// The funnel's flag beside a count larger than the stage before it: "⚠ more than replies".
pub fn stage_flag(row: &StageRow) -> Option<Message> {
    let previous = row.stage.previous()?;
    row.inconsistent.then(|| Message::of(Id::LadderMoreThanStage).with("stage", msg(previous.in_sentence())))
}

/// One bar of the funnel chart.
#[derive(Clone, Debug, PartialEq)]
pub struct FunnelBar {
    pub stage: Stage,
    /// "Replies · 390", or "Replies · not entered" / "· not a valid count".
    pub label: Message,
    /// Share of conversations started, within 0–1 (0 when unknown).
    pub share: f64,
    /// Whether anyone reached the stage (a bar is drawn however small).
    pub reached: bool,
    /// "65% of started", when the share is known.
    pub share_text: Option<Message>,
    /// A warning for a stage larger than the one before. (The step's rate is the metrics
    /// table's, with its formula: each number is shown once.)
    pub flag: Option<Message>,
    pub inconsistent: bool,
}

/// The funnel chart's bars, in ladder order.
pub fn funnel(ladder: &Ladder) -> Vec<FunnelBar> {
    ladder
        .stages
        .iter()
        .map(|r| {
            let label = match r.count {
                Entry::Given(c) => Message::of(Id::LadderBarCount).with("count", Arg::Count(c)),
                Entry::Missing => Message::of(Id::LadderBarNotEntered),
                Entry::Invalid => Message::of(Id::LadderBarNotValid),
            };
            FunnelBar {
                stage: r.stage,
                label: label.with("stage", msg(r.stage.title())),
                share: r.share_of_started.known().unwrap_or(0.0).clamp(0.0, 1.0),
                reached: r.count.given().unwrap_or(0) > 0,
                share_text: r
                    .share_of_started
                    .known()
                    .map(|s| Message::of(Id::LadderShareOfStarted).with("share", Arg::Percent(s))),
                flag: stage_flag(r),
                inconsistent: r.inconsistent,
            }
        })
        .collect()
}

/// The chart's text equivalent: "Funnel: Conversations started 600, Replies 390, …".
pub fn funnel_summary(ladder: &Ladder) -> Message {
    let stages = ladder.stages.iter().rev().map(|r| {
        let stage = msg(r.stage.title());
        match r.count.given() {
            Some(c) => Message::of(Id::LadderFunnelStage).with("stage", stage).with("count", Arg::Count(c)),
            None => Message::of(Id::LadderFunnelStageNotEntered).with("stage", stage),
        }
    });
    // A list built from the right: each stage before the rest, "a, b, c".
    let list = stages
        .reduce(|rest, first| Message::of(Id::DxListComma).with("first", msg(first)).with("rest", msg(rest)))
        .expect("the ladder has its stages");
    Message::of(Id::LadderFunnel).with("stages", msg(list))
}

const WIDTH: f64 = 360.0;
/// Each stage's row: its name, then its bar, then its share under or in the bar.
const ROW: f64 = 56.0;
const BAR_HEIGHT: f64 = 22.0;

/// One stage of the funnel chart as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct StageMark {
    /// Larger than the stage before it: drawn in the warning colour.
    pub inconsistent: bool,
    /// "Replies · 390", at the left over the bar.
    pub label: Label,
    /// "⚠ more than …" at the right over the bar, when the stage is larger than the one before.
    pub flag: Label<Option<Text>>,
    /// The full width behind the bar.
    pub track: Rect,
    pub bar: Rect,
    /// "65% of started", after the bar's end, or inside it when the bar is the wider side.
    pub share: Label<Option<Text>>,
    /// The share is written inside the bar (in the colour that reads on it).
    pub share_inside: bool,
}

/// The funnel chart as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct FunnelChart {
    pub view_box: ViewBox,
    pub stages: Vec<StageMark>,
    /// The chart's text equivalent.
    pub summary: Message,
}

/// Lays the funnel out: a row per stage, its bar as wide as its share of conversations
/// started (at least 2 when anyone reached it), the share written on the side with more room:
/// after the bar's end up to half the width, inside it beyond (a language's longer words,
/// "73 % der begonnenen", need more than the last 90).
pub fn funnel_chart(ladder: &Ladder) -> FunnelChart {
    let stages = funnel(ladder)
        .into_iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = i as f64 * ROW;
            let width = (bar.share * WIDTH).max(if bar.reached { 2.0 } else { 0.0 });
            let (label_y, bar_y, share_y) = (y + 16.0, y + 22.0, y + 38.0);
            let inside = width > WIDTH / 2.0;
            let (share_x, anchor) =
                if inside { (width - 6.0, Anchor::End) } else { (width + 6.0, Anchor::Start) };
            StageMark {
                inconsistent: bar.inconsistent,
                label: Label { x: 0.0, y: label_y, anchor: Anchor::Start, text: Text::Words(bar.label) },
                flag: Label { x: WIDTH, y: label_y, anchor: Anchor::End, text: bar.flag.map(Text::Words) },
                track: Rect { x: 0.0, y: bar_y, width: WIDTH, height: BAR_HEIGHT },
                bar: Rect { x: 0.0, y: bar_y, width, height: BAR_HEIGHT },
                share: Label { x: share_x, y: share_y, anchor, text: bar.share_text.map(Text::Words) },
                share_inside: inside,
            }
        })
        .collect();
    FunnelChart {
        view_box: ViewBox { width: WIDTH, height: ROW * Stage::ALL.len() as f64 },
        stages,
        summary: funnel_summary(ladder),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::number::DecimalSep;
    use crate::core::basics::text::PlainFormatter;
    use crate::core::ladder::fields::{parse_form, Field, FormText};
    use crate::core::ladder::{compute, MetricId};
    use crate::core::workspace::Workspace;

    fn f() -> PlainFormatter {
        PlainFormatter { currency: "USD".into() }
    }

    #[test]
    fn a_formula_is_worked_with_the_users_numbers() {
        let ladder = Workspace::sample().evaluate(DecimalSep::Dot).ladder;
        let metric = |id| *ladder.metrics.iter().find(|m| m.id == id).unwrap();
        assert_eq!(worked(&metric(MetricId::CostPerMessage)).render(&f()), "USD 1,800.00 ÷ 600 = USD 3.00");
        // CAC: (1,800 + 600) / 14 = 171.43.
        assert_eq!(worked(&metric(MetricId::Cac)).render(&f()), "USD 2,400.00 ÷ 14 = USD 171.43");
        // CPM: 1,800 / 84,000 × 1,000 = 21.43.
        assert_eq!(worked(&metric(MetricId::Cpm)).render(&f()), "USD 1,800.00 ÷ 84,000 × 1,000 = USD 21.43");
        let mut blank = Workspace::sample();
        blank.form.set(Field::Customers, String::new());
        let ladder = blank.evaluate(DecimalSep::Dot).ladder;
        let cpa = ladder.metrics.iter().find(|m| m.id == MetricId::Cpa).unwrap();
        assert_eq!(worked(cpa).render(&f()), "USD 1,800.00 ÷ ? = — (enter Customers)");
    }

    #[test]
    fn the_funnel_says_in_words_what_it_draws() {
        let mut ws = Workspace::sample();
        ws.form.set(Field::Handoffs, "90".into()); // more than the 78 qualified
        let ladder = ws.evaluate(DecimalSep::Dot).ladder;
        assert_eq!(
            funnel_summary(&ladder).render(&f()),
            "Funnel: Conversations started 600, Replies 390, Qualified conversations 78, Sales handoffs 90, Customers 14."
        );
        let bars = funnel(&ladder);
        assert_eq!(bars[1].label.render(&f()), "Replies · 390");
        assert_eq!(bars[1].share_text.as_ref().unwrap().render(&f()), "65% of started");
        // The step rate (65%) is the metrics table's: no "−35% vs previous step" here.
        assert_eq!(bars[1].flag, None);
        assert_eq!(bars[3].flag.as_ref().unwrap().render(&f()), "⚠ more than qualified conversations");
        assert!(bars[3].inconsistent && bars[3].reached);
        assert_eq!(bars[0].flag, None);
        ws.form.set(Field::Replies, String::new());
        ws.form.set(Field::Customers, "many".into());
        let bars = funnel(&ws.evaluate(DecimalSep::Dot).ladder);
        assert_eq!(bars[1].label.render(&f()), "Replies · not entered");
        assert_eq!(bars[4].label.render(&f()), "Customers · not a valid count");
        assert_eq!(
            stage_flag(&ladder.stages[3]).map(|m| m.render(&f())).as_deref(),
            Some("⚠ more than qualified conversations")
        );
        assert_eq!(stage_flag(&ladder.stages[1]), None);
    }

    fn stages(counts: [&str; 5]) -> Ladder {
        let fields = [Field::Started, Field::Replies, Field::Qualified, Field::Handoffs, Field::Customers];
        let form = fields.iter().zip(counts).fold(FormText::default(), |form, (f, c)| form.with(*f, c));
        compute(&parse_form(&form, DecimalSep::Dot).input)
    }

    /// Every mark of the chart lies within its view box, finite.
    fn inside(chart: &FunnelChart) -> bool {
        let view = chart.view_box;
        let rect = |r: &Rect| view.holds(r.x, r.y) && view.holds(r.x + r.width, r.y + r.height);
        chart.stages.iter().all(|s| {
            rect(&s.track)
                && rect(&s.bar)
                && view.holds(s.label.x, s.label.y)
                && view.holds(s.flag.x, s.flag.y)
                && view.holds(s.share.x, s.share.y)
        })
    }

    #[test]
    fn a_share_goes_on_the_side_of_the_bar_with_more_room() {
        // 730 of 1,000 replied: 73% of 360 is a bar 262.8 wide, with 97.2 left after it, too
        // little for "73 % der begonnenen" (about 105 at 11px): written inside, 6 before its
        // end. 120 qualified, 12%: 43.2 wide, the share after it at 49.2.
        let chart = funnel_chart(&stages(["1000", "730", "120", "30", "3"]));
        let (replies, qualified) = (&chart.stages[1], &chart.stages[2]);
        assert!(replies.share_inside);
        assert!((replies.share.x - 256.8).abs() < 1e-9 && replies.share.anchor == Anchor::End);
        assert!(!qualified.share_inside);
        assert!((qualified.share.x - 49.2).abs() < 1e-9 && qualified.share.anchor == Anchor::Start);
    }

    #[test]
    fn the_funnels_bars_are_as_wide_as_their_share_of_started() {
        // 200 started, 100 replies, 50 qualified, 10 handed off, 1 customer: shares 100%, 50%,
        // 25%, 5%, 0.5% of 360 wide are 360, 180, 90, 18 and 1.8, drawn 2 since someone
        // reached it. Rows of 56 from the top: the name at +16, the bar at +22 (22 high), the
        // share at +38; five rows make 280.
        let chart = funnel_chart(&stages(["200", "100", "50", "10", "1"]));
        assert_eq!(chart.view_box, ViewBox { width: 360.0, height: 280.0 });
        let widths: Vec<f64> = chart.stages.iter().map(|s| s.bar.width).collect();
        assert_eq!(widths, [360.0, 180.0, 90.0, 18.0, 2.0]);
        let replies = &chart.stages[1];
        assert_eq!(replies.label.y, 72.0);
        assert_eq!(replies.bar, Rect { x: 0.0, y: 78.0, width: 180.0, height: 22.0 });
        assert_eq!(replies.track, Rect { x: 0.0, y: 78.0, width: 360.0, height: 22.0 });
        // Up to half of 360 wide the share follows the bar's end, 6 after it.
        assert_eq!((replies.share.x, replies.share.y, replies.share.anchor), (186.0, 94.0, Anchor::Start));
        assert!(!replies.share_inside);
        // The full bar is wider than 180: its share goes inside, 6 before its end.
        let started = &chart.stages[0];
        assert!(started.share_inside);
        assert_eq!((started.share.x, started.share.anchor), (354.0, Anchor::End));
        assert_eq!((chart.stages[4].share.x, chart.stages[4].bar.y), (8.0, 246.0));
        assert_eq!((started.flag.x, started.flag.anchor, &started.flag.text), (360.0, Anchor::End, &None));
        let f = f();
        assert_eq!(replies.label.text.render(&f), "Replies · 100");
        assert_eq!(replies.share.text.as_ref().map(|t| t.render(&f)).as_deref(), Some("50% of started"));
        assert_eq!(chart.summary, funnel_summary(&stages(["200", "100", "50", "10", "1"])));
        assert!(inside(&chart));
    }

    #[test]
    fn a_funnel_of_nothing_is_drawn_finite_inside_the_box() {
        // Nothing entered, or only zeros: no share is known, nobody reached a stage, so every
        // bar is 0 wide with nothing to say after it.
        for counts in [[""; 5], ["0"; 5]] {
            let chart = funnel_chart(&stages(counts));
            assert!(chart
                .stages
                .iter()
                .all(|s| s.bar.width == 0.0 && s.share.text.is_none() && s.share.x == 6.0));
            assert!(inside(&chart));
        }
    }
}
