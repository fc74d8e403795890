//! Dates in imported data: the reporting window they span, and cost per message from one
//! period to the next when segments are periods (a monthly export, say).

use super::segment::Segment;

/// Days since 1970-01-01 for an ISO date (`2026-10-31`), or `None` if it isn't one.
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.trim().get(..10)?.split('-');
    let (y, m, d): (i64, i64, i64) =
        (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days-from-civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// A segment's period as (first day, last day), from "start – end" or a single date.
pub fn span(segment: &Segment) -> Option<(i64, i64)> {
    let period = segment.period.as_deref()?;
    let (start, end) = period.split_once(" – ").unwrap_or((period, period));
    Some((day_number(start)?, day_number(end)?))
}

/// Days covered by the segments' dates, first to last inclusive.
pub fn window_days(segments: &[Segment]) -> Option<u64> {
    let spans: Vec<(i64, i64)> = segments.iter().filter_map(span).collect();
    let first = spans.iter().map(|s| s.0).min()?;
    let last = spans.iter().map(|s| s.1).max()?;
    Some((last - first + 1).max(1) as u64)
}

/// When the segments are distinct, non-overlapping periods: the latest period's cost per
/// message and the one before it, with their names.
pub fn last_two_periods(segments: &[Segment]) -> Option<((String, f64), (String, f64))> {
    let mut dated: Vec<(i64, i64, &Segment)> =
        segments.iter().filter_map(|s| span(s).map(|(a, b)| (a, b, s))).collect();
    if dated.len() < 2 || dated.len() != segments.len() {
        return None;
    }
    dated.sort_by_key(|d| d.0);
    if dated.windows(2).any(|w| w[1].0 <= w[0].1) {
        return None; // overlapping periods are campaigns, not a sequence of periods
    }
    let cost = |s: &Segment| Some(s.spend?.as_f64() / s.started.filter(|c| *c > 0)? as f64);
    let (prev, last) = (dated[dated.len() - 2].2, dated[dated.len() - 1].2);
    Some(((prev.name.clone(), cost(prev)?), (last.name.clone(), cost(last)?)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::Money;

    fn seg(name: &str, period: &str, spend: i64, started: u64) -> Segment {
        Segment {
            name: name.into(),
            period: Some(period.into()),
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
        let ((prev, before), (last, now)) = last_two_periods(&months).unwrap();
        assert_eq!((prev.as_str(), last.as_str()), ("September", "October"));
        assert_eq!((before, now), (2.4, 3.0));
        let campaigns =
            [seg("A", "2026-10-01 – 2026-10-31", 1, 1), seg("B", "2026-10-01 – 2026-10-31", 1, 1)];
        assert_eq!(last_two_periods(&campaigns), None, "overlapping periods are not a sequence");
    }
}
