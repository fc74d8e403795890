//! The development triangle of wins by cohort and the chain-ladder projection of each
//! cohort's final wins, with Mack's (1993) standard error.

use super::periods::CohortBy;
use super::Deal;

/// One cohort's row of the triangle: the deals that started in one period and their
/// cumulative wins by development period.
///
/// Development period k of a cohort is the k-th period after its own (0 for wins in the
/// period the deals started); a win counts in the period of its day. Cell k is *fully
/// observed* iff period `key + k` has ended by the "as of" day, i.e. the cohort's start plus
/// k + 1 periods ≤ as_of + 1 day. The current period, when only part of it has elapsed, is
/// still the latest diagonal: its value is the wins so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The cohort's period (see [`CohortBy::key`]).
    pub key: i64,
    /// Deals that started in the period.
    pub deals: u64,
    /// `cumulative[k]`: wins by the end of development period k (or by the "as of" day for
    /// the latest). One entry per period from the cohort's own to the current one, so the
    /// last entry is the wins so far and its index is the latest diagonal.
    pub cumulative: Vec<u64>,
    /// How many of the cells are fully observed: all of them, or all but the last when the
    /// current period has not ended.
    pub full: usize,
}

impl Row {
    /// Wins so far: the latest diagonal's value.
    pub fn wins(&self) -> u64 {
        self.cumulative.last().copied().unwrap_or(0)
    }

    /// The latest diagonal's development period.
    pub fn latest(&self) -> usize {
        self.cumulative.len().saturating_sub(1)
    }
}

/// The triangle of cumulative wins by cohort, as known at the end of `as_of`, oldest cohort
/// first. Only deals started by `as_of` count, and only wins dated by it.
pub fn triangle(deals: &[Deal], as_of: i64, by: CohortBy) -> Vec<Row> {
    let now = by.key(as_of);
    let current_ended = by.end(now) <= as_of;
    let mut started: Vec<(i64, Option<i64>, u64)> = deals
        .iter()
        .filter(|d| d.start <= as_of)
        .map(|d| (by.key(d.start), d.won_by(as_of).map(|day| by.key(day.max(d.start))), u64::from(d.count)))
        .collect();
    started.sort_unstable();
    let mut rows: Vec<Row> = Vec::new();
    for (key, won_in, count) in started {
        if rows.last().is_none_or(|row| row.key != key) {
            let periods = usize::try_from(now - key).unwrap_or(0) + 1;
            let full = periods - usize::from(!current_ended);
            rows.push(Row { key, deals: 0, cumulative: vec![0; periods], full });
        }
        let Some(row) = rows.last_mut() else { continue };
        row.deals += count;
        if let Some(k) = won_in.and_then(|won| usize::try_from(won - key).ok()) {
            row.cumulative.iter_mut().skip(k).for_each(|c| *c += count);
        }
    }
    rows
}

/// The chain-ladder factor from development period k to k + 1, with what Mack's standard
/// error needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Factor {
    /// `f_k = Σ_i C_{i,k+1} / Σ_i C_{i,k}` over the cohorts with both cells fully observed;
    /// 1 when those cohorts had no wins by period k.
    pub f: f64,
    /// Mack's `σ²_k = 1/(n_k − 1) · Σ_i C_{i,k} · (C_{i,k+1}/C_{i,k} − f_k)²` over the n_k of
    /// those cohorts with `C_{i,k} > 0`. With fewer than two such cohorts it is extrapolated
    /// as Mack does for the last column,
    /// `σ²_k = min(σ⁴_{k−1}/σ²_{k−2}, σ²_{k−2}, σ²_{k−1})`
    /// (0 when σ²_{k−2} is 0); for k = 1 it takes σ²_0, and for k = 0 it is 0.
    pub sigma2: f64,
    /// `Σ_j C_{j,k}` over the cohorts behind `f_k`.
    pub base: f64,
    /// How many cohorts had both cells fully observed.
    pub cohorts: usize,
}

/// The factors f_0 … f_{K−1}, where K is the last development period any cohort has fully
/// observed. Empty when no cohort has fully observed two periods.
pub fn factors(rows: &[Row]) -> Vec<Factor> {
    let columns = rows.iter().map(|r| r.full).max().unwrap_or(0).saturating_sub(1);
    let mut estimated: Vec<(Factor, Option<f64>)> = (0..columns)
        .map(|k| {
            let pairs: Vec<(f64, f64)> = rows
                .iter()
                .filter(|r| r.full >= k + 2)
                .filter_map(|r| Some((*r.cumulative.get(k)? as f64, *r.cumulative.get(k + 1)? as f64)))
                .collect();
            let base: f64 = pairs.iter().map(|p| p.0).sum();
            let next: f64 = pairs.iter().map(|p| p.1).sum();
            let cohorts = pairs.len();
            if base <= 0.0 {
                return (Factor { f: 1.0, sigma2: 0.0, base, cohorts }, Some(0.0));
            }
            let f = next / base;
            let used: Vec<&(f64, f64)> = pairs.iter().filter(|p| p.0 > 0.0).collect();
            let sigma2 = (used.len() >= 2).then(|| {
                let sum: f64 = used.iter().map(|&&(c, c1)| c * (c1 / c - f).powi(2)).sum();
                sum / (used.len() - 1) as f64
            });
            (Factor { f, sigma2: 0.0, base, cohorts }, sigma2)
        })
        .collect();
    for k in 0..estimated.len() {
        let sigma2 = match estimated[k].1 {
            Some(s) => s,
            None if k >= 2 => {
                let (a, b) = (estimated[k - 2].0.sigma2, estimated[k - 1].0.sigma2);
                if a > 0.0 {
                    (b * b / a).min(a).min(b)
                } else {
                    0.0
                }
            }
            None if k == 1 => estimated[0].0.sigma2,
            None => 0.0,
        };
        estimated[k].0.sigma2 = sigma2;
    }
    estimated.into_iter().map(|(factor, _)| factor).collect()
}

/// A cohort's projected final wins and the mean squared error of that projection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Developed {
    /// `Ĉ_ult = C_latest · Π f_k` over the factors from the latest diagonal on.
    pub ultimate: f64,
    /// Mack's `mse(Ĉ_ult) = Ĉ_ult² · Σ_k σ²_k / f_k² · (1/Ĉ_k + 1/Σ_j C_{j,k})`, over the same
    /// k, where `Ĉ_k` is the cohort's projected cumulative wins at k (its actual wins at the
    /// latest diagonal) and the Σ_j runs over the cohorts behind f_k. Terms with `Ĉ_k = 0`
    /// or an empty base are skipped.
    pub mse: f64,
}

/// Develops `latest` cumulative wins at development period `from` to the end of the
/// triangle with `factors` (none left when `from` is at or past the last).
pub fn develop(latest: f64, from: usize, factors: &[Factor]) -> Developed {
    let mut projected = latest;
    let mut sum = 0.0;
    for factor in factors.iter().skip(from) {
        if projected > 0.0 && factor.base > 0.0 && factor.f > 0.0 {
            sum += factor.sigma2 / (factor.f * factor.f) * (1.0 / projected + 1.0 / factor.base);
        }
        projected *= factor.f;
    }
    Developed { ultimate: projected, mse: projected * projected * sum }
}

#[cfg(test)]
mod tests;
