//! Cells from delimited text: the delimiter detected (comma, semicolon or tab), RFC 4180
//! quoting with embedded quotes and newlines (csv-core), CRLF, blank lines skipped, and every
//! row remembering the line it started on so messages can point at it.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

use crate::core::number::{parse_money, DecimalSep};

/// One row of cells and the line (1-based) it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

/// The parsed text: the delimiter used, a header when the first row is one, and the rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub delimiter: u8,
    pub header: Option<Vec<String>>,
    pub rows: Vec<Row>,
}

impl Table {
    /// How many columns the table has.
    pub fn width(&self) -> usize {
        self.header.as_ref().map(Vec::len).or_else(|| self.rows.first().map(|r| r.cells.len())).unwrap_or(0)
    }
}

/// Why text could not be read as a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    NoRows,
    Ragged { line: u64, found: usize, expected: usize },
}

impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TableError::NoRows => write!(f, "There are no rows to import: the text is blank."),
            TableError::Ragged { line, found, expected } => write!(
                f,
                "Line {line} has {found} values but the first row has {expected}. A value probably contains the delimiter without quotes (a campaign name with a comma, say): put such values in double quotes, or export the file again."
            ),
        }
    }
}

/// The delimiter's name for the preview.
pub fn delimiter_name(delimiter: u8) -> &'static str {
    match delimiter {
        b'\t' => "tab",
        b';' => "semicolon",
        _ => "comma",
    }
}

/// Reads every record of `text` with `delimiter`, skipping blank lines.
pub fn records(text: &str, delimiter: u8) -> Vec<Row> {
    let mut reader: Reader = ReaderBuilder::new().delimiter(delimiter).build();
    let bytes = text.as_bytes();
    let mut input = bytes;
    // Lines are counted here: the record starts after the previous one's line terminator.
    let (mut record_start, mut counted_to, mut newlines) = (0usize, 0usize, 0u64);
    let mut output = vec![0u8; 1024];
    let mut ends = vec![0usize; 64];
    let (mut out_len, mut ends_len) = (0usize, 0usize);
    let mut rows = Vec::new();
    loop {
        let (result, read, written, ended) =
            reader.read_record(input, &mut output[out_len..], &mut ends[ends_len..]);
        input = &input[read..];
        let consumed = bytes.len() - input.len();
        out_len += written;
        ends_len += ended;
        match result {
            ReadRecordResult::InputEmpty => continue,
            ReadRecordResult::OutputFull => output.resize(output.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::Record => {
                let mut cells = Vec::with_capacity(ends_len);
                let mut from = 0;
                for &end in &ends[..ends_len] {
                    cells.push(String::from_utf8_lossy(&output[from..end]).into_owned());
                    from = end;
                }
                while record_start < bytes.len() && matches!(bytes[record_start], b'\r' | b'\n') {
                    record_start += 1;
                }
                newlines += bytes[counted_to..record_start].iter().filter(|b| **b == b'\n').count() as u64;
                counted_to = record_start;
                if cells.iter().any(|c| !c.trim().is_empty()) {
                    rows.push(Row { line: newlines + 1, cells });
                }
                record_start = consumed;
                out_len = 0;
                ends_len = 0;
            }
            ReadRecordResult::End => break,
        }
    }
    rows
}

/// Picks the delimiter whose first rows split most consistently into the most columns. A
/// pasted column of numbers ("1,800.50" on each line) is one column, not comma-separated.
pub fn detect_delimiter(text: &str) -> u8 {
    let sample: String = text.lines().take(30).collect::<Vec<_>>().join("\n");
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
fn looks_numeric(cell: &str) -> bool {
    let t = cell.trim();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_digit() || " .,%-+()$€£¥₹\u{a0}\u{202f}'".contains(c))
}

/// Parses delimited text into a table. The first row is the header unless it holds a number.
pub fn parse_table(text: &str) -> Result<Table, TableError> {
    let delimiter = detect_delimiter(text);
    let mut rows = records(text, delimiter);
    if rows.is_empty() {
        return Err(TableError::NoRows);
    }
    let has_header = !rows[0].cells.iter().any(|c| looks_numeric(c));
    let header = has_header.then(|| rows.remove(0).cells.into_iter().map(|c| c.trim().to_string()).collect());
    let expected = header.as_ref().map(Vec::len).or_else(|| rows.first().map(|r| r.cells.len())).unwrap_or(0);
    for row in &mut rows {
        // Trailing empty cells (a spreadsheet's ragged right edge) are not a different width.
        while row.cells.len() > expected && row.cells.last().is_some_and(|c| c.trim().is_empty()) {
            row.cells.pop();
        }
        if row.cells.len() < expected && row.cells.len() > 1 {
            // Short rows are padded only when the missing cells are at the end of a
            // spreadsheet paste; anything else is ragged.
            return Err(TableError::Ragged { line: row.line, found: row.cells.len(), expected });
        }
        if row.cells.len() != expected && !(row.cells.len() == 1 && expected == 1) {
            return Err(TableError::Ragged { line: row.line, found: row.cells.len(), expected });
        }
    }
    Ok(Table { delimiter, header, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_comma_semicolon_and_tab() {
        assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(detect_delimiter("a;b;c\n1,5;2;3\n"), b';');
        assert_eq!(detect_delimiter("a\tb\n1,234\t5\n"), b'\t');
    }

    #[test]
    fn quoting_embedded_quotes_and_newlines_keep_their_lines() {
        let text =
            "Name,Spend\r\n\"Spring, \"\"big\"\" sale\",10\r\n\"Two\nlines\",20\r\nPlain,30\r\n\r\n\r\n";
        let table = parse_table(text).unwrap();
        assert_eq!(table.header, Some(vec!["Name".to_string(), "Spend".to_string()]));
        let cells: Vec<(u64, Vec<&str>)> =
            table.rows.iter().map(|r| (r.line, r.cells.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            cells,
            [
                (2, vec!["Spring, \"big\" sale", "10"]),
                (3, vec!["Two\nlines", "20"]),
                (5, vec!["Plain", "30"]),
            ]
        );
    }

    #[test]
    fn a_row_of_numbers_is_data_not_a_header() {
        let table = parse_table("1800\t600\t390\n").unwrap();
        assert_eq!(table.header, None);
        assert_eq!(table.rows[0].cells, ["1800", "600", "390"]);
        let column = parse_table("1800\n600\n390\n").unwrap();
        assert_eq!(column.rows.len(), 3);
        assert_eq!(column.width(), 1);
    }

    #[test]
    fn ragged_rows_name_the_line() {
        let err = parse_table("Name,Spend,Chats\nA,10,5\nB,Big, sale,20,4\n").unwrap_err();
        assert_eq!(err, TableError::Ragged { line: 3, found: 5, expected: 3 });
        assert!(err.to_string().starts_with("Line 3 has 5 values but the first row has 3."));
    }

    #[test]
    fn trailing_empty_cells_are_forgiven() {
        let table = parse_table("Name,Spend\nA,10,,\n").unwrap();
        assert_eq!(table.rows[0].cells, ["A", "10"]);
    }
}
