//! An outcome log's date columns that no header name told, recognised by which rows fill
//! them: a date on won rows only is when they were won, on lost rows only when they were
//! lost, on won and lost rows but never on an open one when they closed. A date on open rows
//! too dates a stage when it is on every open row from some stage up and on none below
//! (qualified, or handed off); on open rows of every stage (a last activity) it tells nothing.
//! A column whose header already said what it is, or a role a header already took, is left alone.

use super::analyze::default_status_stage;
use super::columns::{is_derived, normalize, Role};
use super::deal_dates::says_lost;
use crate::core::basics::calendar::day_number;
use crate::core::ladder::Stage;

/// How many filled cells a column needs in the rows looked at before its dates say anything
/// (a log's first rows may hold only a couple of lost deals).
const MIN_FILLED: usize = 2;

/// The date roles the values can tell.
const DATE_ROLES: [Role; 5] =
    [Role::WonDate, Role::LostDate, Role::CloseDate, Role::QualifiedDate, Role::HandoffDate];

/// Whether an outcome log's header roles leave date columns for the values to tell: it has a
/// status and a start date, a date role no header took, and a column not yet read.
pub(super) fn worth_looking(roles: &[Role]) -> bool {
    let has = |role| roles.contains(&role);
    (has(Role::Status) || has(Role::Stage))
        && has(Role::PeriodStart)
        && DATE_ROLES.iter().any(|r| !has(*r))
        && has(Role::Ignore)
}

/// Which rows a column's dates were found on.
#[derive(Default)]
struct Seen {
    won: usize,
    lost: usize,
    /// Each open row's stage (when its status says one) and whether the column dates it.
    open: Vec<(Option<Stage>, bool)>,
    /// A filled cell that isn't a date, or a date before the row's start: not an outcome.
    other: bool,
}

impl Seen {
    /// The role these rows say the column has, if they say one.
    fn role(&self) -> Option<Role> {
        if self.other {
            return None;
        }
        let dated_open: Vec<Option<Stage>> = self.open.iter().filter(|(_, d)| *d).map(|(s, _)| *s).collect();
        if dated_open.is_empty() {
            return match (self.won, self.lost) {
                (won, lost) if won + lost < MIN_FILLED => None,
                (_, 0) => Some(Role::WonDate),
                (0, _) => Some(Role::LostDate),
                _ => Some(Role::CloseDate),
            };
        }
        // A stage's date: on every open row from the lowest stage it dates up, and on none
        // below, of which there must be some (a date on every row, as a CRM's "last modified"
        // on deals that are all past qualifying, tells no stage).
        let lowest = dated_open.iter().copied().collect::<Option<Vec<Stage>>>()?.into_iter().min()?;
        let every = self.open.iter().all(|(stage, dated)| stage.is_some_and(|s| s >= lowest) == *dated);
        let below = self.open.iter().any(|(stage, _)| stage.is_some_and(|s| s < lowest));
        if !every || !below || dated_open.len() + self.won < MIN_FILLED {
            return None;
        }
        match lowest {
            Stage::Qualified => Some(Role::QualifiedDate),
            Stage::HandedOff => Some(Role::HandoffDate),
            _ => None,
        }
    }
}

