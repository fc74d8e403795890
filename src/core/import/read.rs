//! The import's entry points: a paste, a whole file on the page, and the retry every reader
//! of bytes shares (read again as Windows-1252 when UTF-8 breaks after the first 8 KiB),
//! written once in [`Attempts`] for both this module and the import worker.

use std::collections::BTreeMap;

use super::analyze::{Overrides, Preview, SavedMapping};
use super::decode::Encoding;
use super::error::{ErrorKind, ImportError};
use super::stream::{Analyzer, Stop};
use crate::core::basics::number::DecimalSep;

/// The passes over one input: UTF-8 (or what its BOM says) first, then Windows-1252 if UTF-8
/// breaks later on. Each pass gets a fresh [`Analyzer`].
pub struct Attempts<'a> {
    source: &'a str,
    overrides: &'a Overrides,
    remembered: &'a BTreeMap<String, SavedMapping>,
    fallback: DecimalSep,
    encoding: Option<Encoding>,
}

impl<'a> Attempts<'a> {
    pub fn new(
        source: &'a str,
        overrides: &'a Overrides,
        remembered: &'a BTreeMap<String, SavedMapping>,
        fallback: DecimalSep,
    ) -> Attempts<'a> {
        Attempts { source, overrides, remembered, fallback, encoding: None }
    }

    /// The analyzer for the next pass.
    pub fn analyzer(&self) -> Analyzer {
        Analyzer::for_bytes(self.source, self.overrides, self.fallback, self.encoding)
            .remembering(self.remembered.clone())
    }

    /// After a pass stopped: `Ok(())` to read the input again (as Windows-1252), or the
    /// error to show. A second "not UTF-8" can't happen (Windows-1252 reads any byte), and
    /// would be an error rather than a loop.
    pub fn retry(&mut self, stop: Stop) -> Result<(), ImportError> {
        match stop {
            Stop::NotUtf8 if self.encoding.is_none() => {
                self.encoding = Some(Encoding::Windows1252);
                Ok(())
            }
            Stop::NotUtf8 => Err(ImportError::new(self.source, ErrorKind::Encoding)),
            Stop::Failed(e) => Err(e),
        }
    }
}

/// Decodes bytes and analyzes them in one go; `source` is the file name for messages.
pub fn analyze_bytes(
    source: &str,
    bytes: &[u8],
    overrides: &Overrides,
    fallback: DecimalSep,
) -> Result<Preview, ImportError> {
    analyze_bytes_remembering(source, bytes, overrides, &BTreeMap::new(), fallback)
}

/// [`analyze_bytes`], using the corrections remembered for the file's columns when no
/// corrections are given.
pub fn analyze_bytes_remembering(
    source: &str,
    bytes: &[u8],
    overrides: &Overrides,
    remembered: &BTreeMap<String, SavedMapping>,
    fallback: DecimalSep,
) -> Result<Preview, ImportError> {
    let mut attempts = Attempts::new(source, overrides, remembered, fallback);
    loop {
        let mut analyzer = attempts.analyzer();
        match analyzer.push(bytes).and_then(|()| analyzer.finish()) {
            Ok(preview) => return Ok(preview),
            Err(stop) => attempts.retry(stop)?,
        }
    }
}

/// Analyzes pasted or decoded text.
pub fn analyze(
    source: &str,
    text: &str,
    overrides: &Overrides,
    fallback: DecimalSep,
) -> Result<Preview, ImportError> {
    analyze_remembering(source, text, overrides, &BTreeMap::new(), fallback)
}

/// [`analyze`], using remembered corrections as [`analyze_bytes_remembering`] does.
pub fn analyze_remembering(
    source: &str,
    text: &str,
    overrides: &Overrides,
    remembered: &BTreeMap<String, SavedMapping>,
    fallback: DecimalSep,
) -> Result<Preview, ImportError> {
    let mut analyzer = Analyzer::for_text(source, overrides, fallback).remembering(remembered.clone());
    analyzer.push(text.as_bytes()).and_then(|()| analyzer.finish()).map_err(|stop| match stop {
        Stop::Failed(e) => e,
        Stop::NotUtf8 => unreachable!("a string is UTF-8"),
    })
}
