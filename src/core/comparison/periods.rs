//! Dates in imported data: the reporting window they span, and cost per message from one
//! period to the next when segments are periods (a monthly export, say).

use crate::core::comparison::grouping::by_period;
use crate::core::comparison::segment::Segment;
use crate::core::ladder::{compute, Entry, MetricId};
use crate::core::message::Arg;

/// A segment's period as (first day, last day).
pub fn span(segment: &Segment) -> Option<(i64, i64)> {
    segment.period.as_ref()?.days()
}

/// Days covered by the segments' dates, first to last inclusive.
pub fn window_days(segments: &[Segment]) -> Option<u64> {
    let spans: Vec<(i64, i64)> = segments.iter().filter_map(span).collect();
    let first = spans.iter().map(|s| s.0).min()?;
    let last = spans.iter().map(|s| s.1).max()?;
    Some((last - first + 1).max(1) as u64)
}

/// Cost per message in the period before the latest and in the latest, with their names (a
/// period's label as data, or words such as "the earlier period" as a message, said in the
/// page's language when the check is read).
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodCosts {
    pub previous: Arg,
    pub before: f64,
    pub latest: Arg,
    pub now: f64,
}

/// When the segments are a sequence of periods (see [`by_period`]): the latest period's cost
/// per message and the one before it, with their names.
pub fn last_two_periods(segments: &[Segment]) -> Option<PeriodCosts> {
    let periods = by_period(segments);
    let [.., prev, last] = periods.as_slice() else { return None };
    let cost = |s: &Segment| compute(&s.to_input(Entry::Missing)).metric(MetricId::CostPerMessage).known();
    Some(PeriodCosts {
        previous: Arg::Text(prev.name.clone()),
        before: cost(prev)?,
        latest: Arg::Text(last.name.clone()),
        now: cost(last)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::calendar::day_number;
    use crate::core::basics::dates::Period;
    use crate::core::basics::money::Money;

    fn seg(name: &str, period: &str, spend: i64, started: u64) -> Segment {
        Segment {
            name: name.into(),
            period: Some(Period::from(period)),
            spend: Some(Money::from_units(spend)),
            started: Some(started),
            ..Default::default()
        }
    }

    #[test]
    fn day_numbers_and_windows() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2026-11-25"), Some(20_782)); // Python: (date(2026,11,25) - date(1970,1,1)).days
        assert_eq!(day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(), 2, "leap year");
        assert_eq!(day_number("25/11/2026"), None);
        let s = [seg("A", "2026-10-01 – 2026-10-03", 1, 1), seg("B", "2026-10-01 – 2026-10-31", 1, 1)];
        assert_eq!(window_days(&s), Some(31));
    }

    #[test]
    fn consecutive_periods_compare_cost_per_message() {
        let months = [
            seg("October", "2026-10-01 – 2026-10-31", 3000, 1000),
            seg("September", "2026-09-01 – 2026-09-30", 2400, 1000),
        ];
        let costs = last_two_periods(&months).unwrap();
        assert_eq!(
            (&costs.previous, &costs.latest),
            (&Arg::Text("September".into()), &Arg::Text("October".into()))
        );
        assert_eq!((costs.before, costs.now), (2.4, 3.0));
        let campaigns =
            [seg("A", "2026-10-01 – 2026-10-31", 1, 1), seg("B", "2026-10-01 – 2026-10-31", 1, 1)];
        assert_eq!(last_two_periods(&campaigns), None, "overlapping periods are not a sequence");
    }
}
