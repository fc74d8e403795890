//! The import panel: paste cells or drop/pick a file, see the preview, correct it, apply. It
//! renders a core import [`Session`] (idle, reading, previewed, failed) and forwards what
//! the user does to it; this file only starts the reads the session asks for (in the import
//! worker, or on the page when no worker can run) and hands their results back. Until
//! "Apply" the workspace is untouched, so a failed or cancelled import changes nothing.

mod grid;
mod preview;

use leptos::prelude::*;

use wasm_bindgen_futures::JsFuture;

use crate::core::import::error::ImportError;
use crate::core::import::read::analyze_bytes_remembering;
use crate::core::import::session::{Correction, Notice, Phase, Read, ReadStats, Session};
use crate::core::message::Id;
use crate::core::workspace::event::{Event, Outcome};
use crate::core::workspace::Workspace;
use crate::web::format::IntlFormatter;
use crate::web::words::{say_in, word};

use super::import_worker::{self, Job, JobEvent};
use super::state::{outcome_of, shared, Shared};
use preview::{join_choice, preview_body};

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Reads a file on the main thread: the fallback when no worker can run.
fn read_on_main_thread(file: web_sys::File, read: Read, session: RwSignal<Session>) {
    let name = file.name();
    let bytes = file.size();
    let started = now();
    let promise = file.array_buffer();
    leptos::task::spawn_local(async move {
        let result = match JsFuture::from(promise).await {
            Ok(buffer) => analyze_bytes_remembering(
                &name,
                &js_sys::Uint8Array::new(&buffer).to_vec(),
                &read.job.mapping.to_overrides(),
                &read.job.remembered,
                read.job.decimal,
            ),
            Err(_) => Err(ImportError::unreadable(&name)),
        };
        let stats = ReadStats { bytes, ms: now() - started, ..ReadStats::default() };
        session.update(|s| s.finished(read.generation, result, stats));
    });
}

/// The panel's import: its session, the file being read and the worker reading it, and what
/// the user does to them. Copy, so each part of the panel holds it.
#[derive(Clone, Copy)]
struct Import {
    session: RwSignal<Session>,
    file: StoredValue<Option<web_sys::File>, LocalStorage>,
    /// The running worker read and the read number it belongs to.
    job: StoredValue<Option<(u64, Job)>, LocalStorage>,
    workspace: RwSignal<Workspace>,
    format: Memo<IntlFormatter>,
}

impl Import {
    /// A new import on the page's shared state; read where the panel is built.
    fn new() -> Import {
        let Shared { workspace, format, sep, .. } = shared();
        Import {
            session: RwSignal::new(Session::new(sep)),
            file: StoredValue::new_local(None),
            job: StoredValue::new_local(None),
            workspace,
            format,
        }
    }

    /// A file read goes to the import worker; its progress and result come back as events.
    fn start_read(self, read: Read) {
        let Import { session, file, job, .. } = self;
        let Some(f) = file.get_value() else { return };
        job.set_value(None);
        let mine = read.generation;
        let total = f.size();
        let started = now();
        let fallback = (f.clone(), read.clone());
        let running = import_worker::start(f, &read.job, move |event| match event {
            JobEvent::Progress { bytes, rows } => session.update(|s| s.progress(mine, bytes, rows)),
            JobEvent::Done { result, worker_ms, parse_ms, memory } => {
                let stats = ReadStats { bytes: total, ms: now() - started, worker_ms, parse_ms, memory };
                session.update(|s| s.finished(mine, *result, stats));
                // The worker is done: once this message has been handled it waits as the
                // spare for the next file (or another is started).
                set_timeout(
                    move || {
                        if job.with_value(|j| j.as_ref().is_some_and(|(g, _)| *g == mine)) {
                            if let Some((_, done)) = job.try_update_value(Option::take).flatten() {
                                done.release();
                            }
                        }
                        import_worker::prewarm();
                    },
                    std::time::Duration::ZERO,
                );
            }
            JobEvent::Unavailable => {
                if session.with_untracked(|s| s.is_current(mine)) {
                    read_on_main_thread(fallback.0.clone(), fallback.1.clone(), session);
                }
            }
        });
        match running {
            Some(running) => job.set_value(Some((mine, running))),
            None => {
                if let Some(f) = file.get_value() {
                    read_on_main_thread(f, read, session);
                }
            }
        }
    }

    fn stop_reading(self) {
        self.job.set_value(None);
        self.file.set_value(None);
    }

    /// Previews pasted cells.
    fn read_paste(self, text: &str) {
        self.stop_reading();
        let mappings = self.workspace.with_untracked(|w| w.mappings.clone());
        self.session.update(|s| s.paste(text, &mappings));
    }

    /// Reads a picked or dropped file.
    fn take_file(self, f: web_sys::File) {
        self.stop_reading();
        let bytes = f.size();
        self.file.set_value(Some(f));
        let mappings = self.workspace.with_untracked(|w| w.mappings.clone());
        if let Some(read) = self.session.try_update(|s| s.file(bytes, &mappings)) {
            self.start_read(read);
        }
    }

    /// A correction to the preview; a file is read again when the session asks.
    fn correct(self, c: Correction) {
        if let Some(read) = self.session.try_update(|s| s.correct(c)).flatten() {
            self.start_read(read);
        }
    }

    fn cancel(self) {
        self.stop_reading();
        self.session.update(Session::cancel);
    }

    fn cancel_read(self) {
        self.stop_reading();
        self.session.update(Session::cancel_read);
    }

    /// Applies the preview to the workspace, through the core's update.
    fn apply(self) {
        self.stop_reading();
        let Import { session, workspace, format, .. } = self;
        if let Some(confirmed) = session.try_update(Session::apply).flatten() {
            if let Outcome::Imported(message) = outcome_of(workspace, Event::ApplyImport(confirmed)) {
                session.update(|s| s.applied(say_in(&message, &format.get_untracked())));
            }
        }
    }
}

