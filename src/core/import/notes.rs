//! The notes under the preview: what the analyzer did that the user should know (rows left
//! out, rows added up, periods, columns sharing a role, statuses it didn't recognise), as
//! data sent from the import worker with the preview; their words are built on the page
//! ([`Note::message`]).

use super::columns::Role;
use super::sources::SourceFilter;
use super::wording::{count, list, msg, quoted, text};
use crate::core::basics::dates::{period_name, Grouping, Period};
use crate::core::basics::money::Money;
use crate::core::basics::text::grouped_money;
use crate::core::ladder::Stage;
use crate::core::message::{Arg, Id, Message};

/// One thing the preview says about how the input was read.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Note {
    /// Columns that look alike: their role, and their headers (the first is read).
    SharedRole { role: Role, headers: Vec<String> },
    /// Rows of other results (Reach, Leads…) left out, with the spend on them in the spend
    /// column's currency (when its header names one).
    OtherResults { rows: usize, results: Vec<String>, spend: Money, currency: Option<String> },
    /// Rows whose `Results` count other actions, so not conversations.
    OtherActions { rows: usize },
    /// A totals row left out, at `line`; whether its numbers match the other rows'.
    TotalsRow { line: u64, sums_match: bool },
    /// `rows` added up into `segments` by name, and by month or week when `by` says so.
    Grouped { rows: usize, segments: usize, by: Grouping },
    /// A month or week (`by`) whose rows cover only part of it, from `first` to `last`.
    PartPeriod { period: Period, first: String, last: String, by: Grouping },
    /// Dates spanning `months` months, not split into them: rows run from one month into
    /// the next (`spanning`), or else some have no date (`undated`); in an outcome log
    /// (`log`) or a file of ads.
    NotSplit { months: usize, spanning: u64, undated: u64, log: bool },
    /// Rows running into the next month or week (`by`), counted in the one they start in.
    Spanning { rows: u64, by: Grouping },
    /// Rows with no date, kept apart from the months or weeks (`by`).
    Undated { rows: u64, by: Grouping },
    /// The months or weeks (`by`) the rows were grouped into.
    GroupedBy { by: Grouping, periods: Vec<Period> },
    /// Statuses not recognised, each with its rows, counted as started.
    UnknownStatuses { statuses: Vec<(String, usize)> },
    /// Which sources' rows an outcome log keeps.
    Sources(SourceFilter),
    /// The lowest stage every row of an outcome log reached, past the reply: it can't count
    /// the stages before it.
    Entry { stage: Stage },
}

impl Note {
    /// The note in words: "Line 5 is a totals row: left out so nothing is counted twice."
    pub fn message(&self) -> Message {
        let week = |by: &Grouping| *by == Grouping::Week;
        match self {
            Note::SharedRole { role, headers } => Message::of(Id::ImpSharedRole)
                .with("count", count(headers.len()))
                .with("role", msg(Message::of(role.label())))
                .with("columns", list(headers.iter().map(|h| msg(quoted(h)))))
                .with("first", text(headers.first().map_or("", String::as_str))),
            Note::OtherResults { rows, results, spend, currency } => {
                let amount = match currency {
                    Some(code) => msg(Message::of(Id::ImpAmount)
                        .with("currency", text(code))
                        .with("amount", text(grouped_money(*spend)))),
                    None => text(grouped_money(*spend)),
                };
                Message::of(Id::ImpOtherResults)
                    .with("rows", count(*rows))
                    .with("results", list(results.iter().map(|r| text(r.as_str()))))
                    .with("amount", amount)
            }
            Note::OtherActions { rows } => Message::of(Id::ImpOtherActions).with("rows", count(*rows)),
            Note::TotalsRow { line, sums_match } => {
                Message::of(if *sums_match { Id::ImpTotalsRow } else { Id::ImpTotalsRowMismatch })
                    .with("line", text(line))
            }
            Note::Grouped { rows, segments, by } => Message::of(match by {
                Grouping::Month => Id::ImpGroupedByNameAndMonth,
                Grouping::Week => Id::ImpGroupedByNameAndWeek,
                _ => Id::ImpGroupedByName,
            })
            .with("rows", count(*rows))
            .with("segments", count(*segments)),
            Note::PartPeriod { period, first, last, by } => {
                Message::of(if week(by) { Id::ImpPartWeek } else { Id::ImpPartMonth })
                    .with("period", msg(period_name(period)))
                    .with("first", text(first))
                    .with("last", text(last))
            }
            Note::NotSplit { months, spanning, undated, log } => {
                let (id, rows) = match (*spanning > 0, *log) {
                    (true, false) => (Id::ImpNotSplitSpanningFile, spanning),
                    (true, true) => (Id::ImpNotSplitSpanningLog, spanning),
                    (false, false) => (Id::ImpNotSplitUndatedFile, undated),
                    (false, true) => (Id::ImpNotSplitUndatedLog, undated),
                };
                Message::of(id).with("months", count(*months)).with("rows", Arg::Count(*rows))
            }
            Note::Spanning { rows, by } => {
                Message::of(if week(by) { Id::ImpSpanningWeek } else { Id::ImpSpanningMonth })
                    .with("rows", Arg::Count(*rows))
            }
            Note::Undated { rows, by } => {
                Message::of(if week(by) { Id::ImpUndatedWeek } else { Id::ImpUndatedMonth })
                    .with("rows", Arg::Count(*rows))
            }
            Note::GroupedBy { by, periods } => {
                Message::of(if week(by) { Id::ImpGroupedByWeek } else { Id::ImpGroupedByMonth })
                    .with("periods", list(periods.iter().map(|p| msg(period_name(p)))))
            }
            Note::UnknownStatuses { statuses } => {
                let each = statuses.iter().map(|(status, rows)| {
                    msg(Message::of(Id::ImpStatusRows)
                        .with("status", text(status))
                        .with("rows", count(*rows)))
                });
                Message::of(Id::ImpUnknownStatuses).with("statuses", list(each))
            }
            Note::Sources(filter) => filter.note(),
            Note::Entry { stage } => Message::of(Id::ImpEntryStage).with("stage", text(stage.label())),
        }
    }
}
