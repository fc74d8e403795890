//! The streaming analyzer: bytes arrive in chunks (a file's `Blob.stream()` in the import
//! worker, or a whole paste at once), are decoded, split into records and folded into
//! per-segment sums as they pass, so memory grows with the number of segments and statuses,
//! never with the number of rows. Each column's decimal separator is decided from all of
//! its values, which are only all seen at the end, so every number is read both ways and
//! both sums are kept; `finish` picks one per column and builds the [`Preview`].

use rustc_hash::FxHashMap as HashMap;

use super::analyze::{
    default_status_stage, describe, sample, ColumnPreview, ImportError, Overrides, Preview, Shape,
    StatusCount, UNLABELED_ORDER,
};
use super::columns::{currency_in, guess_role, normalize, Role};
use super::decode::{DecodeError, DecodeStop, Decoder, Encoding};
use super::numbers::{parse_both, DecimalDecision, Evidence};
use super::table::{delimiter_name, looks_numeric, trim, Cells, RecordReader, Row, TableError};
use super::words::{less, TextIndex};
use crate::core::ladder::Stage;
use crate::core::money::Money;
use crate::core::number::DecimalSep;
use crate::core::segment::Segment;

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

/// Cells of one row, from the reader's buffers or from kept rows.
trait CellSource {
    fn cell(&self, i: usize) -> &str;
}

impl CellSource for Cells<'_> {
    fn cell(&self, i: usize) -> &str {
        self.get(i)
    }
}

impl CellSource for [String] {
    fn cell(&self, i: usize) -> &str {
        self.get(i).map_or("", String::as_str)
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

struct Settings {
    source: String,
    overrides: Overrides,
    fallback: DecimalSep,
    from_text: bool,
}

enum Body {
    /// No record yet.
    Start,
    /// No header row: a paste of numbers, kept whole (it may be one column to turn).
    Unlabeled {
        rows: Vec<Row>,
        width: usize,
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
                fallback,
                from_text,
            },
            decoder,
            reader: RecordReader::new(),
            bytes: 0,
            body: Body::Start,
        }
    }

    /// Bytes fed so far.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// Data rows read so far.
    pub fn rows(&self) -> usize {
        match &self.body {
            Body::Start => 0,
            Body::Unlabeled { rows, .. } => rows.len(),
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
        let delimiter = delimiter_name(self.reader.delimiter().unwrap_or(b','));
        let settings = &self.settings;
        let fail = |e: TableError| Stop::Failed(ImportError(format!("{}: {e}", settings.source)));
        let mut fold = match std::mem::replace(&mut self.body, Body::Start) {
            Body::Start => return Err(fail(TableError::NoRows)),
            Body::Labeled(fold) => fold,
            Body::Unlabeled { rows, width } => unlabeled(rows, width, settings),
        };
        let mut preview = fold.finish(settings).map_err(Stop::Failed)?;
        preview.delimiter = delimiter.to_string();
        preview.encoding = (!settings.from_text).then_some(encoding);
        Ok(preview)
    }

    fn stop(&self, halt: Halt) -> Stop {
        let source = &self.settings.source;
        match halt {
            Halt::Decode(e) => Stop::Failed(ImportError(format!("{source}: {e}"))),
            Halt::Table(e) => Stop::Failed(ImportError(format!("{source}: {e}"))),
            Halt::NotUtf8 => Stop::NotUtf8,
        }
    }
}

/// How many cells a row really has: a spreadsheet's blank right edge is not a wider row.
fn row_width(cells: &Cells<'_>, expected: usize) -> usize {
    let mut n = cells.len();
    while n > expected && trim(cells.get(n - 1)).is_empty() {
        n -= 1;
    }
    n
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
                let headers = cells.iter().map(|c| c.trim().to_string()).collect();
                *body = Body::Labeled(Box::new(Fold::new(headers, Shape::Aggregate, settings)));
            }
            Ok(())
        }
        Body::Unlabeled { rows, width } => {
            let found = row_width(&cells, *width);
            if found != *width {
                return Err(Halt::Table(TableError::Ragged { line, found, expected: *width }));
            }
            rows.push(Row { line, cells: cells.iter().take(found).map(str::to_string).collect() });
            Ok(())
        }
        Body::Labeled(fold) => {
            let expected = fold.headers.len();
            let found = row_width(&cells, expected);
            if found != expected {
                return Err(Halt::Table(TableError::Ragged { line, found, expected }));
            }
            fold.row(line, &cells);
            Ok(())
        }
    }
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
    let mut fold = Box::new(Fold::new(headers, Shape::Unlabeled, settings));
    for row in &rows {
        fold.row(row.line, row.cells.as_slice());
    }
    fold
}

