//! Outcome logs: one row per conversation or deal with its status, counted per campaign
//! and status, each status mapped to the furthest stage it reached.

use rustc_hash::FxHashMap as HashMap;

use super::analyze::{default_status_stage, Overrides, StatusCount};
use super::columns::normalize;
use super::shared::CellSource;
use super::shared::{add, Both};
use super::table::trim;
use super::words::{less, TextIndex};
use crate::core::dates::Period;
use crate::core::ladder::Stage;
use crate::core::money::Money;
use crate::core::segment::Segment;

/// One row per conversation or deal, with its status.
pub(super) struct OutcomeFold {
    pub(super) status_col: usize,
    pub(super) name_col: Option<usize>,
    pub(super) value_col: Option<usize>,
    pub(super) date_col: Option<usize>,
    /// Statuses in order of first appearance: the first spelling, its key, and rows.
    pub(super) statuses: Vec<(String, String, usize)>,
    pub(super) status_by_text: TextIndex,
    pub(super) status_by_key: HashMap<String, usize>,
    pub(super) groups: Vec<OutcomeGroup>,
    pub(super) group_by_text: TextIndex,
    pub(super) group_by_key: HashMap<String, usize>,
}

/// Rows of one campaign (or all of them): how many ended at each status, and their value.
pub(super) struct OutcomeGroup {
    pub(super) name: String,
    pub(super) by_status: Vec<(u64, Both)>,
    pub(super) first: Option<String>,
    pub(super) last: Option<String>,
}

/// Finds the entry for `text` in a list keyed by normalized text, adding it when new. A
/// lookup by the exact text comes first, so repeated values are never normalized again.
pub(super) fn intern(
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
    pub(super) fn row<C: CellSource + ?Sized>(&mut self, cells: &C, values: &[Both]) {
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

    pub(super) fn finish(
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
                    period: g.first.as_ref().map(|f| Period::new(f, g.last.as_deref().unwrap_or(f))),
                    ..Segment::default()
                }
            })
            .collect();
        (segments, statuses)
    }
}
