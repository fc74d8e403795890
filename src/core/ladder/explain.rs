//! The ladder in words for the page: a metric's formula worked with the user's numbers, and
//! the funnel chart's bars (with the flag on a stage larger than the one before) and its text
//! equivalent. The shell lays these out; the words and numbers are decided here.

use crate::core::basics::text::Sentence;
use crate::core::ladder::Stage;
use crate::core::ladder::{Entry, Ladder, Metric, StageRow, Value};

/// "USD 1,800.00 ÷ 600 = USD 3.00", with "?" for an operand that isn't known and the reason
/// for a value that can't be computed.
pub fn worked(metric: &Metric) -> Sentence {
    let (numerator, denominator) = metric.id.operands();
    let operand = |s: Sentence, v: Option<f64>, unit| match v {
        Some(v) => s.number(v, unit),
        None => s.text("?"),
    };
    let mut s = operand(Sentence::new(), metric.numerator, numerator.unit()).text(" ÷ ");
    s = operand(s, metric.denominator, denominator.unit());
    if metric.id.scale() == 1000.0 {
        s = s.text(" × 1,000");
    }
    s = s.text(" = ");
    match metric.value {
        Value::Known(v) => s.number(v, metric.id.unit()),
        Value::Unknown(reason) => s.text(&format!("— ({})", reason.text())),
    }
}

/// The funnel's flag beside a count larger than the stage before it.
pub fn stage_flag(row: &StageRow) -> Option<String> {
    let previous = row.stage.previous()?;
    row.inconsistent.then(|| format!(" ⚠ more than {}", previous.label().to_lowercase()))
}

/// One bar of the funnel chart.
#[derive(Clone, Debug, PartialEq)]
pub struct FunnelBar {
    pub stage: Stage,
    /// "Replies · 390", or "Replies · not entered" / "· not a valid count".
    pub label: Sentence,
    /// Share of conversations started, within 0–1 (0 when unknown).
    pub share: f64,
    /// Whether anyone reached the stage (a bar is drawn however small).
    pub reached: bool,
    /// "65% of started", or nothing.
    pub share_text: Sentence,
    /// A warning for a stage larger than the one before, or nothing. (The step's rate is
    /// the metrics table's, with its formula: each number is shown once.)
    pub flag: Sentence,
    pub inconsistent: bool,
}

/// The funnel chart's bars, in ladder order.
pub fn funnel(ladder: &Ladder) -> Vec<FunnelBar> {
    ladder
        .stages
        .iter()
        .map(|r| {
            let label = Sentence::new().text(&format!("{} · ", r.stage.label()));
            let label = match r.count {
                Entry::Given(c) => label.count(c),
                Entry::Missing => label.text("not entered"),
                Entry::Invalid => label.text("not a valid count"),
            };
            let share_text = match r.share_of_started.known() {
                Some(s) => Sentence::new().percent(s).text(" of started"),
                None => Sentence::new(),
            };
            let flag = stage_flag(r).map_or_else(Sentence::new, |f| Sentence::new().text(f.trim()));
            FunnelBar {
                stage: r.stage,
                label,
                share: r.share_of_started.known().unwrap_or(0.0).clamp(0.0, 1.0),
                reached: r.count.given().unwrap_or(0) > 0,
                share_text,
                flag,
                inconsistent: r.inconsistent,
            }
        })
        .collect()
}

/// The chart's text equivalent: "Funnel: Conversations started 600, Replies 390, …".
pub fn funnel_summary(ladder: &Ladder) -> Sentence {
    let mut s = Sentence::new().text("Funnel: ");
    for (i, r) in ladder.stages.iter().enumerate() {
        if i > 0 {
            s = s.text(", ");
        }
        s = match r.count.given() {
            Some(c) => s.text(&format!("{} ", r.stage.label())).count(c),
            None => s.text(&format!("{} not entered", r.stage.label())),
        };
    }
    s.text(".")
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
        assert_eq!(bars[1].share_text.render(&f()), "65% of started");
        // The step rate (65%) is the metrics table's: no "−35% vs previous step" here.
        assert_eq!(bars[1].flag.render(&f()), "");
        assert_eq!(bars[3].flag.render(&f()), "⚠ more than qualified conversations");
        assert!(bars[3].inconsistent && bars[3].reached);
        assert_eq!(bars[0].flag.render(&f()), "");
        ws.form.set(Field::Replies, String::new());
        ws.form.set(Field::Customers, "many".into());
        let bars = funnel(&ws.evaluate(DecimalSep::Dot).ladder);
        assert_eq!(bars[1].label.render(&f()), "Replies · not entered");
        assert_eq!(bars[4].label.render(&f()), "Customers · not a valid count");
        assert_eq!(stage_flag(&ladder.stages[3]).as_deref(), Some(" ⚠ more than qualified conversations"));
        assert_eq!(stage_flag(&ladder.stages[1]), None);
    }
}
