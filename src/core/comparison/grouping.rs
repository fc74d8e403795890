//! The imported segments seen two ways: added up per name (each campaign across its
//! periods, for the comparisons) and per period (every campaign in each month or week, for
//! period over period). An export grouped by campaign and month holds both.

use crate::core::basics::dates::{names_period, period_label, period_name};
use crate::core::comparison::segment::Segment;
use crate::core::message::{Arg, Id, Message};

/// A name as the comparisons match it: case and runs of spaces don't count.
fn key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The segments added up per name, in order of first appearance, each spanning the periods
/// it was added up from (first day of the first to last day of the last). The segments
/// themselves when no name repeats.
pub fn by_name(segments: &[Segment]) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    for (s, group) in segments.iter().zip(name_groups(segments)) {
        match out.get_mut(group) {
            Some(merged) => {
                merged.absorb(s);
                merged.period = match (merged.period.take(), &s.period) {
                    (Some(a), Some(b)) => Some(crate::core::basics::dates::Period {
                        start: a.start.clone().min(b.start.clone()),
                        end: a.end.clone().max(b.end.clone()),
                    }),
                    (a, b) => a.or_else(|| b.clone()),
                };
            }
            None => out.push(s.clone()),
        }
    }
    out
}

/// Which of [`by_name`]'s segments each segment is added into (its position there).
pub fn name_groups(segments: &[Segment]) -> Vec<usize> {
    let mut keys: Vec<String> = Vec::new();
    segments
        .iter()
        .map(|s| {
            let k = key(&s.name);
            keys.iter().position(|x| *x == k).unwrap_or_else(|| {
                keys.push(k);
                keys.len() - 1
            })
        })
        .collect()
}

/// Whether some name repeats, so [`by_name`] adds segments up.
pub fn names_repeat(segments: &[Segment]) -> bool {
    by_name(segments).len() < segments.len()
}

/// A segment as lists name it: its name, and its period's name when the name repeats
/// ("Summer promo · October 2026").
pub fn labels(segments: &[Segment]) -> Vec<Message> {
    let keys: Vec<String> = segments.iter().map(|s| key(&s.name)).collect();
    segments
        .iter()
        .zip(&keys)
        .map(|(s, k)| {
            let name = Arg::Text(s.name.clone());
            match &s.period {
                Some(p) if keys.iter().filter(|x| *x == k).count() > 1 => {
                    Message::of(Id::CmpSegmentLabelPeriod)
                        .with("name", name)
                        .with("period", Arg::Message(Box::new(period_name(p))))
                }
                _ => Message::of(Id::CmpSegmentLabel).with("name", name),
            }
        })
        .collect()
}

/// What a period is called in words: by its dates in the page's language ("October 2026",
/// "octubre de 2026") when [`by_period`] named it by them, else by the name the file gave it.
pub fn period_title(s: &Segment) -> Message {
    match &s.period {
        Some(p) if names_period(&s.name, p) => period_name(p),
        _ => Message::of(Id::CmpSegmentLabel).with("name", Arg::Text(s.name.clone())),
    }
}

