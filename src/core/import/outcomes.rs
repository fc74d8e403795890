//! Outcome logs: one row per conversation or deal with its status, counted per campaign
//! and status, each status mapped to the furthest stage it reached.

use rustc_hash::FxHashMap as HashMap;

use super::analyze::{default_status_stage, Overrides, StatusCount};
use super::columns::normalize;
use super::deal_dates::{says_lost, DealDates, Ending};
use super::notes::Note;
use super::shared::CellSource;
use super::shared::{add, settle, Both};
use super::sources::{kept, SourceCount, SourceFilter};
use super::table::trim;
use super::words::{less, TextIndex};
use crate::core::basics::dates::{Grouping, Period};
use crate::core::basics::money::Money;
use crate::core::closing::dated::Dated;
use crate::core::comparison::segment::Segment;
use crate::core::ladder::Stage;

/// One row per conversation or deal, with its status (and, beside a won / lost / open
/// status, its pipeline stage).
pub(super) struct OutcomeFold {
    pub(super) status_col: usize,
    pub(super) stage_col: Option<usize>,
    pub(super) name_col: Option<usize>,
    pub(super) value_col: Option<usize>,
    /// The channel each row came from (a CRM's source column), to keep some of them.
    pub(super) source_col: Option<usize>,
    /// Its values in order of first appearance: the first spelling, its key, and rows.
    pub(super) sources: Vec<(String, String, usize)>,
    pub(super) source_by_text: TextIndex,
    pub(super) source_by_key: HashMap<String, usize>,
    pub(super) date_col: Option<usize>,
    /// Statuses (and stages) in order of first appearance: the first spelling, its key,
    /// rows, and whether it is a value of the stage column.
    pub(super) statuses: Vec<(String, String, usize, bool)>,
    pub(super) status_by_text: TextIndex,
    pub(super) status_by_key: HashMap<String, usize>,
    pub(super) stage_by_text: TextIndex,
    pub(super) stage_by_key: HashMap<String, usize>,
    /// With a stage column, the (status, stage) pairs seen; a group counts rows per pair.
    /// Without one, a group counts rows per status.
    pub(super) pairs: Vec<(usize, usize)>,
    pub(super) groups: Vec<OutcomeGroup>,
    /// Each name's groups, one per period and source: (period key, source, group).
    pub(super) names: Vec<Vec<(Option<i64>, usize, usize)>>,
    pub(super) name_by_text: TextIndex,
    pub(super) name_by_key: HashMap<String, usize>,
    /// How rows are grouped into periods, as asked; and as done, at the end.
    pub(super) grouping: Grouping,
    pub(super) used: Grouping,
    /// When each deal ended, where the log has won, lost or close dates.
    pub(super) dates: Option<DealDates>,
}

/// Rows of one campaign (or all of them): how many ended at each status, and their value.
pub(super) struct OutcomeGroup {
    pub(super) name: String,
    pub(super) by_status: Vec<(u64, Both)>,
    pub(super) first: Option<String>,
    pub(super) last: Option<String>,
    pub(super) bucket: Option<i64>,
}

