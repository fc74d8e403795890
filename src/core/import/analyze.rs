//! From text to a preview: the table, what it looks like (unlabeled numbers, aggregate rows,
//! a Meta Ads Manager export, or an outcome log), each column's role and decimal separator,
//! and the segments it would become. Nothing is applied here; the user confirms the preview.

use std::collections::BTreeMap;

use super::columns::{currency_in, guess_role, normalize, Role};
use super::decode::{decode, Encoding};
use super::numbers::{decide, parse_cell, DecimalDecision};
use super::table::{delimiter_name, parse_table, Row, Table};
use crate::core::ladder::Stage;
use crate::core::money::Money;
use crate::core::number::DecimalSep;
use crate::core::segment::Segment;

/// What kind of data the text holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Numbers with no header, mapped onto the ladder in order.
    Unlabeled,
    /// One row per campaign, ad set, ad or period, with spend and stage counts.
    Aggregate,
    /// A Meta Ads Manager export.
    MetaAds,
    /// One row per conversation or deal with its outcome.
    OutcomeLog,
}

/// The user's corrections to what was detected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overrides {
    pub roles: BTreeMap<usize, Role>,
    pub decimals: BTreeMap<usize, DecimalSep>,
    /// Outcome statuses (normalized) mapped to the furthest stage they reached.
    pub statuses: BTreeMap<String, Stage>,
}

/// One column as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnPreview {
    pub index: usize,
    pub header: String,
    pub role: Role,
    pub decimal: DecimalDecision,
    /// The first values as read (numbers already parsed and written plainly).
    pub samples: Vec<String>,
}

/// A status seen in an outcome log, how often, and the stage it counts to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusCount {
    pub status: String,
    pub rows: usize,
    pub stage: Stage,
    /// False when the status was not recognised and defaulted.
    pub known: bool,
}

/// Everything the user sees before confirming an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub source: String,
    pub encoding: Option<Encoding>,
    pub delimiter: &'static str,
    pub shape: Shape,
    pub looks_like: String,
    pub columns: Vec<ColumnPreview>,
    pub rows: usize,
    pub segments: Vec<Segment>,
    pub currency: Option<String>,
    pub statuses: Vec<StatusCount>,
    pub notes: Vec<String>,
}

/// Why an import can't go ahead. The message says what, where, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError(pub String);

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A column layout's fingerprint: its normalized headers, so a mapping chosen once is
/// offered again for the next file with the same columns. `None` without a header row.
pub fn signature(preview: &Preview) -> Option<String> {
    (preview.shape != Shape::Unlabeled)
        .then(|| preview.columns.iter().map(|c| normalize(&c.header)).collect::<Vec<_>>().join("|"))
}

/// Corrections saved for a column layout, in a storable form.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SavedMapping {
    pub roles: BTreeMap<usize, String>,
    pub decimals: BTreeMap<usize, String>,
    pub statuses: BTreeMap<String, String>,
}

impl SavedMapping {
    pub fn from_overrides(o: &Overrides) -> SavedMapping {
        SavedMapping {
            roles: o.roles.iter().map(|(i, r)| (*i, r.id().to_string())).collect(),
            decimals: o
                .decimals
                .iter()
                .map(|(i, d)| (*i, if *d == DecimalSep::Comma { "comma" } else { "dot" }.to_string()))
                .collect(),
            statuses: o.statuses.iter().map(|(k, s)| (k.clone(), s.id().to_string())).collect(),
        }
    }

    /// Back to overrides; entries that no longer read (a renamed role id) are dropped.
    pub fn to_overrides(&self) -> Overrides {
        Overrides {
            roles: self.roles.iter().filter_map(|(i, r)| Some((*i, Role::from_id(r)?))).collect(),
            decimals: self
                .decimals
                .iter()
                .map(|(i, d)| (*i, if d == "comma" { DecimalSep::Comma } else { DecimalSep::Dot }))
                .collect(),
            statuses: self
                .statuses
                .iter()
                .filter_map(|(k, s)| Some((k.clone(), Stage::from_id(s)?)))
                .collect(),
        }
    }
}

impl Overrides {
    pub fn is_empty(&self) -> bool {
        self.roles.is_empty() && self.decimals.is_empty() && self.statuses.is_empty()
    }
}

/// The ladder order unlabeled numbers are read in.
pub const UNLABELED_ORDER: [Role; 7] = [
    Role::Spend,
    Role::Started,
    Role::Replies,
    Role::Qualified,
    Role::Handoffs,
    Role::Customers,
    Role::Revenue,
];

