//! One import as the panel shows it: what is being read, where it stands (idle, reading,
//! previewed, failed), the user's corrections, join or replace, and every sentence the panel
//! says. The shell starts the reads the session asks for ([`Read`]) and hands back their
//! progress and results; a read that was cancelled or replaced can't change anything, since
//! each carries the number of the read it belongs to.

use std::collections::{BTreeMap, BTreeSet};

use super::analyze::{read_facts, Overrides, Preview, SavedMapping};
use super::columns::{normalize, Role};
use super::error::ImportError;
use super::join::JoinMode;
use super::protocol::Request;
use super::read::analyze_remembering;
use super::wording::{count, text};
use crate::core::basics::dates::Grouping;
use crate::core::basics::number::DecimalSep;
use crate::core::ladder::Stage;
use crate::core::message::{english, Id, Message};

/// Where an import stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Phase {
    /// Nothing being imported.
    #[default]
    Idle,
    /// A file being read: bytes so far of `total`, and rows so far.
    Reading { bytes: f64, total: f64, rows: f64 },
    /// Read; waiting for Apply or Cancel.
    Previewed(Box<Preview>),
    /// Can't be imported; nothing was changed.
    Failed(ImportError),
}

/// How a file's read went, for the preview's facts and the benchmark.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ReadStats {
    pub bytes: f64,
    /// From the pick to the preview.
    pub ms: f64,
    /// Inside the worker, from the File's arrival.
    pub worker_ms: f64,
    /// Inside the analyzer.
    pub parse_ms: f64,
    /// The worker's wasm memory, in bytes.
    pub memory: f64,
}

/// A correction the user makes in the preview.
#[derive(Clone, Debug, PartialEq)]
pub enum Correction {
    Role(usize, Role),
    Decimal(usize, DecimalSep),
    /// A status (as shown) counted up to a stage.
    Status(String, Stage),
    /// How rows with dates are grouped into periods.
    Grouping(Grouping),
    /// Keep (or leave out) the rows of an outcome log from this source (its key).
    KeepSource(String, bool),
    /// The day an outcome log's data is as of (a day number); `None` for the file's latest.
    AsOf(Option<i64>),
}

/// A confirmed preview, on its way into the workspace (`Event::ApplyImport`): joined onto
/// the ad data when `join` is asked for and possible, else replacing what was imported; the
/// corrections are remembered for the next file with these columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Confirmed {
    pub preview: Preview,
    pub overrides: Overrides,
    /// How an outcome log meets the ad data: the user's choice, or none for the default
    /// (`Workspace::join_default`).
    pub join: Option<JoinMode>,
}

/// A file read the shell must start: read number `generation`, with `job`.
#[derive(Clone, Debug, PartialEq)]
pub struct Read {
    pub generation: u64,
    pub job: Request,
}

/// What is being imported.
#[derive(Clone, Debug, Default, PartialEq)]
enum Input {
    #[default]
    None,
    Paste(String),
    /// A file of this many bytes (the shell holds the file itself).
    File(f64),
}

/// The import panel's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Session {
    pub phase: Phase,
    /// The corrections in force: the user's, or those remembered for the file's columns.
    pub overrides: Overrides,
    /// The corrections came from memory.
    pub remembered: bool,
    /// How an outcome log meets the ad data, when the user has chosen (else the default).
    pub join: Option<JoinMode>,
    /// The last thing that happened, said once: applied, or cancelled.
    pub notice: Option<Notice>,
    pub stats: Option<ReadStats>,
    input: Input,
    generation: u64,
    sep: DecimalSep,
    mappings: BTreeMap<String, SavedMapping>,
}

/// What the panel says once, after an import ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Cancelled during a read: "Import cancelled. Nothing was changed." (`imp-cancelled`).
    Cancelled,
    /// Applied: what the workspace said it did.
    Applied(String),
}

impl Session {
    /// A session for a browser whose decimal mark is `sep`.
    pub fn new(sep: DecimalSep) -> Session {
        Session { sep, ..Session::default() }
    }

    /// Starts over with pasted text, read at once. `mappings` are the workspace's remembered
    /// corrections.
    pub fn paste(&mut self, text: &str, mappings: &BTreeMap<String, SavedMapping>) {
        self.restart(Input::Paste(text.to_string()), mappings);
        self.read_paste();
    }

    /// Starts over with a file of `bytes`; the shell reads it as asked.
    pub fn file(&mut self, bytes: f64, mappings: &BTreeMap<String, SavedMapping>) -> Read {
        self.restart(Input::File(bytes), mappings);
        self.read_file()
    }

    fn restart(&mut self, input: Input, mappings: &BTreeMap<String, SavedMapping>) {
        *self = Session {
            sep: self.sep,
            generation: self.generation + 1,
            mappings: mappings.clone(),
            input,
            ..Session::new(self.sep)
        };
    }

    /// What a read is given: the corrections, or with none yet the remembered ones.
    fn job(&self) -> Request {
        Request {
            mapping: SavedMapping::from_overrides(&self.overrides),
            remembered: if self.overrides.is_empty() { self.mappings.clone() } else { BTreeMap::new() },
            decimal: self.sep,
        }
    }

    fn read_paste(&mut self) {
        if let Input::Paste(text) = &self.input {
            let job = self.job();
            // Pasted cells go by this name where a file's name would be.
            let source = english(&Message::of(Id::ImpPastedCells));
            let result = analyze_remembering(&source, text, &self.overrides, &job.remembered, self.sep);
            self.show(result);
        }
    }

