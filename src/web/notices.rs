//! What the page says around the workspace (the line after a link is copied or a download
//! started, a link that couldn't be opened, the Undo offer), and the report's heading, shown
//! only on paper.

use leptos::prelude::*;

use crate::core::message::Id;
use crate::core::workspace::page::Status;

use super::page::page_state;
use super::state::shared;
use super::words::{say, say_in, word};

/// The page's notices, from the core's `Page`.
#[component]
pub fn PageNotices() -> impl IntoView {
    let state = page_state();
    let page = state.page;
    view! {
        {move || page.with(|p| p.status.clone()).map(|status| match &status {
            Status::CopyByHand(link) => view! {
                <p class="undo" role="status">
                    <label for="share-link">{say(&status.message())}</label>
                    " "
                    <input id="share-link" class="share-link" type="text" readonly prop:value=link.clone() />
                </p>
            }
            .into_any(),
            _ => view! { <p class="undo" role="status">{say(&status.message())}</p> }.into_any(),
        })}
        {move || page.with(|p| p.refused.clone()).map(|why| view! {
            <div class="incoming import-error" role="alert">
                <p>{say(&why.message())}</p>
                <p>{word(Id::NothingChanged)}</p>
                <button type="button" on:click=move |_| state.dismiss_link()>{word(Id::Dismiss)}</button>
            </div>
        })}
        <Show when=move || page.with(|p| p.undo.is_some())>
            <p class="undo" role="status">
                {move || page.with(|p| p.undo.as_ref().map(|u| word(u.1)))}
                " "
                <button type="button" on:click=move |_| state.undo()>{word(Id::Undo)}</button>
            </p>
        </Show>
    }
}

/// The report's title and the line under it, shown only on paper.
#[component]
pub fn ReportHead() -> impl IntoView {
    let heading = page_state().heading;
    // The date it is printed and the period, as the locale writes dates.
    let format = shared().format;
    view! {
        <div class="report-head" aria-hidden="true">
            <p class="report-title">{move || heading.get().0}</p>
            <p>{move || heading.with(|h| format.with(|f| say_in(&h.1, f)))}</p>
        </div>
    }
}
