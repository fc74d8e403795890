//! Why an import can't go ahead: where (file, line, column with its header, the value), what
//! kind of problem it is with what was found, and what to do, in the manner of rust-csv's
//! positioned errors. The error is data, sent from the import worker as JSON; its words are
//! built on the page ([`ImportError::message`]).

use super::columns::Role;
use super::wording::{count, list, msg, quoted_list, text};
use crate::core::message::{english, Id, Message};

/// Why an import can't go ahead: where (file, line, column with its header, the value) and
/// what kind of problem it is. Its message reads "june.csv, line 3, column 2 (“Spend”): “n/a”
/// is not a number. Fix the cell, …".
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ImportError {
    /// What kind of problem it is, with what the message names beside the position (as
    /// rust-csv's `ErrorKind`).
    pub kind: ErrorKind,
    /// The file's name, "Pasted cells", or blank when no input is involved.
    pub file: String,
    /// The line (1-based) the problem is on, when there is one (u32 keeps the error small:
    /// beyond four billion lines it reads as the last).
    pub line: Option<u32>,
    /// The column (1-based) and its header.
    pub column: Option<(usize, String)>,
    /// The cell's text, when one cell is the problem.
    pub value: Option<String>,
}

/// The kinds of import problem.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ErrorKind {
    /// The file has no bytes.
    Empty,
    /// A spreadsheet workbook (xlsx, xls, ods), not CSV.
    Workbook,
    /// Not text at all (an image, a PDF…).
    Binary,
    /// Says it is UTF-16 (by its byte order mark) but breaks off at `byte`.
    Utf16 { byte: u64 },
    /// Text in an encoding that breaks partway.
    Encoding,
    /// Blank text: nothing to import.
    NoRows,
    /// A row with `found` values where the first has `expected`.
    Ragged { found: usize, expected: usize },
    /// A cell that should be a number isn't.
    NotANumber,
    /// A negative spend or count.
    Negative,
    /// A count that isn't whole, in a column read as `role`.
    NotWhole { role: Role },
    /// Every row is of a result other than messaging conversations: these.
    OtherResultsOnly { results: Vec<String> },
    /// No column reads as spend or a stage; the file's headers.
    NoLadderColumns { headers: Vec<String> },
    /// The browser couldn't read the file.
    Unreadable,
    /// The import worker's answer couldn't be read.
    Worker,
    /// The import worker was sent nothing to read.
    NoFile,
    /// From a version that didn't say (an old worker's answer).
    #[default]
    Unknown,
}

impl ImportError {
    /// A problem with the input as a whole.
    pub fn new(file: &str, kind: ErrorKind) -> ImportError {
        ImportError { kind, file: file.to_string(), ..ImportError::default() }
    }

    /// The browser couldn't read the file (moved, deleted, or no permission).
    pub fn unreadable(file: &str) -> ImportError {
        ImportError::new(file, ErrorKind::Unreadable)
    }

    /// A problem on one line (and, when known, one column's cell).
    pub fn at(file: &str, line: u64, kind: ErrorKind) -> ImportError {
        ImportError { line: Some(u32::try_from(line).unwrap_or(u32::MAX)), ..ImportError::new(file, kind) }
    }

    /// The cell at `column` (0-based), under `header`, holding `value`.
    pub fn in_cell(mut self, column: usize, header: &str, value: &str) -> ImportError {
        self.column = Some((column + 1, header.to_string()));
        self.value = Some(value.to_string());
        self
    }

    /// Where the problem is, what it is and how to fix it: "june.csv, line 3, column 2
    /// (“Spend”): “n/a” is not a number. …", or just the problem when no input is involved.
    pub fn message(&self) -> Message {
        let problem = self.problem();
        if self.file.is_empty() {
            return problem;
        }
        let in_column = |m: Message, (column, header): &(usize, String)| {
            m.with("column", text(column)).with("header", text(header))
        };
        let at = match (self.line, &self.column) {
            (None, None) => Message::of(Id::ImpInFile),
            (Some(line), None) => Message::of(Id::ImpOnLine).with("line", text(line)),
            (Some(line), Some(c)) => in_column(Message::of(Id::ImpInCell).with("line", text(line)), c),
            (None, Some(c)) => in_column(Message::of(Id::ImpInColumn), c),
        };
        at.with("file", text(&self.file)).with("problem", msg(problem))
    }

    /// What the problem is and how to fix it.
    fn problem(&self) -> Message {
        let value = || text(self.value.as_deref().unwrap_or_default());
        match &self.kind {
            ErrorKind::Empty => Message::of(Id::ImpEmpty),
            ErrorKind::Workbook => Message::of(Id::ImpWorkbook),
            ErrorKind::Binary => Message::of(Id::ImpBinary),
            ErrorKind::Utf16 { byte } => Message::of(Id::ImpBadUtf16).with("byte", text(byte)),
            ErrorKind::Encoding => Message::of(Id::ImpUndecodable),
            ErrorKind::NoRows => Message::of(Id::ImpNoRows),
            ErrorKind::Ragged { found, expected } => {
                Message::of(Id::ImpRagged).with("found", count(*found)).with("expected", count(*expected))
            }
            ErrorKind::NotANumber => Message::of(Id::ImpNotANumber).with("value", value()),
            ErrorKind::Negative => Message::of(Id::ImpNegative).with("value", value()),
            ErrorKind::NotWhole { role } => Message::of(Id::ImpNotWhole)
                .with("value", value())
                .with("counts", msg(Message::of(role.counted_name()))),
            ErrorKind::OtherResultsOnly { results } => Message::of(Id::ImpOtherResultsOnly)
                .with("results", list(results.iter().map(|r| text(r.as_str())))),
            ErrorKind::NoLadderColumns { headers } => {
                Message::of(Id::ImpNoLadderColumns).with("columns", quoted_list(headers))
            }
            ErrorKind::Unreadable => Message::of(Id::ImpUnreadable),
            ErrorKind::Worker => Message::of(Id::ImpWorkerUnreadable),
            ErrorKind::NoFile => Message::of(Id::ImpWorkerNoFile),
            ErrorKind::Unknown => Message::of(Id::ImpUnknown),
        }
    }
}

/// The message in English, numbers written plainly (for tests and logs; the page writes
/// [`ImportError::message`] in its own words).
impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&english(&self.message()))
    }
}
