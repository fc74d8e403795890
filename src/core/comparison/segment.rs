//! Segments: one campaign, ad set, ad or period of imported data, with exact money, summable
//! into a total, and turned into a [`LadderInput`] like the typed form.

use serde::{Deserialize, Serialize};

use crate::core::basics::dates::Period;
use crate::core::basics::money::Money;
use crate::core::closing::Closing;
use crate::core::ladder::{compute, Entry, Ladder, LadderInput, MetricId, Value};
use crate::core::message::{Arg, Id, Message};

/// One imported row group: a name, an optional period, and whatever counts it has.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Segment {
    pub name: String,
    pub period: Option<Period>,
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

/// The segment table's columns that can be sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Spend,
    Started,
    Metric(MetricId),
}

/// One row of the segment table: the segment's index and its key metrics.
#[derive(Clone, Debug, PartialEq)]
pub struct SegmentRow {
    pub index: usize,
    pub name: String,
    pub period: Option<Period>,
    pub spend: Option<f64>,
    pub started: Option<u64>,
    pub metrics: Vec<(MetricId, Value)>,
    /// What its CAC counts while its deals are still closing (none: they have had time).
    pub closing: Option<Closing>,
}

/// Whether any row belongs to a period: the table's period column is left out otherwise (a
/// column of dashes).
pub fn any_period(rows: &[SegmentRow]) -> bool {
    rows.iter().any(|r| r.period.is_some())
}

/// The metrics the segment table compares: the cheapest message is not the cheapest customer.
pub const SEGMENT_METRICS: [MetricId; 5] = [
    MetricId::CostPerMessage,
    MetricId::CostPerQualified,
    MetricId::CostPerHandoff,
    MetricId::Cac,
    MetricId::Roas,
];

/// Under a long segment table: "Showing 50 of 60 segments in this order." (The table's
/// footnote on other acquisition cost is `cmp-other-cost-note`.)
pub fn showing(shown: usize, total: usize) -> Message {
    Message::of(Id::CmpShowing)
        .with("shown", Arg::Count(shown as u64))
        .with("count", Arg::Count(total as u64))
}

/// The account's other acquisition cost, split across segments by their share of spend
/// (exactly: the parts add up to the whole). Blank or unusable stays so for every segment;
/// with no spend anywhere there is nothing to split by, so it is left out.
pub fn spread_other_cost(segments: &[Segment], other_cost: Entry<Money>) -> Vec<Entry<Money>> {
    match other_cost {
        Entry::Given(amount) => {
            let spends: Vec<Money> = segments.iter().map(|s| s.spend.unwrap_or(Money::ZERO)).collect();
            match amount.spread(&spends) {
                Some(parts) => parts.into_iter().map(Entry::Given).collect(),
                None => vec![Entry::Missing; segments.len()],
            }
        }
        other => vec![other; segments.len()],
    }
}

/// Each segment's ladder, with its share of the account's other cost (see
/// [`spread_other_cost`]): what the segment table, the comparisons and imported periods read.
pub fn segment_ladders(segments: &[Segment], other_cost: Entry<Money>) -> Vec<Ladder> {
    let shares = spread_other_cost(segments, other_cost);
    segments.iter().zip(shares).map(|(s, other)| compute(&s.to_input(other))).collect()
}

