//! What the analyzer's folds share: the analyzer's settings, a row's cells from either
//! source (the reader's buffers or kept rows), and column sums read both ways.

use std::collections::BTreeMap;

use super::analyze::{Overrides, SavedMapping};
use super::notes::Note;
use super::table::Cells;
use crate::core::basics::dates::Grouping;
use crate::core::basics::number::DecimalSep;

/// What an analysis is run with.
pub(super) struct Settings {
    pub(super) source: String,
    pub(super) overrides: Overrides,
    /// Corrections remembered per column layout, used when `overrides` is empty.
    pub(super) remembered: BTreeMap<String, SavedMapping>,
    pub(super) fallback: DecimalSep,
    pub(super) from_text: bool,
}

/// Cells of one row, from the reader's buffers or from kept rows.
pub(super) trait CellSource {
    fn cell(&self, i: usize) -> &str;
}

impl CellSource for Cells<'_> {
    fn cell(&self, i: usize) -> &str {
        self.get(i)
    }
}

impl CellSource for [String] {
    fn cell(&self, i: usize) -> &str {
        self.get(i).map_or("", String::as_str)
    }
}

/// Sums of one column, read with a decimal point `[0]` and with a decimal comma `[1]`.
pub(super) type Both = [Option<i64>; 2];

pub(super) fn add(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (None, None) => None,
        _ => Some(a.unwrap_or(0).saturating_add(b.unwrap_or(0))),
    }
}

pub(super) fn sep_index(sep: DecimalSep) -> usize {
    match sep {
        DecimalSep::Dot => 0,
        DecimalSep::Comma => 1,
    }
}

/// What a fold's periods settle to once every row is in: the grouping used (`Whole` when the
/// rows stay one group per name) and the notes that say so. By month or week as asked; left
/// to the file, by month when the rows fall in two months or more (`buckets`, sorted and
/// distinct), none undated and none running into the next. `log`: an outcome log's rows,
/// not a file of ads'.
pub(super) fn settle(
    grouping: Grouping,
    buckets: &[i64],
    (undated, spanning): (u64, u64),
    log: bool,
    notes: &mut Vec<Note>,
) -> Grouping {
    let keep = match grouping {
        Grouping::Whole => false,
        Grouping::Auto => buckets.len() >= 2 && undated == 0 && spanning == 0,
        Grouping::Month | Grouping::Week => !buckets.is_empty(),
    };
    if !keep {
        if buckets.len() >= 2 && grouping == Grouping::Auto {
            notes.push(Note::NotSplit { months: buckets.len(), spanning, undated, log });
        }
        return Grouping::Whole;
    }
    let used = if grouping == Grouping::Week { Grouping::Week } else { Grouping::Month };
    if spanning > 0 {
        notes.push(Note::Spanning { rows: spanning, by: used });
    }
    if undated > 0 {
        notes.push(Note::Undated { rows: undated, by: used });
    }
    notes.push(Note::GroupedBy { by: used, periods: buckets.iter().map(|b| used.period(*b)).collect() });
    used
}
