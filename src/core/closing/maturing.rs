//! What of the imported deals is still closing, for the diagnosis to wait for: the first
//! period not yet judgeable and the day the youngest can be judged.

use super::cohorts::cohort_table;
use super::dated::Dated;
use super::periods::CohortBy;
use crate::core::basics::calendar::iso_date;
use crate::core::basics::dates::{period_name, Period};
use crate::core::message::Message;

/// Deals still closing: the first period whose deals haven't had time to close, and the day
/// the youngest can be judged, when the whole close rate can.
#[derive(Clone, Debug, PartialEq)]
pub struct Maturing {
    pub since: Message,
    pub judge_on: i64,
}

/// What of `dated` is still closing, if anything (nothing is said when no deal was won: there
/// is then no telling how long closing takes).
pub fn maturing(dated: &Dated) -> Option<Maturing> {
    let by = CohortBy::choose(&dated.deals, dated.as_of);
    let rows = cohort_table(&dated.deals, dated.as_of, by);
    let oldest = rows.iter().find(|r| !r.mature)?;
    let youngest = rows.last()?;
    Some(Maturing {
        since: period_name(&Period::new(&iso_date(oldest.period_start), &iso_date(oldest.period_end))),
        judge_on: youngest.judge_on?,
    })
}
