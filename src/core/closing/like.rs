//! Two periods compared like with like when the later one's deals are still closing: both at
//! their projected final wins when the older cohorts allow a projection, else the earlier
//! period as it stood at the later one's age. What "why CAC moved" counts instead of wins
//! still arriving.

use super::dated::Dated;
use super::maturing::maturing;

/// How two periods are made comparable, and by how many wins each period's count moves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Like {
    /// Both periods at their projected final wins: the wins still to come in each (the
    /// earlier one's 0 when it can already be judged).
    Projected { earlier: f64, later: f64 },
    /// The later period can't be projected: the earlier one is counted as it stood `days`
    /// after its first day, the later period's age today, leaving out `removed` wins that came
    /// after that.
    SameAge { days: i64, removed: u64 },
}

/// How to compare the deals started in `earlier` with those started in `later` (first and
/// last days), or `None` when the later period's deals have all had time to close.
///
/// Same age: the later period is `as_of − later.0` days old; the earlier period's deals are
/// seen as of `earlier.0 + that`, so a win counts only if it came that soon in both. (A deal
/// started late in a longer earlier period is then younger than any of the later one's: the
/// difference is at most the months' lengths apart, a day or three.)
pub fn like_with_like(dated: &Dated, earlier: (i64, i64), later: (i64, i64)) -> Option<Like> {
    let young = maturing(dated, Some(later))?;
    if let Ok(to_come) = young.to_come {
        let before = maturing(dated, Some(earlier)).and_then(|m| m.to_come.ok()).map_or(0.0, |t| t.wins);
        return Some(Like::Projected { earlier: before, later: to_come.wins });
    }
    let days = (dated.as_of - later.0).max(0);
    let cut = earlier.0 + days;
    let removed = dated
        .deals
        .iter()
        .filter(|d| (earlier.0..=earlier.1).contains(&d.start))
        .filter(|d| d.won_by(dated.as_of).is_some_and(|won| won > cut))
        .map(|d| u64::from(d.count))
        .sum();
    Some(Like::SameAge { days, removed })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::closing::fixtures::{day, four_months};

    #[test]
    fn a_projectable_month_is_compared_at_its_projection_an_unprojectable_one_at_the_same_age() {
        let deals = four_months();
        let month = |m: &str, last: &str| (day(&format!("2026-{m}-01")), day(&format!("2026-{m}-{last}")));
        // 30 April (cohorts' test): March (12 wins, projected 1452/85) and April (6 wins,
        // projected 7018/425) are young and projectable.
        let dated = Dated { as_of: day("2026-04-30"), deals: deals.clone(), ..Dated::default() };
        let Some(Like::Projected { earlier, later }) =
            like_with_like(&dated, month("03", "31"), month("04", "30"))
        else {
            panic!()
        };
        assert!(
            (earlier - (1452.0 / 85.0 - 12.0)).abs() < 1e-9 && (later - (7018.0 / 425.0 - 6.0)).abs() < 1e-9
        );
        // January against February: both judged, nothing to adjust.
        assert_eq!(like_with_like(&dated, month("01", "31"), month("02", "28")), None);
        // 15 April: only January is mature, with 11 wins (< 20): no projection. April is 14 days
        // old, so March is seen as of 15 March: its 6 wins of 3 March count, the 6 of 3 April
        // don't.
        let dated = Dated { as_of: day("2026-04-15"), deals, ..Dated::default() };
        assert_eq!(
            like_with_like(&dated, month("03", "31"), month("04", "30")),
            Some(Like::SameAge { days: 14, removed: 6 })
        );
    }
}
