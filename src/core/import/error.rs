//! Why an import can't go ahead: where (file, line, column with its header, the value), what
//! kind of problem it is, and what to do, in the manner of rust-csv's positioned errors.

/// Why an import can't go ahead: where (file, line, column with its header, the value) and
/// what to do, in the manner of rust-csv's positioned errors. `Display` writes
/// "june.csv, line 3, column 2 (“Spend”): “n/a” is not a number. Fix the cell, …".
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ImportError {
    /// What kind of problem it is, for code to tell apart (as rust-csv's `ErrorKind`); the
    /// words are in `message`.
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
    /// What is wrong and how to fix it.
    pub message: String,
}

/// The kinds of import problem.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ErrorKind {
    /// The file has no bytes.
    Empty,
    /// A spreadsheet workbook (xlsx, xls, ods), not CSV.
    Workbook,
    /// Not text at all (an image, a PDF…).
    Binary,
    /// Text in an encoding that breaks partway.
    Encoding,
    /// Blank text: nothing to import.
    NoRows,
    /// A row with more or fewer values than the first.
    Ragged,
    /// A cell that should be a number isn't.
    NotANumber,
    /// A negative spend or count.
    Negative,
    /// A count that isn't whole.
    NotWhole,
    /// Every row is of a result other than messaging conversations.
    OtherResultsOnly,
    /// No column reads as spend or a stage.
    NoLadderColumns,
    /// The browser couldn't read the file.
    Unreadable,
    /// The import worker's answer couldn't be read, or it was sent nothing.
    Worker,
    /// From a version that didn't say (an old worker's answer).
    #[default]
    Unknown,
}

impl ImportError {
    /// A problem with the input as a whole.
    pub fn new(file: &str, kind: ErrorKind, message: impl Into<String>) -> ImportError {
        ImportError { kind, file: file.to_string(), message: message.into(), ..ImportError::default() }
    }

    /// The browser couldn't read the file (moved, deleted, or no permission).
    pub fn unreadable(file: &str) -> ImportError {
        ImportError::new(
            file,
            ErrorKind::Unreadable,
            "the browser could not read this file. Try saving it again.",
        )
    }

    /// A problem on one line (and, when known, one column's cell).
    pub fn at(file: &str, line: u64, kind: ErrorKind, message: impl Into<String>) -> ImportError {
        ImportError {
            line: Some(u32::try_from(line).unwrap_or(u32::MAX)),
            ..ImportError::new(file, kind, message)
        }
    }

    /// The cell at `column` (0-based), under `header`, holding `value`.
    pub fn in_cell(mut self, column: usize, header: &str, value: &str) -> ImportError {
        self.column = Some((column + 1, header.to_string()));
        self.value = Some(value.to_string());
        self
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.file.is_empty() {
            return f.write_str(&self.message);
        }
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        if let Some((column, header)) = &self.column {
            write!(f, ", column {column} (“{header}”)")?;
        }
        write!(f, ": {}", self.message)
    }
}
