//! What a column is, from its values, when its header didn't say (an export in a language
//! whose names aren't known, or renamed columns): Meta's result indicator from its action
//! ids, the results just before it, and spend as the currency column that equals results ×
//! cost per result on every row. Only columns whose header was not recognised change, and
//! a cost-per column is never taken for spend.

use super::columns::{currency_in, is_derived, Role};
use super::numbers::parse_both;

/// How many rows after the header are looked at.
pub(super) const SAMPLE_ROWS: usize = 20;

/// Whether the header roles leave something the values could tell: no spend, no
/// conversions, or an indicator without its results. Outcome logs (a status per row) are
/// read by their headers.
pub(super) fn worth_looking(roles: &[Role]) -> bool {
    let has = |role| roles.contains(&role);
    !has(Role::Status)
        && !has(Role::Stage)
        && (!has(Role::Spend)
            || !has(Role::ResultIndicator) && !has(Role::Started)
            || has(Role::ResultIndicator) && !has(Role::Results))
}

/// Fills in roles from the first rows' values.
pub(super) fn refine(headers: &[String], roles: &mut [Role], rows: &[Vec<String>]) {
    let unknown = |roles: &[Role], i: usize| roles[i] == Role::Ignore && !is_derived(&headers[i]);
    if !roles.contains(&Role::ResultIndicator) {
        if let Some(i) = (0..roles.len()).find(|&i| unknown(roles, i) && all_cells(rows, i, is_action_id)) {
            roles[i] = Role::ResultIndicator;
        }
    }
    if !roles.contains(&Role::Results) && !roles.contains(&Role::Started) {
        if let Some(at) = roles.iter().position(|r| *r == Role::ResultIndicator) {
            if at > 0 && unknown(roles, at - 1) && all_cells(rows, at - 1, is_count) {
                roles[at - 1] = Role::Results;
            }
        }
    }
    if roles.contains(&Role::Spend) {
        return;
    }
    let money: Vec<usize> = (0..roles.len())
        .filter(|&i| unknown(roles, i) && currency_in(&headers[i]).is_some() && all_cells(rows, i, is_amount))
        .collect();
    let results = roles.iter().position(|r| *r == Role::Results || *r == Role::Started);
    let spend_by_product: Vec<usize> = match results {
        Some(r) => money
            .iter()
            .copied()
            .filter(|&s| (0..roles.len()).any(|k| k != s && k != r && times_holds(rows, s, r, k)))
            .collect(),
        None => Vec::new(),
    };
    match (spend_by_product.as_slice(), money.as_slice()) {
        ([s], _) | ([], [s]) => roles[*s] = Role::Spend,
        _ => {}
    }
}

/// Whether every non-blank cell of column `i` in `rows` (and at least one) passes `test`.
fn all_cells(rows: &[Vec<String>], i: usize, test: fn(&str) -> bool) -> bool {
    let mut seen = false;
    for row in rows {
        let cell = row.get(i).map_or("", |c| c.trim());
        if blank(cell) {
            continue;
        }
        if !test(cell) {
            return false;
        }
        seen = true;
    }
    seen
}

/// Meta writes "" or "--" where a metric doesn't apply.
fn blank(cell: &str) -> bool {
    cell.is_empty() || cell.chars().all(|c| c == '-')
}

/// A Meta action id as the result indicator column holds them.
fn is_action_id(cell: &str) -> bool {
    const PLAIN: &[&str] =
        &["reach", "link_click", "post_engagement", "page_engagement", "lead", "video_view"];
    let c = cell.to_ascii_lowercase();
    c.starts_with("actions:")
        || c.starts_with("onsite_conversion.")
        || c.starts_with("offsite_conversion.")
        || PLAIN.contains(&c.as_str())
}

fn is_count(cell: &str) -> bool {
    parse_both(cell).iter().any(|n| matches!(n, Ok(Some(n)) if n.micros >= 0 && n.micros % 1_000_000 == 0))
}

