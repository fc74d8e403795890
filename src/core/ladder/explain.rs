//! The ladder in words for the page: a metric's formula worked with the user's numbers, and
//! the funnel chart's bars (with the flag on a stage larger than the one before) and its text
//! equivalent. The shell lays these out; the words and numbers are decided here.

use super::words::msg;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::number::DecimalSep;
    use crate::core::basics::text::PlainFormatter;
    use crate::core::ladder::fields::Field;
    use crate::core::ladder::MetricId;
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
}
