//! Joining an outcome log onto ad data: spend, conversations started and delivery come from
//! the ad export; replies, qualified, handoffs, customers and revenue from the CRM or chat log.
//! Names match case- and whitespace-insensitively, and when both sides have dates, each part
//! of the log joins the ad segment of that name whose period holds it (so every month gets its
//! own outcomes). Names that don't match are listed on both sides and kept; logged
//! conversations outside every period of their name are counted and said, not joined.
//! A log with no campaign column describes the whole account: it joins the ad data's total
//! (each period's, when the ads form a sequence of periods), never a segment of its own.

use super::columns::normalize;
use super::wording::{list, msg, quoted_list, text};
use crate::core::basics::calendar::iso_date;
use crate::core::basics::dates::{period_name, Period};
use crate::core::comparison::grouping::by_period;
use crate::core::comparison::segment::{total, Segment};
use crate::core::message::{Arg, Id, Message};

/// How an outcome log meets the ad data already imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinMode {
    /// Each campaign's outcomes onto the ad segment of that name.
    ByName,
    /// The log's outcomes onto the ad data's total (a log with no campaign column, or whose
    /// names are not the ads').
    Account,
    /// The log replaces what was imported.
    Replace,
}

impl JoinMode {
    pub fn id(self) -> &'static str {
        match self {
            JoinMode::ByName => "by-name",
            JoinMode::Account => "account",
            JoinMode::Replace => "replace",
        }
    }
}

/// An ad segment with a log's outcomes: spend, conversations, delivery (and replies, when
/// the ads have them) from the ads; the later stages and revenue from the log.
pub fn with_outcomes(ad: &Segment, log: &Segment) -> Segment {
    Segment {
        replies: ad.replies.or(log.replies),
        qualified: log.qualified,
        handoffs: log.handoffs,
        customers: log.customers,
        revenue: log.revenue,
        period: ad.period.clone().or_else(|| log.period.clone()),
        ..ad.clone()
    }
}

/// An ad segment without outcomes: what it keeps when a log's outcomes are the account's,
/// not a campaign's ([`join_account`]).
pub fn ads_only(ad: &Segment) -> Segment {
    Segment { qualified: None, handoffs: None, customers: None, revenue: None, ..ad.clone() }
}

/// The days the segments span, first to last, when every one has ISO dates.
pub fn span(segments: &[Segment]) -> Option<Period> {
    let days: Vec<(i64, i64)> = segments.iter().map(|s| s.period.as_ref()?.days()).collect::<Option<_>>()?;
    let first = days.iter().map(|d| d.0).min()?;
    let last = days.iter().map(|d| d.1).max()?;
    Some(Period { start: iso_date(first), end: iso_date(last) })
}

/// The periods a whole-account log is joined onto: each period's total when the ads form a
/// sequence of periods, else one total spanning the ads' dates.
fn account_periods(ads: &[Segment]) -> Vec<Segment> {
    let periods = by_period(ads);
    if !periods.is_empty() {
        return periods;
    }
    vec![Segment { period: span(ads), ..total(ads) }]
}

/// Joins a whole-account log onto the ads' total: `segments` holds the log's outcomes
/// summed per period of the ads (see [`account_periods`]), each named "All conversations",
/// to be laid over the ads' totals with [`with_outcomes`]; parts of the log outside every
/// period are left out and said.
pub fn join_account(ads: &[Segment], log: &[Segment]) -> Joined {
    let periods = account_periods(ads);
    let all: Vec<usize> = (0..periods.len()).collect();
    let mut sums: Vec<Option<Segment>> = vec![None; periods.len()];
    let mut out = Joined::default();
    for part in log {
        match place(&periods, &all, &part.period) {
            Some(i) => match &mut sums[i] {
                Some(sum) => sum.absorb(part),
                slot => *slot = Some(part.clone()),
            },
            None => out.out_of_period.push(LeftOut {
                name: ACCOUNT.into(),
                period: part.period.clone(),
                conversations: part.started.unwrap_or(0),
                customers: part.customers.unwrap_or(0),
            }),
        }
    }
    for (period, sum) in periods.iter().zip(sums) {
        let Some(sum) = sum else { continue };
        if let (Some(logged), Some(started)) = (sum.started, period.started) {
            if logged > started {
                out.more_logged_than_started.push(period.name.clone());
            }
        }
        out.segments.push(Segment { name: ACCOUNT.into(), period: period.period.clone(), ..sum });
    }
    out
}

/// What a log's rows are called when it has no campaign column.
pub const ACCOUNT: &str = "All conversations";

/// The ad segment (of `candidates`, all of one name) that a part of the log dated `period`
/// joins: the one whose period it overlaps most (the earlier on a tie), or the only one
/// when dates can't tell; none when it falls outside them all.
fn place(ads: &[Segment], candidates: &[usize], period: &Option<Period>) -> Option<usize> {
    match candidates {
        [] => None,
        [only] if overlap(&ads[*only].period, period).is_none() => Some(*only),
        _ => candidates
            .iter()
            .filter_map(|i| Some((*i, overlap(&ads[*i].period, period)?)))
            .filter(|(_, days)| *days > 0)
            .max_by_key(|(i, days)| (*days, std::cmp::Reverse(*i)))
            .map(|(i, _)| i),
    }
}