/// A number that can't be used, first seen at `line`.
#[derive(Clone, Debug)]
struct CellError {
    line: u64,
    problem: Problem,
    text: String,
}

#[derive(Clone, Copy, Debug)]
enum Problem {
    NotANumber,
    Negative,
    NotWhole,
}

/// Sums of one column, read with a decimal point `[0]` and with a decimal comma `[1]`.
type Both = [Option<i64>; 2];

fn add(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (None, None) => None,
        _ => Some(a.unwrap_or(0).saturating_add(b.unwrap_or(0))),
    }
}

fn sep_index(sep: DecimalSep) -> usize {
    match sep {
        DecimalSep::Dot => 0,
        DecimalSep::Comma => 1,
    }
}

/// Everything a labeled table has shown so far.
struct Fold {
    headers: Vec<String>,
    roles: Vec<Role>,
    shape: Shape,
    numeric: Vec<usize>,
    evidence: Vec<Evidence>,
    errors: Vec<[Option<CellError>; 2]>,
    samples: Vec<Vec<String>>,
    rows: usize,
    /// This row's numbers, both ways, by column.
    values: Vec<Both>,
    kind: Kind,
}

enum Kind {
    Rows(Box<RowsFold>),
    Outcomes(Box<OutcomeFold>),
}

impl Fold {
    fn new(headers: Vec<String>, shape: Shape, settings: &Settings) -> Fold {
        let width = headers.len();
        let roles: Vec<Role> = (0..width)
            .map(|i| {
                settings.overrides.roles.get(&i).copied().unwrap_or_else(|| match shape {
                    Shape::Unlabeled => UNLABELED_ORDER.get(i).copied().unwrap_or(Role::Ignore),
                    _ => guess_role(&headers[i]),
                })
            })
            .collect();
        let shape = match shape {
            Shape::Unlabeled => Shape::Unlabeled,
            _ => shape_of(&roles, &headers),
        };
        let find = |role: Role| roles.iter().position(|r| *r == role);
        let kind = match shape {
            Shape::OutcomeLog => Kind::Outcomes(Box::new(OutcomeFold {
                status_col: find(Role::Status).expect("outcome logs have a status column"),
                name_col: find(Role::Name),
                value_col: find(Role::Value),
                date_col: find(Role::PeriodStart),
                statuses: Vec::new(),
                status_by_text: TextIndex::default(),
                status_by_key: HashMap::default(),
                groups: Vec::new(),
                group_by_text: TextIndex::default(),
                group_by_key: HashMap::default(),
            })),
            _ => Kind::Rows(Box::new(RowsFold {
                name_col: find(Role::Name),
                has_started: roles.contains(&Role::Started),
                results_col: find(Role::Results),
                indicator_col: find(Role::ResultIndicator),
                start_col: find(Role::PeriodStart),
                end_col: find(Role::PeriodEnd),
                groups: Vec::new(),
                by_key: HashMap::default(),
                first: None,
                last: None,
                other_results: [0, 0],
            })),
        };
        Fold {
            numeric: (0..width).filter(|i| roles[*i].is_numeric()).collect(),
            evidence: vec![Evidence::default(); width],
            errors: vec![[None, None]; width],
            samples: Vec::new(),
            rows: 0,
            values: vec![[None, None]; width],
            headers,
            roles,
            shape,
            kind,
        }
    }