/// The data added up per period, in time order, when every segment has dates and the
/// distinct periods don't overlap (a monthly export, or campaigns by month): at least two
/// periods, else none. A period is named by its dates ("October 2026"), or by the one
/// segment it holds when the file named it ("September") and no two periods share the name.
pub fn by_period(segments: &[Segment]) -> Vec<Segment> {
    let mut periods: Vec<(i64, i64, Segment, usize)> = Vec::new();
    for s in segments {
        let Some(p) = &s.period else { return Vec::new() };
        let Some((a, b)) = p.days() else { return Vec::new() };
        match periods.iter_mut().find(|(x, y, _, _)| (*x, *y) == (a, b)) {
            Some((_, _, sum, n)) => {
                sum.absorb(s);
                *n += 1;
            }
            None => periods.push((a, b, s.clone(), 1)),
        }
    }
    periods.sort_by_key(|(a, _, _, _)| *a);
    if periods.len() < 2 || periods.windows(2).any(|w| w[1].0 <= w[0].1) {
        return Vec::new(); // overlapping periods are campaigns side by side, not a sequence
    }
    // A period keeps its one segment's name only when that name tells the periods apart (a
    // file with a row per month called "September"); one campaign month after month is
    // named by its dates.
    let names: Vec<String> = periods.iter().map(|(_, _, s, _)| key(&s.name)).collect();
    let distinct = names.iter().enumerate().all(|(i, n)| !names[..i].contains(n));
    periods
        .into_iter()
        .map(|(_, _, mut sum, n)| {
            let named = distinct && n == 1 && !sum.name.is_empty() && !sum.name.starts_with("Row ");
            if !named {
                sum.name = sum.period.as_ref().map(period_label).unwrap_or_default();
            }
            sum
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::dates::Period;
    use crate::core::basics::money::Money;
    use crate::core::message::english;

    fn seg(name: &str, start: &str, end: &str, spend: i64, started: u64, customers: u64) -> Segment {
        Segment {
            name: name.into(),
            period: Some(Period::new(start, end)),
            spend: Some(Money::from_units(spend)),
            started: Some(started),
            customers: Some(customers),
            ..Default::default()
        }
    }

    #[test]
    fn campaigns_by_month_add_up_per_name_and_per_month() {
        let data = [
            seg("Promo", "2026-10-01", "2026-10-31", 300, 100, 2),
            seg("Retargeting", "2026-10-01", "2026-10-31", 200, 40, 3),
            seg("promo ", "2026-11-01", "2026-11-30", 500, 150, 1),
            seg("Retargeting", "2026-11-01", "2026-11-30", 100, 20, 2),
        ];
        let names = by_name(&data);
        assert_eq!(names.len(), 2);
        // Promo: 300 + 500 = 800 spent, 100 + 150 = 250 started, 2 + 1 = 3 customers.
        assert_eq!(
            (names[0].name.as_str(), names[0].spend, names[0].started, names[0].customers),
            ("Promo", Some(Money::from_units(800)), Some(250), Some(3))
        );
        assert_eq!(names[0].period, Some(Period::new("2026-10-01", "2026-11-30")));
        let months = by_period(&data);
        // October: 300 + 200 = 500 spent, 140 started, 5 customers; November 600, 170, 3.
        assert_eq!(
            months
                .iter()
                .map(|m| (m.name.as_str(), m.spend.unwrap(), m.started.unwrap(), m.customers.unwrap()))
                .collect::<Vec<_>>(),
            [
                ("October 2026", Money::from_units(500), 140, 5),
                ("November 2026", Money::from_units(600), 170, 3)
            ]
        );
        assert_eq!(english(&labels(&data)[2]), "promo  · November 2026");
        assert!(names_repeat(&data));
    }

    #[test]
    fn only_a_sequence_of_dated_periods_is_split_by_period() {
        let named = [
            seg("October", "2026-10-01", "2026-10-31", 3, 1, 0),
            seg("September", "2026-09-01", "2026-09-30", 2, 1, 0),
        ];
        let months: Vec<String> = by_period(&named).into_iter().map(|m| m.name).collect();
        assert_eq!(months, ["September", "October"], "time order, the file's own names kept");
        let side_by_side =
            [seg("A", "2026-10-01", "2026-10-31", 1, 1, 0), seg("B", "2026-10-15", "2026-11-14", 1, 1, 0)];
        assert!(by_period(&side_by_side).is_empty(), "overlapping periods");
        assert!(by_period(&named[..1]).is_empty(), "one period");
        let undated = [named[0].clone(), Segment { name: "C".into(), ..Default::default() }];
        assert!(by_period(&undated).is_empty());
        assert_eq!(by_name(&named), named, "no repeated name: unchanged");
        assert_eq!(labels(&named).iter().map(english).collect::<Vec<_>>(), ["October", "September"]);
        // One campaign month after month: its name tells no month apart, so the dates do.
        let one = [
            seg("Leads – WhatsApp", "2026-10-01", "2026-10-31", 1, 1, 0),
            seg("Leads – WhatsApp", "2026-11-01", "2026-11-30", 1, 1, 0),
        ];
        let months: Vec<String> = by_period(&one).into_iter().map(|m| m.name).collect();
        assert_eq!(months, ["October 2026", "November 2026"]);
    }
}
