//! The dated deals an outcome log brings, as the workspace keeps them: each deal's start and
//! outcome, and the day the data runs to ("as of"). Saved compactly: deals alike are the
//! triple `[start, outcome, end]` (outcome 0 open, 1 won, 2 lost; end 0 when open), with their
//! count as a fourth number when there is more than one.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Deal, Outcome};

/// Deals with dates, and the day they are known up to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dated {
    /// The day the data runs to: the latest start or outcome in the file (an open deal's
    /// expected close date doesn't count).
    pub as_of: i64,
    #[serde(with = "compact")]
    pub deals: Vec<Deal>,
    /// Where the log dates reaching a stage before the win (a conversation log's "Qualified
    /// at"): the same deals, each "won" on the day it was qualified, lost if it was lost
    /// before, else open. Empty without such dates.
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "compact")]
    pub qualified: Vec<Deal>,
    /// As `qualified`, for the day it was handed to sales or booked ("Booked on").
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "compact")]
    pub handed_off: Vec<Deal>,
}

impl Dated {
    /// The deals with `as_of` the latest day any of them started or ended.
    pub fn new(deals: Vec<Deal>) -> Dated {
        Dated::with_stages(deals, Vec::new(), Vec::new())
    }

    /// The deals, and when they reached the stages the log dates (see [`Dated::qualified`]),
    /// as of the latest day any of them started, reached a stage or ended.
    pub fn with_stages(deals: Vec<Deal>, qualified: Vec<Deal>, handed_off: Vec<Deal>) -> Dated {
        let mut dated = Dated { as_of: 0, deals, qualified, handed_off };
        dated.as_of = dated.latest();
        dated
    }

    /// The latest day any deal started or ended: what the file itself says it runs to.
    pub fn latest(&self) -> i64 {
        let last = |d: &Deal| match d.outcome {
            Outcome::Open => d.start,
            Outcome::Won(day) | Outcome::Lost(day) => day.max(d.start),
        };
        let all = self.deals.iter().chain(&self.qualified).chain(&self.handed_off);
        all.map(last).max().unwrap_or(0)
    }

    /// The data as of `day` (the file's latest day when `None`), never before the first deal
    /// started: outcomes dated later are still open, deals started later are not yet there,
    /// and a deal still open is open at its age on that day.
    pub fn set_as_of(&mut self, day: Option<i64>) {
        let first = self.deals.iter().map(|d| d.start).min().unwrap_or(0);
        self.as_of = day.unwrap_or_else(|| self.latest()).max(first);
    }

    /// Deals alike gathered into one (their order kept by first start, outcome and end):
    /// how the import hands them over, however many rows the log had.
    pub fn gathered(mut deals: Vec<Deal>) -> Vec<Deal> {
        let key = |d: &Deal| match d.outcome {
            Outcome::Open => (d.start, 0, 0),
            Outcome::Won(day) => (d.start, 1, day),
            Outcome::Lost(day) => (d.start, 2, day),
        };
        deals.sort_unstable_by_key(key);
        let mut out: Vec<Deal> = Vec::with_capacity(deals.len());
        for d in deals {
            match out.last_mut() {
                Some(last) if key(last) == key(&d) => last.count = last.count.saturating_add(d.count),
                _ => out.push(d),
            }
        }
        out
    }

    /// Deals started by the "as of" day.
    pub fn started(&self) -> usize {
        self.deals.iter().filter(|d| d.start <= self.as_of).map(|d| d.count as usize).sum()
    }

    /// All the deals, however gathered.
    pub fn count(&self) -> usize {
        self.deals.iter().map(|d| d.count as usize).sum()
    }
}

/// Deals saved as `[start, outcome, end]` triples, with their count fourth when above 1.
mod compact {
    pub(super) use super::{from_triples as deserialize, triples as serialize};
}

