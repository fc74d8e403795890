//! What of the imported deals is still closing, for the diagnosis to wait for: the first
//! period not yet judgeable, the day the youngest can be judged, and the wins still to come
//! when the older cohorts allow projecting them.

use super::backtest::trusted_table;
use super::cohorts::NotProjected;
use super::dated::Dated;
use super::periods::CohortBy;
use crate::core::basics::calendar::iso_date;
use crate::core::basics::dates::{period_name, Period};
use crate::core::message::Message;

/// Deals still closing: the first period whose deals haven't had time to close, the day the
/// youngest can be judged, and what is projected to arrive before then.
#[derive(Clone, Debug, PartialEq)]
pub struct Maturing {
    pub since: Message,
    pub judge_on: i64,
    /// The wins the young cohorts are projected to add, or why they can't be projected.
    pub to_come: Result<ToCome, NotProjected>,
}

/// Wins projected still to arrive among deals already started, with the spread of the final
/// count: what turns an observed close rate into a projected one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ToCome {
    /// Projected final wins minus the wins so far (never negative).
    pub wins: f64,
    /// Mack's mean squared error of those wins, summed over the young cohorts (wins²): the
    /// uncertainty of the development pattern. The binomial noise of the rate it feeds is
    /// the judge's to add, on the rate's own count.
    pub mse: f64,
}

/// What of `dated` is still closing, if anything, among the deals that started `within`
/// (first and last day; all deals when `None`). Nothing is said when no deal was won (there
/// is then no telling how long closing takes) or when every cohort in range can be judged.
pub fn maturing(dated: &Dated, within: Option<(i64, i64)>) -> Option<Maturing> {
    let by = CohortBy::choose(&dated.deals, dated.as_of);
    let rows = trusted_table(&dated.deals, dated.as_of, by);
    let inside = |start: i64| within.is_none_or(|(first, last)| (first..=last).contains(&start));
    let rows: Vec<_> = rows.into_iter().filter(|r| inside(r.period_start)).collect();
    let oldest = rows.iter().find(|r| !r.mature)?;
    let youngest = rows.iter().rev().find(|r| !r.mature)?;
    let mut to_come = Ok(ToCome { wins: 0.0, mse: 0.0 });
    for row in &rows {
        match (&mut to_come, row.projection) {
            (Ok(sum), Ok(p)) => {
                sum.wins += (p.wins - row.wins as f64).max(0.0);
                sum.mse += p.mse.max(0.0);
            }
            (Ok(_), Err(why)) => to_come = Err(why),
            (Err(_), _) => {}
        }
    }
    Some(Maturing {
        since: period_name(&Period::new(&iso_date(oldest.period_start), &iso_date(oldest.period_end))),
        judge_on: youngest.judge_on?,
        to_come,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::closing::fixtures::{day, four_months};
    use crate::core::message::english;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn the_young_months_wins_to_come_are_projected_from_the_older_ones() {
        // As of 30 April (cohorts' test): January 11/20 and February 12/20 are mature; March
        // (12 wins) is projected to 1452/85 and April (6 wins) to 7018/425.
        let dated = Dated { as_of: day("2026-04-30"), deals: four_months(), ..Dated::default() };
        let all = maturing(&dated, None).unwrap();
        assert_eq!(english(&all.since), "March 2026");
        assert_eq!(all.judge_on, day("2026-06-30"));
        let to_come = all.to_come.unwrap();
        // 1452/85 − 12 + 7018/425 − 6 = 14278/425 − 18 ≈ 15.595.
        assert!(close(to_come.wins, 14278.0 / 425.0 - 18.0), "{to_come:?}");
        // Mack's se² of the young months, summed (numbers in the cohorts' test); the mature
        // months add none.
        let mar_mse = (1452.0_f64 / 85.0).powi(2) * (29.0 / 11616.0 + 5425.0 / 3_077_272.0);
        assert!((to_come.mse - (mar_mse + 2.316_521_53)).abs() < 1e-7, "{to_come:?}");

        // April alone: only its own wins to come.
        let april = maturing(&dated, Some((day("2026-04-01"), day("2026-04-30")))).unwrap();
        assert_eq!(english(&april.since), "April 2026");
        assert!(close(april.to_come.unwrap().wins, 7018.0 / 425.0 - 6.0));
        // January and February can be judged: nothing to wait for.
        assert_eq!(maturing(&dated, Some((day("2026-01-01"), day("2026-02-28")))), None);
    }

    #[test]
    fn with_too_few_mature_wins_the_wait_is_said_but_nothing_projected() {
        // 15 April: p90 = 61 days, so January (11 wins) was judged on 2 April; February is
        // judged on 30 April and April, the youngest, on 30 June. 11 mature wins < 20.
        let dated = Dated { as_of: day("2026-04-15"), deals: four_months(), ..Dated::default() };
        let m = maturing(&dated, None).unwrap();
        assert_eq!(english(&m.since), "February 2026");
        assert_eq!(m.judge_on, day("2026-06-30"));
        assert_eq!(m.to_come, Err(NotProjected::TooFewMatureWins { have: 11, need: 20 }));
    }
}
