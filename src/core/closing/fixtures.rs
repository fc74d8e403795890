//! Deals shared by the hand-worked tests: four monthly cohorts of 2026, each started on the
//! first of its month, with wins on the 3rd of a month and losses on the 10th.

use super::{Deal, Outcome};
use crate::core::basics::calendar::day_number;

/// The day number of an ISO date written in a test.
pub fn day(iso: &str) -> i64 {
    day_number(iso).unwrap_or_else(|| panic!("not a date: {iso}"))
}

/// `deals` deals started on `start`: won as `wins` says (date, how many), `lost` lost on
/// `lost_on` (read only when `lost` > 0), the rest open.
pub fn cohort(start: &str, deals: usize, wins: &[(&str, usize)], lost: usize, lost_on: &str) -> Vec<Deal> {
    let mut out = Vec::new();
    for &(won_on, n) in wins {
        out.extend(std::iter::repeat_n(Deal::new(day(start), Outcome::Won(day(won_on))), n));
    }
    if lost > 0 {
        out.extend(std::iter::repeat_n(Deal::new(day(start), Outcome::Lost(day(lost_on))), lost));
    }
    let open = deals.saturating_sub(out.len());
    out.extend(std::iter::repeat_n(Deal::new(day(start), Outcome::Open), open));
    out
}

/// As of 2026-04-30 the cumulative wins by month are
///
/// | cohort | deals | Jan | Feb | Mar | Apr |
/// |--------|-------|-----|-----|-----|-----|
/// | Jan    | 20    | 4   | 8   | 10  | 11  |
/// | Feb    | 20    |     | 5   | 9   | 12  |
/// | Mar    | 25    |     |     | 6   | 12  |
/// | Apr    | 30    |     |     |     | 6   |
///
/// and by 2026-07-31 the March cohort has 17 wins (4 more on May 3, 1 on June 3) and the
/// April cohort 18 (6 on May 3, 4 on June 3, 2 on July 3).
pub fn four_months() -> Vec<Deal> {
    let mut deals = cohort(
        "2026-01-01",
        20,
        &[("2026-01-03", 4), ("2026-02-03", 4), ("2026-03-03", 2), ("2026-04-03", 1)],
        3,
        "2026-01-10",
    );
    deals.extend(cohort(
        "2026-02-01",
        20,
        &[("2026-02-03", 5), ("2026-03-03", 4), ("2026-04-03", 3)],
        3,
        "2026-02-10",
    ));
    deals.extend(cohort(
        "2026-03-01",
        25,
        &[("2026-03-03", 6), ("2026-04-03", 6), ("2026-05-03", 4), ("2026-06-03", 1)],
        4,
        "2026-03-10",
    ));
    deals.extend(cohort(
        "2026-04-01",
        30,
        &[("2026-04-03", 6), ("2026-05-03", 6), ("2026-06-03", 4), ("2026-07-03", 2)],
        4,
        "2026-04-10",
    ));
    deals
}
