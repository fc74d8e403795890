//! Cheap message, expensive customer: imported segments ranked by cost per message beside
//! their ranks further down the ladder (cost per qualified conversation, per handoff, CAC,
//! ROAS), and every rank inversion said in words with the user's numbers. Honest: a segment
//! with fewer conversations than the minimum volume is shown but not ranked, and where two
//! segments' customers per conversation can't be told apart (their 95% intervals overlap)
//! the sentence says so instead of claiming an order.

use crate::core::basics::money::Money;
use crate::core::basics::stats::{wilson, Z95};
use crate::core::closing::Closing;
use crate::core::comparison::segment::{segment_ladders, Segment};
use crate::core::comparison::words::series;
use crate::core::ladder::{Entry, MetricId};
use crate::core::message::{Arg, Id, Message};

pub mod chart;

/// The metrics segments are ranked by, cost per message first. Lower is better but for ROAS.
pub const RANKED: [MetricId; 5] = [
    MetricId::CostPerMessage,
    MetricId::CostPerQualified,
    MetricId::CostPerHandoff,
    MetricId::Cac,
    MetricId::Roas,
];

/// One segment as the comparison sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    /// Its index in the workspace's segments.
    pub index: usize,
    pub name: String,
    pub spend: Option<f64>,
    pub started: Option<u64>,
    pub customers: Option<u64>,
    /// The value of each of [`RANKED`], when known.
    pub values: [Option<f64>; 5],
    /// Its rank (1 = best) by each of [`RANKED`]; `None` when it isn't ranked or has no value.
    pub ranks: [Option<usize>; 5],
    /// Enough conversations to be ranked.
    pub ranked: bool,
    /// What its CAC counts while some of its deals are still closing.
    pub closing: Option<Closing>,
}

impl Ranked {
    fn cost_per_message(&self) -> Option<f64> {
        self.values[0]
    }
    fn cac(&self) -> Option<f64> {
        self.values[3]
    }
    /// 95% interval of customers per conversation started.
    fn customer_rate(&self) -> Option<(f64, f64)> {
        wilson(self.customers?, self.started?, Z95)
    }
}

/// The comparison: the segments with their ranks, the sentences, and who wasn't ranked.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub segments: Vec<Ranked>,
    /// The headline inversion first, then one per segment whose messages are cheaper than a
    /// segment whose customers are cheaper.
    pub inversions: Vec<Message>,
    /// Segments below the minimum volume, named.
    pub unranked: Option<Message>,
    /// Which periods' CAC counts customers projected or only so far (time to close).
    pub closing: Option<Message>,
}

/// Ranks the segments. `other_cost` is the account's, spread by share of spend; `closing`
/// says, by segment, what its customers count while its deals are still closing.
pub fn compare(
    segments: &[Segment],
    closing: &[Option<Closing>],
    other_cost: Entry<Money>,
    min_volume: u64,
) -> Comparison {
    let mut rows: Vec<Ranked> = segments
        .iter()
        .zip(segment_ladders(segments, other_cost))
        .enumerate()
        .map(|(index, (s, ladder))| Ranked {
            index,
            name: s.name.clone(),
            spend: s.spend.map(Money::as_f64),
            started: s.started,
            customers: s.customers,
            values: RANKED.map(|id| ladder.metric(id).known()),
            ranks: [None; 5],
            ranked: s.started.is_some_and(|n| n >= min_volume.max(1)),
            closing: closing.get(index).copied().flatten(),
        })
        .collect();
    for (m, id) in RANKED.iter().enumerate() {
        let mut order: Vec<(usize, f64)> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.ranked)
            .filter_map(|(i, r)| Some((i, r.values[m]?)))
            .collect();
        order.sort_by(|a, b| if id.lower_is_better() { a.1.total_cmp(&b.1) } else { b.1.total_cmp(&a.1) });
        for (rank, (i, _)) in order.into_iter().enumerate() {
            rows[i].ranks[m] = Some(rank + 1);
        }
    }
    let below: Vec<Message> = rows
        .iter()
        .filter(|r| !r.ranked)
        .map(|r| Message::of(Id::CmpQuoted).with("name", Arg::Text(r.name.clone())))
        .collect();
    let unranked = (!below.is_empty()).then(|| {
        Message::of(Id::CmpNotRanked)
            .with("count", Arg::Count(min_volume))
            .with("names", series(below, Id::DxListComma))
    });
    let inversions = inversions(&rows);
    Comparison { segments: rows, inversions, unranked, closing: None }
}

/// Whether two segments' customers per conversation can be told apart: their 95% intervals
/// don't overlap.
fn apart(a: &Ranked, b: &Ranked) -> bool {
    match (a.customer_rate(), b.customer_rate()) {
        (Some((lo_a, hi_a)), Some((lo_b, hi_b))) => hi_a < lo_b || hi_b < lo_a,
        _ => false,
    }
}