fn is_amount(cell: &str) -> bool {
    parse_both(cell).iter().any(|n| matches!(n, Ok(Some(n)) if n.micros >= 0 && !n.percent))
}

/// Whether column `s` equals column `r` × column `k` on every row where all three are
/// numbers and `r` is above zero (with at least one such row), read with one decimal
/// separator throughout. The cost per result is rounded in exports, so the product may be
/// off by half a cent per result.
fn times_holds(rows: &[Vec<String>], s: usize, r: usize, k: usize) -> bool {
    (0..2).any(|sep| {
        let mut compared = 0;
        for row in rows {
            let read = |i: usize| match row.get(i).map(|c| parse_both(c.trim())) {
                Some(both) => match &both[sep] {
                    Ok(Some(n)) => Some(n.micros as f64 / 1e6),
                    _ => None,
                },
                None => None,
            };
            let (Some(spend), Some(results), Some(cost)) = (read(s), read(r), read(k)) else { continue };
            if results <= 0.0 {
                continue;
            }
            if (spend - results * cost).abs() > results * 0.006 + spend * 0.001 + 0.01 {
                return false;
            }
            compared += 1;
        }
        compared > 0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(headers: &[&str], rows: &[&[&str]]) -> (Vec<String>, Vec<Vec<String>>) {
        let cells = |r: &&[&str]| r.iter().map(|c| c.to_string()).collect();
        (headers.iter().map(|h| h.to_string()).collect(), rows.iter().map(cells).collect())
    }

    #[test]
    fn an_unknown_language_is_read_from_its_values() {
        // Headers no list knows: the indicator, the results before it, and the one currency
        // column that is results × cost per result.
        let (headers, rows) = table(
            &["Kolom A", "Kolom B", "Kolom C", "Kolom D (EUR)", "Kolom E (EUR)", "Kolom F"],
            &[
                &[
                    "Spring",
                    "12",
                    "actions:onsite_conversion.messaging_conversation_started_7d",
                    "30,00",
                    "2,50",
                    "9",
                ],
                &[
                    "Summer",
                    "4",
                    "actions:onsite_conversion.messaging_conversation_started_7d",
                    "10,00",
                    "2,50",
                    "3",
                ],
            ],
        );
        let mut roles = vec![Role::Ignore; 6];
        refine(&headers, &mut roles, &rows);
        assert_eq!(roles[1], Role::Results);
        assert_eq!(roles[2], Role::ResultIndicator);
        // 12 × 2,50 = 30,00 and 4 × 2,50 = 10,00: column D is spend, E the cost per result.
        assert_eq!(roles[3], Role::Spend);
        assert_eq!(roles[4], Role::Ignore);
        assert_eq!(roles[5], Role::Ignore, "whole numbers beside nothing stay unknown");
    }

    #[test]
    fn a_cost_per_column_is_never_spend_even_when_it_is_the_only_money() {
        let (headers, rows) = table(&["Results", "CPC (cost per link click) (USD)"], &[&["3", "1.20"]]);
        let mut roles = vec![Role::Results, Role::Ignore];
        refine(&headers, &mut roles, &rows);
        assert_eq!(roles, [Role::Results, Role::Ignore]);
    }

    #[test]
    fn ambiguous_money_is_left_to_the_user() {
        // One result per row: spend and cost per result are equal, so neither is known.
        let (headers, rows) =
            table(&["Results", "A (USD)", "B (USD)"], &[&["1", "4.00", "4.00"], &["1", "2.00", "2.00"]]);
        let mut roles = vec![Role::Results, Role::Ignore, Role::Ignore];
        refine(&headers, &mut roles, &rows);
        assert_eq!(roles, [Role::Results, Role::Ignore, Role::Ignore]);
        // A lone currency column with no product to check is spend.
        let (headers, rows) = table(&["Name", "Gasto (MXN)"], &[&["Spring", "1.200,50"]]);
        let mut roles = vec![Role::Name, Role::Ignore];
        refine(&headers, &mut roles, &rows);
        assert_eq!(roles, [Role::Name, Role::Spend]);
    }
}
