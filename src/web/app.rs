//! The page: owns the workspace signal, opens and saves storage (debounced, flushed when the
//! page is hidden), provides what its parts share (`state::Shared` for the panels,
//! [`PageState`] for the page around them), and lays the parts out.

use leptos::prelude::*;

use crate::core::message::Id;
use crate::core::outbound::embed::Options;

use super::components::StorageNotice;
use super::embed_dialog::EmbedDialog;
use super::format::browser_locale;
use super::header::{EmbedBar, TopBar};
use super::inputs::InputsColumn;
use super::later::{later, Step};
use super::notices::{PageNotices, ReportHead};
use super::page::{findings, PageState};
use super::results::ResultsColumn;
use super::state::Shared;
use super::storage::BrowserStore;
use super::words::word;
use super::workspaces::{WorkspaceBar, Workspaces};

/// Opens the page's state on `store`: the saved workspaces, what the panels share, the page
/// around them, with links, printing and an embed's title and download note wired. Made once
/// per page; its view may be built again over it (in a new language) without touching it.
pub fn open(store: BrowserStore, options: Options) -> PageState {
    let (workspaces, signals) = Workspaces::open(store);
    workspaces.keep_saved();
    let name = Signal::derive(move || workspaces.current.with(|c| c.name.clone()));
    let shared = Shared::new(signals, &browser_locale(), name);
    let embedded = options.embed;
    let state = PageState::new(shared, workspaces, options);
    if let Some(f) = super::share::incoming_fragment() {
        state.open_link(f);
    }
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(f) = super::share::incoming_fragment() {
            state.open_link(f);
        }
    });
    // An embed's title says what it is. A download in a frame may be dropped without a word.
    if embedded {
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(&state.embed_title());
        }
        super::download::on_download(move |file| state.page.update(|p| p.downloading(file)));
    }
    let _ = window_event_listener_untyped("beforeprint", move |_| state.printed.set(findings(shared)));
    state
}

/// The calculator on a given store: the real `localStorage`, or a blocked one in tests.
#[component]
pub fn Calculator(
    store: BrowserStore,
    /// Embed display options (`?embed=1` …); the whole page by default.
    #[prop(optional)]
    options: Options,
) -> impl IntoView {
    let state = open(store, options);
    view! { <PageView state /> }
}

/// The page's view over `state`, which it provides to its parts (`state::shared`,
/// [`page_state`]).
#[component]
pub fn PageView(state: PageState) -> impl IntoView {
    provide_context(state.shared);
    provide_context(state);
    let workspaces = state.workspaces;
    let embedded = state.options.with_value(|o| o.embed);
    let full = !embedded;
    view! {
        <a class="skip" href="#results">{word(Id::SkipToResults)}</a>
        {full.then(|| view! {
            <TopBar />
            <WorkspaceBar workspaces />
        })}
        {embedded.then(|| view! { <EmbedBar /> })}
        <PageNotices />
        <ReportHead />
        <main class="layout" class:presenting=move || state.presenting.get() class:single=!state.shows_inputs()>
            <InputsColumn />
            <ResultsColumn />
        </main>
        {full.then(|| view! {
        <footer class="bottom">
            <StorageNotice state=workspaces.state />
            <p>{word(Id::NothingSent)}</p>
            {later(Step::Footer, || view! { <EmbedDialog /> })}
        </footer>
        })}
    }
}
