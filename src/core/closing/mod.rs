//! Time to close: how long deals take to be won when some haven't ended yet. Owns the deal
//! as the outcome log gives it and how it looked on a given day; the curve, cohorts,
//! judge-on dates and backtest live in the files below.
//!
//! Every function takes an "as of" day and sees the deals as they stood at the end of that
//! day ([`Deal::at`]): an outcome dated later is still open, a deal started later doesn't
//! exist yet. That is what makes a backtest honest: the same code, run as of an earlier day,
//! knows only what was known then.

pub mod backtest;
pub mod chart;
pub mod cohorts;
pub mod cost;
pub mod dated;
pub mod judge;
pub mod like;
pub mod maturing;
pub mod periods;
pub mod segments;
pub mod survival;
pub mod triangle;
pub mod view;

#[cfg(test)]
mod fixtures;
// Property tests (proptest is a host-only dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

/// One deal (or conversation) as the outcome log gives it: the day it started and, if it has
/// ended by the "as of" day, how and when; or `count` deals alike (a log of a million rows is
/// a few thousand of these). Days are day numbers (days since 1970-01-01).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deal {
    /// The day the deal started.
    pub start: i64,
    /// How it ended, if it has.
    pub outcome: Outcome,
    /// How many deals started that day and ended so (at least 1).
    pub count: u32,
}

/// How an imported segment's customers stand while its deals are still closing (see
/// [`segments::develop`]): what the segment table's and the ranks' CAC are marked with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Closing {
    /// Only the customers won so far: too early to project the rest.
    SoFar,
    /// Its customers so far and its share of those projected still to come.
    Projected,
}

/// How a deal ended: still open, or won or lost on the given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// No outcome yet.
    Open,
    /// Won on this day.
    Won(i64),
    /// Lost on this day.
    Lost(i64),
}

/// What is known about a deal at the end of the "as of" day, as a duration in days since it
/// started. Durations are never negative: an outcome dated before the start counts as day 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen {
    /// Won this many days after it started.
    Won(i64),
    /// Lost this many days after it started.
    Lost(i64),
    /// Still open at this age (as of − start): censored, its outcome unknown.
    Open(i64),
}

impl Seen {
    /// The duration: days to the outcome, or the age of an open deal.
    pub fn days(self) -> i64 {
        match self {
            Seen::Won(d) | Seen::Lost(d) | Seen::Open(d) => d,
        }
    }
}

impl Deal {
    /// A deal started on `start` with the given outcome.
    pub fn new(start: i64, outcome: Outcome) -> Deal {
        Deal { start, outcome, count: 1 }
    }

    /// `count` deals started on `start` with the same outcome.
    pub fn many(start: i64, outcome: Outcome, count: u32) -> Deal {
        Deal { start, outcome, count: count.max(1) }
    }

    /// The deal as it looked at the end of day `as_of`: `None` if it hadn't started yet, and
    /// open if its outcome is dated after `as_of`.
    pub fn at(self, as_of: i64) -> Option<Deal> {
        if self.start > as_of {
            return None;
        }
        let outcome = match self.outcome {
            Outcome::Won(day) | Outcome::Lost(day) if day > as_of => Outcome::Open,
            outcome => outcome,
        };
        Some(Deal { outcome, ..self })
    }

    /// The day it was won, if it had been by `as_of`.
    pub fn won_by(self, as_of: i64) -> Option<i64> {
        match self.at(as_of)?.outcome {
            Outcome::Won(day) => Some(day),
            _ => None,
        }
    }

    /// What was known of it at the end of `as_of` as a duration (see [`Seen`]); `None` if it
    /// hadn't started yet.
    pub fn seen(self, as_of: i64) -> Option<Seen> {
        let deal = self.at(as_of)?;
        Some(match deal.outcome {
            Outcome::Open => Seen::Open((as_of - deal.start).max(0)),
            Outcome::Won(day) => Seen::Won((day - deal.start).max(0)),
            Outcome::Lost(day) => Seen::Lost((day - deal.start).max(0)),
        })
    }
}