fn triples<S: Serializer>(deals: &[Deal], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(deals.iter().map(|d| {
        let mut out = match d.outcome {
            Outcome::Open => vec![d.start, 0, 0],
            Outcome::Won(day) => vec![d.start, 1, day],
            Outcome::Lost(day) => vec![d.start, 2, day],
        };
        if d.count > 1 {
            out.push(i64::from(d.count));
        }
        out
    }))
}

fn from_triples<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Deal>, D::Error> {
    let rows = Vec::<Vec<i64>>::deserialize(d)?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let (&start, rest) = row.split_first()?;
            let outcome = match rest {
                [1, end, ..] => Outcome::Won(*end),
                [2, end, ..] => Outcome::Lost(*end),
                _ => Outcome::Open,
            };
            let count = rest.get(2).map_or(1, |&n| u32::try_from(n).unwrap_or(u32::MAX));
            Some(Deal::many(start, outcome, count))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::closing::Seen;

    #[test]
    fn deals_are_saved_as_triples_and_read_back() {
        let dated = Dated::new(vec![
            Deal::new(100, Outcome::Won(130)),
            Deal::new(110, Outcome::Lost(115)),
            Deal::new(140, Outcome::Open),
        ]);
        // The latest day anything happened: the open deal started on day 140.
        assert_eq!(dated.as_of, 140);
        let json = serde_json::to_string(&dated).unwrap();
        assert_eq!(json, r#"{"as_of":140,"deals":[[100,1,130],[110,2,115],[140,0,0]]}"#);
        assert_eq!(serde_json::from_str::<Dated>(&json).unwrap(), dated);
    }

    #[test]
    fn deals_alike_are_gathered_and_saved_with_their_count() {
        let deals = Dated::gathered(vec![
            Deal::new(140, Outcome::Open),
            Deal::new(100, Outcome::Won(130)),
            Deal::many(140, Outcome::Open, 2),
            Deal::new(100, Outcome::Won(131)),
            Deal::new(100, Outcome::Won(130)),
        ]);
        assert_eq!(
            deals,
            [
                Deal::many(100, Outcome::Won(130), 2),
                Deal::new(100, Outcome::Won(131)),
                Deal::many(140, Outcome::Open, 3)
            ]
        );
        let dated = Dated::new(deals);
        assert_eq!((dated.count(), dated.started()), (6, 6));
        let json = serde_json::to_string(&dated).unwrap();
        assert_eq!(json, r#"{"as_of":140,"deals":[[100,1,130,2],[100,1,131],[140,0,0,3]]}"#);
        assert_eq!(serde_json::from_str::<Dated>(&json).unwrap(), dated);
        // A saved row too short to read is left out, not an error.
        let odd: Dated = serde_json::from_str(r#"{"as_of":1,"deals":[[],[5],[5,1,9]]}"#).unwrap();
        assert_eq!(odd.deals, [Deal::new(5, Outcome::Open), Deal::new(5, Outcome::Won(9))]);
    }

    #[test]
    fn the_day_the_data_is_as_of_can_be_moved_but_not_before_the_first_deal() {
        let mut dated = Dated::new(vec![Deal::new(100, Outcome::Won(130)), Deal::new(140, Outcome::Open)]);
        assert_eq!((dated.as_of, dated.started()), (140, 2));
        // Exported a week after the last event: the open deal is 14 days old, not 0.
        dated.set_as_of(Some(147));
        assert_eq!(dated.deals[1].seen(dated.as_of), Some(Seen::Open(7)));
        // As of day 120: the deal of day 140 hadn't started, and day 130's win hadn't come.
        dated.set_as_of(Some(120));
        assert_eq!((dated.started(), dated.deals[0].seen(dated.as_of)), (1, Some(Seen::Open(20))));
        // Before the first deal: held at day 100; none given: back to the file's latest.
        dated.set_as_of(Some(50));
        assert_eq!(dated.as_of, 100);
        dated.set_as_of(None);
        assert_eq!(dated.as_of, 140);
    }
}
