//! What a cohort's customers cost: its period's all-in cost over the customers won so far,
//! and over the customers it is projected to end with, with the range the projection's
//! interval gives. Only for cohorts that are the periods the ad data was grouped by.

use super::cohorts::CohortRow;
use crate::core::message::{Arg, Id, Message};

/// A cohort's CAC so far and projected, as the panel says them.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortCac {
    pub so_far: Message,
    pub projected: Message,
}

/// The CAC of `row`'s customers when its period cost `cost` all in (ad spend and its share of
/// the other acquisition cost): `cost ÷ wins` so far; projected `cost ÷ final wins`, its range
/// `cost ÷ (high · deals)` to `cost ÷ (low · deals)` (open-ended when the low end is no win).
pub fn cohort_cac(row: &CohortRow, cost: f64) -> CohortCac {
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
    CohortCac { so_far, projected }
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
}
