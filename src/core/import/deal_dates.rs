//! When each deal of an outcome log ended: its won, lost or close date read beside its
//! status, counted per distinct (start, status, source, dates) so a long log costs little,
//! and turned into [`Dated`] deals once the statuses' stages and the kept sources are known.

use rustc_hash::FxHashMap as HashMap;

use super::shared::CellSource;
use super::table::trim;
use crate::core::basics::calendar::day_number;
use crate::core::closing::dated::Dated;
use crate::core::closing::{Deal, Outcome};

/// A dated row as counted: its start, its status (or status and stage pair) and source as the
/// fold numbered them, and its won, lost, close, qualified and handoff days.
type Key = (i64, usize, usize, [Option<i64>; 5]);

/// The date columns of an outcome log, and its dated rows so far.
#[derive(Default)]
pub(super) struct DealDates {
    pub(super) won_col: Option<usize>,
    pub(super) lost_col: Option<usize>,
    pub(super) close_col: Option<usize>,
    pub(super) qualified_col: Option<usize>,
    pub(super) handoff_col: Option<usize>,
    /// Rows per [`Key`].
    rows: HashMap<Key, u32>,
}

/// How a status ended a deal, as far as its dates need to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ending {
    Won,
    Lost,
    Open,
}

/// Whether a status (normalized: lowercase, single spaces) says the deal was lost: "lost",
/// "closed lost", "perdido"…
pub(super) fn says_lost(status: &str) -> bool {
    // Italian "persa"/"perso" as whole words, not "pers": "personal meeting" is no loss.
    let italian = status.split(' ').any(|w| w == "persa" || w == "perso");
    italian
        || ["lost", "perdid", "perdu", "verloren", "kalah", "gagal", "خسر", "خاسر"]
            .iter()
            .any(|w| status.contains(w))
}

impl DealDates {
    /// Reads dates from these columns (won, lost, close, qualified, handoff); `None` when the
    /// log has no won, lost or close date (stage dates alone don't say how long closing takes).
    pub(super) fn new(cols: [Option<usize>; 5]) -> Option<Self> {
        let [won_col, lost_col, close_col, qualified_col, handoff_col] = cols;
        cols[..3].iter().any(Option::is_some).then(|| DealDates {
            won_col,
            lost_col,
            close_col,
            qualified_col,
            handoff_col,
            rows: HashMap::default(),
        })
    }

    /// One row: its start (the log's date cell), its status and source as the fold numbered them.
    pub(super) fn row<C: CellSource + ?Sized>(
        &mut self,
        cells: &C,
        start: Option<&str>,
        status: usize,
        source: usize,
    ) {
        let Some(start) = start.and_then(day_number) else { return };
        let day = |col: Option<usize>| col.and_then(|c| day_number(trim(cells.cell(c))));
        let cols = [self.won_col, self.lost_col, self.close_col, self.qualified_col, self.handoff_col];
        let key = (start, status, source, cols.map(day));
        *self.rows.entry(key).or_insert(0) += 1;
    }

