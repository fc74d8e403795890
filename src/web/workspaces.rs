//! The page's saved workspaces: the core's [`Library`] on the browser's store, saved a moment
//! after typing stops and at once when the page is hidden, other tabs' saves taken up as they
//! happen, and the workspace bar (pick, name, new, duplicate, delete with undo, download a
//! backup, restore one).

use std::time::Duration;

use leptos::prelude::*;

use crate::core::message::{Arg, Id, Message};
use crate::core::storage::backup::{self, Saved};
use crate::core::storage::library::{BarNotice, Choice, Deleted, Library, Open};
use crate::core::storage::persist::StorageState;
use crate::core::workspace::Workspace;

use super::download::{download, now, read_text};
use super::state::WorkspaceSignals;
use super::storage::BrowserStore;
use super::words::{say, word};

/// How long typing must pause before the workspace is written to storage.
pub const SAVE_DELAY: Duration = Duration::from_millis(300);

/// The saved workspaces, as the page holds them.
#[derive(Clone, Copy)]
pub struct Workspaces {
    store: StoredValue<BrowserStore, LocalStorage>,
    library: StoredValue<Library, LocalStorage>,
    signals: WorkspaceSignals,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    pub state: RwSignal<StorageState>,
    /// (id, label) of every workspace, and the open one's id and name.
    pub choices: RwSignal<Vec<Choice>>,
    pub current: RwSignal<Open>,
    /// The last deleted workspace, for undo.
    deleted: RwSignal<Option<Deleted>>,
    /// A backup read and waiting for "Add them", or why it can't be.
    restoring: RwSignal<Option<Result<Vec<Saved>, Message>>>,
    /// What the bar says after an action.
    pub notice: RwSignal<Option<BarNotice>>,
}

impl Workspaces {
    /// Opens the store and the last used workspace.
    pub fn open(store: BrowserStore) -> (Workspaces, WorkspaceSignals) {
        let mut store = store;
        let (library, workspace) = Library::open(&mut store, now());
        let signals = WorkspaceSignals::new(workspace);
        let w = Workspaces {
            store: StoredValue::new_local(store),
            library: StoredValue::new_local(library),
            signals,
            pending: StoredValue::new_local(None),
            state: RwSignal::new(StorageState::Saving),
            choices: RwSignal::new(Vec::new()),
            current: RwSignal::new(Open::default()),
            deleted: RwSignal::new(None),
            restoring: RwSignal::new(None),
            notice: RwSignal::new(None),
        };
        w.refresh();
        (w, signals)
    }

    fn with_library<T>(&self, f: impl FnOnce(&mut Library, &mut BrowserStore) -> T) -> Option<T> {
        let store = self.store;
        self.library.try_update_value(|lib| store.try_update_value(|s| f(lib, s))).flatten()
    }

    pub fn refresh(&self) {
        let Some((choices, current, state)) =
            self.with_library(|lib, _| (lib.choices(now()), lib.open_one(), lib.state.clone()))
        else {
            return;
        };
        // Set only what changed: a save in the background must not put the Name field back
        // while someone is typing a new name into it.
        if self.choices.with_untracked(|c| *c != choices) {
            self.choices.set(choices);
        }
        if self.current.with_untracked(|c| *c != current) {
            self.current.set(current);
        }
        if self.state.get_untracked() != state {
            self.state.set(state);
        }
    }

    /// Writes the workspace now; takes up the merge when another tab saved in between.
    pub fn save_now(&self) {
        let ws = self.signals.get_untracked();
        if let Some(Some(merged)) = self.with_library(|lib, s| lib.save(s, &ws, now())) {
            self.signals.replace(merged);
        }
        self.refresh();
    }

