//! The source picker (which ladder is shown) and the storage notice.

use leptos::prelude::*;

use crate::core::comparison::grouping::{labels, period_title};

use crate::core::message::Id;
use crate::web::state::{send, shared, Shared};
use crate::web::words::{say, say_in, word};

use crate::core::comparison::source_choice::source_choices;
use crate::core::workspace::event::Event;

use crate::core::storage::persist::StorageState;
use crate::core::workspace::Source;

/// A quiet line when work isn't being saved (or was recovered from a backup).
#[component]
pub fn StorageNotice(#[prop(into)] state: Signal<StorageState>) -> impl IntoView {
    view! {
        <p class="storage-status" role="status">
            {move || match state.get().notice() {
                Some(notice) => view! { <span class="notice">{say(&notice)}</span> }.into_any(),
                None => view! { <span class="saved">{word(Id::SavedHere)}</span> }.into_any(),
            }}
        </p>
    }
}

/// Which numbers the ladder shows: typed, the imported total, or one segment.
#[component]
pub fn SourcePicker() -> impl IntoView {
    let Shared { workspace, format, .. } = shared();
    let value = move || workspace.with(|w| w.source.id());
    // The names alone, so typing in the form doesn't rebuild a long list of options.
    // A name that repeats (a campaign in two months) carries its period.
    let names = Memo::new(move |_| workspace.with(|w| labels(&w.segments)));
    // Each period with every campaign added up ("October 2026, all campaigns").
    let periods =
        Memo::new(move |_| workspace.with(|w| w.periods().iter().map(period_title).collect::<Vec<_>>()));
    let options = move || {
        let f = format.get();
        names
            .with(|names| periods.with(|periods| source_choices(names, periods)))
            .into_iter()
            .map(|(v, label)| view! { <option value=v>{say_in(&label, &f)}</option> })
            .collect_view()
    };
    view! {
        <div class="source" hidden=move || workspace.with(|w| w.segments.is_empty())>
            <label for="source">{word(Id::ShowingLabel)}</label>
            <select
                id="source"
                prop:value=value
                on:change=move |ev| {
                    if let Some(source) = Source::from_id(&event_target_value(&ev)) {
                        send(workspace, Event::Show(source));
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}
