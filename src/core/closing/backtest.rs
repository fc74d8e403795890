//! The backtest: what the projections said some days ago, against what those cohorts
//! show now that they have matured; and the cohort table everything else reads, which
//! projects nothing when the projections did badly on this data's past.

use super::cohorts::{cohort_table, table_with_p90, CohortRow, NotProjected};
use super::judge::p90;
use super::periods::CohortBy;
use super::Deal;

/// Above this mean absolute error (5 rate points) the projections did badly on this data,
/// and the panel should say so.
pub const ACCEPTABLE_ERROR: f64 = 0.05;

/// How many days earlier the backtest re-runs the projection.
pub const BACKTEST_DAYS: [i64; 2] = [30, 60];

/// The cohort table, with no projection for a young cohort when a backtest that could run
/// was off by more than [`ACCEPTABLE_ERROR`]: on data where the method did badly, the panel,
/// the diagnosis and the comparisons say so instead of projecting.
pub fn trusted_table(deals: &[Deal], as_of: i64, by: CohortBy) -> Vec<CohortRow> {
    let mut rows = cohort_table(deals, as_of, by);
    let off =
        BACKTEST_DAYS.iter().filter_map(|&days| backtest(deals, as_of, days, by)).any(|b| !b.acceptable);
    if off {
        for row in rows.iter_mut().filter(|r| !r.mature) {
            row.projection = Err(NotProjected::OffOnItsPast);
        }
    }
    rows
}

/// One cohort's projection then against its observed rate now.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Compared {
    /// First day of the cohort's period.
    pub period_start: i64,
    /// The deals compared: those of the cohort that had started by then.
    pub deals: u64,
    /// The close rate projected then.
    pub projected: f64,
    /// The close rate those deals show now.
    pub observed: f64,
}

/// How well the projections made `days_earlier` days ago came true.
#[derive(Clone, Debug, PartialEq)]
pub struct Backtest {
    /// The day the projections were made: as of − days earlier.
    pub then: i64,
    /// The cohorts compared, oldest first.
    pub cohorts: Vec<Compared>,
    /// How many were compared.
    pub compared: usize,
    /// Mean of |projected − observed| over the cohorts compared, each weighted by its deals
    /// (a cohort that had one deal then says little), as a rate (0.05 = 5 points).
    pub mean_abs_error: f64,
    /// Whether the mean absolute error is at most [`ACCEPTABLE_ERROR`].
    pub acceptable: bool,
}

