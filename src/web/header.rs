//! The page's header: the full page's name, tagline and toolbar, or an embed's slim bar.

use leptos::prelude::*;

use crate::core::basics::language::Language;
use crate::core::message::{Arg, Id, Message};
use crate::core::workspace::event::Event;

use super::components::CurrencyPicker;
use super::language::speak;
use super::page::page_state;
use super::state::{shared, Shared};
use super::words::{say, word};

/// The full page's header: the app's name and tagline, the currency, and the page's actions
/// (the sample, Clear, a link, the report, Present mode).
#[component]
pub fn TopBar() -> impl IntoView {
    let state = page_state();
    let presenting = state.presenting;
    view! {
        <header class="top">
            <div class="brand">
                <h1>{crate::core::outbound::embed::APP_NAME}</h1>
                <p class="tagline">{word(Id::AppTagline)}</p>
            </div>
            <div class="toolbar">
                <CurrencyPicker />
                <LanguagePicker />
                <button type="button" on:click=move |_| state.replace(Event::LoadSample)>{word(Id::LoadSample)}</button>
                <button type="button" on:click=move |_| state.replace(Event::Clear)>{word(Id::Clear)}</button>
                <button type="button" on:click=move |_| state.copy_link()>{word(Id::CopyLink)}</button>
                <PrintButton />
                <button
                    type="button"
                    aria-pressed=move || if presenting.get() { "true" } else { "false" }
                    on:click=move |_| presenting.update(|p| *p = !*p)
                >
                    {move || word(if presenting.get() { Id::LeavePresentation } else { Id::Present })}
                </button>
            </div>
        </header>
    }
}

/// "Print report", naming the report's language when it isn't the page's.
#[component]
fn PrintButton() -> impl IntoView {
    let state = page_state();
    let Shared { workspace, language, .. } = state.shared;
    let label = move || match workspace.with(|w| w.report_language).filter(|l| *l != language.get()) {
        Some(other) => {
            say(&Message::of(Id::PrintReportIn).with("language", Arg::Text(other.tag().to_string())))
        }
        None => word(Id::PrintReport).to_string(),
    };
    view! { <button type="button" id="print-report" on:click=move |_| state.print()>{label}</button> }
}

/// Every language as a menu's option, under its own name (the same in every language).
pub fn language_options() -> impl IntoView {
    Language::ALL.map(|l| view! { <option value=l.tag() lang=l.tag()>{l.endonym()}</option> }).collect_view()
}

/// The language menu: each language under its own name; a choice is shown at once (after its
/// words are fetched) and kept in this browser.
#[component]
fn LanguagePicker() -> impl IntoView {
    let language = shared().language;
    let options = language_options();
    view! {
        <div class="currency language">
            <label for="language">{word(Id::LanguageLabel)}</label>
            <select
                id="language"
                prop:value=move || language.get().tag()
                on:change=move |ev| {
                    if let Some(chosen) = Language::from_tag(&event_target_value(&ev)) {
                        speak(chosen, true);
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}

/// An embed's bar. White label: an embed names itself only when the host asks (`brand=`);
/// otherwise a hidden heading says what it is. Where the frame can't keep the work, it says so
/// and offers a backup.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let state = page_state();
    let workspaces = state.workspaces;
    let storage_state = workspaces.state;
    let shown_name = state.options.with_value(|o| o.shown_name());
    view! {
        <header class="embed-bar">
            {match shown_name {
                Some(name) => view! { <h1 class="embed-name">{name}</h1> }.into_any(),
                None => view! { <h1 class="visually-hidden">{state.embed_title()}</h1> }.into_any(),
            }}
            <CurrencyPicker />
            <button type="button" on:click=move |_| state.replace(Event::Clear)>{word(Id::Clear)}</button>
            <button type="button" on:click=move |_| state.copy_link()>{word(Id::CopyLink)}</button>
            <Show when=move || storage_state.with(|s| !s.is_saved())>
                <p class="storage-status" role="status">
                    {word(Id::FrameNotKept)}
                    " "
                    <button type="button" class="link" on:click=move |_| workspaces.download_backup()>{word(Id::WorkspaceDownloadBackup)}</button>
                </p>
            </Show>
        </header>
    }
}
