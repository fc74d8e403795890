//! An outcome log meeting the workspace's ad data: the ways it can be used (by campaign
//! name, onto the total, replacing), the one taken unless the user picks, applying it, and
//! the preview's choice as a view model: what each way would do in words and — when none of
//! the log's names is a campaign of the ads — both lists of names side by side.

use crate::core::comparison::grouping::by_name;
use crate::core::import::analyze::{Preview, Shape};
use crate::core::import::columns::Role;
use crate::core::import::join::{ads_only, join, join_account, JoinMode, Joined};
use crate::core::message::{Id, Message};
use crate::core::workspace::{Source, Workspace};

/// One way to use the log.
#[derive(Clone, Debug, PartialEq)]
pub struct JoinOption {
    pub mode: JoinMode,
    pub label: Id,
    /// What this way would do with these files.
    pub lines: Vec<Message>,
}

/// The choice as the preview shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct JoinChoice {
    pub legend: Id,
    pub options: Vec<JoinOption>,
    /// Chosen unless the user picks another; `None`: nothing is chosen and Apply waits.
    pub default: Option<JoinMode>,
    /// Why nothing is chosen, when nothing is.
    pub ask: Option<Id>,
    /// The log's names and the ads' campaigns, side by side, when none match (the table is
    /// `Id::WsNamesCaption`, its columns `Id::WsNamesInFile` and `Id::WsNamesInAds`).
    pub names: Option<(Vec<String>, Vec<String>)>,
}

impl Workspace {
    /// What joining `preview` would do in `mode`, in the preview's words.
    pub fn join_lines(&self, preview: &Preview, mode: JoinMode) -> Vec<Message> {
        match mode {
            JoinMode::ByName => join(&self.segments, &preview.segments).preview_lines(),
            JoinMode::Account => join_account(&self.segments, &preview.segments).account_lines(),
            JoinMode::Replace => Vec::new(),
        }
    }

    /// Joins a confirmed outcome log onto the imported ad segments, by name and period or
    /// onto their total, and shows the total.
    pub fn apply_join(&mut self, preview: &Preview, mode: JoinMode) -> Joined {
        let joined = match mode {
            JoinMode::Account => {
                let joined = join_account(&self.segments, &preview.segments);
                self.outcomes = joined.segments.clone();
                // The campaigns keep the ads' numbers only: the log's are the account's.
                self.segments = self.segments.iter().map(ads_only).collect();
                joined
            }
            _ => {
                let joined = join(&self.segments, &preview.segments);
                self.segments = joined.segments.clone();
                self.outcomes.clear();
                joined
            }
        };
        self.source = Source::Total;
        self.deals = preview.deals.clone();
        joined
    }

    /// Whether a preview can be joined onto what is imported: an outcome log, and ad data with
    /// spend already in the workspace.
    pub fn can_join(&self, preview: &Preview) -> bool {
        preview.shape == Shape::OutcomeLog && self.segments.iter().any(|s| s.spend.is_some())
    }

    /// The ways `preview` can meet the imported data: by name (when the log names
    /// campaigns), onto the total, or replacing it; just replacing when it can't be joined.
    pub fn join_modes(&self, preview: &Preview) -> Vec<JoinMode> {
        match (self.can_join(preview), preview.columns.iter().any(|c| c.role == Role::Name)) {
            (false, _) => vec![JoinMode::Replace],
            (true, true) => vec![JoinMode::ByName, JoinMode::Account, JoinMode::Replace],
            (true, false) => vec![JoinMode::Account, JoinMode::Replace],
        }
    }

    /// The way `preview` is applied unless the user picks another: a log with no campaign
    /// column joins the total, a log joins by name when some of its names match the ads';
    /// a log whose names match none is never joined by default (`None`: the preview asks).
    pub fn join_default(&self, preview: &Preview) -> Option<JoinMode> {
        match self.join_modes(preview).first() {
            Some(JoinMode::ByName) => {
                (join(&self.segments, &preview.segments).names.1 > 0).then_some(JoinMode::ByName)
            }
            first => first.copied(),
        }
    }

    /// The join choice for `preview`, or `None` when it can only replace what is imported.
    pub fn join_choice(&self, preview: &Preview) -> Option<JoinChoice> {
        let modes = self.join_modes(preview);
        if modes.len() < 2 {
            return None;
        }
        let named = modes.contains(&JoinMode::ByName);
        let options = modes
            .iter()
            .map(|&mode| JoinOption {
                mode,
                label: match (mode, named) {
                    (JoinMode::ByName, _) => Id::WsJoinByName,
                    (JoinMode::Account, true) => Id::WsJoinAccountIgnoringNames,
                    (JoinMode::Account, false) => Id::WsJoinAccount,
                    (JoinMode::Replace, _) => Id::WsJoinReplace,
                },
                lines: self.join_lines(preview, mode),
            })
            .collect();
        let default = self.join_default(preview);
        let names = (named && default.is_none()).then(|| {
            let names = |segments: &[crate::core::comparison::segment::Segment]| {
                by_name(segments).into_iter().map(|s| s.name).collect::<Vec<_>>()
            };
            (names(&preview.segments), names(&self.segments))
        });
        Some(JoinChoice {
            legend: Id::WsJoinLegend,
            options,
            default,
            ask: default.is_none().then_some(Id::WsJoinAsk),
            names,
        })
    }
}