/// The joined segments and what found no partner.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Joined {
    pub segments: Vec<Segment>,
    /// Ad segments with no outcomes in the log.
    pub unmatched_ads: Vec<String>,
    /// Log segments with no ad data.
    pub unmatched_outcomes: Vec<String>,
    /// Matched names where the log has more conversations than the ads started.
    pub more_logged_than_started: Vec<String>,
    /// Parts of the log whose name matched but whose dates fall in none of that name's
    /// periods (or that have no date while the ad data has several periods), left out.
    pub out_of_period: Vec<LeftOut>,
    /// Distinct names in the log, and how many of them matched.
    pub names: (usize, usize),
}

/// Logged conversations left out of a join: whose, when, how many, and customers among them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub name: String,
    pub period: Option<Period>,
    pub conversations: u64,
    pub customers: u64,
}

/// Days two periods share (0 when either has no ISO dates).
fn overlap(a: &Option<Period>, b: &Option<Period>) -> Option<i64> {
    let ((a0, a1), (b0, b1)) = (a.as_ref()?.days()?, b.as_ref()?.days()?);
    Some((a1.min(b1) - a0.max(b0) + 1).max(0))
}

/// Joins `outcomes` onto `ads` by name and period.
pub fn join(ads: &[Segment], outcomes: &[Segment]) -> Joined {
    let keys: Vec<String> = ads.iter().map(|a| normalize(&a.name)).collect();
    let mut logged: Vec<Option<Segment>> = vec![None; ads.len()];
    let mut joined = Joined::default();
    let mut names: Vec<(String, bool)> = Vec::new();
    for o in outcomes {
        let key = normalize(&o.name);
        let candidates: Vec<usize> = (0..ads.len()).filter(|i| keys[*i] == key).collect();
        let target = place(ads, &candidates, &o.period);
        match names.iter_mut().find(|(k, _)| *k == key) {
            Some(n) => n.1 |= !candidates.is_empty(),
            None => names.push((key, !candidates.is_empty())),
        }
        match target {
            Some(i) => match &mut logged[i] {
                Some(sum) => sum.absorb(o),
                slot => *slot = Some(o.clone()),
            },
            None if candidates.is_empty() => {
                joined.unmatched_outcomes.push(o.name.clone());
                joined.segments.push(o.clone());
            }
            None => joined.out_of_period.push(LeftOut {
                name: o.name.clone(),
                period: o.period.clone(),
                conversations: o.started.unwrap_or(0),
                customers: o.customers.unwrap_or(0),
            }),
        }
    }
    let kept = std::mem::take(&mut joined.segments);
    for (ad, log) in ads.iter().zip(logged) {
        let Some(o) = log else {
            joined.unmatched_ads.push(ad.name.clone());
            joined.segments.push(ad.clone());
            continue;
        };
        if let (Some(logged), Some(started)) = (o.started, ad.started) {
            if logged > started {
                joined.more_logged_than_started.push(ad.name.clone());
            }
        }
        joined.segments.push(with_outcomes(ad, &o));
    }
    joined.unmatched_ads.dedup();
    joined.segments.extend(kept);
    joined.names = (names.len(), names.iter().filter(|n| n.1).count());
    joined
}

impl Joined {
    /// What joining by name would do: how many names match, the names on either side that
    /// don't, and what falls outside the periods.
    pub fn preview_lines(&self) -> Vec<Message> {
        let (names, matched) = self.names;
        let mut lines = vec![Message::of(Id::ImpJoinNamesMatch)
            .with("matched", Arg::Count(matched as u64))
            .with("total", Arg::Count(names as u64))];
        if !self.unmatched_ads.is_empty() {
            lines.push(Message::of(Id::ImpJoinNoOutcomes).with("names", quoted_list(&self.unmatched_ads)));
        }
        if !self.unmatched_outcomes.is_empty() {
            lines.push(Message::of(Id::ImpJoinNoAds).with("names", quoted_list(&self.unmatched_outcomes)));
        }
        self.period_lines(&mut lines);
        lines
    }

    /// What joining onto the ads' total would do ([`join_account`]).
    pub fn account_lines(&self) -> Vec<Message> {
        let mut lines = vec![Message::of(Id::ImpJoinAccount)];
        self.period_lines(&mut lines);
        lines
    }

