//! The periods deals are grouped into by start day: calendar months, or Monday-to-Sunday
//! weeks when the history is too short for months.

use super::Deal;
use crate::core::basics::calendar::{civil, days_from_civil};

/// Below this many days from the first deal's start to the "as of" day (three months), cohorts
/// are weeks rather than months.
pub const MONTHS_FROM_DAYS: i64 = 91;

/// How deals are grouped into cohorts by the day they started.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CohortBy {
    /// Calendar months.
    Month,
    /// Weeks from Monday to Sunday.
    Week,
}

impl CohortBy {
    /// Months when the deals started by `as_of` span [`MONTHS_FROM_DAYS`] days or more up to
    /// it, else weeks (so that a short history still has several cohorts).
    pub fn choose(deals: &[Deal], as_of: i64) -> CohortBy {
        let first = deals.iter().filter(|d| d.start <= as_of).map(|d| d.start).min();
        if first.is_some_and(|first| as_of - first >= MONTHS_FROM_DAYS) {
            CohortBy::Month
        } else {
            CohortBy::Week
        }
    }

    /// The period holding `day`, as a number that counts periods: year × 12 + month − 1 for
    /// months, weeks since the Monday 1969-12-29 for weeks. Period `key + k` is k periods on.
    pub fn key(self, day: i64) -> i64 {
        match self {
            CohortBy::Month => {
                let (year, month) = year_month(day);
                year * 12 + month - 1
            }
            CohortBy::Week => (day + 3).div_euclid(7),
        }
    }

    /// The first day of the period `key`.
    pub fn start(self, key: i64) -> i64 {
        match self {
            CohortBy::Month => first_of_month(key.div_euclid(12), key.rem_euclid(12) + 1),
            CohortBy::Week => key * 7 - 3,
        }
    }

    /// The last day of the period `key`.
    pub fn end(self, key: i64) -> i64 {
        self.start(key + 1) - 1
    }
}

/// (year, month 1–12) of a day number.
fn year_month(day: i64) -> (i64, i64) {
    let (year, month, _) = civil(day);
    (year, month)
}

/// The day number of the first of a month.
fn first_of_month(year: i64, month: i64) -> i64 {
    days_from_civil(year, month, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::calendar::{day_number, iso_date};
    use crate::core::closing::Outcome;

    #[test]
    fn months_and_weeks_agree_with_the_dates_module() {
        for day in (-800..800).chain(20_000..21_000) {
            let month = CohortBy::Month.key(day);
            let start = CohortBy::Month.start(month);
            assert_eq!(Some(start), day_number(&format!("{}-01", &iso_date(day)[..7])), "{day}");
            assert!(start <= day && day <= CohortBy::Month.end(month), "{day}");
            assert_eq!(CohortBy::Month.start(month + 1), CohortBy::Month.end(month) + 1);
            let week = CohortBy::Week.key(day);
            let monday = CohortBy::Week.start(week);
            assert!(monday <= day && day <= monday + 6 && (monday + 3).rem_euclid(7) == 0, "{day}");
            assert_eq!(CohortBy::Week.end(week), monday + 6);
        }
        // 2026-10-31 is month 2026 × 12 + 9; 2026-11-25 (a Wednesday) is in the week of Monday 23.
        assert_eq!(day_number("2026-10-31").map(|d| CohortBy::Month.key(d)), Some(24_321));
        let wednesday = day_number("2026-11-25").unwrap_or(0);
        assert_eq!(iso_date(CohortBy::Week.start(CohortBy::Week.key(wednesday))), "2026-11-23");
        assert_eq!(iso_date(CohortBy::Month.end(2024 * 12 + 1)), "2024-02-29");
    }

    #[test]
    fn a_short_history_is_cut_into_weeks() {
        let deal = |start| Deal::new(start, Outcome::Open);
        assert_eq!(CohortBy::choose(&[deal(100), deal(150)], 190), CohortBy::Week);
        assert_eq!(CohortBy::choose(&[deal(99), deal(150)], 190), CohortBy::Month);
        assert_eq!(CohortBy::choose(&[deal(50), deal(150)], 100), CohortBy::Week, "not started by then");
        assert_eq!(CohortBy::choose(&[], 100), CohortBy::Week);
    }
}