/// Decodes bytes and analyzes them; `source` is the file name for messages.
pub fn analyze_bytes(
    source: &str,
    bytes: &[u8],
    overrides: &Overrides,
    fallback: DecimalSep,
) -> Result<Preview, ImportError> {
    let (text, encoding) = decode(bytes).map_err(|e| ImportError(format!("{source}: {e}")))?;
    let mut preview = analyze(source, &text, overrides, fallback)?;
    preview.encoding = Some(encoding);
    Ok(preview)
}

/// Analyzes pasted or decoded text.
pub fn analyze(
    source: &str,
    text: &str,
    overrides: &Overrides,
    fallback: DecimalSep,
) -> Result<Preview, ImportError> {
    let table = parse_table(text).map_err(|e| ImportError(format!("{source}: {e}")))?;
    let table = transpose_single_column(table);
    let width = table.width();
    let guessed: Vec<Role> = match &table.header {
        Some(header) => header.iter().map(|h| guess_role(h)).collect(),
        None => (0..width).map(|i| UNLABELED_ORDER.get(i).copied().unwrap_or(Role::Ignore)).collect(),
    };
    let roles: Vec<Role> =
        (0..width).map(|i| overrides.roles.get(&i).copied().unwrap_or(guessed[i])).collect();
    let headers: Vec<String> = match &table.header {
        Some(h) => h.clone(),
        None => (0..width).map(|i| format!("Column {}", i + 1)).collect(),
    };
    let shape = shape_of(&table, &roles, &headers);
    let mut notes = Vec::new();

    // Each column decides from its own values; columns with no evidence follow the rest of
    // the file, then the browser.
    let column_values = |i: usize| -> Vec<&str> {
        table.rows.iter().filter_map(|r| r.cells.get(i).map(String::as_str)).collect()
    };
    let evidence: Vec<DecimalDecision> = (0..width)
        .map(|i| decide(&column_values(i), fallback, roles[i].is_numeric() && !roles[i].is_money()))
        .collect();
    let votes = |sep: DecimalSep| {
        evidence
            .iter()
            .enumerate()
            .filter(|(i, d)| roles[*i].is_money() && d.sep == sep && d.reason.starts_with("decimal"))
            .count()
    };
    let file_sep = match (votes(DecimalSep::Dot), votes(DecimalSep::Comma)) {
        (d, c) if c > d => DecimalSep::Comma,
        (d, c) if d > c => DecimalSep::Dot,
        _ => fallback,
    };
    let decimals: Vec<DecimalDecision> = (0..width)
        .map(|i| {
            let mut decision = if evidence[i].reason.starts_with("no decimals seen") {
                decide(&column_values(i), file_sep, roles[i].is_numeric() && !roles[i].is_money())
            } else {
                evidence[i].clone()
            };
            if let Some(sep) = overrides.decimals.get(&i) {
                if *sep != decision.sep {
                    decision = DecimalDecision { sep: *sep, reason: "set by you".to_string() };
                }
            }
            decision
        })
        .collect();

    let currency =
        roles.iter().zip(&headers).find(|(r, _)| **r == Role::Spend).and_then(|(_, h)| currency_in(h));
    let find = |role: Role| roles.iter().position(|r| *r == role);

    let parsed = ParsedRows::read(source, &table, &roles, &headers, &decimals)?;
    let (segments, statuses) = match shape {
        Shape::OutcomeLog => outcome_segments(&table, &roles, &parsed, overrides, &mut notes),
        _ => (aggregate_segments(&table, &roles, &parsed, find(Role::Name), &mut notes), Vec::new()),
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
            headers.iter().map(|h| format!("“{h}”")).collect::<Vec<_>>().join(", ")
        )));
    }

    let looks_like = describe(shape, &table, &segments, currency.as_deref(), &roles);
    let columns = (0..width)
        .map(|i| ColumnPreview {
            index: i,
            header: headers[i].clone(),
            role: roles[i],
            decimal: decimals[i].clone(),
            samples: table
                .rows
                .iter()
                .take(3)
                .map(|r| sample(&r.cells[i], roles[i], decimals[i].sep))
                .collect(),
        })
        .collect();
    Ok(Preview {
        source: source.to_string(),
        encoding: None,
        delimiter: delimiter_name(table.delimiter),
        shape,
        looks_like,
        columns,
        rows: table.rows.len(),
        segments,
        currency,
        statuses,
        notes,
    })
}

