//! What the analyzer's folds share: the analyzer's settings, a row's cells from either
//! source (the reader's buffers or kept rows), and column sums read both ways.

use std::collections::BTreeMap;

use super::analyze::{Overrides, SavedMapping};
use super::table::Cells;
use crate::core::number::DecimalSep;

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
