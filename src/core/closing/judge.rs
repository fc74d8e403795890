//! The judge-on date: the day a cohort's deals have had long enough to close that its
//! observed close rate can be judged as final.

use super::survival::win_curve;
use super::Deal;

/// The share of eventual wins a cohort's youngest deal must have had time for: the 90th
/// percentile of days to close.
pub const JUDGE_SHARE: f64 = 0.9;

/// When a cohort can be judged on what it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Judge {
    /// `judge_on = period end + p90`: the cohort's last deal started by its period's end, and
    /// 90% of the deals that are eventually won close within p90 days of their start.
    pub on: i64,
    /// `judge_on ≤ as_of`: the date has come, and the cohort is mature.
    pub passed: bool,
}

/// The 90th percentile of days to close over all deals as of `as_of`: the first day the
/// win curve reaches 90% of its plateau (see [`crate::core::closing::survival::Curve`]).
/// `None` when no deal had been won.
pub fn p90(deals: &[Deal], as_of: i64) -> Option<i64> {
    win_curve(deals, as_of).day_for_share(JUDGE_SHARE)
}

/// The judge-on date of a cohort whose period ends on `period_end`, given the 90th
/// percentile of days to close, and whether it has passed by `as_of`.
pub fn judge(period_end: i64, p90: i64, as_of: i64) -> Judge {
    let on = period_end.saturating_add(p90);
    Judge { on, passed: on <= as_of }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::closing::fixtures::{day, four_months};

    #[test]
    fn a_cohort_is_judged_p90_days_after_its_period_ends() {
        // January 2026 ends on the 31st; with p90 = 61 days it is judged on 2 April.
        let jan = judge(day("2026-01-31"), 61, day("2026-04-01"));
        assert_eq!(jan, Judge { on: day("2026-04-02"), passed: false });
        assert!(judge(day("2026-01-31"), 61, day("2026-04-02")).passed, "on the day itself");
        // February (28 days) is judged on 30 April.
        assert_eq!(judge(day("2026-02-28"), 61, day("2026-04-30")).on, day("2026-04-30"));
    }

    #[test]
    fn p90_of_the_four_monthly_cohorts() {
        // As of 30 April the win curve steps at days 2, 30, 33, 61 and 92 (wins on the 3rd
        // of a month, for deals started on the 1st) to ≈ 0.2211, 0.2842, 0.4421, 0.5628 and
        // 0.6042. 90% of the plateau is ≈ 0.5438, first reached on day 61.
        let deals = four_months();
        let curve = win_curve(&deals, day("2026-04-30"));
        let days: Vec<i64> = curve.points.iter().map(|p| p.0).collect();
        assert_eq!(days, vec![2, 30, 33, 61, 92]);
        assert!((curve.eventual() - 0.604_245_908_9).abs() < 1e-9);
        assert_eq!(p90(&deals, day("2026-04-30")), Some(61));
        assert_eq!(p90(&deals, day("2025-12-31")), None, "nothing won yet");
    }
}
