//! Every user action on the workspace, as data: the shell turns a click or a keystroke into
//! an [`Event`] and hands it to [`Workspace::update`], which is the only place the workspace
//! changes (in the manner of Crux's `update`). Each event is tested natively in
//! `tests/workspace_actions.rs`.

use crate::core::basics::language::Language;
use crate::core::basics::number::DecimalSep;
use crate::core::import::join::{JoinMode, Joined};
use crate::core::import::session::Confirmed;
use crate::core::ladder::fields::Field;
use crate::core::ladder::targets::{BusinessType, Setting};
use crate::core::message::{Arg, Id, Message};
use crate::core::scenario::{self, Scenario, ScenarioEvent};
use crate::core::workspace::{is_currency_code, Source, Workspace};

/// Something the user did.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// Typed into a ladder field.
    EditField(Field, String),
    /// Typed into a field of the earlier period.
    EditEarlier(Field, String),
    /// Picked a currency (an ISO 4217 code; anything else is ignored).
    SetCurrency(String),
    /// Typed into a target or setting.
    EditSetting(Setting, String),
    /// Picked a business type; `DecimalSep` writes "my own targets" out in the locale's way.
    ChooseBusiness(BusinessType, DecimalSep),
    /// Chose which ladder is shown.
    Show(Source),
    /// Chose the language the report and the summary are written in (none: the page's).
    ChooseReportLanguage(Option<Language>),
    /// Picked the two imported periods to compare (positions in `Workspace::periods`).
    ComparePeriods(usize, usize),
    /// Confirmed an import preview.
    ApplyImport(Confirmed),
    /// "Load sample" (keeps the currency).
    LoadSample,
    /// "Clear" (keeps the currency, the settings and remembered mappings).
    Clear,
    /// "Open shared workspace" with a decoded link's workspace (keeps remembered mappings).
    OpenShared(Workspace),
    /// "Undo" after a replacement, with the workspace it replaced.
    Undo(Workspace),
    /// Something done to the scenarios.
    Scenario(ScenarioEvent),
}

/// What an event did, for the page to say or offer.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Nothing changed (an event that didn't apply).
    Unchanged,
    Changed,
    /// The whole workspace was replaced; `previous` is what undo brings back.
    Replaced {
        previous: Box<Workspace>,
        /// What the page says beside Undo ("Cleared.", "Example numbers loaded.").
        notice: Id,
    },
    /// An import was applied; the message says what happened.
    Imported(Message),
}