    fn row<C: CellSource + ?Sized>(&mut self, line: u64, cells: &C) {
        self.rows += 1;
        if self.samples.len() < 3 {
            self.samples.push((0..self.headers.len()).map(|i| cells.cell(i).to_string()).collect());
        }
        for &i in &self.numeric {
            let text = cells.cell(i);
            self.evidence[i].see(text);
            let whole_only = !self.roles[i].is_money();
            for (s, read) in parse_both(text).into_iter().enumerate() {
                let value = match read {
                    Ok(Some(n)) if n.micros < 0 => Err(Problem::Negative),
                    Ok(Some(n)) if whole_only && n.micros % 1_000_000 != 0 => Err(Problem::NotWhole),
                    Ok(v) => Ok(v.map(|n| n.micros)),
                    Err(_) => Err(Problem::NotANumber),
                };
                self.values[i][s] = match value {
                    Ok(v) => v,
                    Err(problem) => {
                        if self.errors[i][s].is_none() {
                            self.errors[i][s] =
                                Some(CellError { line, problem, text: text.trim().to_string() });
                        }
                        None
                    }
                };
            }
        }
        match &mut self.kind {
            Kind::Rows(f) => f.row(line, cells, &self.values),
            Kind::Outcomes(f) => f.row(cells, &self.values),
        }
    }

    /// Each column's separator: its own values first, then the file's money columns, then
    /// the browser's; the user's choice over all of them.
    fn decimals(&self, settings: &Settings) -> Vec<DecimalDecision> {
        let whole = |i: usize| self.roles[i].is_numeric() && !self.roles[i].is_money();
        let width = self.headers.len();
        let own: Vec<DecimalDecision> =
            (0..width).map(|i| self.evidence[i].decide(settings.fallback, whole(i))).collect();
        let votes = |sep: DecimalSep| {
            (0..width)
                .filter(|i| self.roles[*i].is_money() && own[*i].sep == sep && self.evidence[*i].decisive())
                .count()
        };
        let file_sep = match (votes(DecimalSep::Dot), votes(DecimalSep::Comma)) {
            (d, c) if c > d => DecimalSep::Comma,
            (d, c) if d > c => DecimalSep::Dot,
            _ => settings.fallback,
        };
        own.into_iter()
            .enumerate()
            .map(|(i, decision)| {
                let mut decision = if decision.reason.starts_with("no decimals seen") {
                    self.evidence[i].decide(file_sep, whole(i))
                } else {
                    decision
                };
                if let Some(sep) = settings.overrides.decimals.get(&i) {
                    if *sep != decision.sep {
                        decision = DecimalDecision { sep: *sep, reason: "set by you".to_string() };
                    }
                }
                decision
            })
            .collect()
    }

