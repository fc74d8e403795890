//! The streaming analyzer: bytes arrive in chunks (a file's `Blob.stream()` in the import
//! worker, or a whole paste at once), are decoded, split into records and folded into
//! per-segment sums as they pass, so memory grows with the number of segments and statuses,
//! never with the number of rows. Each column's decimal separator is decided from all of
//! its values, which are only all seen at the end, so every number is read both ways and
//! both sums are kept; `finish` picks one per column and builds the [`Preview`].

use std::collections::BTreeMap;

use super::analyze::{layout_signature, Overrides, Preview, SavedMapping, Shape};
use super::columns::{guess_role, Role};
use super::decode::{DecodeError, DecodeStop, Decoder, Encoding};
use super::error::{ErrorKind, ImportError};
use super::fold::Fold;
use super::shared::Settings;
use super::table::{looks_numeric, trim, Cells, Delimiter, RecordReader, Row, TableError};
use super::{date_roles, structure};
use crate::core::basics::number::DecimalSep;

/// Why an analysis stopped before the end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stop {
    /// The input can't be imported; the message says what, where and how to fix it.
    Failed(ImportError),
    /// Bytes after the first 8 KiB are not UTF-8: read the file again, as Windows-1252.
    NotUtf8,
}

/// Inside the pipeline, before the file name is put on messages.
enum Halt {
    Decode(DecodeError),
    NotUtf8,
    Table(TableError),
}

impl From<DecodeStop> for Halt {
    fn from(stop: DecodeStop) -> Halt {
        match stop {
            DecodeStop::Failed(e) => Halt::Decode(e),
            DecodeStop::NotUtf8 => Halt::NotUtf8,
        }
    }
}

/// Folds streamed text into a preview.
pub struct Analyzer {
    settings: Settings,
    decoder: Decoder,
    reader: RecordReader,
    bytes: u64,
    body: Body,
}

enum Body {
    /// No record yet.
    Start,
    /// No header row: a paste of numbers, kept whole (it may be one column to turn).
    Unlabeled {
        rows: Vec<Row>,
        width: usize,
    },
    /// A header whose roles leave gaps the values may fill: its first rows are held back
    /// until there are enough to look at.
    Heading {
        headers: Vec<String>,
        rows: Vec<Row>,
    },
    Labeled(Box<Fold>),
}

impl Analyzer {
    /// For a file's bytes; `encoding` forces one (after [`Stop::NotUtf8`]).
    pub fn for_bytes(
        source: &str,
        overrides: &Overrides,
        fallback: DecimalSep,
        encoding: Option<Encoding>,
    ) -> Analyzer {
        Analyzer::new(source, overrides, fallback, Decoder::new(encoding), false)
    }

    /// For text that is already a string (a paste).
    pub fn for_text(source: &str, overrides: &Overrides, fallback: DecimalSep) -> Analyzer {
        Analyzer::new(source, overrides, fallback, Decoder::utf8_text(), true)
    }

    fn new(
        source: &str,
        overrides: &Overrides,
        fallback: DecimalSep,
        decoder: Decoder,
        from_text: bool,
    ) -> Analyzer {
        Analyzer {
            settings: Settings {
                source: source.to_string(),
                overrides: overrides.clone(),
                remembered: BTreeMap::new(),
                fallback,
                from_text,
            },
            decoder,
            reader: RecordReader::new(),
            bytes: 0,
            body: Body::Start,
        }
    }

    /// Uses the corrections remembered for the file's column layout when no corrections are
    /// given, so a file seen before is read once, with the user's earlier choices.
    pub fn remembering(mut self, mappings: BTreeMap<String, SavedMapping>) -> Analyzer {
        self.settings.remembered = mappings;
        self
    }

    /// Bytes fed so far.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// Data rows read so far.
    pub fn rows(&self) -> usize {
        match &self.body {
            Body::Start => 0,
            Body::Unlabeled { rows, .. } | Body::Heading { rows, .. } => rows.len(),
            Body::Labeled(fold) => fold.rows,
        }
    }

    /// Feeds the next chunk.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), Stop> {
        self.bytes += chunk.len() as u64;
        let (reader, body, settings) = (&mut self.reader, &mut self.body, &self.settings);
        let result = self.decoder.push(chunk, &mut |text: &str| {
            reader.push(text, &mut |line, cells: Cells<'_>| on_record(body, settings, line, cells))
        });
        result.map_err(|h| self.stop(h))
    }

