//! What a cohort's customers cost and bring: its period's all-in cost over the customers won
//! so far and over those it is projected to end with, its revenue so far and grown as its
//! wins are projected to grow, each with the range the projection's interval gives; and the
//! customers it is projected to end with. Cost and revenue only for cohorts that are the
//! periods the ad data was grouped by.

use super::cohorts::CohortRow;
use crate::core::message::{Arg, Id, Message};

/// An imported period's first day, all-in cost and revenue (when the data has it): what the
/// cohort of deals started in the same period cost and brought.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PeriodMoney {
    pub first: i64,
    pub cost: f64,
    pub revenue: Option<f64>,
}

/// The customers `row` is projected to end with and their range ("17 (10–24)"), or its
/// customers when it can be judged.
pub fn projected_customers(row: &CohortRow) -> Message {
    let deals = row.deals as f64;
    let count = |v: f64| Arg::Count(v.round().max(0.0) as u64);
    match row.projection {
        Ok(p) if !row.mature => Message::of(Id::ClosingCustomersProjected)
            .with("customers", count(p.wins))
            .with("low", count(p.low * deals))
            .with("high", count(p.high * deals)),
        Ok(_) => Message::of(Id::ClosingCustomers).with("customers", Arg::Count(row.wins)),
        Err(_) => Message::of(Id::ClosingCacNotProjected),
    }
}

/// The revenue of `row`'s period, `revenue` so far; projected, grown as its wins are
/// projected to grow (`revenue × final wins ÷ wins so far`, its range from the interval's
/// ends), so a customer still to come brings what one so far brought on average. A cohort
/// that can be judged has its revenue as it is, as it has its customers.
pub fn cohort_revenue(row: &CohortRow, revenue: f64) -> SoFarAndProjected {
    let so_far = Message::of(Id::ClosingRevenue).with("revenue", Arg::Money(revenue));
    let (deals, wins) = (row.deals as f64, row.wins as f64);
    let projected = match row.projection {
        _ if row.wins == 0 => Message::of(Id::ClosingRevenueNone),
        Ok(_) if row.mature => so_far.clone(),
        Ok(p) => Message::of(Id::ClosingRevenueProjected)
            .with("revenue", Arg::Money(revenue * p.wins / wins))
            .with("low", Arg::Money(revenue * (p.low * deals).max(wins) / wins))
            .with("high", Arg::Money(revenue * (p.high * deals).max(wins) / wins)),
        Err(_) => Message::of(Id::ClosingCacNotProjected),
    };
    SoFarAndProjected { so_far, projected }
}

/// A cohort's CAC or revenue, so far and projected, as the panel says them.
#[derive(Clone, Debug, PartialEq)]
pub struct SoFarAndProjected {
    pub so_far: Message,
    pub projected: Message,
}

/// The CAC of `row`'s customers when its period cost `cost` all in (ad spend and its share of
/// the other acquisition cost): `cost ÷ wins` so far; projected `cost ÷ final wins`, its range
/// `cost ÷ (high · deals)` to `cost ÷ (low · deals)` (open-ended when the low end is no win).
pub fn cohort_cac(row: &CohortRow, cost: f64) -> SoFarAndProjected {
    let per = |wins: f64| (wins > 0.0).then(|| cost / wins);
    let so_far = match per(row.wins as f64) {
        Some(cac) => Message::of(Id::ClosingCac).with("cac", Arg::Money(cac)),
        None => Message::of(Id::ClosingCacNone),
    };
    let deals = row.deals as f64;
    let projected = match row.projection {
        Ok(p) => match (per(p.wins), per(p.high * deals), per(p.low * deals)) {
            (Some(cac), Some(low), Some(high)) => Message::of(Id::ClosingCacProjected)
                .with("cac", Arg::Money(cac))
                .with("low", Arg::Money(low))
                .with("high", Arg::Money(high)),
            (Some(cac), Some(low), None) => Message::of(Id::ClosingCacProjectedOpen)
                .with("cac", Arg::Money(cac))
                .with("low", Arg::Money(low)),
            _ => Message::of(Id::ClosingCacNone),
        },
        Err(_) => Message::of(Id::ClosingCacNotProjected),
    };
    SoFarAndProjected { so_far, projected }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::closing::cohorts::{NotProjected, Projection};
    use crate::core::message::english;

    fn row(wins: u64, projection: Result<Projection, NotProjected>) -> CohortRow {
        CohortRow {
            period_start: 0,
            period_end: 29,
            deals: 40,
            wins,
            age_days: 29,
            observed_rate: wins as f64 / 40.0,
            projection,
            judge_on: Some(59),
            mature: false,
        }
    }

    #[test]
    fn a_young_month_costs_less_per_customer_once_its_deals_close() {
        // November: $1,000 all in, 7 customers so far: $142.86 each. Projected 12 of 40 (30%),
        // 95% range 17.5%–44.2%: 7 to 17.68 customers, so $56.56 to $142.86; 1,000 / 12 = $83.33.
        let p = Projection { rate: 0.3, low: 0.175, high: 0.442, wins: 12.0, mse: 0.0 };
        let cac = cohort_cac(&row(7, Ok(p)), 1000.0);
        assert_eq!(english(&cac.so_far), " 142.86");
        assert_eq!(english(&cac.projected), " 83.33 ( 56.56– 142.86)");
        // Nothing won yet, and a low end of no win: open-ended.
        let p = Projection { rate: 0.1, low: 0.0, high: 0.25, wins: 4.0, mse: 0.0 };
        let cac = cohort_cac(&row(0, Ok(p)), 1000.0);
        assert_eq!(english(&cac.so_far), english(&Message::of(Id::ClosingCacNone)));
        assert_eq!(english(&cac.projected), " 250.00 ( 100.00 or more)");
        let cac = cohort_cac(&row(3, Err(NotProjected::NoMatureCohort)), 1000.0);
        assert_eq!(english(&cac.projected), english(&Message::of(Id::ClosingCacNotProjected)));
    }

    #[test]
    fn a_young_months_customers_and_revenue_grow_as_its_wins_are_projected_to() {
        // November: 7 customers so far brought $8,400; projected 12 of 40 (17.5%–44.2%): 7 to
        // 17.68 customers. Revenue: 8,400 × 12 / 7 = 14,400, from 8,400 × 7 / 7 = 8,400 to
        // 8,400 × 17.68 / 7 = 21,216.
        let p = Projection { rate: 0.3, low: 0.175, high: 0.442, wins: 12.0, mse: 0.0 };
        let r = row(7, Ok(p));
        assert_eq!(english(&projected_customers(&r)), "12 (7–18)");
        let revenue = cohort_revenue(&r, 8400.0);
        assert_eq!(english(&revenue.so_far), " 8,400.00");
        assert_eq!(english(&revenue.projected), " 14,400.00 ( 8,400.00– 21,216.00)");
        // Judged: its customers and revenue as they are.
        let judged = CohortRow {
            mature: true,
            ..row(12, Ok(Projection { rate: 0.3, low: 0.18, high: 0.45, wins: 12.0, mse: 0.0 }))
        };
        assert_eq!(english(&projected_customers(&judged)), "12");
        assert_eq!(english(&cohort_revenue(&judged, 14400.0).projected), " 14,400.00");
        // No customer yet: no revenue to grow.
        assert_eq!(
            english(&cohort_revenue(&row(0, Ok(p)), 0.0).projected),
            english(&Message::of(Id::ClosingRevenueNone))
        );
    }
}
