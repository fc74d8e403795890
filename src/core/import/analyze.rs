//! The preview's types: what the table looks like, what it looks like (unlabeled numbers, aggregate rows,
//! a Meta Ads Manager export, or an outcome log), each column's role and decimal separator,
//! and the segments it would become. Nothing is applied here; the user confirms the preview.

use std::collections::{BTreeMap, BTreeSet};

use super::columns::{normalize, Role};
use super::decode::Encoding;
use super::notes::Note;
use super::numbers::{parse_cell, DecimalDecision};
use super::table::Delimiter;
use super::wording::{count, joined, list, msg, text};
use crate::core::basics::dates::Grouping;
use crate::core::basics::number::DecimalSep;
use crate::core::comparison::segment::Segment;
use crate::core::ladder::Stage;
use crate::core::message::{Arg, Id, Message};

/// What kind of data the text holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    /// How rows with dates are grouped into periods.
    pub grouping: Grouping,
    /// The values (normalized) of an outcome log's source column whose rows are kept; `None`
    /// keeps the suggestion (see `sources::kept`).
    pub sources: Option<BTreeSet<String>>,
    /// The day an outcome log's data is as of, when the user set it (the file's latest date
    /// otherwise). It belongs to this file, not its layout: never remembered.
    pub as_of: Option<i64>,
}

/// One column as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ColumnPreview {
    pub index: usize,
    pub header: String,
    pub role: Role,
    pub decimal: DecimalDecision,
    /// The first values as read (numbers already parsed and written plainly).
    pub samples: Vec<Sample>,
}

/// A cell as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sample {
    /// Text as written, or a number parsed and written plainly ("1234.5").
    Value(String),
    /// An empty cell of a column of numbers.
    Blank,
    /// A cell of a column of numbers that isn't a number, as written.
    NotANumber(String),
}

/// A status seen in an outcome log, how often, and the stage it counts to.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StatusCount {
    pub status: String,
    pub rows: usize,
    pub stage: Stage,
    /// False when the status was not recognised and defaulted.
    pub known: bool,
    /// A value of the pipeline stage column (beside a won / lost / open status).
    #[serde(default)]
    pub of_stage: bool,
}

/// Everything the user sees before confirming an import.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Preview {
    pub source: String,
    pub encoding: Option<Encoding>,
    pub delimiter: Delimiter,
    pub shape: Shape,
    pub columns: Vec<ColumnPreview>,
    pub rows: usize,
    pub segments: Vec<Segment>,
    pub currency: Option<String>,
    pub statuses: Vec<StatusCount>,
    /// What the user should know about how the input was read (rows left out, grouped…).
    pub notes: Vec<Note>,
    /// The corrections remembered for this column layout, when the file was read with them
    /// (see `stream::Analyzer::remembering`).
    #[serde(default)]
    pub remembered: Option<SavedMapping>,
    /// How the rows were grouped into periods (`Whole` when they weren't), and whether any
    /// row had a date to group by.
    #[serde(default)]
    pub grouping: Grouping,
    #[serde(default)]
    pub dated: bool,
    /// An outcome log's source column and which of its values are kept.
    #[serde(default)]
    pub sources: Option<super::sources::SourceFilter>,
    /// An outcome log's deals with the dates they started and ended, where it has won, lost
    /// or close dates (for time to close).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deals: Option<crate::core::closing::dated::Dated>,
}

/// How many segments the preview lists before "…and N more".
pub const SHOWN_SEGMENTS: usize = 12;

/// A column layout's fingerprint: its normalized headers, so a mapping chosen once is
/// offered again for the next file with the same columns. `None` without a header row.
pub fn signature(preview: &Preview) -> Option<String> {
    (preview.shape != Shape::Unlabeled)
        .then(|| layout_signature(&preview.columns.iter().map(|c| c.header.clone()).collect::<Vec<_>>()))
}

/// The fingerprint of a header row.
pub fn layout_signature(headers: &[String]) -> String {
    headers.iter().map(|h| normalize(h)).collect::<Vec<_>>().join("|")
}

/// Corrections saved for a column layout, in a storable form.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SavedMapping {
    pub roles: BTreeMap<usize, String>,
    pub decimals: BTreeMap<usize, String>,
    pub statuses: BTreeMap<String, String>,
    /// The grouping's id (`Grouping::id`); blank for automatic.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub periods: String,
    /// The source values kept, when chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep: Option<BTreeSet<String>>,
}

impl SavedMapping {
    pub fn from_overrides(o: &Overrides) -> SavedMapping {
        SavedMapping {
            roles: o.roles.iter().map(|(i, r)| (*i, r.id().to_string())).collect(),
            decimals: o.decimals.iter().map(|(i, d)| (*i, d.id().to_string())).collect(),
            statuses: o.statuses.iter().map(|(k, s)| (k.clone(), s.id().to_string())).collect(),
            periods: match o.grouping {
                Grouping::Auto => String::new(),
                g => g.id().to_string(),
            },
            keep: o.sources.clone(),
        }
    }

    /// Back to overrides; entries that no longer read (a renamed role id) are dropped.
    pub fn to_overrides(&self) -> Overrides {
        Overrides {
            roles: self.roles.iter().filter_map(|(i, r)| Some((*i, Role::from_id(r)?))).collect(),
            decimals: self.decimals.iter().map(|(i, d)| (*i, DecimalSep::from_id(d))).collect(),
            statuses: self
                .statuses
                .iter()
                .filter_map(|(k, s)| Some((k.clone(), Stage::from_id(s)?)))
                .collect(),
            grouping: Grouping::from_id(&self.periods),
            sources: self.keep.clone(),
            as_of: None,
        }
    }
}

