//! An outcome log's date columns that no header name told, recognised by which rows fill
//! them: a date on won rows only is when they were won, on lost rows only when they were
//! lost, on won and lost rows but never on an open one when they closed. A date on open rows
//! too (a last activity, an expected close) tells no outcome and is left alone, and so is a
//! column whose header already said what it is.

use super::analyze::default_status_stage;
use super::columns::{is_derived, normalize, Role};
use super::deal_dates::says_lost;
use crate::core::basics::calendar::day_number;
use crate::core::ladder::Stage;

/// How many filled cells a column needs in the rows looked at before its dates say anything
/// (a log's first rows may hold only a couple of lost deals).
const MIN_FILLED: usize = 2;

/// Whether an outcome log's header roles leave date columns for the values to tell: it has a
/// status and a start date, none of the won, lost or close dates, and a column not yet read.
pub(super) fn worth_looking(roles: &[Role]) -> bool {
    let has = |role| roles.contains(&role);
    (has(Role::Status) || has(Role::Stage))
        && has(Role::PeriodStart)
        && !has(Role::WonDate)
        && !has(Role::LostDate)
        && !has(Role::CloseDate)
        && has(Role::Ignore)
}

/// Which rows a column's dates were found on.
#[derive(Default)]
struct Seen {
    won: usize,
    lost: usize,
    open: usize,
    /// A filled cell that isn't a date, or a date before the row's start: not an outcome.
    other: bool,
}

/// Fills in the won, lost and close date roles from the first rows' values.
pub(super) fn refine(headers: &[String], roles: &mut [Role], rows: &[Vec<String>]) {
    if !worth_looking(roles) {
        return;
    }
    let find = |role: Role| roles.iter().position(|r| *r == role);
    let (Some(status), Some(start)) = (find(Role::Status).or(find(Role::Stage)), find(Role::PeriodStart))
    else {
        return;
    };
    let cell = |row: &Vec<String>, i: usize| row.get(i).map_or("", |c| c.trim()).to_string();
    let mut found: Vec<(usize, Role)> = Vec::new();
    for i in (0..roles.len()).filter(|&i| roles[i] == Role::Ignore && !is_derived(&headers[i])) {
        let mut seen = Seen::default();
        for row in rows {
            let text = cell(row, i);
            if text.is_empty() {
                continue;
            }
            match (day_number(&text), day_number(&cell(row, start))) {
                (Some(day), Some(began)) if day >= began => {}
                _ => seen.other = true,
            }
            let said = normalize(&cell(row, status)).replace(['_', '-'], " ");
            if default_status_stage(&said) == Some(Stage::Customer) {
                seen.won += 1;
            } else if says_lost(&said) {
                seen.lost += 1;
            } else {
                seen.open += 1;
            }
        }
        let role = match seen {
            Seen { other: true, .. } | Seen { open: 1.., .. } => continue,
            Seen { won, lost, .. } if won + lost < MIN_FILLED => continue,
            Seen { lost: 0, .. } => Role::WonDate,
            Seen { won: 0, .. } => Role::LostDate,
            _ => Role::CloseDate,
        };
        // One column per role: two alike leave the choice to the user.
        match found.iter().position(|(_, r)| *r == role) {
            Some(at) => found[at].1 = Role::Ignore,
            None => found.push((i, role)),
        }
    }
    for (i, role) in found {
        roles[i] = role;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(cells: &[&[&str]]) -> Vec<Vec<String>> {
        cells.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect()
    }

    #[test]
    fn dates_are_told_apart_by_the_rows_that_fill_them() {
        // A log kept by hand: "Signed" on won rows, "Dropped" on lost ones, "Ended" on both,
        // "Last touch" on every row, "Note" not a date.
        let headers: Vec<String> =
            ["Date", "Status", "Signed", "Dropped", "Ended", "Last touch", "Note"].map(String::from).to_vec();
        let mut roles = vec![
            Role::PeriodStart,
            Role::Status,
            Role::Ignore,
            Role::Ignore,
            Role::Ignore,
            Role::Ignore,
            Role::Ignore,
        ];
        let table = rows(&[
            &["2026-10-01", "Won", "2026-10-09", "", "2026-10-09", "2026-10-09", "2026-10-09"],
            &["2026-10-02", "Lost", "", "2026-10-12", "2026-10-12", "2026-10-12", "call back"],
            &["2026-10-02", "Open", "", "", "", "2026-10-04", ""],
            &["2026-10-03", "Won", "2026-10-20", "", "2026-10-20", "2026-10-20", ""],
            &["2026-10-04", "Closed lost", "", "2026-10-05", "2026-10-05", "2026-10-05", ""],
            &["2026-10-05", "closed_won", "2026-10-06 14:05", "", "2026-10-06", "2026-10-06", ""],
            &["2026-10-06", "Lost", "", "2026-10-30", "2026-10-30", "2026-10-30", ""],
        ]);
        refine(&headers, &mut roles, &table);
        assert_eq!(
            roles,
            [
                Role::PeriodStart,
                Role::Status,
                Role::WonDate,
                Role::LostDate,
                Role::CloseDate,
                Role::Ignore,
                Role::Ignore
            ]
        );
    }

    #[test]
    fn named_columns_too_few_dates_and_dates_before_the_start_are_left_alone() {
        let headers: Vec<String> = ["Date", "Status", "Col C", "Col D"].map(String::from).to_vec();
        let won =
            |start: &str, x: &str| vec![start.to_string(), "Won".into(), "2026-10-09".into(), x.to_string()];
        // A header already said which column holds the won dates: nothing is looked at.
        let mut roles = vec![Role::PeriodStart, Role::Status, Role::WonDate, Role::Ignore];
        refine(&headers, &mut roles, &vec![won("2026-10-01", "2026-10-05"); 5]);
        assert_eq!(roles[3], Role::Ignore);
        // One won date is too few to tell.
        let mut roles = vec![Role::PeriodStart, Role::Status, Role::Ignore, Role::Ignore];
        refine(&headers, &mut roles, &[won("2026-10-01", "")]);
        assert_eq!(roles[2], Role::Ignore);
        // A date before the deal started is no outcome.
        let late = [
            won("2026-10-01", "2026-09-01"),
            won("2026-10-01", ""),
            won("2026-10-01", ""),
            won("2026-10-02", ""),
        ];
        refine(&headers, &mut roles, &late);
        assert_eq!(roles, [Role::PeriodStart, Role::Status, Role::WonDate, Role::Ignore]);
    }
}
