//! The fold of a labeled table: each column's role, its numbers read both ways (decimal
//! point and comma) with the evidence for its separator, the first unusable cell, and the
//! preview built at the end. The rows go to an aggregate or outcome-log fold.

use rustc_hash::FxHashMap as HashMap;

use super::analyze::{sample, ColumnPreview, Overrides, Preview, SavedMapping, Shape, UNLABELED_ORDER};
use super::columns::{currency_in, guess_role, normalize, Role};
use super::deal_dates::DealDates;
use super::error::{ErrorKind, ImportError};
use super::notes::Note;
use super::numbers::{parse_both, DecimalDecision, Evidence, Why};
use super::outcomes::OutcomeFold;
use super::rows::RowsFold;
use super::shared::{sep_index, Both, CellSource, Settings};
use super::table::Delimiter;
use super::words::TextIndex;
use super::{date_roles, structure};
use crate::core::basics::dates::Grouping;
use crate::core::basics::number::DecimalSep;

/// Puts the user's roles over the guessed ones. A column only guessed to have a role the
/// user gave another column loses it, so the user's column is the one read. And one column
/// per kind of number: of two that would both be summed as spend (say), the user's is kept,
/// else the first; otherwise each group would take whichever has a value, and totals would
/// depend on the grouping.
fn settle_roles(roles: &mut [Role], overrides: &Overrides) {
    for (&i, &role) in &overrides.roles {
        if let Some(slot) = roles.get_mut(i) {
            *slot = role;
        }
    }
    for i in 0..roles.len() {
        let role = roles[i];
        if role == Role::Ignore {
            continue;
        }
        let chosen = |j: &usize| roles[*j] == role && overrides.roles.get(j) == Some(&role);
        let keep = |j: usize, first_chosen: Option<usize>| match first_chosen {
            Some(c) if role.is_numeric() => j == c,
            Some(_) => overrides.roles.contains_key(&j),
            None => !role.is_numeric() || j == i,
        };
        let first_chosen = (0..roles.len()).find(chosen);
        for (j, slot) in roles.iter_mut().enumerate() {
            if *slot == role && !keep(j, first_chosen) {
                *slot = Role::Ignore;
            }
        }
    }
}

/// A number that can't be used, first seen at `line`.
#[derive(Clone, Debug)]
pub(super) struct CellError {
    pub(super) line: u64,
    pub(super) problem: Problem,
    pub(super) text: String,
}

#[derive(Clone, Copy, Debug)]
pub(super) enum Problem {
    NotANumber,
    Negative,
    NotWhole,
}

/// Everything a labeled table has shown so far.
pub(super) struct Fold {
    pub(super) headers: Vec<String>,
    pub(super) roles: Vec<Role>,
    pub(super) shape: Shape,
    pub(super) numeric: Vec<usize>,
    pub(super) evidence: Vec<Evidence>,
    pub(super) errors: Vec<[Option<CellError>; 2]>,
    pub(super) samples: Vec<Vec<String>>,
    pub(super) rows: usize,
    /// This row's numbers, both ways, by column.
    pub(super) values: Vec<Both>,
    pub(super) kind: Kind,
    /// The corrections in force: the user's, or those remembered for this layout.
    pub(super) overrides: Overrides,
    /// The remembered corrections, when they were used.
    pub(super) remembered: Option<SavedMapping>,
}

pub(super) enum Kind {
    Rows(Box<RowsFold>),
    Outcomes(Box<OutcomeFold>),
}