    fn read_file(&mut self) -> Read {
        self.generation += 1;
        let total = if let Input::File(bytes) = self.input { bytes } else { 0.0 };
        self.phase = Phase::Reading { bytes: 0.0, total, rows: 0.0 };
        self.stats = None;
        Read { generation: self.generation, job: self.job() }
    }

    /// A correction: the input is read again with it. A file read comes back as a [`Read`].
    pub fn correct(&mut self, correction: Correction) -> Option<Read> {
        // The "as of" day only changes how the deals already read are seen: no read again.
        if let Correction::AsOf(day) = correction {
            self.overrides.as_of = day;
            self.apply_as_of();
            return None;
        }
        // The sources kept now: the user's choice, or the preview's suggestion.
        let kept_now: BTreeSet<String> = match (&self.overrides.sources, &self.phase) {
            (Some(chosen), _) => chosen.clone(),
            (None, Phase::Previewed(p)) => p
                .sources
                .iter()
                .flat_map(|f| f.values.iter().filter(|v| v.kept).map(|v| v.key.clone()))
                .collect(),
            _ => BTreeSet::new(),
        };
        let o = &mut self.overrides;
        match correction {
            Correction::Role(i, role) => {
                o.roles.insert(i, role);
            }
            Correction::Decimal(i, sep) => {
                o.decimals.insert(i, sep);
            }
            Correction::Status(status, stage) => {
                o.statuses.insert(normalize(&status), stage);
            }
            Correction::Grouping(grouping) => o.grouping = grouping,
            Correction::AsOf(_) => {}
            Correction::KeepSource(key, keep) => {
                let mut kept = kept_now;
                if keep {
                    kept.insert(key);
                } else {
                    kept.remove(&key);
                }
                o.sources = Some(kept);
            }
        }
        match self.input {
            Input::Paste(_) => {
                self.read_paste();
                None
            }
            Input::File(_) => Some(self.read_file()),
            Input::None => None,
        }
    }

    /// Whether read number `generation` is the one the panel waits for.
    pub fn is_current(&self, generation: u64) -> bool {
        generation == self.generation && matches!(self.phase, Phase::Reading { .. })
    }

    /// Progress of read `generation`; a read that was replaced is ignored.
    pub fn progress(&mut self, generation: u64, bytes: f64, rows: f64) {
        if let (true, Phase::Reading { total, .. }) = (self.is_current(generation), &self.phase) {
            self.phase = Phase::Reading { bytes, total: *total, rows };
        }
    }

    /// The end of read `generation`; a read that was replaced is ignored.
    pub fn finished(&mut self, generation: u64, result: Result<Preview, ImportError>, stats: ReadStats) {
        if self.is_current(generation) {
            self.stats = Some(stats);
            self.show(result);
        }
    }

    /// A preview read with remembered corrections takes them up as its own.
    fn show(&mut self, result: Result<Preview, ImportError>) {
        self.phase = match result {
            Ok(preview) => {
                if let Some(m) = &preview.remembered {
                    let as_of = self.overrides.as_of;
                    self.overrides = m.to_overrides();
                    self.overrides.as_of = as_of;
                    self.remembered = true;
                }
                Phase::Previewed(Box::new(preview))
            }
            Err(e) => Phase::Failed(e),
        };
        self.apply_as_of();
    }

    /// The user's "as of" day on the previewed deals.
    fn apply_as_of(&mut self) {
        if let Phase::Previewed(p) = &mut self.phase {
            if let Some(deals) = &mut p.deals {
                deals.set_as_of(self.overrides.as_of);
            }
        }
    }

    /// Cancel or Dismiss: back to idle, nothing changed.
    pub fn cancel(&mut self) {
        let sep = self.sep;
        *self = Session { generation: self.generation + 1, ..Session::new(sep) };
    }

    /// Cancel during a read: stops it, and says nothing was changed.
    pub fn cancel_read(&mut self) {
        self.cancel();
        self.notice = Some(Notice::Cancelled);
    }

    /// Apply: the confirmed preview, for `Event::ApplyImport`, and back to idle. The shell
    /// sends the event and hands its message to [`Session::applied`].
    pub fn apply(&mut self) -> Option<Confirmed> {
        let Phase::Previewed(preview) = &self.phase else { return None };
        let confirmed =
            Confirmed { preview: (**preview).clone(), overrides: self.overrides.clone(), join: self.join };
        self.cancel();
        Some(confirmed)
    }

    /// What the workspace said the import did.
    pub fn applied(&mut self, message: String) {
        self.notice = Some(Notice::Applied(message));
    }

    /// The progress line under the bar: "12.3 MB of 83.3 MB · 150,000 rows".
    pub fn progress_text(&self) -> Option<Message> {
        let Phase::Reading { bytes, total, rows } = self.phase else { return None };
        let mb = |b: f64| text(format!("{:.1}", b / 1_000_000.0));
        Some(
            Message::of(Id::ImpProgress)
                .with("read", mb(bytes))
                .with("total", mb(total))
                .with("rows", count(rows as usize)),
        )
    }

    /// The facts line of the preview (source, encoding, delimiter, rows, read time).
    pub fn facts(&self) -> Option<Message> {
        let Phase::Previewed(preview) = &self.phase else { return None };
        Some(read_facts(preview, self.stats.map(|s| (s.bytes, s.ms))))
    }
}

#[cfg(test)]
mod tests;
