//! From text to a preview: the table, what it looks like (unlabeled numbers, aggregate rows,
//! a Meta Ads Manager export, or an outcome log), each column's role and decimal separator,
//! and the segments it would become. Nothing is applied here; the user confirms the preview.

use std::collections::BTreeMap;

use super::columns::{normalize, Role};
use super::decode::Encoding;
use super::numbers::{parse_cell, DecimalDecision};
use super::stream::{Analyzer, Stop};
use crate::core::ladder::Stage;
use crate::core::number::DecimalSep;
use crate::core::segment::Segment;

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
}

/// One column as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ColumnPreview {
    pub index: usize,
    pub header: String,
    pub role: Role,
    pub decimal: DecimalDecision,
    /// The first values as read (numbers already parsed and written plainly).
    pub samples: Vec<String>,
}

/// A status seen in an outcome log, how often, and the stage it counts to.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StatusCount {
    pub status: String,
    pub rows: usize,
    pub stage: Stage,
    /// False when the status was not recognised and defaulted.
    pub known: bool,
}

/// Everything the user sees before confirming an import.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Preview {
    pub source: String,
    pub encoding: Option<Encoding>,
    /// "comma", "semicolon" or "tab".
    pub delimiter: String,
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
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

/// Decodes bytes and analyzes them in one go, reading them again as Windows-1252 when
/// UTF-8 fails after the first 8 KiB; `source` is the file name for messages.
pub fn analyze_bytes(
    source: &str,
    bytes: &[u8],
    overrides: &Overrides,
    fallback: DecimalSep,
) -> Result<Preview, ImportError> {
    let mut encoding = None;
    loop {
        let mut analyzer = Analyzer::for_bytes(source, overrides, fallback, encoding);
        match analyzer.push(bytes).and_then(|()| analyzer.finish()) {
            Ok(preview) => return Ok(preview),
            Err(Stop::Failed(e)) => return Err(e),
            Err(Stop::NotUtf8) => encoding = Some(Encoding::Windows1252),
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
    let mut analyzer = Analyzer::for_text(source, overrides, fallback);
    analyzer.push(text.as_bytes()).and_then(|()| analyzer.finish()).map_err(|stop| match stop {
        Stop::Failed(e) => e,
        Stop::NotUtf8 => unreachable!("a string is UTF-8"),
    })
}

/// A cell as the preview shows it: numbers parsed and written plainly.
pub(crate) fn sample(cell: &str, role: Role, sep: DecimalSep) -> String {
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

/// The "Looks like …" sentence.
pub(crate) fn describe(
    shape: Shape,
    rows: usize,
    segments: &[Segment],
    currency: Option<&str>,
    roles: &[Role],
) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{} {word}s", crate::core::text::group_thousands(&n.to_string()))
        }
    };
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