    /// The deals, given how each status ended a deal and which sources are kept; `None`
    /// without a dated row. A won deal with no date it was won on is left out (when it closed
    /// is what is measured); a close date counts as the outcome only on a won or lost status.
    /// Where the log dates a stage, a deal reached it on the earliest date of that stage or a
    /// later one (a deal won without a "qualified" date was qualified by the day it was won).
    pub(super) fn deals(
        &self,
        ending: &dyn Fn(usize) -> Ending,
        kept: &dyn Fn(usize) -> bool,
    ) -> Option<Dated> {
        let (mut deals, mut qualified, mut handed_off) = (Vec::new(), Vec::new(), Vec::new());
        let mut keys: Vec<_> = self.rows.iter().filter(|((_, _, source, ..), _)| kept(*source)).collect();
        keys.sort_unstable_by_key(|(k, _)| **k);
        for (&(start, status, _, [won, lost, close, qualified_on, handed_on]), &rows) in keys {
            let outcome = match (ending(status), won, lost, close) {
                (_, Some(day), _, _) => Outcome::Won(day),
                (_, None, Some(day), _) => Outcome::Lost(day),
                (Ending::Won, None, None, Some(day)) => Outcome::Won(day),
                (Ending::Lost, None, None, Some(day)) => Outcome::Lost(day),
                (Ending::Won, None, None, None) => continue,
                _ => Outcome::Open,
            };
            deals.push(Deal::many(start, outcome, rows));
            let (won_on, lost_on) = match outcome {
                Outcome::Won(day) => (Some(day), None),
                Outcome::Lost(day) => (None, Some(day)),
                Outcome::Open => (None, None),
            };
            let reached = |days: &[Option<i64>]| match (days.iter().flatten().min(), lost_on) {
                (Some(&day), _) => Outcome::Won(day),
                (None, Some(day)) => Outcome::Lost(day),
                (None, None) => Outcome::Open,
            };
            if self.qualified_col.is_some() {
                qualified.push(Deal::many(start, reached(&[qualified_on, handed_on, won_on]), rows));
            }
            if self.handoff_col.is_some() {
                handed_off.push(Deal::many(start, reached(&[handed_on, won_on]), rows));
            }
        }
        (!deals.is_empty()).then(|| {
            Dated::with_stages(
                Dated::gathered(deals),
                Dated::gathered(qualified),
                Dated::gathered(handed_off),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Row(Vec<&'static str>);
    impl CellSource for Row {
        fn cell(&self, i: usize) -> &str {
            self.0.get(i).copied().unwrap_or("")
        }
    }

    #[test]
    fn won_and_lost_times_or_a_close_date_by_status_end_each_deal() {
        let day = |d: &str| day_number(d).unwrap();
        // Pipedrive: won and lost times in their own columns (1 and 2).
        let mut pipedrive = DealDates::new([Some(1), Some(2), None, None, None]).unwrap();
        for (cells, status) in [
            (vec!["2026-05-01 09:00:00", "2026-05-21 10:00:00", ""], 0),
            (vec!["2026-05-01 11:00:00", "2026-05-21 16:30:00", ""], 0),
            (vec!["2026-05-03", "", "2026-05-10"], 1),
            (vec!["2026-05-04", "", ""], 2),
        ] {
            pipedrive.row(&Row(cells.clone()), Some(cells[0]), status, 0);
        }
        let ending = |s: usize| [Ending::Won, Ending::Lost, Ending::Open][s];
        let dated = pipedrive.deals(&ending, &|_| true).unwrap();
        assert_eq!(
            dated.deals,
            vec![
                // Two deals alike (started and won the same days, at other hours): one, counted twice.
                Deal::many(day("2026-05-01"), Outcome::Won(day("2026-05-21")), 2),
                Deal::new(day("2026-05-03"), Outcome::Lost(day("2026-05-10"))),
                Deal::new(day("2026-05-04"), Outcome::Open),
            ]
        );
        assert_eq!(dated.as_of, day("2026-05-21"));

        // HubSpot: one close date (column 1), an outcome only on a closed status; an open
        // deal's close date is the rep's expectation; the source in column 2 not kept is left out.
        let mut hubspot = DealDates::new([None, None, Some(1), None, None]).unwrap();
        for (cells, status, source) in [
            (vec!["2026-06-01", "2026-06-15"], 0, 0),
            (vec!["2026-06-02", "2026-06-09"], 1, 0),
            (vec!["2026-06-03", "2026-08-30"], 2, 0),
            (vec!["2026-06-04", "2026-06-05"], 0, 1),
            (vec!["2026-06-05", ""], 0, 0),
        ] {
            hubspot.row(&Row(cells.clone()), Some(cells[0]), status, source);
        }
        let dated = hubspot.deals(&ending, &|source| source == 0).unwrap();
        assert_eq!(
            dated.deals,
            vec![
                Deal::new(day("2026-06-01"), Outcome::Won(day("2026-06-15"))),
                Deal::new(day("2026-06-02"), Outcome::Lost(day("2026-06-09"))),
                Deal::new(day("2026-06-03"), Outcome::Open),
            ],
            "the won deal without a close date is left out"
        );
        assert_eq!(dated.as_of, day("2026-06-15"), "not the open deal's expected 2026-08-30");
        assert!(says_lost("closed lost") && says_lost("perdido") && !says_lost("closed won"));
        assert!(says_lost("trattativa persa") && !says_lost("personal meeting"));
    }
}