/// A single column of numbers (a paste of one spreadsheet column) becomes one row.
fn transpose_single_column(table: Table) -> Table {
    if table.header.is_none() && table.width() == 1 && table.rows.len() > 1 {
        let line = table.rows[0].line;
        let cells = table.rows.into_iter().map(|r| r.cells.into_iter().next().unwrap_or_default()).collect();
        return Table { delimiter: table.delimiter, header: None, rows: vec![Row { line, cells }] };
    }
    table
}

fn shape_of(table: &Table, roles: &[Role], headers: &[String]) -> Shape {
    if table.header.is_none() {
        return Shape::Unlabeled;
    }
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

fn sample(cell: &str, role: Role, sep: DecimalSep) -> String {
    if !role.is_numeric() {
        return cell.trim().to_string();
    }
    match parse_cell(cell, sep) {
        Ok(Some(n)) => {
            let whole = n.micros / 1_000_000;
            let frac = (n.micros % 1_000_000).abs();
            if frac == 0 {
                whole.to_string()
            } else {
                format!("{whole}.{}", format!("{frac:06}").trim_end_matches('0'))
            }
        }
        Ok(None) => "(blank)".to_string(),
        Err(_) => format!("“{}” (not a number)", cell.trim()),
    }
}

/// Every numeric cell of every row, validated, with errors that point at line and column.
struct ParsedRows {
    values: Vec<Vec<Option<i64>>>,
}

impl ParsedRows {
    fn read(
        source: &str,
        table: &Table,
        roles: &[Role],
        headers: &[String],
        decimals: &[DecimalDecision],
    ) -> Result<ParsedRows, ImportError> {
        let mut values = Vec::with_capacity(table.rows.len());
        for row in &table.rows {
            let mut out = vec![None; roles.len()];
            for (i, role) in roles.iter().enumerate() {
                if !role.is_numeric() {
                    continue;
                }
                let cell = &row.cells[i];
                let at = || format!("{source}, line {}, column {} (“{}”)", row.line, i + 1, headers[i]);
                let number = parse_cell(cell, decimals[i].sep).map_err(|_| {
                    ImportError(format!(
                        "{}: “{}” is not a number. Fix the cell, or set the column’s role to Ignore.",
                        at(),
                        cell.trim()
                    ))
                })?;
                if let Some(n) = number {
                    if n.micros < 0 {
                        return Err(ImportError(format!(
                            "{}: “{}” is negative. Spend and counts can’t be negative: fix the cell, or set the column to Ignore.",
                            at(),
                            cell.trim()
                        )));
                    }
                    if !role.is_money() && n.micros % 1_000_000 != 0 {
                        return Err(ImportError(format!(
                            "{}: “{}” is not a whole number, but {} are counted in whole people. Check the column’s role and decimal separator.",
                            at(),
                            cell.trim(),
                            role.label().to_lowercase()
                        )));
                    }
                    out[i] = Some(n.micros);
                }
            }
            values.push(out);
        }
        Ok(ParsedRows { values })
    }
}

fn is_totals_label(name: &str) -> bool {
    matches!(
        normalize(name).as_str(),
        "total" | "totals" | "grand total" | "total general" | "totales" | "totais" | "summe" | "sum" | "all"
    )
}

/// Rows grouped by name into segments, money summed exactly, a totals row left out.
fn aggregate_segments(
    table: &Table,
    roles: &[Role],
    parsed: &ParsedRows,
    name_col: Option<usize>,
    notes: &mut Vec<String>,
) -> Vec<Segment> {
    let has_started = roles.contains(&Role::Started);
    let results_col = roles.iter().position(|r| *r == Role::Results);
    let indicator_col = roles.iter().position(|r| *r == Role::ResultIndicator);
    let start_col = roles.iter().position(|r| *r == Role::PeriodStart);
    let end_col = roles.iter().position(|r| *r == Role::PeriodEnd);
    let mut rows: Vec<(usize, Segment, Option<String>, Option<String>)> = Vec::new();
    let mut other_results = 0;
    for (ri, row) in table.rows.iter().enumerate() {
        let name = match name_col {
            Some(c) => row.cells[c].trim().to_string(),
            None if table.rows.len() == 1 => "Imported".to_string(),
            None => format!("Row {}", row.line),
        };
        let mut seg = Segment { name, ..Segment::default() };
        for (i, role) in roles.iter().enumerate() {
            let Some(v) = parsed.values[ri][i] else { continue };
            let count = (v / 1_000_000) as u64;
            match role {
                Role::Spend => seg.spend = Some(Money(seg.spend.map_or(0, |m| m.0) + v)),
                Role::Revenue => seg.revenue = Some(Money(seg.revenue.map_or(0, |m| m.0) + v)),
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
            if let Some(v) = parsed.values[ri][rc] {
                let indicator = indicator_col.map(|c| row.cells[c].to_lowercase()).unwrap_or_default();
                if indicator.contains("messaging_conversation_started") {
                    seg.started = Some(seg.started.unwrap_or(0) + (v / 1_000_000) as u64);
                } else if v > 0 {
                    other_results += 1;
                }
            }
        }
        let start = start_col.map(|c| row.cells[c].trim().to_string()).filter(|s| !s.is_empty());
        let end = end_col.map(|c| row.cells[c].trim().to_string()).filter(|s| !s.is_empty());
        rows.push((row.line as usize, seg, start, end));
    }
    if other_results > 0 {
        notes.push(format!(
            "Results on {other_results} row(s) count other actions (their result indicator is not “messaging conversation started”), so they were not counted as conversations."
        ));
    }
    // A totals row at the bottom (or top): labelled "Total", or unnamed with sums that match.
    for at in [rows.len().wrapping_sub(1), 0] {
        if rows.len() < 3 || at >= rows.len() {
            continue;
        }
        let (line, candidate, _, _) = &rows[at];
        let others: Vec<&Segment> =
            rows.iter().enumerate().filter(|(i, _)| *i != at).map(|(_, r)| &r.1).collect();
        let sum_spend: i64 = others.iter().filter_map(|s| s.spend).map(|m| m.0).sum();
        let sum_started: u64 = others.iter().filter_map(|s| s.started).sum();
        let sums_match = candidate.spend.is_none_or(|m| m.0 == sum_spend)
            && candidate.started.is_none_or(|c| c == sum_started)
            && (candidate.spend.is_some() || candidate.started.is_some());
        let labelled = is_totals_label(&candidate.name);
        if labelled || (name_col.is_some() && candidate.name.is_empty() && sums_match) {
            notes.push(format!(
                "Line {line} is a totals row{}: left out so nothing is counted twice.",
                if sums_match { "" } else { " (its numbers don't match the rows, check the file)" }
            ));
            rows.remove(at);
            break;
        }
    }
    // Group by name, case- and space-insensitively, keeping the first spelling.
    let mut order: Vec<String> = Vec::new();
    let mut groups: BTreeMap<String, (Segment, Option<String>, Option<String>, usize)> = BTreeMap::new();
    for (_, seg, start, end) in rows {
        let key = normalize(&seg.name);
        let entry = groups.entry(key.clone()).or_insert_with(|| {
            order.push(key.clone());
            (Segment { name: seg.name.clone(), ..Segment::default() }, None, None, 0)
        });
        entry.0.absorb(&seg);
        entry.3 += 1;
        if let Some(s) = start {
            if entry.1.as_ref().is_none_or(|cur| s < *cur) {
                entry.1 = Some(s.clone());
            }
            let e = end.clone().unwrap_or(s);
            if entry.2.as_ref().is_none_or(|cur| e > *cur) {
                entry.2 = Some(e);
            }
        }
    }
    let grouped_rows: usize = groups.values().map(|g| g.3).sum();
    if groups.len() < grouped_rows {
        notes.push(format!(
            "{grouped_rows} rows were grouped into {} segments by name (per-day rows are added up).",
            groups.len()
        ));
    }
    order
        .into_iter()
        .filter_map(|key| groups.remove(&key))
        .map(|(mut seg, start, end, _)| {
            seg.period = match (start, end) {
                (Some(s), Some(e)) if s != e => Some(format!("{s} – {e}")),
                (Some(s), _) => Some(s),
                _ => None,
            };
            seg
        })
        .collect()
}

/// The stage an outcome status reaches by default, or `None` when it isn't recognised.
pub fn default_status_stage(status: &str) -> Option<Stage> {
    let s = normalize(status).replace(['_', '-'], " ");
    Some(match s.as_str() {
        "new" | "no reply" | "unanswered" | "no response" | "started" | "spam" | "ghosted" => Stage::Started,
        "unqualified"
        | "not qualified"
        | "disqualified"
        | "partially qualified"
        | "replied"
        | "engaged"
        | "not a fit" => Stage::Replied,
        "qualified" | "qualified to buy" | "qualified lead" | "mql" => Stage::Qualified,
        "sales ready"
        | "sql"
        | "appointment scheduled"
        | "presentation scheduled"
        | "decision maker bought in"
        | "contract sent"
        | "booked"
        | "quote sent"
        | "handoff"
        | "handed off"
        | "meeting booked"
        | "closed lost"
        | "lost"
        | "open" => Stage::HandedOff,
        "converted" | "won" | "closed won" | "customer" | "purchased" | "sold" | "paid" => Stage::Customer,
        _ => return None,
    })
}

/// One row per conversation or deal: each counts at its stage and every stage before it.
fn outcome_segments(
    table: &Table,
    roles: &[Role],
    parsed: &ParsedRows,
    overrides: &Overrides,
    notes: &mut Vec<String>,
) -> (Vec<Segment>, Vec<StatusCount>) {
    let status_col =
        roles.iter().position(|r| *r == Role::Status).expect("outcome logs have a status column");
    let name_col = roles.iter().position(|r| *r == Role::Name);
    let value_col = roles.iter().position(|r| *r == Role::Value);
    let date_col = roles.iter().position(|r| *r == Role::PeriodStart);
    let mut statuses: Vec<StatusCount> = Vec::new();
    let mut order: Vec<String> = Vec::new();
    let mut groups: BTreeMap<String, (Segment, Option<String>, Option<String>)> = BTreeMap::new();
    for (ri, row) in table.rows.iter().enumerate() {
        let raw = row.cells[status_col].trim();
        let key = normalize(raw);
        let (stage, known) = match overrides.statuses.get(&key) {
            Some(stage) => (*stage, true),
            None => match default_status_stage(raw) {
                Some(stage) => (stage, true),
                None => (Stage::Started, false),
            },
        };
        match statuses.iter_mut().find(|s| normalize(&s.status) == key) {
            Some(s) => s.rows += 1,
            None => statuses.push(StatusCount { status: raw.to_string(), rows: 1, stage, known }),
        }
        let name = name_col.map(|c| row.cells[c].trim().to_string()).filter(|n| !n.is_empty());
        let name = name.unwrap_or_else(|| "All conversations".to_string());
        let group_key = normalize(&name);
        let entry = groups.entry(group_key.clone()).or_insert_with(|| {
            order.push(group_key.clone());
            (Segment { name: name.clone(), ..Segment::default() }, None, None)
        });
        let seg = &mut entry.0;
        let reached = |s: Stage| if stage >= s { 1 } else { 0 };
        seg.started = Some(seg.started.unwrap_or(0) + 1);
        seg.replies = Some(seg.replies.unwrap_or(0) + reached(Stage::Replied));
        seg.qualified = Some(seg.qualified.unwrap_or(0) + reached(Stage::Qualified));
        seg.handoffs = Some(seg.handoffs.unwrap_or(0) + reached(Stage::HandedOff));
        seg.customers = Some(seg.customers.unwrap_or(0) + reached(Stage::Customer));
        if let (Some(vc), Stage::Customer) = (value_col, stage) {
            if let Some(v) = parsed.values[ri][vc] {
                seg.revenue = Some(Money(seg.revenue.map_or(0, |m| m.0) + v));
            }
        }
        if let Some(d) = date_col.map(|c| row.cells[c].trim().to_string()).filter(|d| !d.is_empty()) {
            if entry.1.as_ref().is_none_or(|cur| d < *cur) {
                entry.1 = Some(d.clone());
            }
            if entry.2.as_ref().is_none_or(|cur| d > *cur) {
                entry.2 = Some(d);
            }
        }
    }
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
    let segments = order
        .into_iter()
        .filter_map(|k| groups.remove(&k))
        .map(|(mut seg, first, last)| {
            seg.period = match (first, last) {
                (Some(f), Some(l)) if f != l => Some(format!("{f} – {l}")),
                (Some(f), _) => Some(f),
                _ => None,
            };
            seg
        })
        .collect();
    (segments, statuses)
}

fn describe(
    shape: Shape,
    table: &Table,
    segments: &[Segment],
    currency: Option<&str>,
    roles: &[Role],
) -> String {
    let rows = table.rows.len();
    let plural = |n: usize, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
    match shape {
        Shape::Unlabeled => {
            let mapped: Vec<&str> = roles.iter().filter(|r| **r != Role::Ignore).map(|r| r.label()).collect();
            format!("Numbers without labels, read in ladder order: {}.", mapped.join(", "))
        }
        Shape::Aggregate => format!(
            "A table of {} with spend and stage counts, as {}.",
            plural(rows, "row"),
            plural(segments.len(), "segment")
        ),
        Shape::MetaAds => format!(
            "A Meta Ads Manager export: {}, {}{}.",
            plural(rows, "row"),
            plural(segments.len(), "segment"),
            currency.map(|c| format!(", spend in {c}")).unwrap_or_default()
        ),
        Shape::OutcomeLog => format!(
            "An outcome log (CRM deals or a conversation audit): {} counted into {}.",
            plural(rows, "conversation"),
            plural(segments.len(), "segment")
        ),
    }
}
