//! The share of deals won by each day since their start, with losses as a competing outcome
//! and open deals censored: the Aalen–Johansen cumulative incidence of winning.

use super::{Deal, Seen};

/// The cumulative incidence of winning, day by day since a deal's start.
///
/// How it is computed, on whole days. Each deal has a duration: days to its win or loss, or
/// its age if still open (censored). At each day `t` on which some deal ended, in ascending
/// order, let `n_t` be the deals still at risk (duration ≥ t; a deal censored on day t counts
/// as at risk, so outcomes come before censoring on the same day), `w_t` the wins and `l_t`
/// the losses on day t, and `S(t−)` the share of deals with no outcome of either kind just
/// before t (Kaplan–Meier for "any outcome", starting at 1). Then
///
/// - `CIF(t) = CIF(t−) + S(t−) · w_t / n_t`
/// - `S(t) = S(t−) · (1 − (w_t + l_t) / n_t)`
///
/// A lost deal can never be won, so unlike one minus a Kaplan–Meier curve of wins alone, the
/// curve levels off below 1: its plateau ([`Curve::eventual`]) is the share of deals that end
/// up won, as far as the censored deals let one tell.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Curve {
    /// (days since start, cumulative share won by that day) at each day some deal was won,
    /// in increasing day order; the value holds until the next point (a step function).
    pub points: Vec<(i64, f64)>,
    /// Deals still open at an age beyond the last day any deal was won or lost: where the
    /// plateau rests on deals whose outcome is not yet known. All the deals if none ended.
    pub at_risk_end: usize,
    /// Deals that had started by the "as of" day.
    pub deals: usize,
    /// Of those, won by the "as of" day.
    pub wins: usize,
    /// Of those, lost by the "as of" day.
    pub losses: usize,
}

/// The curve of deals won by each day since their start, as known at the end of `as_of`
/// (see [`Curve`] for the formula).
pub fn win_curve(deals: &[Deal], as_of: i64) -> Curve {
    // (what was seen, how many deals alike), shortest first.
    let mut seen: Vec<(Seen, usize)> =
        deals.iter().filter_map(|d| Some((d.seen(as_of)?, d.count as usize))).collect();
    seen.sort_by_key(|(s, _)| s.days());
    let total: usize = seen.iter().map(|(_, n)| n).sum();
    let mut curve = Curve { deals: total, ..Curve::default() };
    let (mut cif, mut survival) = (0.0_f64, 1.0_f64);
    let mut last_event: Option<i64> = None;
    // Deals with a duration below the current day's: no longer at risk.
    let mut gone = 0;
    let mut i = 0;
    while i < seen.len() {
        let t = seen[i].0.days();
        let group = seen[i..].iter().take_while(|(s, _)| s.days() == t).count();
        let at_risk = (total - gone) as f64;
        let sum = |f: fn(&Seen) -> bool| {
            seen[i..i + group].iter().filter(|(s, _)| f(s)).map(|(_, n)| n).sum::<usize>()
        };
        let wins = sum(|s| matches!(s, Seen::Won(_)));
        let losses = sum(|s| matches!(s, Seen::Lost(_)));
        if wins + losses > 0 {
            last_event = Some(t);
            if wins > 0 {
                // Never above 1, should rounding carry the sum an ulp past it.
                cif = (cif + survival * wins as f64 / at_risk).min(1.0);
                curve.points.push((t, cif));
            }
            survival *= 1.0 - (wins + losses) as f64 / at_risk;
        }
        curve.wins += wins;
        curve.losses += losses;
        gone += seen[i..i + group].iter().map(|(_, n)| n).sum::<usize>();
        i += group;
    }
    curve.at_risk_end = seen
        .iter()
        .filter(|(s, _)| matches!(s, Seen::Open(age) if last_event.is_none_or(|t| *age > t)))
        .map(|(_, n)| n)
        .sum();
    curve
}

impl Curve {
    /// The cumulative share of deals won within `day` days of their start: 0 before the first
    /// win, then the value of the last step on or before `day`.
    pub fn won_by(&self, day: i64) -> f64 {
        let steps = self.points.partition_point(|&(d, _)| d <= day);
        steps.checked_sub(1).and_then(|i| self.points.get(i)).map_or(0.0, |&(_, share)| share)
    }

    /// The plateau: the share of deals eventually won (the curve's last value), 0 without wins.
    pub fn eventual(&self) -> f64 {
        self.points.last().map_or(0.0, |&(_, share)| share)
    }

    /// Of the deals eventually won, the share won within `day` days: `won_by(day) / eventual()`.
    /// `None` when no deal was won.
    pub fn share_of_eventual_by(&self, day: i64) -> Option<f64> {
        let eventual = self.eventual();
        (eventual > 0.0).then(|| self.won_by(day) / eventual)
    }

    /// The first day by which the share of eventual wins reaches `q` (to within 1e-12 of
    /// rounding): q = 0.5 gives the median days to close, q = 0.9 the 90th percentile. `None`
    /// when no deal was won or `q` is not in (0, 1].
    pub fn day_for_share(&self, q: f64) -> Option<i64> {
        let eventual = self.eventual();
        let valid = q > 0.0 && q <= 1.0;
        if !valid || eventual <= 0.0 {
            return None;
        }
        self.points.iter().find(|&&(_, share)| share / eventual >= q - 1e-12).map(|&(day, _)| day)
    }
}

#[cfg(test)]
mod tests;