    /// Saves a moment after every change, and at once when the page is hidden or closed;
    /// takes up what other tabs save.
    pub fn keep_saved(self) {
        let signals = self.signals;
        let pending = self.pending;
        Effect::new(move |previous: Option<()>| {
            signals.track();
            if previous.is_none() {
                return; // opening is not a change: nothing to save yet
            }
            if let Some(handle) = pending.try_update_value(Option::take).flatten() {
                handle.clear();
            }
            let handle = set_timeout_with_handle(
                move || {
                    pending.set_value(None);
                    self.save_now();
                },
                SAVE_DELAY,
            )
            .ok();
            pending.set_value(handle);
        });
        let _ = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| self.flush());
        let _ = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
            if ev.key().is_some_and(|k| crate::core::storage::persist::is_own_key(&k)) {
                self.external_change();
            }
        });
    }

    fn flush(&self) {
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
            self.save_now();
        }
    }

    fn external_change(&self) {
        let mine = self.signals.get_untracked();
        if let Some(Some(shown)) = self.with_library(|lib, s| lib.external_change(s, &mine)) {
            self.signals.replace(shown);
        }
        self.refresh();
    }

    fn show(&self, workspace: Option<Workspace>, notice: Option<BarNotice>) {
        if let Some(w) = workspace {
            self.signals.replace(w);
        }
        self.refresh();
        self.notice.set(notice);
    }

    pub fn switch(&self, id: String) {
        self.flush();
        let shown = self.with_library(|lib, s| lib.switch(s, &id)).flatten();
        self.deleted.set(None);
        self.show(shown, None);
    }

    pub fn create(&self) {
        self.flush();
        let currency = self.signals.rest.with_untracked(|w| w.currency.clone());
        let blank = Workspace { currency, ..Workspace::default() };
        let shown = self.with_library(|lib, s| lib.add(s, "", blank, now()));
        self.show(shown, Some(BarNotice::Created));
    }

    /// Opens a shared link's workspace ([`Library::open_shared`] decides where it goes).
    pub fn open_shared(&self, name: &str, shared: Workspace) {
        self.flush();
        let mine = self.signals.get_untracked();
        let opened = self.with_library(|lib, s| lib.open_shared(s, name, shared, &mine, now()));
        if let Some((shown, notice)) = opened {
            self.show(Some(shown), Some(notice));
        }
    }

    pub fn duplicate(&self) {
        self.flush();
        let mine = self.signals.get_untracked();
        let name = self.current.get_untracked().name;
        let shown = self.with_library(|lib, s| lib.add(s, &name, mine, now()));
        self.show(shown, Some(BarNotice::Duplicated(name)));
    }

    pub fn rename(&self, name: String) {
        let id = self.current.get_untracked().id;
        self.with_library(|lib, s| lib.rename(s, &id, &name));
        self.refresh();
    }

    pub fn delete(&self) {
        self.flush();
        let Open { id, name } = self.current.get_untracked();
        let mine = self.signals.get_untracked();
        let Some(Some((deleted, shown))) = self.with_library(|lib, s| lib.delete(s, &id, &mine, now()))
        else {
            return;
        };
        self.deleted.set(Some(deleted));
        self.show(Some(shown), Some(BarNotice::Deleted(name)));
    }

    pub fn undelete(&self) {
        let Some(deleted) = self.deleted.get_untracked() else { return };
        self.flush();
        let name = deleted.listing.name.clone();
        let shown = self.with_library(|lib, s| lib.undelete(s, deleted, now()));
        self.deleted.set(None);
        self.show(shown, Some(BarNotice::Back(name)));
    }

    pub fn download_backup(&self) {
        self.flush();
        let mine = self.signals.get_untracked();
        if let Some(saved) = self.with_library(|lib, s| lib.backup(s, &mine)) {
            download(&backup::file_name(now()), "application/json", &backup::write(saved));
        }
    }

    fn restore(&self) {
        let Some(Ok(saved)) = self.restoring.get_untracked() else { return };
        self.flush();
        let n = self.with_library(|lib, s| lib.restore(s, saved, now())).unwrap_or(0);
        self.restoring.set(None);
        self.show(None, Some(BarNotice::Restored(n)));
    }
}

/// The workspace bar: which workspace is open and what can be done with them.
#[component]
pub fn WorkspaceBar(workspaces: Workspaces) -> impl IntoView {
    let w = workspaces;
    let options = move || {
        w.choices.with(|c| {
            c.iter().map(|c| view! { <option value=c.id.clone()>{say(&c.label)}</option> }).collect_view()
        })
    };
    let pick_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let result = match read_text(file).await {
                Some(text) => backup::read(&text),
                None => Err(Message::of(Id::RestoreUnreadable)),
            };
            w.restoring.set(Some(result));
        });
    };
    let restoring = move || {
        w.restoring.get().map(|r| match r {
            Ok(saved) => view! {
                <div class="restore" role="region" aria-label=word(Id::RestoreRegion)>
                    <p>{say(&Message::of(Id::RestoreHolds).with("contents", Arg::Message(Box::new(backup::describe(&saved, now())))))}</p>
                    <p>{word(Id::RestoreBeside)}</p>
                    <button type="button" class="primary" on:click=move |_| w.restore()>{word(Id::RestoreAdd)}</button>
                    " "
                    <button type="button" on:click=move |_| w.restoring.set(None)>{word(Id::Cancel)}</button>
                </div>
            }
            .into_any(),
            Err(why) => view! {
                <div class="restore import-error" role="alert">
                    <p>{say(&why)}</p>
                    <p>{word(Id::NothingChanged)}</p>
                    <button type="button" on:click=move |_| w.restoring.set(None)>{word(Id::Dismiss)}</button>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <section class="workspace-bar" aria-label=word(Id::WorkspacesRegion)>
            <div class="field">
                <label for="workspace">{word(Id::WorkspaceLabel)}</label>
                <select
                    id="workspace"
                    prop:value=move || { w.choices.track(); w.current.get().id }
                    on:change=move |ev| w.switch(event_target_value(&ev))
                    // "changed 5 minutes ago" is read again when the list is opened.
                    on:focus=move |_| w.refresh()
                >
                    {options}
                </select>
            </div>
            <details class="workspace-manage">
                <summary>{word(Id::WorkspaceManage)}</summary>
                <div class="field">
                    <label for="workspace-name">{word(Id::WorkspaceName)}</label>
                    <input
                        id="workspace-name"
                        type="text"
                        autocomplete="off"
                        maxlength=crate::core::storage::library::MAX_NAME
                        prop:value=move || w.current.get().name
                        on:change=move |ev| w.rename(event_target_value(&ev))
                    />
                </div>
                <div class="workspace-actions">
                    <button type="button" on:click=move |_| w.create()>{word(Id::WorkspaceNew)}</button>
                    <button type="button" on:click=move |_| w.duplicate()>{word(Id::WorkspaceDuplicate)}</button>
                    <button type="button" on:click=move |_| w.delete()>{word(Id::WorkspaceDelete)}</button>
                    <button type="button" on:click=move |_| w.download_backup()>{word(Id::WorkspaceDownloadBackup)}</button>
                    <input id="restore-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=pick_file />
                    <label class="button" for="restore-file">{word(Id::WorkspaceRestoreBackup)}</label>
                </div>
            </details>
        </section>
        {move || w.notice.get().map(|notice| view! {
            <p class="undo" role="status">
                {say(&notice.message())}
                {(notice.offers_undo() && w.deleted.with(Option::is_some)).then(|| view! { " " <button type="button" on:click=move |_| w.undelete()>{word(Id::Undo)}</button> })}
            </p>
        })}
        {restoring}
    }
}