    fn period_lines(&self, lines: &mut Vec<Message>) {
        if !self.out_of_period.is_empty() {
            let conversations: u64 = self.out_of_period.iter().map(|l| l.conversations).sum();
            let customers: u64 = self.out_of_period.iter().map(|l| l.customers).sum();
            let parts = self.out_of_period.iter().map(|l| {
                let part = match &l.period {
                    Some(p) => Message::of(Id::ImpJoinPartIn).with("period", msg(period_name(p))),
                    None => Message::of(Id::ImpJoinPartUndated),
                };
                msg(part.with("name", text(&l.name)).with("conversations", Arg::Count(l.conversations)))
            });
            let customers = Message::of(Id::ImpJoinCustomers).with("count", Arg::Count(customers));
            lines.push(
                Message::of(Id::ImpJoinOutOfPeriod)
                    .with("conversations", Arg::Count(conversations))
                    .with("customers", msg(customers))
                    .with("parts", list(parts)),
            );
        }
        if !self.more_logged_than_started.is_empty() {
            lines.push(
                Message::of(Id::ImpJoinMoreLogged).with("names", quoted_list(&self.more_logged_than_started)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::money::Money;
    use crate::core::message::english;

    #[test]
    fn joins_on_name_ignoring_case_and_spaces_and_lists_the_rest() {
        let ads = [
            Segment {
                name: "Quotes  A".into(),
                spend: Some(Money::from_units(300)),
                started: Some(100),
                ..Default::default()
            },
            Segment {
                name: "Brand".into(),
                spend: Some(Money::from_units(50)),
                started: Some(20),
                ..Default::default()
            },
        ];
        let outcomes = [
            Segment {
                name: "quotes a".into(),
                started: Some(3),
                replies: Some(3),
                qualified: Some(2),
                customers: Some(1),
                revenue: Some(Money::from_units(1200)),
                ..Default::default()
            },
            Segment { name: "Quotes C".into(), started: Some(4), replies: Some(2), ..Default::default() },
        ];
        let j = join(&ads, &outcomes);
        assert_eq!(j.unmatched_ads, ["Brand"]);
        assert_eq!(j.unmatched_outcomes, ["Quotes C"]);
        let a = &j.segments[0];
        assert_eq!(
            (a.name.as_str(), a.spend, a.started, a.qualified, a.customers),
            ("Quotes  A", Some(Money::from_units(300)), Some(100), Some(2), Some(1))
        );
        assert_eq!(j.segments.len(), 3);
        assert!(j.more_logged_than_started.is_empty());
        assert_eq!(
            j.preview_lines().iter().map(english).collect::<Vec<_>>(),
            [
                "1 of 2 names match the ad data.",
                "No outcomes for: “Brand”.",
                "No ad data for: “Quotes C” (kept as their own segments; fix the names to join them).",
            ]
        );
    }

    fn dated(name: &str, start: &str, end: &str, started: u64, customers: u64) -> Segment {
        Segment {
            name: name.into(),
            period: Some(Period::new(start, end)),
            started: Some(started),
            customers: Some(customers),
            ..Default::default()
        }
    }

    #[test]
    fn each_part_of_the_log_joins_the_period_that_holds_it() {
        let with_spend = |mut s: Segment| {
            s.spend = Some(Money::from_units(100));
            s
        };
        let ads = [
            with_spend(dated("A", "2026-10-01", "2026-10-31", 500, 0)),
            with_spend(dated("A", "2026-11-01", "2026-11-30", 600, 0)),
        ];
        let log = [
            dated("a", "2026-11-01", "2026-11-30", 40, 4),
            dated("A", "2026-10-01", "2026-10-31", 30, 3),
            dated("A", "2026-09-01", "2026-09-30", 7, 1),
        ];
        let j = join(&ads, &log);
        assert_eq!((j.segments[0].customers, j.segments[1].customers), (Some(3), Some(4)));
        assert_eq!((j.segments[0].started, j.segments[1].started), (Some(500), Some(600)), "from the ads");
        assert_eq!(
            j.out_of_period,
            [LeftOut {
                name: "A".into(),
                period: Some(Period::new("2026-09-01", "2026-09-30")),
                conversations: 7,
                customers: 1
            }]
        );
        // Ad data added up over the two months takes both months of the log, added up.
        let whole = [with_spend(dated("A", "2026-10-03", "2026-11-28", 1100, 0))];
        let j = join(&whole, &log[..2]);
        assert_eq!((j.segments[0].customers, j.out_of_period.len()), (Some(7), 0));
        // An undated log can't be placed in one of several months: said, not guessed.
        let undated =
            [Segment { name: "A".into(), started: Some(9), customers: Some(2), ..Default::default() }];
        let j = join(&ads, &undated);
        assert_eq!(
            (j.out_of_period.len(), j.unmatched_ads.as_slice()),
            (1, ["A".to_string()].as_slice()),
            "listed once"
        );
        let lines: Vec<String> = j.preview_lines().iter().map(english).collect();
        assert!(lines[2].contains("“A” with no date (9)"), "{lines:?}");
        // …but joins the one segment of its name when there is just one.
        let j = join(&whole, &undated);
        assert_eq!(j.segments[0].customers, Some(2));
    }
}
