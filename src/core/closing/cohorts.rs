//! Cohorts of deals by start period, each with its observed close rate and, while it is
//! young, the close rate it is projected to end at (chain ladder with Mack's error).

use super::judge::{judge, p90, Judge};
use super::periods::CohortBy;
use super::triangle::{develop, factors, triangle, Factor, Row};
use super::Deal;
use crate::core::basics::stats::{wilson, Z95};

/// No projection at all unless the mature cohorts (past their judge-on date) hold at least
/// this many wins between them: below that the development pattern is mostly noise.
pub const MIN_MATURE_WINS: u64 = 20;

/// Why a young cohort has no projected close rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotProjected {
    /// No cohort has reached its judge-on date (or no deal was won, so there is none).
    NoMatureCohort,
    /// The mature cohorts hold `have` wins; projecting takes `need` ([`MIN_MATURE_WINS`]).
    TooFewMatureWins { have: u64, need: u64 },
    /// No cohort has yet been watched through two whole periods, so there is no development
    /// factor to project with.
    NoDevelopmentYet,
    /// Tried on this data's past (the backtest), the projections were too far off to rely on.
    OffOnItsPast,
}

/// A close rate with its 95% interval, and the wins it stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    /// The projected final close rate.
    pub rate: f64,
    /// Low end of the 95% interval.
    pub low: f64,
    /// High end of the 95% interval.
    pub high: f64,
    /// The final wins projected: the chain-ladder ultimate kept between the wins so far and
    /// the deals (the wins so far when nothing is projected).
    pub wins: f64,
    /// Mack's mean squared error of `wins` (in wins²): the development pattern's uncertainty,
    /// 0 for an observed rate. Binomial noise is not in it (the interval adds it).
    pub mse: f64,
}

/// One cohort: the deals that started in one period, as known on the "as of" day.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortRow {
    /// First day of the cohort's period.
    pub period_start: i64,
    /// Last day of the cohort's period.
    pub period_end: i64,
    /// Deals that started in the period.
    pub deals: u64,
    /// Of those, won by the "as of" day.
    pub wins: u64,
    /// Days from the period's start to the "as of" day.
    pub age_days: i64,
    /// `wins / deals`: a floor on the final rate, since open deals may still be won.
    pub observed_rate: f64,
    /// The final close rate, projected for a young cohort, the observed one for a mature one.
    ///
    /// - Mature (judge-on date passed): the observed rate, with its Wilson interval.
    /// - Young: nothing unless the mature cohorts hold [`MIN_MATURE_WINS`] wins and some
    ///   development factor exists ([`NotProjected`] says which is missing). A young cohort
    ///   with no development left in the triangle keeps its observed rate and Wilson interval;
    ///   otherwise the rate is `Ĉ_ult / deals` from the chain ladder (see
    ///   [`crate::core::closing::triangle`]), never below the observed rate nor above 1.
    ///   The 95% interval adds binomial noise to Mack's error: half-width
    ///   `1.96 · √(se_Mack² + p(1 − p) · deals) / deals` (1.96 being [`Z95`]), p the projected
    ///   rate, clamped to [observed rate, 1].
    pub projection: Result<Projection, NotProjected>,
    /// The judge-on day (period end + p90 days to close), when any deal has been won.
    pub judge_on: Option<i64>,
    /// Whether the judge-on day has come.
    pub mature: bool,
}

/// The cohorts of `deals` grouped `by` start period, oldest first, as known at the end of
/// `as_of`.
pub fn cohort_table(deals: &[Deal], as_of: i64, by: CohortBy) -> Vec<CohortRow> {
    table_with_p90(deals, as_of, by, p90(deals, as_of))
}

/// [`cohort_table`] with the 90th percentile of days to close given, so that a backtest can
/// judge an older set of deals by today's curve.
pub(super) fn table_with_p90(deals: &[Deal], as_of: i64, by: CohortBy, p90: Option<i64>) -> Vec<CohortRow> {
    let rows = triangle(deals, as_of, by);
    let factors = factors(&rows);
    let verdicts: Vec<Option<Judge>> =
        rows.iter().map(|row| p90.map(|p| judge(by.end(row.key), p, as_of))).collect();
    let passed = |verdict: &Option<Judge>| verdict.is_some_and(|v| v.passed);
    let mature_wins: u64 =
        rows.iter().zip(&verdicts).filter(|&(_, verdict)| passed(verdict)).map(|(row, _)| row.wins()).sum();
    let gate = if !verdicts.iter().any(passed) {
        Err(NotProjected::NoMatureCohort)
    } else if mature_wins < MIN_MATURE_WINS {
        Err(NotProjected::TooFewMatureWins { have: mature_wins, need: MIN_MATURE_WINS })
    } else if factors.is_empty() {
        Err(NotProjected::NoDevelopmentYet)
    } else {
        Ok(())
    };
    rows.iter()
        .zip(verdicts)
        .map(|(row, verdict)| {
            let mature = verdict.is_some_and(|v| v.passed);
            let (deals, wins) = (row.deals, row.wins());
            let period_start = by.start(row.key);
            let projection = if mature {
                Ok(observed(wins, deals))
            } else if observed_to(row) >= factors.len() {
                gate.map(|()| observed(wins, deals))
            } else {
                gate.map(|()| projected(row, &factors))
            };
            CohortRow {
                period_start,
                period_end: by.end(row.key),
                deals,
                wins,
                age_days: as_of - period_start,
                observed_rate: rate(wins, deals),
                projection,
                judge_on: verdict.map(|v| v.on),
                mature,
            }
        })
        .collect()
}

/// `wins / deals`, 0 without deals.
fn rate(wins: u64, deals: u64) -> f64 {
    if deals == 0 {
        0.0
    } else {
        (wins as f64 / deals as f64).min(1.0)
    }
}

/// The observed rate with its Wilson interval: nothing left to project.
fn observed(wins: u64, deals: u64) -> Projection {
    let rate = rate(wins, deals);
    let (low, high) = wilson(wins, deals, Z95).unwrap_or((rate, rate));
    Projection { rate, low, high, wins: wins as f64, mse: 0.0 }
}

/// The development period a cohort's projection starts from: its last fully observed one
/// (the latest diagonal when the current period is partly elapsed and an earlier one ended).
fn observed_to(row: &Row) -> usize {
    if row.full >= 1 && row.full < row.cumulative.len() {
        row.full - 1
    } else {
        row.latest()
    }
}

/// The chain-ladder projection of a young cohort (see [`CohortRow::projection`]).
fn projected(row: &Row, factors: &[Factor]) -> Projection {
    if row.deals == 0 {
        return observed(row.wins(), row.deals);
    }
    let (deals, wins) = (row.deals as f64, row.wins() as f64);
    let floor = rate(row.wins(), row.deals);
    // From the last period fully observed: the current one's wins so far would be developed
    // as if the period were over (and err low); they stay the floor.
    let from = observed_to(row);
    let base = row.cumulative.get(from).map_or(wins, |&c| c as f64);
    let developed = develop(base, from, factors);
    let ultimate = if developed.ultimate.is_finite() { developed.ultimate.clamp(wins, deals) } else { deals };
    let rate = (ultimate / deals).clamp(floor, 1.0);
    let mse = developed.mse.max(0.0);
    let variance = mse + rate * (1.0 - rate) * deals;
    let half = if variance.is_finite() { Z95 * variance.sqrt() / deals } else { 1.0 };
    let (low, high) = ((rate - half).clamp(floor, 1.0), (rate + half).clamp(floor, 1.0));
    Projection { rate, low, high, wins: ultimate, mse }
}

#[cfg(test)]
mod tests;