impl Overrides {
    /// Whether nothing the layout remembers was corrected (the "as of" day is the file's).
    pub fn is_empty(&self) -> bool {
        self.roles.is_empty()
            && self.decimals.is_empty()
            && self.statuses.is_empty()
            && self.grouping == Grouping::Auto
            && self.sources.is_none()
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

/// How long a read took, said plainly: "read in 70 ms" for a small file (a speed from a few
/// kilobytes means nothing), "read in 0.36 s (231 MB/s)" from a megabyte up.
pub fn read_time(bytes: f64, ms: f64) -> Option<Message> {
    if !(ms > 0.0 && ms.is_finite()) {
        return None;
    }
    Some(if bytes < 1_000_000.0 || ms < 100.0 {
        Message::of(Id::ImpReadInMs).with("ms", text(ms.round()))
    } else {
        Message::of(Id::ImpReadInS)
            .with("seconds", text(format!("{:.2}", ms / 1000.0)))
            .with("speed", text(format!("{:.0}", bytes / 1000.0 / ms)))
    })
}

/// The line of facts under "Looks like": source, encoding, delimiter, rows, read time.
pub fn read_facts(preview: &Preview, read: Option<(f64, f64)>) -> Message {
    let separated = match preview.delimiter {
        Delimiter::Comma => Id::ImpCommaSeparated,
        Delimiter::Semicolon => Id::ImpSemicolonSeparated,
        Delimiter::Tab => Id::ImpTabSeparated,
    };
    let rest = [
        preview.encoding.map(|e| Message::of(Id::ImpReadAs).with("encoding", msg(Message::of(e.name())))),
        Some(Message::of(separated)),
        Some(Message::of(Id::ImpDataRows).with("count", count(preview.rows))),
        read.and_then(|(bytes, ms)| read_time(bytes, ms)),
    ];
    Message::of(Id::ImpFacts)
        .with("first", text(&preview.source))
        .with("rest", joined(rest.into_iter().flatten().map(msg), Id::ImpFacts))
}

/// A cell as the preview shows it: numbers parsed and written plainly.
pub(crate) fn sample(cell: &str, role: Role, sep: DecimalSep) -> Sample {
    if !role.is_numeric() {
        return Sample::Value(cell.trim().to_string());
    }
    match parse_cell(cell, sep) {
        Ok(Some(n)) => {
            let whole = n.micros / 1_000_000;
            let frac = (n.micros % 1_000_000).abs();
            Sample::Value(if frac == 0 {
                whole.to_string()
            } else {
                format!("{whole}.{}", format!("{frac:06}").trim_end_matches('0'))
            })
        }
        Ok(None) => Sample::Blank,
        Err(_) => Sample::NotANumber(cell.trim().to_string()),
    }
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
        "lead in" | "contact made" | "contacted" => Stage::Replied,
        "qualified" | "qualified to buy" | "qualified lead" | "mql" | "needs defined" => Stage::Qualified,
        // HubSpot's default pipeline in Portuguese and Spanish.
        "qualificado para comprar" | "calificado para comprar" => Stage::Qualified,
        "compromisso agendado"
        | "apresentação agendada"
        | "tomador de decisão envolvido"
        | "contrato enviado"
        | "negócio perdido"
        | "cita programada"
        | "presentación programada"
        | "cierre perdido"
        // Pipedrive's statuses in Portuguese and Spanish: an open or lost deal reached a handoff.
        | "perdido"
        | "aberto"
        | "abierto" => Stage::HandedOff,
        "negócio fechado" | "cierre ganado" | "ganho" | "ganado" => Stage::Customer,
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
        | "meeting scheduled"
        | "meeting arranged"
        | "demo scheduled"
        | "proposal made"
        | "negotiations started"
        | "closed lost"
        | "lost"
        | "open" => Stage::HandedOff,
        "converted" | "won" | "closed won" | "customer" | "purchased" | "sold" | "paid" => Stage::Customer,
        _ => return None,
    })
}

impl Preview {
    /// The "Looks like …" sentence: "A Meta Ads Manager export: 5 rows, 2 segments, spend
    /// in EUR."
    pub fn looks_like(&self) -> Message {
        let (rows, segments) = (count(self.rows), count(self.segments.len()));
        match self.shape {
            Shape::Unlabeled => {
                let roles = self.columns.iter().filter(|c| c.role != Role::Ignore);
                Message::of(Id::ImpLooksUnlabeled)
                    .with("roles", list(roles.map(|c| msg(Message::of(c.role.label())))))
            }
            Shape::Aggregate => {
                Message::of(Id::ImpLooksAggregate).with("rows", rows).with("segments", segments)
            }
            Shape::MetaAds => {
                let export = match &self.currency {
                    Some(c) => Message::of(Id::ImpLooksMetaCurrency).with("currency", text(c)),
                    None => Message::of(Id::ImpLooksMeta),
                };
                export.with("rows", rows).with("segments", segments)
            }
            Shape::OutcomeLog => {
                // The rows counted: those of the sources kept, when some were left out.
                let counted: u64 = self.segments.iter().filter_map(|s| s.started).sum();
                let log = match (counted as usize) < self.rows {
                    true => Message::of(Id::ImpLooksLogOf).with("rows", rows),
                    false => Message::of(Id::ImpLooksLog),
                };
                log.with("conversations", Arg::Count(counted)).with("segments", segments)
            }
        }
    }
}
