//! Joining an outcome log onto ad data: spend, conversations started and delivery come from
//! the ad export; replies, qualified, handoffs, customers and revenue from the CRM or chat log.
//! Names match case- and whitespace-insensitively; whatever does not match is listed on both
//! sides so the user can fix the names, and is kept rather than dropped.

use std::collections::BTreeMap;

use super::columns::normalize;
use crate::core::segment::Segment;

/// The joined segments and the names that found no partner.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Joined {
    pub segments: Vec<Segment>,
    /// Ad segments with no outcomes in the log.
    pub unmatched_ads: Vec<String>,
    /// Log segments with no ad data.
    pub unmatched_outcomes: Vec<String>,
    /// Matched names where the log has more conversations than the ads started.
    pub more_logged_than_started: Vec<String>,
}

/// Joins `outcomes` onto `ads` by name.
pub fn join(ads: &[Segment], outcomes: &[Segment]) -> Joined {
    let mut by_name: BTreeMap<String, &Segment> = BTreeMap::new();
    for o in outcomes {
        by_name.insert(normalize(&o.name), o);
    }
    let mut joined = Joined::default();
    for ad in ads {
        let key = normalize(&ad.name);
        match by_name.remove(&key) {
            Some(o) => {
                if let (Some(logged), Some(started)) = (o.started, ad.started) {
                    if logged > started {
                        joined.more_logged_than_started.push(ad.name.clone());
                    }
                }
                joined.segments.push(Segment {
                    replies: o.replies,
                    qualified: o.qualified,
                    handoffs: o.handoffs,
                    customers: o.customers,
                    revenue: o.revenue,
                    period: ad.period.clone().or_else(|| o.period.clone()),
                    ..ad.clone()
                });
            }
            None => {
                joined.unmatched_ads.push(ad.name.clone());
                joined.segments.push(ad.clone());
            }
        }
    }
    for o in outcomes {
        if by_name.contains_key(&normalize(&o.name)) {
            joined.unmatched_outcomes.push(o.name.clone());
            joined.segments.push(o.clone());
        }
    }
    joined
}

impl Joined {
    /// What the join-or-replace choice says about joining `outcomes` (the preview's
    /// segments): how many names match, and the names on either side that don't.
    pub fn preview_lines(&self, outcomes: usize) -> Vec<String> {
        let list = |names: &[String]| names.iter().map(|n| format!("“{n}”")).collect::<Vec<_>>().join(", ");
        let mut lines = vec![format!(
            "{} of {outcomes} names match the ad data.",
            outcomes - self.unmatched_outcomes.len()
        )];
        if !self.unmatched_ads.is_empty() {
            lines.push(format!("No outcomes for: {}.", list(&self.unmatched_ads)));
        }
        if !self.unmatched_outcomes.is_empty() {
            lines.push(format!(
                "No ad data for: {} (kept as their own segments; fix the names to join them).",
                list(&self.unmatched_outcomes)
            ));
        }
        if !self.more_logged_than_started.is_empty() {
            lines.push(format!(
                "More logged conversations than the ads started for: {}. Check the attribution window.",
                list(&self.more_logged_than_started)
            ));
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::Money;

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
            j.preview_lines(outcomes.len()),
            [
                "1 of 2 names match the ad data.",
                "No outcomes for: “Brand”.",
                "No ad data for: “Quotes C” (kept as their own segments; fix the names to join them).",
            ]
        );
    }
}