    fn finish(&mut self, settings: &Settings) -> Result<Preview, ImportError> {
        let source = &settings.source;
        let decimals = self.decimals(settings);
        let seps: Vec<usize> = decimals.iter().map(|d| sep_index(d.sep)).collect();
        // The first unusable number, in file order, with the separators as decided.
        let first_error = self
            .numeric
            .iter()
            .filter_map(|&i| self.errors[i][seps[i]].as_ref().map(|e| (e.line, i, e)))
            .min_by_key(|(line, i, _)| (*line, *i));
        if let Some((line, i, e)) = first_error {
            let at = format!("{source}, line {line}, column {} (“{}”)", i + 1, self.headers[i]);
            let text = &e.text;
            return Err(ImportError(match e.problem {
                Problem::NotANumber => {
                    format!("{at}: “{text}” is not a number. Fix the cell, or set the column’s role to Ignore.")
                }
                Problem::Negative => format!(
                    "{at}: “{text}” is negative. Spend and counts can’t be negative: fix the cell, or set the column to Ignore."
                ),
                Problem::NotWhole => format!(
                    "{at}: “{text}” is not a whole number, but {} are counted in whole people. Check the column’s role and decimal separator.",
                    self.roles[i].label().to_lowercase()
                ),
            }));
        }
        let mut notes = Vec::new();
        let (segments, statuses) = match &mut self.kind {
            Kind::Rows(f) => (f.finish(&self.roles, &seps, self.rows, &mut notes), Vec::new()),
            Kind::Outcomes(f) => f.finish(&seps, &settings.overrides, &mut notes),
        };
        if segments.iter().all(|s| {
            s.spend.is_none()
                && s.started.is_none()
                && s.replies.is_none()
                && s.qualified.is_none()
                && s.handoffs.is_none()
                && s.customers.is_none()
        }) {
            return Err(ImportError(format!(
                "{source}: no spend or stage column was recognised (columns: {}). Set each column’s role below, or rename the headers to names such as “Spend”, “Conversations started”, “Qualified”, “Customers”.",
                self.headers.iter().map(|h| format!("“{h}”")).collect::<Vec<_>>().join(", ")
            )));
        }
        let currency = self
            .roles
            .iter()
            .zip(&self.headers)
            .find(|(r, _)| **r == Role::Spend)
            .and_then(|(_, h)| currency_in(h));
        let looks_like = describe(self.shape, self.rows, &segments, currency.as_deref(), &self.roles);
        let columns = (0..self.headers.len())
            .map(|i| ColumnPreview {
                index: i,
                header: self.headers[i].clone(),
                role: self.roles[i],
                decimal: decimals[i].clone(),
                samples: self.samples.iter().map(|r| sample(&r[i], self.roles[i], decimals[i].sep)).collect(),
            })
            .collect();
        Ok(Preview {
            source: source.clone(),
            encoding: None,
            delimiter: String::new(),
            shape: self.shape,
            looks_like,
            columns,
            rows: self.rows,
            segments,
            currency,
            statuses,
            notes,
        })
    }
}

fn shape_of(roles: &[Role], headers: &[String]) -> Shape {
    if roles.contains(&Role::Status) && !roles.contains(&Role::Spend) {
        return Shape::OutcomeLog;
    }
    let meta = headers.iter().any(|h| {
        let n = normalize(h);
        n.starts_with("amount spent")
            || n == "result indicator"
            || n == "reporting starts"
            || n.starts_with("messaging conversations")
            || n == "importe gastado"
            || n == "valor usado"
            || n == "inicio del informe"
            || n == "indicador de resultados"
    });
    if meta {
        Shape::MetaAds
    } else {
        Shape::Aggregate
    }
}

/// Rows (or rows grouped by name) with spend and stage counts in columns.
struct RowsFold {
    name_col: Option<usize>,
    has_started: bool,
    results_col: Option<usize>,
    indicator_col: Option<usize>,
    start_col: Option<usize>,
    end_col: Option<usize>,
    /// Grouped rows, in order of first appearance, the first and last rows held apart
    /// until the end: either may be a totals row.
    groups: Vec<Group>,
    by_key: HashMap<String, usize>,
    first: Option<Group>,
    last: Option<Group>,
    /// Rows whose `Results` count something other than conversations, each way.
    other_results: [usize; 2],
}

/// One or more rows with the same name.
#[derive(Clone, Debug)]
struct Group {
    name: String,
    line: u64,
    rows: usize,
    sums: Vec<Both>,
    /// Conversations from Meta's `Results` column, where the indicator says so.
    from_results: Both,
    start: Option<String>,
    end: Option<String>,
}

impl Group {
    fn absorb(&mut self, other: Group) {
        self.rows += other.rows;
        for (mine, theirs) in self.sums.iter_mut().zip(&other.sums) {
            mine[0] = add(mine[0], theirs[0]);
            mine[1] = add(mine[1], theirs[1]);
        }
        self.from_results = [
            add(self.from_results[0], other.from_results[0]),
            add(self.from_results[1], other.from_results[1]),
        ];
        if let Some(s) = other.start {
            if self.start.as_ref().is_none_or(|cur| s < *cur) {
                self.start = Some(s);
            }
        }
        if let Some(e) = other.end {
            if self.end.as_ref().is_none_or(|cur| e > *cur) {
                self.end = Some(e);
            }
        }
    }