/// Paste or upload, preview, adjust, apply.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let import = Import::new();
    let dragging = RwSignal::new(false);
    // What the progress and the preview read, a memo so a change elsewhere in the session
    // doesn't redraw them.
    let phase = Memo::new(move |_| import.session.with(|s| s.phase.clone()));
    let drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(f) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            import.take_file(f);
        }
    };
    view! {
        <div
            class="import"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:dragenter=move |_| import_worker::prewarm()
            on:pointerover=move |_| import_worker::prewarm()
            on:focusin=move |_| import_worker::prewarm()
            on:drop=drop
        >
            <PasteField import />
            <FileField import />
            <ReadProgress import phase />
            <ImportNotice import />
            <ImportPreview import phase />
        </div>
    }
}

/// The cells to paste, and the button that previews them.
#[component]
fn PasteField(import: Import) -> impl IntoView {
    let paste = RwSignal::new(String::new());
    view! {
        <div class="field">
            <label for="paste">{word(Id::ImportPasteLabel)}</label>
            <textarea
                id="paste"
                rows="3"
                spellcheck="false"
                aria-describedby="paste-hint"
                prop:value=move || paste.get()
                on:input=move |ev| paste.set(event_target_value(&ev))
            ></textarea>
            <p class="hint" id="paste-hint">
                {word(Id::ImportPasteHint)}
            </p>
            <button type="button" on:click=move |_| import.read_paste(&paste.get_untracked()) disabled=move || paste.with(|t| t.trim().is_empty())>
                {word(Id::ImportPreviewPasted)}
            </button>
        </div>
    }
}

/// The file to read (one dropped on the panel is read the same way).
#[component]
fn FileField(import: Import) -> impl IntoView {
    let pick = move |ev: leptos::ev::Event| {
        let element: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(f) = element.files().and_then(|f| f.get(0)) {
            import.take_file(f);
        }
        element.set_value("");
    };
    view! {
        <div class="field">
            <label for="file">{word(Id::ImportUploadLabel)}</label>
            // The browser's own button speaks the browser's language, not the page's: it is
            // hidden, and a button in the page's words opens it.
            <input id="file" class="visually-hidden" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" on:change=pick />
            <label class="button" for="file">{word(Id::ImportChooseFile)}</label>
            <p class="hint">{word(Id::ImportUploadHint)}</p>
        </div>
    }
}

/// While a file is read: how far it is, and Cancel.
#[component]
fn ReadProgress(import: Import, phase: Memo<Phase>) -> impl IntoView {
    let Import { session, format, .. } = import;
    move || {
        let Phase::Reading { bytes, total, .. } = phase.get() else { return None };
        Some(view! {
            <div class="import-progress">
                <p id="progress-label">{word(Id::ImportReadingInBackground)}</p>
                <progress aria-labelledby="progress-label" max=total value=bytes></progress>
                <p class="hint">{move || session.with(Session::progress_text).map(|m| say_in(&m, &format.get()))}</p>
                <button type="button" on:click=move |_| import.cancel_read()>{word(Id::ImportCancel)}</button>
            </div>
        })
    }
}

/// What the last import did: cancelled, or what it brought in.
#[component]
fn ImportNotice(import: Import) -> impl IntoView {
    let session = import.session;
    let notice = Memo::new(move |_| session.with(|s| s.notice.clone()));
    move || {
        notice.get().map(|n| {
            let said = match n {
                Notice::Cancelled => word(Id::ImpCancelled).to_string(),
                Notice::Applied(said) => said,
            };
            view! { <p class="import-done" role="status">{said}</p> }
        })
    }
}

/// A read that failed, with why; or the preview to correct, then apply or cancel.
#[component]
fn ImportPreview(import: Import, phase: Memo<Phase>) -> impl IntoView {
    let Import { session, workspace, format, .. } = import;
    let remembered = Memo::new(move |_| session.with(|s| s.remembered));
    let correct = Callback::new(move |c: Correction| import.correct(c));
    let apply = move |_: leptos::ev::MouseEvent| import.apply();
    let cancel = move |_: leptos::ev::MouseEvent| import.cancel();
    move || match phase.get() {
        Phase::Idle | Phase::Reading { .. } => ().into_any(),
        Phase::Failed(e) => view! {
            <div class="import-error" role="alert">
                <p><strong>{word(Id::ImportCantImport)}" "</strong>{say_in(&e.message(), &format.get())}</p>
                <p>{word(Id::NothingChanged)}</p>
                <button type="button" on:click=cancel>{word(Id::Dismiss)}</button>
            </div>
        }
        .into_any(),
        Phase::Previewed(p) => {
            let choice = workspace.with_untracked(|w| w.join_choice(&p));
            // Apply waits for a choice when the log's names match none of the ads'.
            let default =
                choice.as_ref().map_or(Some(crate::core::import::join::JoinMode::Replace), |c| c.default);
            let ready = Signal::derive(move || session.with(|s| s.join).or(default).is_some());
            let f = format.get();
            let join_view = choice.map(|c| join_choice(c, session, f.clone()));
            let (facts, stats) =
                session.with_untracked(|s| (s.facts().map(|m| say_in(&m, &f)).unwrap_or_default(), s.stats));
            view! {
                {move || remembered.get().then(|| view! {
                    <p class="import-done" role="status">{word(Id::ImpRemembered)}</p>
                })}
                {join_view}
                {preview_body(*p, f, facts, stats, correct, session.with_untracked(|s| s.overrides.grouping), (apply, cancel, ready))}
            }
            .into_any()
        }
    }
}
