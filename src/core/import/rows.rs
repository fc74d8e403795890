//! Aggregate rows: one row per campaign, ad set, ad or period with spend and stage counts,
//! grouped by name, a totals row left out, and Meta's result columns read by their indicator.

use rustc_hash::FxHashMap as HashMap;

use super::columns::{normalize, Role};
use super::notes::Note;
use super::shared::CellSource;
use super::shared::{add, settle, Both};
use crate::core::basics::dates::{Grouping, Period};
use crate::core::basics::money::Money;
use crate::core::comparison::segment::Segment;

/// Rows (or rows grouped by name) with spend and stage counts in columns.
pub(super) struct RowsFold {
    pub(super) name_col: Option<usize>,
    pub(super) has_started: bool,
    pub(super) results_col: Option<usize>,
    pub(super) indicator_col: Option<usize>,
    pub(super) start_col: Option<usize>,
    pub(super) end_col: Option<usize>,
    /// Grouped rows, in order of first appearance, the first and last rows held apart
    /// until the end: either may be a totals row.
    pub(super) groups: Vec<Group>,
    pub(super) by_key: HashMap<(String, Option<i64>), usize>,
    /// How rows with dates are grouped into periods, as asked; and as done, at the end.
    pub(super) grouping: Grouping,
    pub(super) used: Grouping,
    pub(super) first: Option<Group>,
    pub(super) last: Option<Group>,
    /// Rows whose `Results` count something other than conversations, each way.
    pub(super) other_results: [usize; 2],
    /// The spend column and its currency, for rows left out.
    pub(super) spend_col: Option<usize>,
    pub(super) currency: Option<String>,
    /// Rows whose indicator names another result (Reach, Leads…): left out, spend and all.
    pub(super) left_out: LeftOut,
}

/// Rows of other results, left out of the import: how many, of what, and the spend on them.
#[derive(Default)]
pub(super) struct LeftOut {
    pub(super) rows: usize,
    pub(super) results: Vec<String>,
    pub(super) spend: Both,
}

/// What a row's result indicator ("Result indicator", "Result type") says its `Results` are.
#[derive(Debug, PartialEq)]
pub(super) enum ResultKind {
    Messaging,
    /// Another result, by its readable name.
    Other(String),
    /// Nothing said (an empty cell, or no indicator column).
    Unsaid,
}

/// The readable names of the messaging result, as Meta's "Result type" writes it.
const MESSAGING_RESULT_NAMES: [&str; 2] =
    ["messaging conversations started", "messaging conversation started"];

/// Reads an indicator: Meta's action id (`actions:onsite_conversion.messaging_conversation_started_7d`)
/// or the readable result type ("Messaging conversations started", "Reach").
pub(super) fn result_kind(indicator: &str) -> ResultKind {
    let text = indicator.trim();
    if text.is_empty() || text == "-" {
        return ResultKind::Unsaid;
    }
    let lower = text.to_lowercase();
    if lower.contains("messaging_conversation_started")
        || MESSAGING_RESULT_NAMES.contains(&normalize(&lower).as_str())
    {
        return ResultKind::Messaging;
    }
    // An action id is named by its last part: "actions:lead" is "lead".
    let name = match lower.strip_prefix("actions:") {
        Some(id) => id.rsplit(['.', ':']).next().unwrap_or(id).replace('_', " "),
        None => text.to_string(),
    };
    ResultKind::Other(name)
}

/// One or more rows with the same name.
#[derive(Clone, Debug)]
pub(super) struct Group {
    pub(super) name: String,
    pub(super) line: u64,
    pub(super) rows: usize,
    pub(super) sums: Vec<Both>,
    /// Conversations from Meta's `Results` column, where the indicator says so.
    pub(super) from_results: Both,
    pub(super) start: Option<String>,
    pub(super) end: Option<String>,
    /// The period (month or week) its rows start in, when rows are grouped by period.
    pub(super) bucket: Option<i64>,
    /// Rows that run into a later period than the one they start in.
    pub(super) spanning: usize,
}

impl Group {
    pub(super) fn absorb(&mut self, other: Group) {
        self.rows += other.rows;
        self.spanning += other.spanning;
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

    pub(super) fn segment(
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
        seg.period = self.start.as_ref().map(|s| Period::new(s, self.end.as_deref().unwrap_or(s)));
        seg
    }
}

pub(super) fn is_totals_label(name: &str) -> bool {
    matches!(
        normalize(name).as_str(),
        "total" | "totals" | "grand total" | "total general" | "totales" | "totais" | "summe" | "sum" | "all"
    )
}

impl RowsFold {
    pub(super) fn row<C: CellSource + ?Sized>(&mut self, line: u64, cells: &C, values: &[Both]) {
        let name = match self.name_col {
            Some(c) => cells.cell(c).trim().to_string(),
            None => format!("Row {line}"),
        };
        let mut from_results = [None, None];
        if let (false, Some(rc)) = (self.has_started, self.results_col) {
            let kind = self.indicator_col.map_or(ResultKind::Unsaid, |c| result_kind(cells.cell(c)));
            if let ResultKind::Other(result) = kind {
                // Its spend bought another result: none of the row belongs to the ladder.
                self.left_out.rows += 1;
                if !self.left_out.results.contains(&result) {
                    self.left_out.results.push(result);
                }
                if let Some(spend) = self.spend_col.map(|c| values[c]) {
                    let sum = &mut self.left_out.spend;
                    *sum = [add(sum[0], spend[0]), add(sum[1], spend[1])];
                }
                return;
            }
            for s in 0..2 {
                match values[rc][s] {
                    Some(v) if kind == ResultKind::Messaging => from_results[s] = Some(v),
                    Some(v) if v > 0 => self.other_results[s] += 1,
                    _ => {}
                }
            }
        }
        let text = |c: Option<usize>| c.map(|c| cells.cell(c).trim().to_string()).filter(|s| !s.is_empty());
        let start = text(self.start_col);
        let end = text(self.end_col).or_else(|| start.clone());
        let bucket = start.as_deref().and_then(|s| self.grouping.bucket(s));
        let ends_in = end.as_deref().and_then(|e| self.grouping.bucket(e));
        let spanning = usize::from(bucket.is_some() && ends_in != bucket);
        let group =
            Group { name, line, rows: 1, sums: values.to_vec(), from_results, start, end, bucket, spanning };
        if self.first.is_none() {
            self.first = Some(group);
        } else if let Some(previous) = self.last.replace(group) {
            self.absorb(previous, false);
        }
    }

