//! Properties of the segment and period comparisons over arbitrary numbers: the period split
//! always adds up to the change to the cent, a budget move of nothing (or between identical
//! segments at today's prices) changes nothing, funnel-plot limits widen as volume shrinks,
//! and a spread of money adds up exactly.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use messaging_ladder::core::basics::money::Money;
use messaging_ladder::core::basics::number::DecimalSep;
use messaging_ladder::core::comparison::budget::shift;
use messaging_ladder::core::comparison::funnel_plot::{limits, Z95, Z998};
use messaging_ladder::core::comparison::period_split::split;
use messaging_ladder::core::comparison::segment::Segment;
use messaging_ladder::core::ladder::fields::{parse_form, Field, FormText};
use messaging_ladder::core::ladder::{compute, Entry, Ladder};

/// Counts that shrink stage by stage down to at least one customer, and a spend.
fn period() -> impl Strategy<Value = (u64, [u64; 5], u64)> {
    (1u64..10_000_000, 1u64..5_000, 0u64..100_000).prop_flat_map(|(spend, customers, other)| {
        (Just(spend), Just(customers), 0u64..1_000, 0u64..1_000, 0u64..1_000, 0u64..1_000, Just(other))
            .prop_map(|(spend, c, a, b, d, e, other)| {
                (spend, [c + a + b + d + e, c + a + b + d, c + a + b, c + a, c], other)
            })
    })
}

fn ladder((spend, counts, other): (u64, [u64; 5], u64)) -> Ladder {
    let fields = [Field::Started, Field::Replies, Field::Qualified, Field::Handoffs, Field::Customers];
    let mut form =
        FormText::default().with(Field::Spend, &spend.to_string()).with(Field::OtherCost, &other.to_string());
    for (field, count) in fields.iter().zip(counts) {
        form.set(*field, count.to_string());
    }
    compute(&parse_form(&form, DecimalSep::Dot).input)
}

fn segment(name: &str, spend: u64, counts: [u64; 5]) -> Segment {
    Segment {
        name: name.into(),
        spend: Some(Money::from_units(spend as i64)),
        started: Some(counts[0]),
        replies: Some(counts[1]),
        qualified: Some(counts[2]),
        handoffs: Some(counts[3]),
        customers: Some(counts[4]),
        ..Default::default()
    }
}

proptest! {
    #[test]
    fn the_period_split_adds_up_to_the_change_to_the_cent(a in period(), b in period()) {
        let s = split(&ladder(a), &ladder(b)).expect("complete periods split");
        let cents: i64 = s.parts.iter().map(|p| (p.amount * 100.0).round() as i64).sum();
        prop_assert_eq!(cents, ((s.cac_after - s.cac_before) * 100.0).round() as i64);
        let terms: f64 = s.parts.iter().map(|p| p.log_term).sum();
        prop_assert!((terms - (s.cac_after / s.cac_before).ln()).abs() < 1e-9);
    }

    #[test]
    fn a_budget_move_of_nothing_changes_nothing(a in period(), b in period(), k in 0.0f64..1.0) {
        let segments = [segment("A", a.0, a.1), segment("B", b.0, b.1)];
        let now = shift(&segments, 0, 0, 0.0, k, Entry::Missing).unwrap();
        let moved = shift(&segments, 0, 1, 0.0, k, Entry::Missing).unwrap();
        prop_assert_eq!(now, moved);
    }

    #[test]
    fn a_move_between_identical_segments_changes_nothing_at_todays_prices_and_never_gains(
        a in period(), share in 0.0f64..1.0, k in 0.01f64..1.0,
    ) {
        let twins = [segment("A", a.0, a.1), segment("B", a.0, a.1)];
        let amount = a.0 as f64 * share;
        let before = shift(&twins, 0, 1, 0.0, 0.0, Entry::Missing).unwrap();
        let linear = shift(&twins, 0, 1, amount, 0.0, Entry::Missing).unwrap();
        prop_assert!((linear.customers - before.customers).abs() < 1e-6 * before.customers.max(1.0));
        let rising = shift(&twins, 0, 1, amount, k, Entry::Missing).unwrap();
        prop_assert!(rising.customers <= before.customers * (1.0 + 1e-12));
    }

    #[test]
    fn funnel_limits_widen_as_volume_shrinks(pooled in 0.0f64..1.0, small in 1u64..10_000, extra in 1u64..10_000) {
        for z in [Z95, Z998] {
            let (lo_small, hi_small) = limits(pooled, small, z);
            let (lo_big, hi_big) = limits(pooled, small + extra, z);
            prop_assert!(lo_small <= lo_big + 1e-12 && hi_small + 1e-12 >= hi_big);
            prop_assert!((0.0..=1.0).contains(&lo_small) && (0.0..=1.0).contains(&hi_small));
        }
    }

    #[test]
    fn a_spread_adds_up_exactly(amount in 0i64..1_000_000_000_000, weights in proptest::collection::vec(0i64..1_000_000_000, 1..20)) {
        let weights: Vec<Money> = weights.into_iter().map(Money).collect();
        match Money(amount).spread(&weights) {
            Some(parts) => {
                prop_assert_eq!(parts.iter().map(|m| m.0).sum::<i64>(), amount);
                prop_assert!(parts.iter().zip(&weights).all(|(p, w)| w.0 > 0 || p.0 == 0));
            }
            None => prop_assert!(weights.iter().all(|w| w.0 == 0)),
        }
    }
}