/// For each ranked segment (cheapest messages first), the segment with dearer messages and
/// the cheapest customers, when its customers are cheaper: an inversion. Strongest first (the
/// largest ratio of customer costs; those whose customer rates can't be told apart last), and
/// only where both costs differ to the cent: "$3.88 against $3.88" is no finding.
fn inversions(rows: &[Ranked]) -> Vec<Message> {
    let cents = |v: Option<f64>| (v.unwrap_or(0.0) * 100.0).round();
    let mut ranked: Vec<&Ranked> =
        rows.iter().filter(|r| r.ranked && r.cost_per_message().is_some() && r.cac().is_some()).collect();
    ranked
        .sort_by(|a, b| a.cost_per_message().unwrap_or(0.0).total_cmp(&b.cost_per_message().unwrap_or(0.0)));
    let dearest_customers = ranked.iter().map(|r| r.cac().unwrap_or(0.0)).fold(f64::MIN, f64::max);
    let mut out = Vec::new();
    for (i, a) in ranked.iter().enumerate() {
        let partner = ranked[i + 1..]
            .iter()
            .filter(|b| {
                cents(b.cost_per_message()) > cents(a.cost_per_message()) && cents(b.cac()) < cents(a.cac())
            })
            .min_by(|x, y| x.cac().unwrap_or(0.0).total_cmp(&y.cac().unwrap_or(0.0)));
        let Some(b) = partner else { continue };
        let (cpm_a, cac_a) = (a.cost_per_message().unwrap_or(0.0), a.cac().unwrap_or(0.0));
        let (cpm_b, cac_b) = (b.cost_per_message().unwrap_or(0.0), b.cac().unwrap_or(0.0));
        let strength = if apart(a, b) { cac_a / cac_b } else { 0.0 };
        let id = if !apart(a, b) {
            Id::CmpInversionUnclear
        } else if i == 0 && cac_a >= dearest_customers {
            Id::CmpInversionCheapest
        } else {
            Id::CmpInversion
        };
        let said = Message::of(id)
            .with("name", Arg::Text(a.name.clone()))
            .with("other", Arg::Text(b.name.clone()))
            .with("message", Arg::Money(cpm_a))
            .with("customer", Arg::Money(cac_a));
        let said = match id {
            Id::CmpInversionUnclear => {
                said.with("other-message", Arg::Money(cpm_b)).with("other-customer", Arg::Money(cac_b))
            }
            Id::CmpInversionCheapest => said.with("times", Arg::Multiple(cac_a / cac_b)),
            _ => said.with("other-message", Arg::Money(cpm_b)).with("times", Arg::Multiple(cac_a / cac_b)),
        };
        out.push((strength, said));
    }
    out.sort_by(|x, y| y.0.total_cmp(&x.0));
    out.into_iter().map(|(_, s)| s).collect()
}

/// How many inversions the panel shows before "more".
pub const SHOWN_INVERSIONS: usize = 3;

/// One segment on the chart of cost per message (across) against CAC (up), sized by spend.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub name: String,
    pub cost_per_message: f64,
    pub cac: f64,
    pub spend: f64,
    /// Its position within the chart, 0–1 on each axis, and its radius as a share of the
    /// largest (by area, so area follows spend).
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub ranked: bool,
}

/// The chart's points: every segment with a cost per message and a CAC.
pub fn points(comparison: &Comparison) -> Vec<Point> {
    let known: Vec<&Ranked> =
        comparison.segments.iter().filter(|r| r.cost_per_message().is_some() && r.cac().is_some()).collect();
    let max = |f: &dyn Fn(&Ranked) -> f64| known.iter().map(|r| f(r)).fold(0.0, f64::max);
    let (max_x, max_y) = (max(&|r| r.cost_per_message().unwrap_or(0.0)), max(&|r| r.cac().unwrap_or(0.0)));
    let max_spend = max(&|r| r.spend.unwrap_or(0.0));
    let share = |v: f64, of: f64| if of > 0.0 { v / of } else { 0.0 };
    known
        .into_iter()
        .map(|r| {
            let (cpm, cac, spend) =
                (r.cost_per_message().unwrap_or(0.0), r.cac().unwrap_or(0.0), r.spend.unwrap_or(0.0));
            Point {
                name: r.name.clone(),
                cost_per_message: cpm,
                cac,
                spend,
                x: share(cpm, max_x),
                y: share(cac, max_y),
                size: share(spend, max_spend).sqrt(),
                ranked: r.ranked,
            }
        })
        .collect()
}

/// The chart's axes' largest values (cost per message across, CAC up), written at their ends:
/// the points' positions are shares of these.
pub fn axis_max(points: &[Point]) -> (f64, f64) {
    points.iter().fold((0.0, 0.0), |(x, y), p| (f64::max(x, p.cost_per_message), f64::max(y, p.cac)))
}