    fn segment(
        &self,
        roles: &[Role],
        seps: &[usize],
        has_started: bool,
        results_col: Option<usize>,
    ) -> Segment {
        let mut seg = Segment { name: self.name.clone(), ..Segment::default() };
        for (i, role) in roles.iter().enumerate() {
            let Some(v) = self.sums[i][seps[i]] else { continue };
            let count = (v / 1_000_000) as u64;
            match role {
                Role::Spend => seg.spend = Some(Money(v)),
                Role::Revenue => seg.revenue = Some(Money(v)),
                Role::Started => seg.started = Some(count),
                Role::Replies => seg.replies = Some(count),
                Role::Qualified => seg.qualified = Some(count),
                Role::Handoffs => seg.handoffs = Some(count),
                Role::Customers => seg.customers = Some(count),
                Role::Impressions => seg.impressions = Some(count),
                Role::LinkClicks => seg.link_clicks = Some(count),
                _ => {}
            }
        }
        if let (false, Some(rc)) = (has_started, results_col) {
            if let Some(v) = self.from_results[seps[rc]] {
                seg.started = Some(seg.started.unwrap_or(0) + (v / 1_000_000) as u64);
            }
        }
        seg.period = match (&self.start, &self.end) {
            (Some(s), Some(e)) if s != e => Some(format!("{s} – {e}")),
            (Some(s), _) => Some(s.clone()),
            _ => None,
        };
        seg
    }
}

fn is_totals_label(name: &str) -> bool {
    matches!(
        normalize(name).as_str(),
        "total" | "totals" | "grand total" | "total general" | "totales" | "totais" | "summe" | "sum" | "all"
    )
}

impl RowsFold {
    fn row<C: CellSource + ?Sized>(&mut self, line: u64, cells: &C, values: &[Both]) {
        let name = match self.name_col {
            Some(c) => cells.cell(c).trim().to_string(),
            None => format!("Row {line}"),
        };
        let mut from_results = [None, None];
        if let (false, Some(rc)) = (self.has_started, self.results_col) {
            let indicator = self.indicator_col.map(|c| cells.cell(c).to_lowercase()).unwrap_or_default();
            let messaging = indicator.contains("messaging_conversation_started");
            for s in 0..2 {
                match values[rc][s] {
                    Some(v) if messaging => from_results[s] = Some(v),
                    Some(v) if v > 0 => self.other_results[s] += 1,
                    _ => {}
                }
            }
        }
        let text = |c: Option<usize>| c.map(|c| cells.cell(c).trim().to_string()).filter(|s| !s.is_empty());
        let start = text(self.start_col);
        let end = text(self.end_col).or_else(|| start.clone());
        let group = Group { name, line, rows: 1, sums: values.to_vec(), from_results, start, end };
        if self.first.is_none() {
            self.first = Some(group);
        } else if let Some(previous) = self.last.replace(group) {
            self.absorb(previous, false);
        }
    }

    fn absorb(&mut self, group: Group, at_front: bool) {
        let key = normalize(&group.name);
        match self.by_key.get(&key) {
            Some(&i) => {
                if at_front {
                    // The first row's spelling names the group, which moves to the front.
                    let mut existing = self.groups.remove(i);
                    existing.name = group.name.clone();
                    existing.absorb(group);
                    self.groups.insert(0, existing);
                    self.reindex();
                } else {
                    self.groups[i].absorb(group);
                }
            }
            None if at_front => {
                self.groups.insert(0, group);
                self.reindex();
            }
            None => {
                self.by_key.insert(key, self.groups.len());
                self.groups.push(group);
            }
        }
    }

    fn reindex(&mut self) {
        self.by_key = self.groups.iter().enumerate().map(|(i, g)| (normalize(&g.name), i)).collect();
    }

