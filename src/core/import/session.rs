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
                    self.overrides = m.to_overrides();
                    self.remembered = true;
                }
                Phase::Previewed(Box::new(preview))
            }
            Err(e) => Phase::Failed(e),
        };
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
mod tests {
    use super::*;
    use crate::core::import::analyze::signature;
    use crate::core::import::read::analyze_bytes_remembering;

    const TEXT: &str = "Name,Budget,Chats\nA,15,10\nB,30,12\n";

    #[test]
    fn a_paste_is_previewed_corrected_and_applied() {
        let mut s = Session::new(DecimalSep::Dot);
        s.paste(TEXT, &BTreeMap::new());
        let Phase::Previewed(p) = &s.phase else { panic!("{:?}", s.phase) };
        assert_eq!(p.columns[1].role, Role::Ignore);
        assert_eq!(s.correct(Correction::Role(1, Role::Spend)), None, "a paste is read again at once");
        let Phase::Previewed(p) = &s.phase else { panic!() };
        assert_eq!(p.segments[1].spend, Some(crate::core::basics::money::Money::from_units(30)));
        let Some(Confirmed { overrides, join: None, .. }) = s.apply() else { panic!() };
        assert_eq!(overrides.roles.get(&1), Some(&Role::Spend));
        assert_eq!(s.phase, Phase::Idle);
        s.applied("Imported 2 segments.".into());
        assert_eq!(s.notice, Some(Notice::Applied("Imported 2 segments.".into())));
    }

    #[test]
    fn a_file_read_that_was_replaced_or_cancelled_changes_nothing() {
        let mut s = Session::new(DecimalSep::Dot);
        let first = s.file(2_000_000.0, &BTreeMap::new());
        let progress = |s: &Session| s.progress_text().map(|m| english(&m));
        assert_eq!(progress(&s).as_deref(), Some("0.0 MB of 2.0 MB · 0 rows"));
        s.progress(first.generation, 1_250_000.0, 15_000.0);
        assert_eq!(progress(&s).as_deref(), Some("1.2 MB of 2.0 MB · 15,000 rows"));
        // A correction starts a new read; the old one's answer is ignored.
        let second = s.correct(Correction::Decimal(1, DecimalSep::Comma)).unwrap();
        assert!(second.generation > first.generation);
        assert_eq!(second.job.mapping.decimals.get(&1).map(String::as_str), Some("comma"));
        let late = analyze_bytes_remembering(
            "x.csv",
            TEXT.as_bytes(),
            &Overrides::default(),
            &BTreeMap::new(),
            DecimalSep::Dot,
        );
        s.finished(first.generation, late.clone(), ReadStats::default());
        assert!(matches!(s.phase, Phase::Reading { .. }));
        s.finished(
            second.generation,
            late.clone(),
            ReadStats { bytes: 5_000.0, ms: 70.0, ..ReadStats::default() },
        );
        assert_eq!(
            s.facts().map(|m| english(&m)).as_deref(),
            Some("x.csv · read as UTF-8 · comma-separated · 2 data rows · read in 70 ms")
        );
        // Cancel during a read: a late answer can't bring a preview back.
        let third = s.file(10.0, &BTreeMap::new());
        s.cancel_read();
        s.finished(third.generation, late, ReadStats::default());
        assert_eq!((&s.phase, s.notice.as_ref()), (&Phase::Idle, Some(&Notice::Cancelled)));
        assert_eq!(s.apply(), None);
    }

    #[test]
    fn remembered_corrections_go_with_the_first_read_and_become_the_sessions() {
        let mut corrected = Overrides::default();
        corrected.roles.insert(1, Role::Spend);
        let first = analyze_bytes_remembering(
            "june.csv",
            TEXT.as_bytes(),
            &corrected,
            &BTreeMap::new(),
            DecimalSep::Dot,
        )
        .unwrap();
        let mut mappings = BTreeMap::new();
        mappings.insert(signature(&first).unwrap(), SavedMapping::from_overrides(&corrected));
        let mut s = Session::new(DecimalSep::Dot);
        let read = s.file(40.0, &mappings);
        assert_eq!(read.job.remembered, mappings, "the one read carries the memory");
        let result = analyze_bytes_remembering(
            "july.csv",
            TEXT.as_bytes(),
            &read.job.mapping.to_overrides(),
            &read.job.remembered,
            DecimalSep::Dot,
        );
        s.finished(read.generation, result, ReadStats::default());
        assert!(s.remembered);
        assert_eq!(s.overrides, corrected);
        // A further correction is the user's own: memory is no longer sent.
        let next = s.correct(Correction::Status("won".into(), Stage::Customer)).unwrap();
        assert!(next.job.remembered.is_empty());
        assert_eq!(next.job.mapping.statuses.get("won").map(String::as_str), Some("customer"));
    }
}
