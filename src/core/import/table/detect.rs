//! Which delimiter a text uses, chosen from its first lines, and whether a cell reads as a
//! number (so a first row of numbers is data, not a header).

use super::cells::{Cells, Row};
use super::RecordReader;
use crate::core::basics::number::{parse_money, DecimalSep};

/// How much text is looked at before choosing the delimiter.
pub(super) const DETECT_LINES: usize = 30;
pub(super) const DETECT_BYTES: usize = 64 * 1024;

/// The character between cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Delimiter {
    Comma,
    Semicolon,
    Tab,
}

impl Delimiter {
    pub fn from_byte(byte: u8) -> Delimiter {
        match byte {
            b'\t' => Delimiter::Tab,
            b';' => Delimiter::Semicolon,
            _ => Delimiter::Comma,
        }
    }

    /// Its name in the preview: "comma", "semicolon" or "tab".
    pub fn name(self) -> &'static str {
        match self {
            Delimiter::Comma => "comma",
            Delimiter::Semicolon => "semicolon",
            Delimiter::Tab => "tab",
        }
    }
}

impl std::fmt::Display for Delimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl PartialEq<&str> for Delimiter {
    fn eq(&self, other: &&str) -> bool {
        self.name() == *other
    }
}

/// Reads every record of `text` with `delimiter`, skipping blank lines.
pub fn records(text: &str, delimiter: u8) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut reader = RecordReader::with_delimiter(delimiter);
    let mut collect = |line: u64, cells: Cells<'_>| -> Result<(), ()> {
        rows.push(Row { line, cells: cells.iter().map(str::to_string).collect() });
        Ok(())
    };
    let _ = reader.push(text, &mut collect);
    let _ = reader.finish(&mut collect);
    rows
}

/// Picks the delimiter whose first rows split most consistently into the most columns. A
/// pasted column of numbers ("1,800.50" on each line) is one column, not comma-separated.
pub fn detect_delimiter(text: &str) -> u8 {
    let sample: String = text.lines().take(DETECT_LINES).collect::<Vec<_>>().join("\n");
    let one_number_per_line = sample.lines().filter(|l| !l.trim().is_empty()).all(|line| {
        !line.contains(['\t', ';'])
            && (parse_money(line, DecimalSep::Dot).is_ok_and(|v| v.is_some())
                || parse_money(line, DecimalSep::Comma).is_ok_and(|v| v.is_some()))
    });
    if one_number_per_line {
        return b'\t';
    }
    let mut best = (b',', 0usize, 0usize);
    for delimiter in [b'\t', b';', b','] {
        let rows = records(&sample, delimiter);
        let Some(first) = rows.first() else { continue };
        let width = first.cells.len();
        let agreeing = rows.iter().filter(|r| r.cells.len() == width).count();
        if width > 1 && (agreeing, width) > (best.1, best.2) {
            best = (delimiter, agreeing, width);
        }
    }
    best.0
}

/// Whether a cell reads as a number (so a first row full of them is data, not a header).
pub fn looks_numeric(cell: &str) -> bool {
    let t = cell.trim();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_digit() || " .,%-+()$€£¥₹\u{a0}\u{202f}'".contains(c))
}