impl Workspace {
    /// Carries out one user action. The only way the workspace changes.
    pub fn update(&mut self, event: Event) -> Outcome {
        // Each arm says whether it changed anything; nothing is copied to find out.
        let changed = |yes: bool| if yes { Outcome::Changed } else { Outcome::Unchanged };
        match event {
            Event::EditField(field, text) => {
                let yes = self.form.get(field) != text;
                self.form.set(field, text);
                changed(yes)
            }
            Event::EditEarlier(field, text) => {
                let yes = self.earlier.get(field) != text;
                self.earlier.set(field, text);
                changed(yes)
            }
            Event::SetCurrency(code) => {
                let yes = is_currency_code(&code) && self.currency != code;
                if yes {
                    self.currency = code;
                }
                changed(yes)
            }
            Event::EditSetting(setting, text) => {
                let yes = self.targets.get(setting) != text;
                self.targets.set(setting, text);
                changed(yes)
            }
            Event::ChooseBusiness(business, sep) => {
                let before = self.targets.clone();
                self.targets.choose(business, sep);
                changed(self.targets != before)
            }
            Event::Show(source) => {
                let valid = match source {
                    Source::Segment(i) => i < self.segments.len(),
                    Source::Period(i) => i < self.periods().len(),
                    _ => true,
                };
                let yes = valid && self.source != source;
                if yes {
                    self.source = source;
                }
                changed(yes)
            }
            Event::ChooseReportLanguage(language) => {
                let yes = self.report_language != language;
                self.report_language = language;
                changed(yes)
            }
            Event::ComparePeriods(a, b) => {
                let periods = self.periods();
                let (a, b) = (a.min(b), a.max(b));
                let period = |i: usize| periods.get(i).and_then(|s| s.period.clone());
                let pick = match (period(a), period(b)) {
                    (Some(x), Some(y)) if a != b => Some([x, y]),
                    _ => None,
                };
                let yes = pick.is_some() && self.compared != pick;
                if yes {
                    self.compared = pick;
                }
                changed(yes)
            }
            Event::ApplyImport(Confirmed { preview, overrides, join }) => {
                // A log whose names match none of the ads' has no default: the preview asks.
                let Some(mode) = join.or_else(|| self.join_default(&preview)) else {
                    return Outcome::Unchanged;
                };
                self.remember(&preview, &overrides);
                let file = || Arg::Text(preview.source.clone());
                Outcome::Imported(match mode {
                    JoinMode::Replace => {
                        self.apply_import(&preview);
                        Message::of(Id::WsImported)
                            .with("count", Arg::Count(preview.segments.len() as u64))
                            .with("file", file())
                    }
                    _ if !self.can_join(&preview) => return Outcome::Unchanged,
                    JoinMode::ByName => {
                        let joined = self.apply_join(&preview, mode);
                        let id = if preview.grouping.splits() {
                            Id::WsJoinedByNamePeriods
                        } else {
                            Id::WsJoinedByName
                        };
                        let said = Message::of(id)
                            .with("file", file())
                            .with("matched", Arg::Count(joined.names.1 as u64))
                            .with("names", Arg::Count(joined.names.0 as u64));
                        joined_and_shown(said, &joined)
                    }
                    JoinMode::Account => {
                        let joined = self.apply_join(&preview, mode);
                        joined_and_shown(Message::of(Id::WsJoinedAccount).with("file", file()), &joined)
                    }
                })
            }
            Event::LoadSample => self.replace(
                Workspace {
                    currency: self.currency.clone(),
                    report_language: self.report_language,
                    ..Workspace::sample()
                },
                Id::WsSampleLoaded,
            ),
            Event::Clear => self.replace(self.cleared(), Id::WsCleared),
            // The link's numbers, this browser's remembered import layouts (a link has none).
            Event::OpenShared(shared) => {
                let mappings = self.mappings.clone();
                self.replace(Workspace { mappings, ..shared.normalized() }, Id::WsOpenedShared)
            }
            Event::Undo(previous) => {
                let yes = *self != previous;
                *self = previous;
                changed(yes)
            }
            Event::Scenario(event) => Workspace::update_scenarios(&mut self.scenarios, event),
        }
    }

    /// What [`Event::Scenario`] does, on the scenarios alone: the page keeps them in a signal
    /// of their own (so a lever moving doesn't wake the ladder) and sends scenario events here,
    /// the same code `update` runs for them.
    pub fn update_scenarios(scenarios: &mut Vec<Scenario>, event: ScenarioEvent) -> Outcome {
        if scenario::update(scenarios, event) {
            Outcome::Changed
        } else {
            Outcome::Unchanged
        }
    }

    fn replace(&mut self, next: Workspace, notice: Id) -> Outcome {
        let previous = std::mem::replace(self, next);
        Outcome::Replaced { previous: Box::new(previous), notice }
    }
}

/// What a join said, then how many logged conversations it left out (when it left some out:
/// "12 logged conversations outside the ad data’s periods left out."), then that the ladder
/// shows the total.
fn joined_and_shown(said: Message, joined: &Joined) -> Message {
    let then = |first: Message, next: Message| {
        Message::of(Id::WsThen)
            .with("first", Arg::Message(Box::new(first)))
            .with("then", Arg::Message(Box::new(next)))
    };
    let n: u64 = joined.out_of_period.iter().map(|l| l.conversations).sum();
    let said =
        if n == 0 { said } else { then(said, Message::of(Id::WsLeftOut).with("count", Arg::Count(n))) };
    then(said, Message::of(Id::WsShowsTotal))
}

impl Source {
    /// A stable id, for the source picker's options.
    pub fn id(self) -> String {
        match self {
            Source::Typed => "typed".to_string(),
            Source::Total => "total".to_string(),
            Source::Segment(i) => format!("segment-{i}"),
            Source::Period(i) => format!("period-{i}"),
        }
    }

    pub fn from_id(id: &str) -> Option<Source> {
        match id {
            "typed" => Some(Source::Typed),
            "total" => Some(Source::Total),
            other => match other.strip_prefix("period-") {
                Some(i) => i.parse().ok().map(Source::Period),
                None => other.strip_prefix("segment-").and_then(|i| i.parse().ok()).map(Source::Segment),
            },
        }
    }
}