    pub(super) fn absorb(&mut self, group: Group, at_front: bool) {
        let key = (normalize(&group.name), group.bucket);
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

    pub(super) fn reindex(&mut self) {
        self.by_key =
            self.groups.iter().enumerate().map(|(i, g)| ((normalize(&g.name), g.bucket), i)).collect();
    }

    /// Decides the periods once every row is in: by month or week as asked (or, left to the
    /// file, when the rows fall in two months or more and none runs into the next), else one
    /// group per name. Each group of a period covers the whole period, and the notes say so
    /// where the rows cover only part of it.
    fn settle_periods(&mut self, notes: &mut Vec<Note>) {
        let mut buckets: Vec<i64> = self.groups.iter().filter_map(|g| g.bucket).collect();
        buckets.sort_unstable();
        buckets.dedup();
        let undated = self.groups.iter().filter(|g| g.bucket.is_none()).map(|g| g.rows).sum::<usize>();
        let spanning: usize = self.groups.iter().map(|g| g.spanning).sum();
        self.used = settle(self.grouping, &buckets, (undated as u64, spanning as u64), false, notes);
        if self.used == Grouping::Whole {
            self.by_key.clear();
            for mut g in std::mem::take(&mut self.groups) {
                g.bucket = None;
                self.absorb(g, false);
            }
            self.reindex();
            return;
        }
        for b in &buckets {
            let in_it = || self.groups.iter().filter(|g| g.bucket == Some(*b));
            let day = |d: &String| d.get(..10).unwrap_or(d).to_string();
            let first = in_it().filter_map(|g| g.start.as_ref().map(day)).min();
            let last = in_it().filter_map(|g| g.end.as_ref().map(day)).max();
            let whole = self.used.period(*b);
            if let (Some(first), Some(last)) = (first, last) {
                if first > whole.start || last < whole.end {
                    notes.push(Note::PartPeriod { period: whole, first, last, by: self.used });
                }
            }
        }
        let used = self.used;
        for g in &mut self.groups {
            if let Some(b) = g.bucket {
                let p = used.period(b);
                (g.start, g.end) = (Some(p.start), Some(p.end));
            }
        }
    }

    pub(super) fn finish(
        &mut self,
        roles: &[Role],
        seps: &[usize],
        rows: usize,
        notes: &mut Vec<Note>,
    ) -> Vec<Segment> {
        let (has_started, results_col) = (self.has_started, self.results_col);
        let segment = |g: &Group| g.segment(roles, seps, has_started, results_col);
        if self.left_out.rows > 0 {
            let spend = self.spend_col.and_then(|c| self.left_out.spend[seps[c]]).unwrap_or(0);
            notes.push(Note::OtherResults {
                rows: self.left_out.rows,
                results: self.left_out.results.clone(),
                spend: Money(spend),
                currency: self.currency.clone(),
            });
        }
        if let Some(rc) = results_col.filter(|_| !has_started) {
            let other = self.other_results[seps[rc]];
            if other > 0 {
                notes.push(Note::OtherActions { rows: other });
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
                    notes.push(Note::TotalsRow { line: candidate.line, sums_match });
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
        self.settle_periods(notes);
        let grouped_rows: usize = self.groups.iter().map(|g| g.rows).sum();
        if self.groups.len() < grouped_rows {
            notes.push(Note::Grouped { rows: grouped_rows, segments: self.groups.len(), by: self.used });
        }
        let mut segments: Vec<Segment> = self.groups.iter().map(segment).collect();
        // (No segment at all when the one row was of another result.)
        if let Some(only) = segments.first_mut().filter(|_| self.name_col.is_none() && rows == 1) {
            only.name = "Imported".to_string();
        }
        segments
    }
}

#[cfg(test)]
mod tests {
    use super::{result_kind, ResultKind};

    #[test]
    fn an_indicator_is_read_as_an_action_id_or_a_result_type() {
        let messaging = "actions:onsite_conversion.messaging_conversation_started_7d";
        assert_eq!(result_kind(messaging), ResultKind::Messaging);
        assert_eq!(result_kind("Messaging conversations started"), ResultKind::Messaging);
        assert_eq!(result_kind("actions:lead"), ResultKind::Other("lead".into()));
        assert_eq!(result_kind("actions:onsite_conversion.post_save"), ResultKind::Other("post save".into()));
        assert_eq!(result_kind("Reach"), ResultKind::Other("Reach".into()));
        assert_eq!(result_kind("  "), ResultKind::Unsaid);
        assert_eq!(result_kind("-"), ResultKind::Unsaid);
    }
}