/// The chart's text equivalent.
pub fn points_summary(points: &[Point]) -> Message {
    let each = points
        .iter()
        .map(|p| {
            Message::of(Id::CmpPoint)
                .with("name", Arg::Text(p.name.clone()))
                .with("message", Arg::Money(p.cost_per_message))
                .with("customer", Arg::Money(p.cac))
                .with("spend", Arg::Money(p.spend))
        })
        .collect();
    Message::of(Id::CmpPointsSummary).with("points", series(each, Id::DxListSemicolon))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::text::PlainFormatter;

    /// A segment whose every step keeps all its people but the last (`customers`).
    pub(super) fn seg(name: &str, spend: i64, started: u64, customers: u64) -> Segment {
        Segment {
            name: name.into(),
            spend: Some(Money::from_units(spend)),
            started: Some(started),
            replies: Some(started),
            qualified: Some(started),
            handoffs: Some(started),
            customers: Some(customers),
            ..Default::default()
        }
    }

    fn f() -> PlainFormatter {
        PlainFormatter { currency: "USD".into() }
    }

    #[test]
    fn the_cheapest_messages_with_the_dearest_customers_are_named() {
        // Summer: 620 / 1,000 = 0.62 a message, 620 / 2 = 310 a customer.
        // Retargeting: 440 / 400 = 1.10 a message, 440 / 20 = 22 a customer; 310 / 22 = 14.09×.
        // Brand: 300 / 200 = 1.50 a message, 300 / 6 = 50 a customer.
        let segments =
            [seg("Summer", 620, 1000, 2), seg("Retargeting", 440, 400, 20), seg("Brand", 300, 200, 6)];
        let c = compare(&segments, &[], Entry::Missing, 30);
        let ranks: Vec<[Option<usize>; 5]> = c.segments.iter().map(|r| r.ranks).collect();
        // By cost per message: Summer 1, Retargeting 2, Brand 3; by CAC: Retargeting 1, Brand 2,
        // Summer 3; no revenue, so no ROAS rank.
        assert_eq!(ranks[0][0], Some(1));
        assert_eq!([ranks[0][3], ranks[1][3], ranks[2][3]], [Some(3), Some(1), Some(2)]);
        assert_eq!(ranks[0][4], None);
        let sentences: Vec<String> = c.inversions.iter().map(|s| s.render(&f())).collect();
        assert_eq!(
            sentences[0],
            "Summer has the cheapest messages (USD 0.62) and the most expensive customers (USD 310.00, 14.09× Retargeting’s)."
        );
        // Summer's 2 of 1,000 against Retargeting's 20 of 400: 95% intervals 0.05%–0.73% and
        // 3.3%–7.6%, far apart. Brand (1.50, 50) has no dearer-message partner with cheaper
        // customers, and Retargeting none either: one inversion.
        assert_eq!(sentences.len(), 1);
        assert_eq!(c.unranked, None);
        // The chart: x by the dearest message (1.50), y by the dearest customer (310), size by
        // the square root of spend over the largest (620), so area follows spend.
        let p = points(&c);
        assert_eq!((p[0].x, p[0].y, p[0].size), (0.62 / 1.5, 1.0, 1.0));
        assert!((p[2].size - (300.0f64 / 620.0).sqrt()).abs() < 1e-12);
        assert_eq!(
            points_summary(&p[..2]).render(&f()),
            "Cost per message against CAC, by segment: Summer: USD 0.62 a message, USD 310.00 a customer, USD 620.00 spent; Retargeting: USD 1.10 a message, USD 22.00 a customer, USD 440.00 spent."
        );
    }

    #[test]
    fn thin_segments_are_shown_but_not_ranked_and_overlaps_are_said() {
        // A: 100 / 100 = 1.00 a message, 100 / 4 = 25 a customer; B: 300 / 120 = 2.50 a
        // message, 300 / 15 = 20 a customer. Customers per conversation 4% (1.6%–9.8%) and
        // 12.5% (7.7%–19.6%): the intervals overlap, so no order is claimed.
        let segments = [seg("A", 100, 100, 4), seg("B", 300, 120, 15), seg("Tiny", 5, 10, 1)];
        let c = compare(&segments, &[], Entry::Missing, 30);
        assert!(!c.segments[2].ranked);
        assert_eq!(c.segments[2].ranks, [None; 5]);
        assert_eq!(
            c.unranked.as_ref().map(|u| u.render(&f())).as_deref(),
            Some("Not ranked (fewer than 30 conversations): “Tiny”.")
        );
        assert_eq!(
            c.inversions[0].render(&f()),
            "A has cheaper messages than B (USD 1.00 against USD 2.50) and looks dearer per customer (USD 25.00 against USD 20.00), but their customers per conversation can’t be told apart yet: more conversations would settle which is cheaper."
        );
    }

    #[test]
    fn other_cost_is_spread_before_ranking_and_equal_segments_invert_nothing() {
        let same = [seg("A", 100, 100, 10), seg("B", 100, 100, 10)];
        assert!(compare(&same, &[], Entry::Given(Money::from_units(50)), 30).inversions.is_empty());
        // 50 over equal spends: 25 each, so CAC (100 + 25) / 10 = 12.50 for both.
        let c = compare(&same, &[], Entry::Given(Money::from_units(50)), 30);
        assert_eq!(c.segments[0].values[3], Some(12.5));
    }
}