    fn finish(
        &mut self,
        roles: &[Role],
        seps: &[usize],
        rows: usize,
        notes: &mut Vec<String>,
    ) -> Vec<Segment> {
        let (has_started, results_col) = (self.has_started, self.results_col);
        let segment = |g: &Group| g.segment(roles, seps, has_started, results_col);
        if let Some(rc) = results_col.filter(|_| !has_started) {
            let other = self.other_results[seps[rc]];
            if other > 0 {
                notes.push(format!(
                    "Results on {other} row(s) count other actions (their result indicator is not “messaging conversation started”), so they were not counted as conversations."
                ));
            }
        }
        // A totals row at the bottom (or top): labelled "Total", or unnamed with sums that match.
        if rows >= 3 {
            let all: Vec<Segment> =
                self.first.iter().chain(&self.groups).chain(&self.last).map(segment).collect();
            let total_spend: i64 = all.iter().filter_map(|s| s.spend).map(|m| m.0).sum();
            let total_started: u64 = all.iter().filter_map(|s| s.started).sum();
            for at_last in [true, false] {
                let candidate = if at_last { self.last.as_ref() } else { self.first.as_ref() };
                let Some(candidate) = candidate else { continue };
                let seg = segment(candidate);
                let sums_match = seg.spend.is_none_or(|m| m.0 == total_spend - m.0)
                    && seg.started.is_none_or(|c| c == total_started - c)
                    && (seg.spend.is_some() || seg.started.is_some());
                if is_totals_label(&seg.name)
                    || (self.name_col.is_some() && seg.name.is_empty() && sums_match)
                {
                    notes.push(format!(
                        "Line {} is a totals row{}: left out so nothing is counted twice.",
                        candidate.line,
                        if sums_match { "" } else { " (its numbers don't match the rows, check the file)" }
                    ));
                    if at_last {
                        self.last = None;
                    } else {
                        self.first = None;
                    }
                    break;
                }
            }
        }
        if let Some(first) = self.first.take() {
            self.absorb(first, true);
        }
        if let Some(last) = self.last.take() {
            self.absorb(last, false);
        }
        let grouped_rows: usize = self.groups.iter().map(|g| g.rows).sum();
        if self.groups.len() < grouped_rows {
            notes.push(format!(
                "{grouped_rows} rows were grouped into {} segments by name (per-day rows are added up).",
                self.groups.len()
            ));
        }
        let mut segments: Vec<Segment> = self.groups.iter().map(segment).collect();
        if self.name_col.is_none() && rows == 1 {
            segments[0].name = "Imported".to_string();
        }
        segments
    }
}

/// One row per conversation or deal, with its status.
struct OutcomeFold {
    status_col: usize,
    name_col: Option<usize>,
    value_col: Option<usize>,
    date_col: Option<usize>,
    /// Statuses in order of first appearance: the first spelling, its key, and rows.
    statuses: Vec<(String, String, usize)>,
    status_by_text: TextIndex,
    status_by_key: HashMap<String, usize>,
    groups: Vec<OutcomeGroup>,
    group_by_text: TextIndex,
    group_by_key: HashMap<String, usize>,
}

/// Rows of one campaign (or all of them): how many ended at each status, and their value.
struct OutcomeGroup {
    name: String,
    by_status: Vec<(u64, Both)>,
    first: Option<String>,
    last: Option<String>,
}

/// Finds the entry for `text` in a list keyed by normalized text, adding it when new. A
/// lookup by the exact text comes first, so repeated values are never normalized again.
fn intern(
    text: &str,
    by_text: &mut TextIndex,
    by_key: &mut HashMap<String, usize>,
    add: &mut impl FnMut(String) -> usize,
) -> usize {
    if let Some(i) = by_text.get(text) {
        return i;
    }
    let key = normalize(text);
    let i = match by_key.get(&key) {
        Some(&i) => i,
        None => {
            let i = add(key.clone());
            by_key.insert(key, i);
            i
        }
    };
    by_text.insert(text, i);
    i
}