impl OutcomeGroup {
    fn absorb(&mut self, other: OutcomeGroup) {
        if self.by_status.len() < other.by_status.len() {
            self.by_status.resize(other.by_status.len(), (0, [None, None]));
        }
        for (mine, theirs) in self.by_status.iter_mut().zip(other.by_status) {
            mine.0 += theirs.0;
            mine.1 = [add(mine.1[0], theirs.1[0]), add(mine.1[1], theirs.1[1])];
        }
        if let Some(d) = other.first {
            if self.first.as_deref().is_none_or(|cur| less(&d, cur)) {
                self.first = Some(d);
            }
        }
        if let Some(d) = other.last {
            if self.last.as_deref().is_none_or(|cur| less(cur, &d)) {
                self.last = Some(d);
            }
        }
    }
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
        let mut status = intern(raw, &mut self.status_by_text, &mut self.status_by_key, &mut |key| {
            statuses.push((raw.to_string(), key, 0, false));
            statuses.len() - 1
        });
        self.statuses[status].2 += 1;
        if let Some(col) = self.stage_col {
            let raw = trim(cells.cell(col));
            let statuses = &mut self.statuses;
            let stage = intern(raw, &mut self.stage_by_text, &mut self.stage_by_key, &mut |key| {
                statuses.push((raw.to_string(), key, 0, true));
                statuses.len() - 1
            });
            self.statuses[stage].2 += 1;
            status = match self.pairs.iter().position(|p| *p == (status, stage)) {
                Some(i) => i,
                None => {
                    self.pairs.push((status, stage));
                    self.pairs.len() - 1
                }
            };
        }
        let name = self.name_col.map(|c| trim(cells.cell(c))).filter(|n| !n.is_empty());
        let name = name.unwrap_or(super::join::ACCOUNT);
        let names = &mut self.names;
        let n = intern(name, &mut self.name_by_text, &mut self.name_by_key, &mut |_| {
            names.push(Vec::new());
            names.len() - 1
        });
        let date = self.date_col.map(|c| trim(cells.cell(c))).filter(|d| !d.is_empty());
        let bucket = date.and_then(|d| self.grouping.bucket(d));
        let counted_as = status;
        let source = match self.source_col {
            Some(c) => {
                let raw = trim(cells.cell(c));
                let sources = &mut self.sources;
                let i = intern(raw, &mut self.source_by_text, &mut self.source_by_key, &mut |key| {
                    sources.push((raw.to_string(), key, 0));
                    sources.len() - 1
                });
                self.sources[i].2 += 1;
                i
            }
            None => 0,
        };
        if let Some(dates) = &mut self.dates {
            dates.row(cells, date, counted_as, source);
        }
        let group = match self.names[n].iter().find(|(b, s, _)| *b == bucket && *s == source) {
            Some((_, _, g)) => *g,
            None => {
                self.groups.push(OutcomeGroup {
                    name: name.to_string(),
                    by_status: Vec::new(),
                    first: None,
                    last: None,
                    bucket,
                });
                self.names[n].push((bucket, source, self.groups.len() - 1));
                self.groups.len() - 1
            }
        };
        let g = &mut self.groups[group];
        if g.by_status.len() <= status {
            g.by_status.resize(status + 1, (0, [None, None]));
        }
        let slot = &mut g.by_status[status];
        slot.0 += 1;
        if let Some(vc) = self.value_col {
            slot.1 = [add(slot.1[0], values[vc][0]), add(slot.1[1], values[vc][1])];
        }
        if let Some(d) = date {
            if g.first.as_deref().is_none_or(|cur| less(d, cur)) {
                g.first = Some(d.to_string());
            }
            if g.last.as_deref().is_none_or(|cur| less(cur, d)) {
                g.last = Some(d.to_string());
            }
        }
    }

    /// Leaves out the rows of the sources not kept (the user's choice, else those that don't
    /// look like Meta's ads), and adds up each name's kept sources per period.
    fn keep_sources(
        &mut self,
        overrides: &Overrides,
        header: &str,
        notes: &mut Vec<Note>,
    ) -> Option<SourceFilter> {
        self.source_col?;
        let keys: Vec<&str> = self.sources.iter().map(|s| s.1.as_str()).collect();
        let (kept, suggested) = kept(&keys, overrides.sources.as_ref());
        let mut groups = std::mem::take(&mut self.groups).into_iter().map(Some).collect::<Vec<_>>();
        for name in &mut self.names {
            let mut merged: Vec<(Option<i64>, usize, usize)> = Vec::new();
            for (bucket, source, g) in std::mem::take(name) {
                let Some(group) = groups[g].take().filter(|_| kept[source]) else { continue };
                match merged.iter().find(|(b, _, _)| *b == bucket) {
                    Some((_, _, at)) => self.groups[*at].absorb(group),
                    None => {
                        self.groups.push(group);
                        merged.push((bucket, 0, self.groups.len() - 1));
                    }
                }
            }
            *name = merged;
        }
        let filter = SourceFilter {
            column: header.to_string(),
            values: self
                .sources
                .iter()
                .zip(&kept)
                .map(|((value, key, rows), kept)| SourceCount {
                    value: value.clone(),
                    key: key.clone(),
                    rows: *rows,
                    kept: *kept,
                })
                .collect(),
            suggested,
        };
        notes.push(Note::Sources(filter.clone()));
        Some(filter)
    }

    /// Decides the periods once every row is in, as the ad rows' fold does: by month or week
    /// as asked, or when the rows fall in two months or more; else one group per name.
    fn settle_periods(&mut self, notes: &mut Vec<Note>) {
        let mut buckets: Vec<i64> = self.groups.iter().filter_map(|g| g.bucket).collect();
        buckets.sort_unstable();
        buckets.dedup();
        let rows = |g: &OutcomeGroup| g.by_status.iter().map(|c| c.0).sum::<u64>();
        let undated: u64 = self.groups.iter().filter(|g| g.bucket.is_none()).map(rows).sum();
        self.used = settle(self.grouping, &buckets, (undated, 0), true, notes);
        if self.used == Grouping::Whole {
            let mut groups = std::mem::take(&mut self.groups).into_iter().map(Some).collect::<Vec<_>>();
            for name in &self.names {
                let mut parts = name.iter().filter_map(|(_, _, g)| groups[*g].take());
                if let Some(mut whole) = parts.next() {
                    whole.bucket = None;
                    parts.for_each(|p| whole.absorb(p));
                    self.groups.push(whole);
                }
            }
        }
    }

    pub(super) fn finish(
        &mut self,
        seps: &[usize],
        overrides: &Overrides,
        headers: &[String],
        notes: &mut Vec<Note>,
    ) -> Finished {
        let statuses: Vec<StatusCount> = self
            .statuses
            .iter()
            .map(|(raw, key, rows, of_stage)| {
                let (stage, known) = match overrides.statuses.get(key) {
                    Some(stage) => (*stage, true),
                    None => match default_status_stage(raw) {
                        Some(stage) => (stage, true),
                        None => (Stage::Started, false),
                    },
                };
                StatusCount { status: raw.clone(), rows: *rows, stage, known, of_stage: *of_stage }
            })
            .collect();
        let unknown: Vec<(String, usize)> =
            statuses.iter().filter(|s| !s.known).map(|s| (s.status.clone(), s.rows)).collect();
        if !unknown.is_empty() {
            notes.push(Note::UnknownStatuses { statuses: unknown });
        }
        // The stage each counted outcome reached: its status's, or with a stage column the
        // stage's for a deal not won (lost at "Proposal made" reached handoff, never a customer).
        let reached: Vec<Stage> = if self.stage_col.is_some() {
            self.pairs
                .iter()
                .map(|&(status, stage)| match statuses[status].stage {
                    Stage::Customer => Stage::Customer,
                    _ => statuses[stage].stage.min(Stage::HandedOff),
                })
                .collect()
        } else {
            statuses.iter().map(|s| s.stage).collect()
        };
        let header = self.source_col.map_or("", |c| headers[c].as_str());
        let sources = self.keep_sources(overrides, header, notes);
        let dated = self.dates.as_ref().and_then(|dates| {
            let ending = |i: usize| match reached[i] {
                Stage::Customer => Ending::Won,
                // A lost deal says so in its status (with a stage column, the pair's status).
                _ if says_lost(&self.statuses[self.pairs.get(i).map_or(i, |p| p.0)].1) => Ending::Lost,
                _ => Ending::Open,
            };
            let kept =
                |source: usize| sources.as_ref().is_none_or(|f| f.values.get(source).is_none_or(|v| v.kept));
            dates.deals(&ending, &kept)
        });
        self.settle_periods(notes);
        let used = self.used;
        let value_sep = self.value_col.map_or(0, |vc| seps[vc]);
        // Where the log starts: the lowest stage a row ended at. Below it the log only holds
        // rows that got further (a deal log has no unanswered chats), so it can't count them.
        let entry = self
            .groups
            .iter()
            .flat_map(|g| g.by_status.iter().zip(&reached).filter(|(c, _)| c.0 > 0).map(|(_, s)| *s))
            .min()
            .unwrap_or(Stage::Started);
        if entry > Stage::Replied {
            notes.push(Note::Entry { stage: entry });
        }
        let segments = self
            .groups
            .iter()
            .map(|g| {
                let reached_count = |stage: Stage| -> u64 {
                    g.by_status.iter().zip(&reached).filter(|(_, s)| **s >= stage).map(|(c, _)| c.0).sum()
                };
                let counted = |stage: Stage| (stage >= entry).then(|| reached_count(stage));
                let revenue = g
                    .by_status
                    .iter()
                    .zip(&reached)
                    .filter(|(_, s)| **s == Stage::Customer)
                    .fold(None, |sum, (c, _)| add(sum, c.1[value_sep]));
                Segment {
                    name: g.name.clone(),
                    started: Some(reached_count(Stage::Started)),
                    replies: counted(Stage::Replied),
                    qualified: counted(Stage::Qualified),
                    handoffs: counted(Stage::HandedOff),
                    customers: Some(reached_count(Stage::Customer)),
                    revenue: self.value_col.and(revenue).map(Money),
                    period: match g.bucket {
                        Some(b) => Some(used.period(b)),
                        None => g.first.as_ref().map(|f| Period::new(f, g.last.as_deref().unwrap_or(f))),
                    },
                    ..Segment::default()
                }
            })
            .collect();
        Finished { segments, statuses, sources, dated }
    }
}

/// What an outcome log's fold gives: its segments, its statuses with their stages, its source
/// filter, and its deals with the dates they ended.
pub(super) struct Finished {
    pub(super) segments: Vec<Segment>,
    pub(super) statuses: Vec<StatusCount>,
    pub(super) sources: Option<SourceFilter>,
    pub(super) dated: Option<Dated>,
}
