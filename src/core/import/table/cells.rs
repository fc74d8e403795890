//! A record as the reader hands it out (cells borrowed from its buffers), a kept row, and
//! why text could not be read as a table.

/// One row of cells and the line (1-based) it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

/// A record's cells, borrowed from the reader's buffers until the next record.
#[derive(Clone, Copy, Debug)]
pub struct Cells<'a> {
    pub(super) data: &'a str,
    /// Where each cell ends in `data`.
    pub(super) ends: &'a [usize],
    /// Bytes between one cell's end and the next one's start: 1 on a plain line (the
    /// delimiter), 0 in csv-core's output.
    pub(super) gap: usize,
}

impl<'a> Cells<'a> {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Cell `i`, or "" past the end.
    pub fn get(&self, i: usize) -> &'a str {
        let Some(&end) = self.ends.get(i) else { return "" };
        let start = if i == 0 { 0 } else { self.ends[i - 1] + self.gap };
        self.data.get(start..end).unwrap_or("")
    }

    pub fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// Why text could not be read as a table (its words: `ImportError::message`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    NoRows,
    Ragged { line: u64, found: usize, expected: usize },
}
