//! What the page around the panels holds ([`PageState`], read with [`page_state`]): the embed
//! options, the saved workspaces, what the page says around the workspace, Present mode, the
//! report; and what it does (replace the workspace, undo, links, printing).

use leptos::prelude::*;

use crate::core::message::{Id, Message};
use crate::core::outbound::embed::{Options, Section};
use crate::core::outbound::report::{self, Finding};
use crate::core::outbound::share;
use crate::core::workspace::event::{Event, Outcome};
use crate::core::workspace::page::Page;

use super::state::Shared;
use super::words::word;
use super::workspaces::Workspaces;

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
pub(super) fn findings(shared: Shared) -> Vec<Finding> {
    let Shared { workspace, evaluation, .. } = shared;
    workspace.with_untracked(|w| evaluation.with_untracked(|e| report::findings(w, e)))
}

impl PageState {
    pub(super) fn new(shared: Shared, workspaces: Workspaces, options: Options) -> PageState {
        let Shared { workspace, evaluation, report_format, name, .. } = shared;
        let heading = Memo::new(move |_| {
            let name = name.get();
            workspace.with(|w| report::heading(&name, w, super::download::now()))
        });
        let markdown = Signal::derive(move || {
            let (title, subtitle) = heading.get();
            let format = report_format.get();
            let subtitle = subtitle.render(&format);
            let extra = findings(shared);
            evaluation
                .with(|e| report::markdown((&title, &subtitle), &e.ladder, &e.diagnosis, &extra, &format))
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
    pub(super) fn open_link(&self, fragment: String) {
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
    /// Prints the report: in the page's language, or written again in the report's for the
    /// print and back after it.
    pub fn print(&self) {
        self.printed.set(findings(self.shared));
        let page = self.shared.language.get_untracked();
        match self.shared.workspace.with_untracked(|w| w.report_language) {
            Some(report) if report != page => super::language::print_in(report, page),
            _ => {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
        }
    }
}