    /// Ends the input and builds the preview.
    pub fn finish(mut self) -> Result<Preview, Stop> {
        let (reader, body, settings) = (&mut self.reader, &mut self.body, &self.settings);
        let decoded = self.decoder.finish(&mut |text: &str| {
            reader.push(text, &mut |line, cells: Cells<'_>| on_record(body, settings, line, cells))
        });
        let ended = decoded.and_then(|encoding| {
            reader
                .finish(&mut |line, cells: Cells<'_>| on_record(body, settings, line, cells))
                .map(|()| encoding)
        });
        let encoding = ended.map_err(|h| self.stop(h))?;
        let delimiter = Delimiter::from_byte(self.reader.delimiter().unwrap_or(b','));
        let settings = &self.settings;
        let fail = |e: TableError| Stop::Failed(table_error(&settings.source, e));
        let mut fold = match std::mem::replace(&mut self.body, Body::Start) {
            Body::Start => return Err(fail(TableError::NoRows)),
            Body::Labeled(fold) => fold,
            Body::Heading { headers, rows } => labeled(headers, &rows, settings),
            Body::Unlabeled { rows, width } => unlabeled(rows, width, settings),
        };
        let mut preview = fold.finish(settings).map_err(Stop::Failed)?;
        preview.delimiter = delimiter;
        preview.encoding = (!settings.from_text).then_some(encoding);
        Ok(preview)
    }

    fn stop(&self, halt: Halt) -> Stop {
        let source = &self.settings.source;
        match halt {
            Halt::Decode(e) => Stop::Failed(ImportError::new(source, decode_kind(e))),
            Halt::Table(e) => Stop::Failed(table_error(source, e)),
            Halt::NotUtf8 => Stop::NotUtf8,
        }
    }
}

/// A decoding problem's kind among import problems.
fn decode_kind(e: DecodeError) -> ErrorKind {
    match e {
        DecodeError::Empty => ErrorKind::Empty,
        DecodeError::Workbook => ErrorKind::Workbook,
        DecodeError::Binary => ErrorKind::Binary,
        DecodeError::BadUtf16 { offset } => ErrorKind::Utf16 { byte: offset },
    }
}

/// A table error, positioned at its line when it has one.
fn table_error(source: &str, e: TableError) -> ImportError {
    match e {
        TableError::Ragged { line, found, expected } => {
            ImportError::at(source, line, ErrorKind::Ragged { found, expected })
        }
        TableError::NoRows => ImportError::new(source, ErrorKind::NoRows),
    }
}

/// How many cells a row really has (a spreadsheet's blank right edge is not a wider row),
/// or the positioned error when that isn't the table's width.
fn row_width(cells: &Cells<'_>, expected: usize, line: u64) -> Result<usize, Halt> {
    let mut found = cells.len();
    while found > expected && trim(cells.get(found - 1)).is_empty() {
        found -= 1;
    }
    match found == expected {
        true => Ok(found),
        false => Err(Halt::Table(TableError::Ragged { line, found, expected })),
    }
}

fn on_record(body: &mut Body, settings: &Settings, line: u64, cells: Cells<'_>) -> Result<(), Halt> {
    match body {
        Body::Start => {
            if cells.iter().any(looks_numeric) {
                *body = Body::Unlabeled {
                    rows: vec![Row { line, cells: cells.iter().map(str::to_string).collect() }],
                    width: cells.len(),
                };
            } else {
                let headers: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
                let roles: Vec<Role> = headers.iter().map(|h| guess_role(h)).collect();
                // A layout seen before is read with the roles the user chose for it then.
                let known = remembered(settings, &headers).is_some();
                let look = structure::worth_looking(&roles) || date_roles::worth_looking(&roles);
                *body = match !known && look {
                    true => Body::Heading { headers, rows: Vec::new() },
                    false => Body::Labeled(labeled(headers, &[], settings)),
                };
            }
            Ok(())
        }
        Body::Heading { headers, rows } => {
            let found = row_width(&cells, headers.len(), line)?;
            rows.push(Row { line, cells: cells.iter().take(found).map(str::to_string).collect() });
            if rows.len() == structure::SAMPLE_ROWS {
                *body = Body::Labeled(labeled(std::mem::take(headers), rows, settings));
            }
            Ok(())
        }
        Body::Unlabeled { rows, width } => {
            let found = row_width(&cells, *width, line)?;
            rows.push(Row { line, cells: cells.iter().take(found).map(str::to_string).collect() });
            Ok(())
        }
        Body::Labeled(fold) => {
            row_width(&cells, fold.headers.len(), line)?;
            fold.row(line, &cells);
            Ok(())
        }
    }
}

/// The corrections remembered for this column layout, unless the user gave some.
fn remembered<'a>(settings: &'a Settings, headers: &[String]) -> Option<&'a SavedMapping> {
    match settings.overrides.is_empty() {
        true => settings.remembered.get(&layout_signature(headers)),
        false => None,
    }
}

/// The fold of a table with a header row, with the rows held back (if any) already read.
fn labeled(headers: Vec<String>, held: &[Row], settings: &Settings) -> Box<Fold> {
    let remembered = remembered(settings, &headers);
    let overrides = remembered.map_or_else(|| settings.overrides.clone(), SavedMapping::to_overrides);
    let sample: Vec<Vec<String>> = held.iter().map(|r| r.cells.clone()).collect();
    let mut fold = Box::new(Fold::new(headers, Shape::Aggregate, overrides, &sample));
    fold.remembered = remembered.cloned();
    for row in held {
        fold.row(row.line, row.cells.as_slice());
    }
    fold
}

/// Rows without a header: one column of numbers becomes one row, then each row is read in
/// ladder order.
fn unlabeled(mut rows: Vec<Row>, width: usize, settings: &Settings) -> Box<Fold> {
    let mut width = width;
    if width == 1 && rows.len() > 1 {
        let line = rows[0].line;
        let cells =
            rows.drain(..).map(|r| r.cells.into_iter().next().unwrap_or_default()).collect::<Vec<_>>();
        width = cells.len();
        rows.push(Row { line, cells });
    }
    let headers = (0..width).map(|i| format!("Column {}", i + 1)).collect();
    let mut fold = Box::new(Fold::new(headers, Shape::Unlabeled, settings.overrides.clone(), &[]));
    for row in &rows {
        fold.row(row.line, row.cells.as_slice());
    }
    fold
}
