//! The page: owns the workspace signal, opens and saves storage (debounced, flushed when the
//! page is hidden), and lays out the components.

use std::time::Duration;

use leptos::prelude::*;

use crate::core::persist;
use crate::core::workspace::Workspace;

use super::components::{
    CurrencyPicker, DiagnosisPanel, FunnelChart, LadderForm, MetricsTable, SegmentTable, SourcePicker,
    StagesTable, StorageNotice, TargetsPanel,
};
use super::format::{browser_locale, IntlFormatter};
use super::import::ImportPanel;
use super::scenarios::ScenariosPanel;
use super::storage::BrowserStore;

/// How long typing must pause before the workspace is written to storage.
pub const SAVE_DELAY: Duration = Duration::from_millis(300);

/// The whole app, reading and writing the page's `localStorage`.
#[component]
pub fn App() -> impl IntoView {
    view! { <Calculator store=BrowserStore::open() /> }
}

/// The calculator on a given store: the real `localStorage`, or a blocked one in tests.
#[component]
pub fn Calculator(store: BrowserStore) -> impl IntoView {
    let store = StoredValue::new_local(store);
    let opened = store.try_update_value(|s| persist::open(s)).expect("store is alive while the app is");
    let workspace = RwSignal::new(opened.workspace);
    let storage_state = RwSignal::new(opened.state);
    let undo = RwSignal::new(None::<Workspace>);

    let locale = browser_locale();
    let sep = IntlFormatter::new(&locale, "USD").decimal_sep();
    let format = Memo::new(move |_| IntlFormatter::new(&locale, &workspace.with(|w| w.currency.clone())));
    let evaluation = Memo::new(move |_| workspace.with(|w| w.evaluate(sep)));

    // Saving: debounced while typing, flushed at once when the page is hidden or closed.
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let save_now = move || {
        let next = workspace.with_untracked(|ws| {
            store.try_update_value(|s| persist::save(s, &storage_state.get_untracked(), ws))
        });
        if let Some(next) = next {
            if next != storage_state.get_untracked() {
                storage_state.set(next);
            }
        }
    };
    Effect::new(move |previous: Option<()>| {
        workspace.track();
        if previous.is_none() {
            return; // opening is not a change: nothing to save yet
        }
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                save_now();
            },
            SAVE_DELAY,
        )
        .ok();
        pending.set_value(handle);
    });
    let flush = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
            save_now();
        }
    };
    let _ = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| flush());

    let load_sample = move |_| {
        undo.set(Some(workspace.get_untracked()));
        workspace.set(Workspace {
            currency: workspace.with_untracked(|w| w.currency.clone()),
            ..Workspace::sample()
        });
    };
    let clear = move |_| {
        undo.set(Some(workspace.get_untracked()));
        workspace.update(|w| *w = w.cleared());
    };
    let undo_last = move |_| {
        if let Some(previous) = undo.get_untracked() {
            workspace.set(previous);
            undo.set(None);
        }
    };

    view! {
        <a class="skip" href="#results">"Skip to results"</a>
        <header class="top">
            <div class="brand">
                <h1>"Messaging Ladder"</h1>
                <p class="tagline">"Cost per message, in context: from the first chat to customers and revenue."</p>
            </div>
            <div class="toolbar">
                <CurrencyPicker workspace />
                <button type="button" on:click=load_sample>"Load sample"</button>
                <button type="button" on:click=clear>"Clear"</button>
            </div>
        </header>
        <Show when=move || undo.with(Option::is_some)>
            <p class="undo" role="status">
                "Inputs replaced. "
                <button type="button" on:click=undo_last>"Undo"</button>
            </p>
        </Show>
        <main class="layout">
            <div class="inputs-column">
            <section class="inputs" aria-labelledby="import-heading">
                <h2 id="import-heading">"Bring your data"</h2>
                <ImportPanel workspace format sep />
            </section>
            <section class="inputs" aria-labelledby="inputs-heading">
                <h2 id="inputs-heading">"Your numbers"</h2>
                <p class="lede">"One period, one campaign or the whole account. Leave a stage blank if you don’t track it yet."</p>
                <LadderForm workspace evaluation />
            </section>
            <section class="inputs settings" aria-labelledby="targets-heading">
                <h2 id="targets-heading">"Targets and settings"</h2>
                <p class="lede">"What each step is judged against. Presets are starting assumptions: edit them to match your business."</p>
                <TargetsPanel workspace evaluation sep />
            </section>
            </div>
            <div class="results" id="results">
                <SourcePicker workspace />
                <DiagnosisPanel evaluation format />
                <section class="chart" aria-labelledby="funnel-heading">
                    <h2 id="funnel-heading">"Funnel"</h2>
                    <FunnelChart evaluation format />
                </section>
                <section aria-labelledby="stages-heading">
                    <h2 id="stages-heading">"Stages"</h2>
                    <div class="table-scroll">
                        <StagesTable evaluation format />
                    </div>
                </section>
                <section aria-labelledby="ladder-heading">
                    <h2 id="ladder-heading">"Metrics"</h2>
                    <div class="table-scroll">
                        <MetricsTable evaluation format />
                    </div>
                </section>
                <ScenariosPanel workspace evaluation format />
                <SegmentTable workspace format />
            </div>
        </main>
        <footer class="bottom">
            <StorageNotice state=storage_state />
            <p>"Everything is computed in this browser. Nothing you type is sent anywhere."</p>
        </footer>
    }
}