/// Fills in the date roles no header took from the first rows' values.
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
    // HubSpot's "Date entered <stage> (<pipeline>)" columns, by the stage they name: the first
    // of each role in the file's order (the pipeline's).
    for i in 0..roles.len() {
        if let Some(role) = entered(&headers[i]).filter(|r| roles[i] == Role::Ignore && !roles.contains(r)) {
            roles[i] = role;
        }
    }
    let mut found: Vec<(usize, Role)> = Vec::new();
    for i in (0..roles.len()).filter(|&i| roles[i] == Role::Ignore && !is_derived(&headers[i])) {
        let mut seen = Seen::default();
        for row in rows {
            let text = cell(row, i);
            let said = normalize(&cell(row, status)).replace(['_', '-'], " ");
            let stage = default_status_stage(&said);
            if !text.is_empty() {
                match (day_number(&text), day_number(&cell(row, start))) {
                    (Some(day), Some(began)) if day >= began => {}
                    _ => seen.other = true,
                }
            }
            if stage == Some(Stage::Customer) {
                seen.won += usize::from(!text.is_empty());
            } else if says_lost(&said) {
                seen.lost += usize::from(!text.is_empty());
            } else {
                seen.open.push((stage, !text.is_empty()));
            }
        }
        let Some(role) = seen.role().filter(|r| !roles.contains(r)) else { continue };
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

/// The date role of a HubSpot "Date entered <stage> (<pipeline>)" header, by what the stage
/// reaches: qualified, handed off, or won ("Closed Won").
fn entered(header: &str) -> Option<Role> {
    let h = normalize(header);
    let stage = h.strip_prefix("date entered")?.trim().trim_matches(|c| matches!(c, '"' | '\'' | '“' | '”'));
    let stage = match stage.rfind(" (") {
        Some(at) if stage.ends_with(')') => &stage[..at],
        _ => stage,
    };
    match default_status_stage(&stage.replace(['_', '-'], " "))? {
        Stage::Qualified => Some(Role::QualifiedDate),
        Stage::HandedOff if !says_lost(stage) => Some(Role::HandoffDate),
        Stage::Customer => Some(Role::WonDate),
        _ => None,
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

    #[test]
    fn a_stage_date_is_on_every_open_row_from_its_stage_up_and_none_below() {
        // A conversation log with unnamed "Q" and "B" columns: Q on every open row qualified or
        // further (and on won and lost rows that got there), B from booked up; "Touched" on
        // every row, new ones too, dates no stage.
        let headers: Vec<String> = ["Date", "Status", "Q", "B", "Touched"].map(String::from).to_vec();
        let mut roles = vec![Role::PeriodStart, Role::Status, Role::Ignore, Role::Ignore, Role::Ignore];
        let table = rows(&[
            &["2026-10-01", "New", "", "", "2026-10-01"],
            &["2026-10-01", "Unqualified", "", "", "2026-10-02"],
            &["2026-10-02", "Qualified", "2026-10-04", "", "2026-10-04"],
            &["2026-10-02", "Booked", "2026-10-04", "2026-10-06", "2026-10-06"],
            &["2026-10-03", "Booked", "2026-10-05", "2026-10-07", "2026-10-07"],
            &["2026-10-03", "Won", "2026-10-05", "2026-10-07", "2026-10-10"],
            &["2026-10-04", "Lost", "2026-10-06", "", "2026-10-14"],
        ]);
        refine(&headers, &mut roles, &table);
        assert_eq!(
            roles,
            [Role::PeriodStart, Role::Status, Role::QualifiedDate, Role::HandoffDate, Role::Ignore]
        );
        // A CRM's deals all past qualifying, each with a "last modified" date: no row below to
        // tell a stage's date from a date on every row.
        let headers: Vec<String> =
            ["Create Date", "Deal Stage", "Last Modified Date"].map(String::from).to_vec();
        let mut roles = vec![Role::PeriodStart, Role::Status, Role::Ignore];
        let table = rows(&[
            &["2026-10-01", "Qualified to buy", "2026-10-03"],
            &["2026-10-01", "Appointment scheduled", "2026-10-05"],
            &["2026-10-02", "Contract sent", "2026-10-09"],
            &["2026-10-02", "Closed won", "2026-10-12"],
        ]);
        refine(&headers, &mut roles, &table);
        assert_eq!(roles[2], Role::Ignore);
    }

    #[test]
    fn hubspots_date_entered_columns_are_read_by_the_stage_they_name() {
        let headers: Vec<String> = [
            "Create Date",
            "Deal Stage",
            "Close Date",
            "Date entered \"Qualified To Buy (Sales Pipeline)\"",
            "Date entered \"Appointment Scheduled (Sales Pipeline)\"",
            "Date entered \"Presentation Scheduled (Sales Pipeline)\"",
            "Date entered \"Closed Won (Sales Pipeline)\"",
            "Date entered \"Closed Lost (Sales Pipeline)\"",
        ]
        .map(String::from)
        .to_vec();
        let mut roles = vec![Role::PeriodStart, Role::Status, Role::CloseDate];
        roles.extend([Role::Ignore; 5]);
        refine(&headers, &mut roles, &[]);
        assert_eq!(
            roles[3..],
            [Role::QualifiedDate, Role::HandoffDate, Role::Ignore, Role::WonDate, Role::Ignore]
        );
    }
}