impl Fold {
    /// The fold of a table with these headers; `sample` is its first rows, when they were
    /// held back so the values can tell what the headers didn't ([`structure`]).
    pub(super) fn new(
        headers: Vec<String>,
        shape: Shape,
        overrides: Overrides,
        sample: &[Vec<String>],
    ) -> Fold {
        let width = headers.len();
        let mut roles: Vec<Role> = match shape {
            Shape::Unlabeled => {
                (0..width).map(|i| UNLABELED_ORDER.get(i).copied().unwrap_or(Role::Ignore)).collect()
            }
            _ => headers.iter().map(|h| guess_role(h)).collect(),
        };
        if !sample.is_empty() {
            structure::refine(&headers, &mut roles, sample);
            date_roles::refine(&headers, &mut roles, sample);
        }
        settle_roles(&mut roles, &overrides);
        let shape = match shape {
            Shape::Unlabeled => Shape::Unlabeled,
            _ => shape_of(&roles, &headers),
        };
        let find = |role: Role| roles.iter().position(|r| *r == role);
        let kind = match shape {
            Shape::OutcomeLog => Kind::Outcomes(Box::new(OutcomeFold {
                // A stage column alone is read as the status; beside one, it says how far
                // an open or lost deal got.
                status_col: find(Role::Status)
                    .or(find(Role::Stage))
                    .expect("outcome logs have a status column"),
                stage_col: find(Role::Status).and(find(Role::Stage)),
                name_col: find(Role::Name),
                value_col: find(Role::Value),
                source_col: find(Role::Source),
                sources: Vec::new(),
                source_by_text: TextIndex::default(),
                source_by_key: HashMap::default(),
                date_col: find(Role::PeriodStart),
                statuses: Vec::new(),
                status_by_text: TextIndex::default(),
                status_by_key: HashMap::default(),
                stage_by_text: TextIndex::default(),
                stage_by_key: HashMap::default(),
                pairs: Vec::new(),
                groups: Vec::new(),
                names: Vec::new(),
                name_by_text: TextIndex::default(),
                name_by_key: HashMap::default(),
                grouping: overrides.grouping,
                used: Grouping::Whole,
                dates: DealDates::new(
                    [Role::WonDate, Role::LostDate, Role::CloseDate, Role::QualifiedDate, Role::HandoffDate]
                        .map(find),
                ),
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
                grouping: overrides.grouping,
                used: Grouping::Whole,
                first: None,
                last: None,
                other_results: [0, 0],
                spend_col: find(Role::Spend),
                currency: find(Role::Spend).and_then(|c| super::columns::currency_in(&headers[c])),
                left_out: Default::default(),
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
            overrides,
            remembered: None,
        }
    }

    pub(super) fn row<C: CellSource + ?Sized>(&mut self, line: u64, cells: &C) {
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
    pub(super) fn decimals(&self, settings: &Settings) -> Vec<DecimalDecision> {
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
                let mut decision = if decision.why == Why::NoDecimals {
                    self.evidence[i].decide(file_sep, whole(i))
                } else {
                    decision
                };
                if let Some(sep) = self.overrides.decimals.get(&i) {
                    if *sep != decision.sep {
                        decision = DecimalDecision { sep: *sep, why: Why::SetByYou };
                    }
                }
                decision
            })
            .collect()
    }

    pub(super) fn finish(&mut self, settings: &Settings) -> Result<Preview, ImportError> {
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
            let kind = match e.problem {
                Problem::NotANumber => ErrorKind::NotANumber,
                Problem::Negative => ErrorKind::Negative,
                Problem::NotWhole => ErrorKind::NotWhole { role: self.roles[i] },
            };
            return Err(ImportError::at(source, line, kind).in_cell(i, &self.headers[i], &e.text));
        }
        let mut notes = shared_roles(&self.roles, &self.headers);
        let (segments, statuses, sources, grouping, deals) = match &mut self.kind {
            Kind::Rows(f) => {
                (f.finish(&self.roles, &seps, self.rows, &mut notes), Vec::new(), None, f.used, None)
            }
            Kind::Outcomes(f) => {
                let done = f.finish(&seps, &self.overrides, &self.headers, &mut notes);
                (done.segments, done.statuses, done.sources, f.used, done.dated)
            }
        };
        if let (true, Kind::Rows(f)) = (segments.is_empty(), &self.kind) {
            if f.left_out.rows > 0 {
                let results = f.left_out.results.clone();
                return Err(ImportError::new(source, ErrorKind::OtherResultsOnly { results }));
            }
        }
        let dated = segments.iter().any(|s| s.period.as_ref().is_some_and(|p| p.days().is_some()));
        if segments.iter().all(|s| {
            s.spend.is_none()
                && s.started.is_none()
                && s.replies.is_none()
                && s.qualified.is_none()
                && s.handoffs.is_none()
                && s.customers.is_none()
        }) {
            let headers = self.headers.clone();
            return Err(ImportError::new(source, ErrorKind::NoLadderColumns { headers }));
        }
        let currency = self
            .roles
            .iter()
            .zip(&self.headers)
            .find(|(r, _)| **r == Role::Spend)
            .and_then(|(_, h)| currency_in(h));
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
            delimiter: Delimiter::Comma,
            shape: self.shape,
            columns,
            rows: self.rows,
            segments,
            currency,
            statuses,
            notes,
            remembered: self.remembered.clone(),
            grouping,
            dated,
            sources,
            deals,
        })
    }
}

/// Says which columns share a role (two name columns, say) and that the first is read:
/// two columns never get one role without the preview saying so.
fn shared_roles(roles: &[Role], headers: &[String]) -> Vec<Note> {
    let mut notes = Vec::new();
    for role in Role::ALL.into_iter().filter(|r| *r != Role::Ignore) {
        let cols: Vec<String> =
            (0..roles.len()).filter(|i| roles[*i] == role).map(|i| headers[i].clone()).collect();
        if cols.len() >= 2 {
            notes.push(Note::SharedRole { role, headers: cols });
        }
    }
    notes
}

pub(super) fn shape_of(roles: &[Role], headers: &[String]) -> Shape {
    if (roles.contains(&Role::Status) || roles.contains(&Role::Stage)) && !roles.contains(&Role::Spend) {
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