/// Every segment's row, sorted by `key`; rows without a value for the key go last. The
/// account's `other_cost` is spread across segments by spend ([`spread_other_cost`]).
pub fn segment_rows(
    segments: &[Segment],
    closing: &[Option<Closing>],
    other_cost: Entry<Money>,
    key: SortKey,
    descending: bool,
) -> Vec<SegmentRow> {
    let mut rows: Vec<SegmentRow> = segments
        .iter()
        .zip(segment_ladders(segments, other_cost))
        .enumerate()
        .map(|(index, (s, ladder))| SegmentRow {
            index,
            name: s.name.clone(),
            period: s.period.clone(),
            spend: s.spend.map(Money::as_f64),
            started: s.started,
            metrics: SEGMENT_METRICS.iter().map(|id| (*id, ladder.metric(*id))).collect(),
            closing: closing.get(index).copied().flatten(),
        })
        .collect();
    let value = |row: &SegmentRow| -> Option<f64> {
        match key {
            SortKey::Name => None,
            SortKey::Spend => row.spend,
            SortKey::Started => row.started.map(|c| c as f64),
            SortKey::Metric(id) => row.metrics.iter().find(|(m, _)| *m == id).and_then(|(_, v)| v.known()),
        }
    };
    rows.sort_by(|a, b| {
        if key == SortKey::Name {
            let order = a.name.to_lowercase().cmp(&b.name.to_lowercase());
            return if descending { order.reverse() } else { order };
        }
        match (value(a), value(b)) {
            (Some(x), Some(y)) => {
                let order = x.total_cmp(&y);
                if descending {
                    order.reverse()
                } else {
                    order
                }
            }
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
    });
    rows
}

#[cfg(test)]
mod table_tests {
    use super::*;

    fn s(name: &str, spend: i64, started: u64, qualified: u64, customers: u64) -> Segment {
        Segment {
            name: name.into(),
            spend: Some(Money::from_units(spend)),
            started: Some(started),
            replies: Some(started),
            qualified: Some(qualified),
            handoffs: Some(qualified),
            customers: Some(customers),
            ..Default::default()
        }
    }

    #[test]
    fn cheapest_message_is_not_cheapest_customer() {
        // A: 100 / 100 = 1.00 per message, 100 / 1 = 100 per customer.
        // B: 300 / 100 = 3.00 per message, 300 / 10 = 30 per customer. C has no customers.
        let segments = [s("A", 100, 100, 5, 1), s("B", 300, 100, 40, 10), s("C", 50, 10, 0, 0)];
        let by_message =
            segment_rows(&segments, &[], Entry::Missing, SortKey::Metric(MetricId::CostPerMessage), false);
        assert_eq!(by_message.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["A", "B", "C"]);
        let by_cac = segment_rows(&segments, &[], Entry::Missing, SortKey::Metric(MetricId::Cac), false);
        assert_eq!(
            by_cac.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
            ["B", "A", "C"],
            "no CAC goes last"
        );
        let by_name = segment_rows(&segments, &[], Entry::Missing, SortKey::Name, true);
        assert_eq!(by_name.iter().map(|r| r.index).collect::<Vec<_>>(), [2, 1, 0]);
        let said = |shown, total| crate::core::message::english(&showing(shown, total));
        assert_eq!(said(50, 60), "Showing 50 of 60 segments in this order.");
        assert_eq!(said(1, 1), "Showing 1 of 1 segment in this order.");
    }

    fn cac(row: &SegmentRow) -> Option<f64> {
        row.metrics.iter().find(|(id, _)| *id == MetricId::Cac).and_then(|(_, v)| v.known())
    }

    #[test]
    fn other_cost_is_spread_by_share_of_spend() {
        // 400 other cost over spends 100 and 300: 100 and 300 of it.
        // A: (100 + 100) / 1 = 200; B: (300 + 300) / 10 = 60. Before, each took all 400:
        // 500 and 70, and the segments' costs added up to 1,200 for an account of 800.
        let segments = [s("A", 100, 100, 5, 1), s("B", 300, 100, 40, 10)];
        let rows = segment_rows(&segments, &[], Entry::Given(Money::from_units(400)), SortKey::Name, false);
        assert_eq!(rows.iter().map(cac).collect::<Vec<_>>(), [Some(200.0), Some(60.0)]);
        let shares = spread_other_cost(&segments, Entry::Given(Money::from_units(400)));
        assert_eq!(shares, [Entry::Given(Money::from_units(100)), Entry::Given(Money::from_units(300))]);
        // Blank and unusable stay so; no spend anywhere leaves it out.
        assert_eq!(spread_other_cost(&segments, Entry::Invalid), [Entry::Invalid, Entry::Invalid]);
        let no_spend = [Segment { name: "x".into(), started: Some(3), ..Default::default() }];
        assert_eq!(spread_other_cost(&no_spend, Entry::Given(Money::from_units(9))), [Entry::Missing]);
    }
}