impl OutcomeFold {
    fn row<C: CellSource + ?Sized>(&mut self, cells: &C, values: &[Both]) {
        let raw = trim(cells.cell(self.status_col));
        let statuses = &mut self.statuses;
        let status = intern(raw, &mut self.status_by_text, &mut self.status_by_key, &mut |key| {
            statuses.push((raw.to_string(), key, 0));
            statuses.len() - 1
        });
        self.statuses[status].2 += 1;
        let name = self.name_col.map(|c| trim(cells.cell(c))).filter(|n| !n.is_empty());
        let name = name.unwrap_or("All conversations");
        let groups = &mut self.groups;
        let group = intern(name, &mut self.group_by_text, &mut self.group_by_key, &mut |_| {
            groups.push(OutcomeGroup {
                name: name.to_string(),
                by_status: Vec::new(),
                first: None,
                last: None,
            });
            groups.len() - 1
        });
        let g = &mut self.groups[group];
        if g.by_status.len() <= status {
            g.by_status.resize(status + 1, (0, [None, None]));
        }
        let slot = &mut g.by_status[status];
        slot.0 += 1;
        if let Some(vc) = self.value_col {
            slot.1 = [add(slot.1[0], values[vc][0]), add(slot.1[1], values[vc][1])];
        }
        if let Some(d) = self.date_col.map(|c| trim(cells.cell(c))).filter(|d| !d.is_empty()) {
            if g.first.as_deref().is_none_or(|cur| less(d, cur)) {
                g.first = Some(d.to_string());
            }
            if g.last.as_deref().is_none_or(|cur| less(cur, d)) {
                g.last = Some(d.to_string());
            }
        }
    }

    fn finish(
        &mut self,
        seps: &[usize],
        overrides: &Overrides,
        notes: &mut Vec<String>,
    ) -> (Vec<Segment>, Vec<StatusCount>) {
        let statuses: Vec<StatusCount> = self
            .statuses
            .iter()
            .map(|(raw, key, rows)| {
                let (stage, known) = match overrides.statuses.get(key) {
                    Some(stage) => (*stage, true),
                    None => match default_status_stage(raw) {
                        Some(stage) => (stage, true),
                        None => (Stage::Started, false),
                    },
                };
                StatusCount { status: raw.clone(), rows: *rows, stage, known }
            })
            .collect();
        let unknown: Vec<String> = statuses
            .iter()
            .filter(|s| !s.known)
            .map(|s| format!("“{}” ({} {})", s.status, s.rows, if s.rows == 1 { "row" } else { "rows" }))
            .collect();
        if !unknown.is_empty() {
            notes.push(format!(
                "Statuses not recognised, counted as started only until you map them: {}.",
                unknown.join(", ")
            ));
        }
        let value_sep = self.value_col.map_or(0, |vc| seps[vc]);
        let segments = self
            .groups
            .iter()
            .map(|g| {
                let reached = |stage: Stage| -> u64 {
                    g.by_status
                        .iter()
                        .zip(&statuses)
                        .filter(|(_, s)| s.stage >= stage)
                        .map(|(c, _)| c.0)
                        .sum()
                };
                let revenue = g
                    .by_status
                    .iter()
                    .zip(&statuses)
                    .filter(|(_, s)| s.stage == Stage::Customer)
                    .fold(None, |sum, (c, _)| add(sum, c.1[value_sep]));
                Segment {
                    name: g.name.clone(),
                    started: Some(reached(Stage::Started)),
                    replies: Some(reached(Stage::Replied)),
                    qualified: Some(reached(Stage::Qualified)),
                    handoffs: Some(reached(Stage::HandedOff)),
                    customers: Some(reached(Stage::Customer)),
                    revenue: self.value_col.and(revenue).map(Money),
                    period: match (&g.first, &g.last) {
                        (Some(f), Some(l)) if f != l => Some(format!("{f} – {l}")),
                        (Some(f), _) => Some(f.clone()),
                        _ => None,
                    },
                    ..Segment::default()
                }
            })
            .collect();
        (segments, statuses)
    }
}
