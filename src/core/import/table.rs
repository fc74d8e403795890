//! Cells from delimited text, streamed: the delimiter detected from the first lines (comma,
//! semicolon or tab), RFC 4180 quoting with embedded quotes and newlines (csv-core), CRLF,
//! blank lines skipped, and every record knowing the line it started on so messages can
//! point at it. Text arrives in chunks of any size; a record may span chunks.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

use crate::core::number::{parse_money, DecimalSep};

/// One row of cells and the line (1-based) it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

/// A record's cells, borrowed from the reader's buffers until the next record.
#[derive(Clone, Copy, Debug)]
pub struct Cells<'a> {
    data: &'a [u8],
    ends: &'a [usize],
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
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        // csv-core only removes ASCII quotes and delimiters from UTF-8 input.
        std::str::from_utf8(&self.data[start..end]).unwrap_or("")
    }

    pub fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        (0..self.len()).map(|i| self.get(i))
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

/// How much text is looked at before choosing the delimiter.
const DETECT_LINES: usize = 30;
const DETECT_BYTES: usize = 64 * 1024;

/// Splits streamed text into records.
#[derive(Debug)]
pub struct RecordReader {
    delimiter: Option<u8>,
    /// Text held back until the delimiter is chosen.
    head: Vec<u8>,
    reader: Reader,
    output: Vec<u8>,
    ends: Vec<usize>,
    out_len: usize,
    ends_len: usize,
    /// Between records: skipping line terminators to find where the next one starts.
    seeking: bool,
    newlines: u64,
    start_line: u64,
}

impl RecordReader {
    /// A reader that detects the delimiter from the first lines.
    pub fn new() -> RecordReader {
        RecordReader {
            delimiter: None,
            head: Vec::new(),
            reader: Reader::new(),
            output: vec![0; 4096],
            ends: vec![0; 64],
            out_len: 0,
            ends_len: 0,
            seeking: true,
            newlines: 0,
            start_line: 1,
        }
    }

    /// A reader with a known delimiter.
    pub fn with_delimiter(delimiter: u8) -> RecordReader {
        let mut r = RecordReader::new();
        r.set_delimiter(delimiter);
        r
    }

    fn set_delimiter(&mut self, delimiter: u8) {
        self.delimiter = Some(delimiter);
        self.reader = ReaderBuilder::new().delimiter(delimiter).build();
    }

    /// The delimiter, once chosen.
    pub fn delimiter(&self) -> Option<u8> {
        self.delimiter
    }

