//! The page: owns the workspace signal, opens and saves storage (debounced, flushed when the
//! page is hidden), provides what its parts share (`state::Shared` for the panels,
//! [`PageState`] for the page around them), and lays the parts out.

use leptos::prelude::*;

use crate::core::message::{Id, Message};
use crate::core::outbound::embed::{Options, Section};
use crate::core::outbound::report::{self, Finding};
use crate::core::outbound::share;
use crate::core::workspace::event::{Event, Outcome};
use crate::core::workspace::page::Page;

use super::components::StorageNotice;
use super::embed_dialog::EmbedDialog;
use super::format::browser_locale;
use super::header::{EmbedBar, TopBar};
use super::inputs::InputsColumn;
use super::later::{later, Step};
use super::notices::{PageNotices, ReportHead};
use super::results::ResultsColumn;
use super::state::Shared;
use super::storage::BrowserStore;
use super::words::{say, word};
use super::workspaces::{WorkspaceBar, Workspaces};

/// What the page around the panels holds, provided by `Calculator` beside [`Shared`] and read
/// with [`page_state`]: the embed options, the saved workspaces, what the page says around the
/// workspace (Undo, the line after a link or a download, a refused link: the core's `Page`),
/// Present mode, and the report's heading, Markdown and printed findings.
#[derive(Clone, Copy)]
pub struct PageState {
    pub shared: Shared,
    pub workspaces: Workspaces,
    pub options: StoredValue<Options, LocalStorage>,
    pub page: RwSignal<Page>,
    pub presenting: RwSignal<bool>,
    /// The report's heading (printed above it): its title and subtitle.
    pub heading: Memo<(String, Message)>,
    /// The report as Markdown, for "Copy as Markdown".
    pub markdown: Signal<String>,
    /// The findings beyond the diagnosis, filled when printing.
    pub printed: RwSignal<Vec<Finding>>,
}

/// The page around the panels. Read it where a component is built, as [`super::state::shared`].
pub fn page_state() -> PageState {
    expect_context::<PageState>()
}

/// The findings beyond the diagnosis (inversions, why CAC moved, outliers): computed when a
/// report is asked for, not on every keystroke.
fn findings(shared: Shared) -> Vec<Finding> {
    let Shared { workspace, evaluation, .. } = shared;
    workspace.with_untracked(|w| evaluation.with_untracked(|e| report::findings(w, e)))
}

impl PageState {
    fn new(shared: Shared, workspaces: Workspaces, options: Options) -> PageState {
        let Shared { workspace, evaluation, format, name, .. } = shared;
        let heading = Memo::new(move |_| {
            let name = name.get();
            workspace.with(|w| report::heading(&name, w, super::download::now()))
        });
        let markdown = Signal::derive(move || {
            let (title, subtitle) = heading.get();
            let subtitle = say(&subtitle);
            let extra = findings(shared);
            evaluation.with(|e| {
                report::markdown((&title, &subtitle), &e.ladder, &e.diagnosis, &extra, &format.get())
            })
        });
        PageState {
            shared,
            workspaces,
            options: StoredValue::new_local(options),
            page: RwSignal::new(Page::default()),
            presenting: RwSignal::new(false),
            heading,
            markdown,
            printed: RwSignal::new(Vec::new()),
        }
    }

    /// Whether the page shows `section` (an embed may show only some).
    pub fn shows(&self, section: Section) -> bool {
        self.options.with_value(|o| o.shows(section))
    }

    /// Whether the inputs column shows anything: the import or the typed numbers.
    pub fn shows_inputs(&self) -> bool {
        self.shows(Section::Import) || self.shows(Section::Inputs)
    }

    /// An embed's name for itself: the one shown when the host asks (`brand=`), else plain.
    pub fn embed_title(&self) -> String {
        let shown = self.options.with_value(Options::shown_name);
        shown.unwrap_or_else(|| word(Id::OutEmbedPlainName).to_string())
    }

    /// Carries out an event that replaces the whole workspace (sample, Clear, a link opened in
    /// an embed, Undo) on the whole; the page keeps it for undo when it replaced it.
    pub fn replace(&self, event: Event) {
        let signals = self.shared.signals;
        let mut whole = signals.get_untracked();
        let outcome = whole.update(event);
        if outcome != Outcome::Unchanged {
            signals.replace(whole);
        }
        self.page.update(|p| p.after(&outcome));
    }

    pub fn undo(&self) {
        if let Some(event) = self.page.with_untracked(Page::undo_event) {
            self.replace(event);
        }
    }

    /// Copies this workspace, with its name, into a link.
    pub fn copy_link(&self) {
        let page = self.page;
        let name = self.workspaces.current.with_untracked(|c| c.name.clone());
        let whole = self.shared.signals.get_untracked();
        let link = super::share::address_with(&share::encode_named(&whole, &name));
        let shown = link.clone();
        super::clipboard::copy_text(link, move |ok| page.update(|p| p.copied(ok, shown)));
    }

    /// A link opens at once: as a workspace of its own named as the sender named it (the one
    /// open stays as it was), or in an embed, where the link in the frame's address is the
    /// host's choice, in place. A link that can't be opened says why and changes nothing.
    fn open_link(&self, fragment: String) {
        match share::decode_named(&fragment) {
            Ok((_, sent)) if self.options.with_value(|o| o.embed) => self.replace(Event::OpenShared(sent)),
            Ok((name, sent)) => self.workspaces.open_shared(&name, sent),
            Err(why) => {
                self.page.update(|p| p.refuse_link(why));
                return;
            }
        }
        super::share::clear_fragment();
    }

    pub fn dismiss_link(&self) {
        self.page.update(Page::dismiss_link);
        super::share::clear_fragment();
    }

    /// Prints the report, its findings filled in first.
    pub fn print(&self) {
        self.printed.set(findings(self.shared));
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }
}

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
