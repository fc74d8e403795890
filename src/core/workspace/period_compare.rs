//! Why CAC moved between two periods, as the workspace sets them side by side: the earlier
//! period typed against the ladder shown, or two imported periods, compared like with like
//! when the later one's deals are still closing (time to close), and which way it did; and
//! each period's cost, for time to close's CAC by month.

use crate::core::basics::dates::Period;
use crate::core::closing::cost::PeriodMoney;
use crate::core::closing::like::{like_with_like, Like};
use crate::core::comparison::grouping::period_title;
use crate::core::comparison::period_split::{split, CantSplit, Split};
use crate::core::comparison::segment::{segment_ladders, Segment};
use crate::core::ladder::compute;
use crate::core::ladder::fields::Field;
use crate::core::message::{Arg, Id, Message};
use crate::core::workspace::{Evaluation, Workspace};

/// Two periods set side by side: their names and why CAC moved between them; for imported
/// periods, every period's name and the positions of the two compared.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodComparison {
    /// The earlier period's name and the later one's, for a sentence: an imported period's
    /// name as it is ("October 2026"), or words for the typed ones ("the earlier period typed").
    pub between: (Arg, Arg),
    pub result: Result<Split, CantSplit>,
    pub choices: Vec<Message>,
    pub picked: (usize, usize),
    /// How the customers were made comparable when the later period's deals are still
    /// closing: projected final counts, or the earlier period at the same age.
    pub like: Option<Message>,
}

impl Workspace {
    /// Why CAC moved: from the earlier period typed to the ladder shown, when the earlier
    /// period has anything typed; else between two imported periods (the two picked, or the
    /// last two), each with its share of the other cost, their customers made comparable
    /// when the later one's deals are still closing ([`like_with_like`]). The periods' names,
    /// and the split or why it can't be made.
    pub fn period_split(&self, e: &Evaluation) -> Option<PeriodComparison> {
        if Field::ALL.iter().any(|f| !self.earlier.get(*f).trim().is_empty()) {
            let earlier = compute(&e.earlier.input);
            let words = |id: Id| Arg::Message(Box::new(Message::of(id)));
            let between = (words(Id::WsEarlierTyped), words(Id::WsLadderShown));
            let result = split(&earlier, &e.ladder).ok_or(CantSplit);
            return Some(PeriodComparison {
                between,
                result,
                choices: Vec::new(),
                picked: (0, 1),
                like: None,
            });
        }
        let mut periods = self.periods();
        let n = periods.len();
        if n < 2 {
            return None;
        }
        let find = |p: &Period| periods.iter().position(|s| s.period.as_ref() == Some(p));
        let (a, b) = match &self.compared {
            Some([x, y]) => match (find(x), find(y)) {
                (Some(a), Some(b)) if a < b => (a, b),
                _ => (n - 2, n - 1),
            },
            None => (n - 2, n - 1),
        };
        let title = |s: &Segment| Arg::Message(Box::new(period_title(s)));
        let between = (title(&periods[a]), title(&periods[b]));
        let like = self.like(&mut periods, a, b, &between);
        let ladders = segment_ladders(&periods, e.parsed.input.other_cost);
        Some(PeriodComparison {
            result: split(&ladders[a], &ladders[b]).ok_or(CantSplit),
            choices: periods.iter().map(period_title).collect(),
            picked: (a, b),
            between,
            like,
        })
    }

    /// Each imported period's first day, all-in cost (its spend and its share of the other
    /// acquisition cost) and revenue: what time to close's cohorts of the same months cost and
    /// brought.
    pub fn period_costs(&self, e: &Evaluation) -> Vec<PeriodMoney> {
        let periods = self.periods();
        let ladders = segment_ladders(&periods, e.parsed.input.other_cost);
        let cost = |p: &Segment, l: &crate::core::ladder::Ladder| {
            let first = p.period.as_ref()?.days()?.0;
            let other = l.input.other_cost.given().map_or(0.0, |m| m.as_f64());
            let revenue = l.input.revenue.given().map(|m| m.as_f64());
            Some(PeriodMoney { first, cost: l.input.spend.given()?.as_f64() + other, revenue })
        };
        periods.iter().zip(&ladders).filter_map(|(p, l)| cost(p, l)).collect()
    }

    /// Moves periods `a` and `b`'s customers to like-with-like counts when the later one's
    /// deals are still closing, and says how.
    fn like(&self, periods: &mut [Segment], a: usize, b: usize, between: &(Arg, Arg)) -> Option<Message> {
        let days = |s: &Segment| s.period.as_ref()?.days();
        let like = like_with_like(self.deals.as_ref()?, days(&periods[a])?, days(&periods[b])?)?;
        let (earlier, later) = between.clone();
        let add = |s: &mut Segment, wins: f64| {
            let so_far = s.customers?;
            s.customers = Some(so_far + wins.round().max(0.0) as u64);
            Some((so_far, s.customers?))
        };
        Some(match like {
            Like::Projected { earlier: before, later: after } => {
                let (so_far, projected) = add(&mut periods[b], after)?;
                let said = match add(&mut periods[a], before) {
                    Some((was, now)) if now > was => Message::of(Id::CmpLikeProjectedBoth)
                        .with("earlier", earlier)
                        .with("earlier-so-far", Arg::Count(was))
                        .with("earlier-projected", Arg::Count(now)),
                    _ => Message::of(Id::CmpLikeProjected),
                };
                said.with("later", later)
                    .with("so-far", Arg::Count(so_far))
                    .with("projected", Arg::Count(projected))
            }
            Like::SameAge { days, removed } => {
                let s = &mut periods[a];
                s.customers = s.customers.map(|c| c.saturating_sub(removed));
                Message::of(Id::CmpLikeSameAge)
                    .with("earlier", earlier)
                    .with("later", later)
                    .with("days", Arg::Count(days as u64))
                    .with("removed", Arg::Count(removed))
            }
        })
    }
}