    /// Feeds text; `on_record(line, cells)` is called for each complete, non-blank record.
    pub fn push<E>(
        &mut self,
        text: &[u8],
        on_record: &mut impl FnMut(u64, Cells<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.delimiter.is_some() {
            return self.feed(text, on_record);
        }
        self.head.extend_from_slice(text);
        let lines = self.head.iter().filter(|b| **b == b'\n').count();
        if lines > DETECT_LINES || self.head.len() >= DETECT_BYTES {
            self.detect();
            let head = std::mem::take(&mut self.head);
            return self.feed(&head, on_record);
        }
        Ok(())
    }

    /// Ends the text: the last record needs no line terminator.
    pub fn finish<E>(
        &mut self,
        on_record: &mut impl FnMut(u64, Cells<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.delimiter.is_none() {
            self.detect();
            let head = std::mem::take(&mut self.head);
            self.feed(&head, on_record)?;
        }
        self.feed(&[], on_record)
    }

    fn detect(&mut self) {
        let delimiter = detect_delimiter(&String::from_utf8_lossy(&self.head));
        self.set_delimiter(delimiter);
    }

    fn count_lines(&mut self, consumed: &[u8]) {
        let mut rest = consumed;
        if self.seeking {
            if let Some(at) = rest.iter().position(|b| !matches!(b, b'\r' | b'\n')) {
                self.newlines += rest[..at].iter().filter(|b| **b == b'\n').count() as u64;
                self.start_line = self.newlines + 1;
                self.seeking = false;
                rest = &rest[at..];
            }
        }
        self.newlines += rest.iter().filter(|b| **b == b'\n').count() as u64;
    }

    fn feed<E>(
        &mut self,
        mut input: &[u8],
        on_record: &mut impl FnMut(u64, Cells<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        let at_end = input.is_empty();
        loop {
            let (result, read, written, ended) = self.reader.read_record(
                input,
                &mut self.output[self.out_len..],
                &mut self.ends[self.ends_len..],
            );
            self.count_lines(&input[..read]);
            input = &input[read..];
            self.out_len += written;
            self.ends_len += ended;
            match result {
                ReadRecordResult::InputEmpty => {
                    if input.is_empty() && !at_end {
                        return Ok(());
                    }
                }
                ReadRecordResult::OutputFull => {
                    let n = self.output.len() * 2;
                    self.output.resize(n, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let n = self.ends.len() * 2;
                    self.ends.resize(n, 0);
                }
                ReadRecordResult::Record => {
                    let cells =
                        Cells { data: &self.output[..self.out_len], ends: &self.ends[..self.ends_len] };
                    let blank = cells.iter().all(|c| c.trim().is_empty());
                    let line = self.start_line;
                    self.out_len = 0;
                    self.ends_len = 0;
                    self.seeking = true;
                    if !blank {
                        on_record(line, cells)?;
                    }
                }
                ReadRecordResult::End => return Ok(()),
            }
        }
    }
}

impl Default for RecordReader {
    fn default() -> Self {
        RecordReader::new()
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
    let _ = reader.push(text.as_bytes(), &mut collect);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_comma_semicolon_and_tab() {
        assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(detect_delimiter("a;b;c\n1,5;2;3\n"), b';');
        assert_eq!(detect_delimiter("a\tb\n1,234\t5\n"), b'\t');
        assert_eq!(detect_delimiter("1,800.50\n600\n"), b'\t');
    }

    #[test]
    fn quoting_embedded_quotes_and_newlines_keep_their_lines() {
        let text =
            "Name,Spend\r\n\"Spring, \"\"big\"\" sale\",10\r\n\"Two\nlines\",20\r\nPlain,30\r\n\r\n\r\n";
        let cells: Vec<(u64, Vec<String>)> =
            records(text, b',').into_iter().map(|r| (r.line, r.cells)).collect();
        let expected: Vec<(u64, Vec<String>)> = [
            (1, vec!["Name", "Spend"]),
            (2, vec!["Spring, \"big\" sale", "10"]),
            (3, vec!["Two\nlines", "20"]),
            (5, vec!["Plain", "30"]),
        ]
        .into_iter()
        .map(|(l, c)| (l, c.into_iter().map(String::from).collect()))
        .collect();
        assert_eq!(cells, expected);
    }

    /// Any split of the text into chunks gives the same records and lines.
    #[test]
    fn chunk_boundaries_change_nothing() {
        let text = "Name;Spend\r\n\r\n\"A;\"\"x\"\"\r\nB\";1,5\r\nC;2\n\nD;3";
        let whole = records(text, b';');
        assert_eq!(whole.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 3, 5, 7]);
        for size in 1..text.len() {
            let mut rows = Vec::new();
            let mut reader = RecordReader::new();
            let mut collect = |line: u64, cells: Cells<'_>| -> Result<(), ()> {
                rows.push(Row { line, cells: cells.iter().map(str::to_string).collect() });
                Ok(())
            };
            for chunk in text.as_bytes().chunks(size) {
                reader.push(chunk, &mut collect).unwrap();
            }
            reader.finish(&mut collect).unwrap();
            assert_eq!(rows, whole, "chunks of {size} bytes");
        }
    }

    #[test]
    fn numbers_are_not_headers() {
        assert!(looks_numeric("1,800.50"));
        assert!(looks_numeric("$ 12"));
        assert!(!looks_numeric("Spend"));
        assert!(!looks_numeric(""));
    }
}
