//! Segments: one campaign, ad set, ad or period of imported data, with exact money, summable
//! into a total, and turned into a [`LadderInput`] like the typed form.

use serde::{Deserialize, Serialize};

use super::ladder::{Entry, LadderInput};
use super::money::Money;

/// One imported row group: a name, an optional period, and whatever counts it has.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Segment {
    pub name: String,
    pub period: Option<String>,
    pub spend: Option<Money>,
    pub started: Option<u64>,
    pub replies: Option<u64>,
    pub qualified: Option<u64>,
    pub handoffs: Option<u64>,
    pub customers: Option<u64>,
    pub revenue: Option<Money>,
    pub impressions: Option<u64>,
    pub link_clicks: Option<u64>,
}

fn add_count(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (None, None) => None,
        (a, b) => Some(a.unwrap_or(0).saturating_add(b.unwrap_or(0))),
    }
}

fn add_money(a: Option<Money>, b: Option<Money>) -> Option<Money> {
    match (a, b) {
        (None, None) => None,
        (a, b) => Some(Money(a.unwrap_or(Money::ZERO).0.saturating_add(b.unwrap_or(Money::ZERO).0))),
    }
}

impl Segment {
    /// Adds another segment's numbers to this one (a blank plus a number is that number).
    pub fn absorb(&mut self, other: &Segment) {
        self.spend = add_money(self.spend, other.spend);
        self.started = add_count(self.started, other.started);
        self.replies = add_count(self.replies, other.replies);
        self.qualified = add_count(self.qualified, other.qualified);
        self.handoffs = add_count(self.handoffs, other.handoffs);
        self.customers = add_count(self.customers, other.customers);
        self.revenue = add_money(self.revenue, other.revenue);
        self.impressions = add_count(self.impressions, other.impressions);
        self.link_clicks = add_count(self.link_clicks, other.link_clicks);
    }

    /// The ladder input for this segment; other acquisition cost comes from the workspace.
    pub fn to_input(&self, other_cost: Entry<Money>) -> LadderInput {
        fn entry<T>(v: Option<T>) -> Entry<T> {
            v.map_or(Entry::Missing, Entry::Given)
        }
        LadderInput {
            spend: entry(self.spend),
            started: entry(self.started),
            replies: entry(self.replies),
            qualified: entry(self.qualified),
            handoffs: entry(self.handoffs),
            customers: entry(self.customers),
            revenue: entry(self.revenue),
            impressions: entry(self.impressions),
            link_clicks: entry(self.link_clicks),
            other_cost,
        }
    }
}

/// All segments added up, named "Total".
pub fn total(segments: &[Segment]) -> Segment {
    let mut sum = Segment { name: "Total".to_string(), ..Segment::default() };
    for s in segments {
        sum.absorb(s);
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_are_exact_and_blank_stays_blank() {
        let a = Segment {
            name: "A".into(),
            spend: Some(Money::from_cents(10)),
            started: Some(3),
            ..Default::default()
        };
        let b = Segment {
            name: "B".into(),
            spend: Some(Money::from_cents(20)),
            replies: Some(2),
            ..Default::default()
        };
        let t = total(&[a, b]);
        assert_eq!(t.spend, Some(Money::from_cents(30)));
        assert_eq!((t.started, t.replies, t.customers), (Some(3), Some(2), None));
        assert_eq!(t.to_input(Entry::Missing).customers, Entry::Missing);
    }
}
