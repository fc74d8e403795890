//! The comparison table's cells: each column's values (customers, then the core metrics) and,
//! for a scenario, its change against the baseline with a verdict (better / worse / no
//! change). The shell writes the text these return, in the formatter's numbers.

use super::lever::LeverValues;
use crate::core::basics::text::{Formatter, DASH};
use crate::core::ladder::{MetricId, Unit};
use crate::core::message::{Arg, Id, Message};

/// How a scenario's value compares with the baseline's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Better,
    Worse,
    /// Equal, or nothing to compare (a value missing on either side).
    Neither,
}

/// One cell: the value, and for a scenario the change line below it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub value: String,
    pub change: String,
    pub direction: Change,
}

/// Row 0 is customers (a projected, decimal count); rows 1.. are `MetricId::CORE`.
pub const ROWS: usize = MetricId::CORE.len() + 1;

/// A row's label: "Customers", then each metric's name.
pub fn row_label(row: usize) -> Message {
    if row == 0 {
        Message::of(Id::ScnRowCustomers)
    } else {
        Message::of(Id::ScnRowMetric).with("metric", Arg::Message(Box::new(MetricId::CORE[row - 1].title())))
    }
}

/// Whether a row is one a sales call keeps on screen while a lever moves (customers, cost per
/// message, CAC, ROAS); presentation mode shows only these.
pub fn is_key(row: usize) -> bool {
    row == 0 || matches!(MetricId::CORE[row - 1], MetricId::CostPerMessage | MetricId::Cac | MetricId::Roas)
}

/// A column's values, row by row, for the baseline's or a scenario's levers.
pub fn column(levers: &LeverValues) -> Vec<Option<f64>> {
    std::iter::once(Some(levers.counts()[4]))
        .chain(MetricId::CORE.iter().map(|id| levers.metric(*id)))
        .collect()
}

/// A difference with its sign, a true minus for a decrease: "+14", "−$11.54", "−50%".
fn signed(diff: f64, shown: impl Fn(f64) -> String) -> String {
    format!("{}{}", if diff >= 0.0 { "+" } else { "−" }, shown(diff.abs()))
}

/// A change's line: its verdict and amount (points for rates) and, against a non-zero
/// baseline, its percentage, each on a line of its own: "▼ worse:\n−10.0 pts\n(−50%)".
fn change_line(row: usize, now: f64, before: f64, better: bool, f: &dyn Formatter) -> String {
    let amount = if row == 0 {
        // Whole people: a projected change under one customer is "<1", not "0.4".
        signed(now - before, |d| if d < 0.5 { "<1".to_string() } else { f.count(d.round() as u64) })
    } else {
        match MetricId::CORE[row - 1].unit() {
            Unit::Percent => signed(now - before, |d| {
                Message::of(Id::ScnPoints).with("points", Arg::Text(format!("{:.1}", d * 100.0))).render(f)
            }),
            unit => signed(now - before, |d| f.number(d, unit)),
        }
    };
    // Customers, a count, have no percentage line.
    let percent =
        (row > 0 && before != 0.0).then(|| signed(now / before - 1.0, |d| format!("{:.0}%", d * 100.0)));
    let id = match (better, percent.is_some()) {
        (true, false) => Id::ScnChangeBetter,
        (true, true) => Id::ScnChangeBetterPercent,
        (false, false) => Id::ScnChangeWorse,
        (false, true) => Id::ScnChangeWorsePercent,
    };
    let line = Message::of(id).with("amount", Arg::Text(amount));
    match percent {
        Some(percent) => line.with("percent", Arg::Text(percent)),
        None => line,
    }
    .render(f)
}

/// The cell of `row` for a value, against the baseline's when this is a scenario's column
/// (`base` is `Some`). The change line is always there when both values are ("no change"
/// when equal), so rows keep their height as a lever moves; its parts are joined by line
/// breaks, shown as spaces in a wide table and as lines of their own in a narrow one.
pub fn cell(row: usize, value: Option<f64>, base: Option<Option<f64>>, f: &dyn Formatter) -> Cell {
    let shown = |v: f64| {
        if row == 0 {
            f.count(v.round() as u64)
        } else {
            f.number(v, MetricId::CORE[row - 1].unit())
        }
    };
    let value_text = value.map(shown).unwrap_or_else(|| DASH.to_string());
    let lower_is_better = row > 0 && MetricId::CORE[row - 1].lower_is_better();
    let (change, direction) = match (value, base.flatten()) {
        _ if base.is_none() => (String::new(), Change::Neither),
        (Some(now), Some(before)) if (now - before).abs() > 1e-9 => {
            let better = if lower_is_better { now < before } else { now > before };
            (change_line(row, now, before, better, f), if better { Change::Better } else { Change::Worse })
        }
        (Some(_), Some(_)) => (Message::of(Id::ScnNoChange).render(f), Change::Neither),
        _ => (String::new(), Change::Neither),
    };
    Cell { value: value_text, change, direction }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::text::PlainFormatter;

    fn f() -> PlainFormatter {
        PlainFormatter { currency: "USD".into() }
    }

    fn row_of(id: MetricId) -> usize {
        1 + MetricId::CORE.iter().position(|m| *m == id).unwrap()
    }

    #[test]
    fn a_change_has_its_verdict_amount_and_percent() {
        // Qualification 20% → 10%: −10.0 points, −50%, worse.
        let q = cell(row_of(MetricId::QualificationRate), Some(0.1), Some(Some(0.2)), &f());
        assert_eq!(q.value, "10%");
        assert_eq!(q.change, "▼ worse:\n−10.0 pts\n(−50%)");
        assert_eq!(q.direction, Change::Worse);
        // CAC 171.43 (1,200 / 7) → 160: lower is better, −11.43, and 160 × 7 / 1,200 − 1 = −6.7%.
        let cac = cell(row_of(MetricId::Cac), Some(160.0), Some(Some(1200.0 / 7.0)), &f());
        assert_eq!(cac.change, "▲ better:\n−USD 11.43\n(−7%)");
        assert_eq!(cac.direction, Change::Better);
        // Customers 14 → 28: +14, no percent line for counts.
        assert_eq!(cell(0, Some(28.0), Some(Some(14.0)), &f()).change, "▲ better:\n+14");
        let same = cell(0, Some(14.0), Some(Some(14.0)), &f());
        assert_eq!((same.change.as_str(), same.direction), ("no change", Change::Neither));
        // The baseline column has no change line; a missing value is a dash.
        assert_eq!(cell(0, Some(14.0), None, &f()).change, "");
        assert_eq!(cell(row_of(MetricId::Roas), None, Some(Some(3.5)), &f()).value, "—");
        let label = |row| crate::core::message::english(&row_label(row));
        assert_eq!(
            (label(0), label(row_of(MetricId::Cac))),
            ("Customers".into(), MetricId::Cac.name().into())
        );
    }
}