/// Rebuilds the cohort table as of `as_of − days_earlier` from what was known then (deals as
/// they looked that day, p90 from that day's curve), and compares each cohort then young
/// with a projection against its observed rate now.
///
/// A cohort is compared only if it is mature now (its judge-on date, by today's p90, has
/// passed), since a rate still developing would count a correct projection as an error; and
/// only over the deals it had then, so that deals started later don't enter the comparison.
/// `None` when `days_earlier` is not positive or no cohort qualifies.
pub fn backtest(deals: &[Deal], as_of: i64, days_earlier: i64, by: CohortBy) -> Option<Backtest> {
    if days_earlier <= 0 {
        return None;
    }
    let then = as_of.checked_sub(days_earlier)?;
    let then_rows = cohort_table(deals, then, by);
    let known: Vec<Deal> = deals.iter().copied().filter(|d| d.start <= then).collect();
    let now_rows = table_with_p90(&known, as_of, by, p90(deals, as_of));
    let cohorts: Vec<Compared> = then_rows
        .iter()
        .filter(|row| !row.mature)
        .filter_map(|row| {
            let projection = row.projection.ok()?;
            let now = now_rows.iter().find(|now| now.period_start == row.period_start && now.mature)?;
            Some(Compared {
                period_start: row.period_start,
                deals: now.deals,
                projected: projection.rate,
                observed: now.observed_rate,
            })
        })
        .collect();
    if cohorts.is_empty() {
        return None;
    }
    let compared = cohorts.len();
    let weighted: f64 = cohorts.iter().map(|c| c.deals as f64 * (c.projected - c.observed).abs()).sum();
    let deals: u64 = cohorts.iter().map(|c| c.deals).sum();
    let mean_abs_error = if deals == 0 { 0.0 } else { weighted / deals as f64 };
    Some(Backtest { then, cohorts, compared, mean_abs_error, acceptable: mean_abs_error <= ACCEPTABLE_ERROR })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::closing::fixtures::{cohort, day, four_months};

    #[test]
    fn projections_of_the_end_of_april_against_the_end_of_july() {
        // As of 30 April, March was projected at 1452/85 / 25 ≈ 0.683294 and April at
        // 7018/425 / 30 ≈ 0.550431 (see the cohort table's test). By 31 July both are mature
        // (p90 is 63 days by then: judged on 2 June and 2 July) and show 17/25 = 0.68 and
        // 18/30 = 0.6. Errors ≈ 0.003294 and 0.049569, weighted by 25 and 30 deals:
        // (25 × 0.003294 + 30 × 0.049569) / 55 ≈ 0.028535, acceptable.
        let deals = four_months();
        let as_of = day("2026-07-31");
        let days_earlier = as_of - day("2026-04-30");
        let test = backtest(&deals, as_of, days_earlier, CohortBy::Month).expect("a backtest");
        assert_eq!((test.then, test.compared), (day("2026-04-30"), 2));
        let (mar, apr) = (1452.0 / 85.0 / 25.0, 7018.0 / 425.0 / 30.0);
        let want = [(day("2026-03-01"), 25, mar, 0.68), (day("2026-04-01"), 30, apr, 0.6)];
        for (got, &(start, deals, projected, observed)) in test.cohorts.iter().zip(&want) {
            assert_eq!((got.period_start, got.deals), (start, deals));
            assert!((got.projected - projected).abs() < 1e-12 && (got.observed - observed).abs() < 1e-12);
        }
        let mean = (25.0 * (mar - 0.68).abs() + 30.0 * (apr - 0.6).abs()) / 55.0;
        assert!((test.mean_abs_error - mean).abs() < 1e-12 && (mean - 0.028_534_8).abs() < 1e-7);
        assert!(test.acceptable);

        // Had April gone on to win 24 of its 30 (12 on 3 May rather than 6), the error on it
        // would be ≈ 0.249569 and the weighted mean ≈ 0.137626: the method did badly here.
        let april = day("2026-04-01");
        let mut better_april: Vec<Deal> = deals.iter().copied().filter(|d| d.start != april).collect();
        better_april.extend(cohort(
            "2026-04-01",
            30,
            &[("2026-04-03", 6), ("2026-05-03", 12), ("2026-06-03", 4), ("2026-07-03", 2)],
            4,
            "2026-04-10",
        ));
        let test = backtest(&better_april, as_of, days_earlier, CohortBy::Month).expect("a backtest");
        assert_eq!(test.compared, 2);
        let mean = (25.0 * (mar - 0.68).abs() + 30.0 * (apr - 0.8).abs()) / 55.0;
        assert!((test.mean_abs_error - mean).abs() < 1e-12 && (mean - 0.137_625_7).abs() < 1e-7);
        assert!(!test.acceptable);
    }

    #[test]
    fn only_cohorts_mature_now_and_projected_then_are_compared() {
        let deals = four_months();
        // By 15 June only March is mature (April is judged on 2 July): 0.683294 against 0.68.
        let june = day("2026-06-15");
        let test = backtest(&deals, june, june - day("2026-04-30"), CohortBy::Month).expect("a backtest");
        assert_eq!(test.compared, 1);
        assert!((test.mean_abs_error - (1452.0 / 85.0 / 25.0 - 0.68)).abs() < 1e-12);
        // On 31 March nothing was projected yet (no mature cohort); no looking back at all.
        let as_of = day("2026-07-31");
        assert_eq!(backtest(&deals, as_of, as_of - day("2026-03-31"), CohortBy::Month), None);
        assert_eq!(backtest(&deals, as_of, 0, CohortBy::Month), None);
    }

    #[test]
    fn where_the_method_did_badly_on_this_datas_past_nothing_young_is_projected() {
        // As of 31 July, with a young June (40 deals, 10 won on 3 June): 30 and 60 days
        // earlier, the months then young and projected that are mature now are compared.
        let june = cohort("2026-06-01", 40, &[("2026-06-03", 10)], 5, "2026-06-10");
        let as_of = day("2026-07-31");
        let runs = |deals: &[Deal]| {
            BACKTEST_DAYS
                .iter()
                .filter_map(|&d| backtest(deals, as_of, d, CohortBy::Month))
                .collect::<Vec<_>>()
        };
        let table = |deals: &[Deal]| trusted_table(deals, as_of, CohortBy::Month);
        // The four months as they are: the projections came true closely enough, and June is
        // projected.
        let mut plain = four_months();
        plain.extend(june.iter().copied());
        assert!(runs(&plain).iter().all(|b| b.acceptable), "{:?}", runs(&plain));
        let young: Vec<CohortRow> = table(&plain).into_iter().filter(|r| !r.mature).collect();
        assert!(!young.is_empty() && young.iter().all(|r| r.projection.is_ok()));
        // Had April won 18 more of its 30 in mid-June, after what the older months' pattern
        // foretold on 1 June (6 wins then), that projection was far off: nothing young is
        // projected, and the mature months keep their rates.
        let april = day("2026-04-01");
        let mut better: Vec<Deal> = four_months().into_iter().filter(|d| d.start != april).collect();
        better.extend(cohort("2026-04-01", 30, &[("2026-04-03", 6), ("2026-06-15", 18)], 4, "2026-04-10"));
        better.extend(june);
        assert!(runs(&better).iter().any(|b| !b.acceptable), "{:?}", runs(&better));
        let rows = table(&better);
        assert!(rows.iter().filter(|r| !r.mature).all(|r| r.projection == Err(NotProjected::OffOnItsPast)));
        assert!(rows.iter().filter(|r| r.mature).all(|r| r.projection.is_ok()));
        assert!(rows.iter().any(|r| !r.mature));
    }
}
