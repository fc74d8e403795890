//! The workspace as the page holds it: two signals, one for the scenarios and one for
//! everything else, so a scenario lever moving wakes only what shows scenarios (the ladder,
//! form, targets, source list and segment table don't re-run). The pair is replaced, saved
//! and shared as one `Workspace`. With what the core computes from it, it reaches the
//! components as one context, [`Shared`], read with [`shared`].

use crate::core::basics::language::Language;
use leptos::prelude::*;

use crate::core::basics::number::DecimalSep;
use crate::core::message::has_catalogue;
use crate::core::scenario::Scenario;
use crate::core::workspace::event::{Event, Outcome};
use crate::core::workspace::{Evaluation, Workspace};

use super::format::IntlFormatter;

/// What the page's components share, provided once by `Calculator` (`provide_context`) and
/// read with [`shared`]: the workspace, what the core computes from it, and how numbers are
/// written and read. A component's props are only what is its own (which field, which
/// scenario).
#[derive(Clone, Copy)]
pub struct Shared {
    /// The workspace, as its two signals.
    pub signals: WorkspaceSignals,
    /// `signals.rest`: everything but the scenarios, what most panels read and write.
    pub workspace: RwSignal<Workspace>,
    /// The workspace evaluated by the core: the ladder, the targets, the diagnosis.
    pub evaluation: Memo<Evaluation>,
    /// Numbers written in the page's locale and the workspace's currency.
    pub format: Memo<IntlFormatter>,
    /// The locale's decimal mark, which typed numbers are read with.
    pub sep: DecimalSep,
    /// The open workspace's name, for the names of downloaded files.
    pub name: Signal<String>,
    /// The language the page's words are in (`web::language` switches it).
    pub language: RwSignal<Language>,
    /// Numbers as `format` writes them, words in the report's language: the workspace's
    /// choice once its words are here (fetched when chosen), the page's until then.
    pub report_format: Memo<IntlFormatter>,
}

impl Shared {
    /// The shared state of `signals` on a page in `locale`, the open workspace named `name`.
    pub fn new(signals: WorkspaceSignals, locale: &str, name: Signal<String>) -> Shared {
        let workspace = signals.rest;
        let sep = IntlFormatter::decimal_sep_of(locale);
        let locale = locale.to_string();
        let language = RwSignal::new(super::words::language());
        super::language::register(language);
        let format = Memo::new(move |_| {
            IntlFormatter::speaking(&locale, &workspace.with(|w| w.currency.clone()), language.get())
        });
        // Evaluated again when the language changes: a period that names a segment is named in
        // the page's words ("Oktober 2026").
        let evaluation = Memo::new(move |_| {
            language.track();
            workspace.with(|w| w.evaluate(sep))
        });
        let report_format = report_format(workspace, format);
        Shared { signals, workspace, evaluation, format, sep, name, language, report_format }
    }
}

/// The page's formatter speaking the report's language, its words fetched when it is chosen.
fn report_format(workspace: RwSignal<Workspace>, format: Memo<IntlFormatter>) -> Memo<IntlFormatter> {
    let chosen = Memo::new(move |_| workspace.with(|w| w.report_language));
    let arrived = RwSignal::new(0u32);
    Effect::new(move |_| {
        if let Some(language) = chosen.get().filter(|l| !has_catalogue(*l)) {
            wasm_bindgen_futures::spawn_local(async move {
                super::language::fetched(language).await;
                arrived.update(|n| *n += 1);
            });
        }
    });
    Memo::new(move |_| {
        arrived.track();
        match chosen.get().filter(|l| has_catalogue(*l)) {
            Some(language) => IntlFormatter { language, ..format.get() },
            None => format.get(),
        }
    })
}

/// The page's shared state. Read it where a component is built, not in an event handler (a
/// handler runs outside the component tree, where no context is found).
pub fn shared() -> Shared {
    expect_context::<Shared>()
}

/// Carries out `event` on the workspace's `rest` signal (see [`outcome_of`]).
pub fn send(workspace: RwSignal<Workspace>, event: Event) {
    outcome_of(workspace, event);
}

/// Carries out `event` on the workspace's `rest` signal, waking what reads it only when the
/// event changed something, and says what it did.
pub fn outcome_of(workspace: RwSignal<Workspace>, event: Event) -> Outcome {
    let mut outcome = Outcome::Unchanged;
    workspace.maybe_update(|w| {
        outcome = w.update(event);
        outcome != Outcome::Unchanged
    });
    outcome
}

/// The page's workspace. Invariant: `rest.scenarios` is always empty; the scenarios live in
/// `scenarios`. Whole-workspace reads and writes go through `get_untracked` and `replace`.
#[derive(Clone, Copy)]
pub struct WorkspaceSignals {
    /// Everything but the scenarios: what the ladder and the data entry read and write.
    pub rest: RwSignal<Workspace>,
    /// The what-if scenarios.
    pub scenarios: RwSignal<Vec<Scenario>>,
}

impl WorkspaceSignals {
    pub fn new(workspace: Workspace) -> WorkspaceSignals {
        let (rest, scenarios) = split(workspace);
        WorkspaceSignals { rest: RwSignal::new(rest), scenarios: RwSignal::new(scenarios) }
    }

    /// Replaces the whole workspace (sample, clear, undo, a shared link).
    pub fn replace(&self, workspace: Workspace) {
        let (rest, scenarios) = split(workspace);
        self.rest.set(rest);
        self.scenarios.set(scenarios);
    }

    /// The whole workspace, as saved and shared.
    pub fn get_untracked(&self) -> Workspace {
        Workspace { scenarios: self.scenarios.get_untracked(), ..self.rest.get_untracked() }
    }

    /// Carries out `event`: scenario events on the scenarios (through
    /// [`Workspace::update_scenarios`], what `Workspace::update` runs for them), every other
    /// on the rest. Only a change wakes what reads either.
    pub fn send(&self, event: Event) -> Outcome {
        match event {
            Event::Scenario(event) => {
                let mut outcome = Outcome::Unchanged;
                self.scenarios.maybe_update(|all| {
                    outcome = Workspace::update_scenarios(all, event);
                    outcome != Outcome::Unchanged
                });
                outcome
            }
            other => outcome_of(self.rest, other),
        }
    }

    /// Subscribes the running effect to any change in either part.
    pub fn track(&self) {
        self.rest.track();
        self.scenarios.track();
    }
}

fn split(mut workspace: Workspace) -> (Workspace, Vec<Scenario>) {
    let scenarios = std::mem::take(&mut workspace.scenarios);
    (workspace, scenarios)
}
