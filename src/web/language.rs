//! The page's language: picked on a first visit from the browser's languages (or an embed's
//! `lang=`), kept in this browser once chosen from the menu, its catalogue fetched
//! (`i18n/<tag>.ftl`, written by the build) before its words are shown, the document's
//! `lang` and `dir` set. Switching re-renders the page's words in place; the work stays.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::basics::language::{Direction, Language};
use crate::core::message::{has_catalogue, load_catalogue};
use crate::core::storage::persist::{KeyValueStore, LANGUAGE_KEY};

use super::storage::BrowserStore;
use super::words::set_language;

/// The language to open in: the host's (`lang=`), else the one chosen here before, else the
/// first of the browser's languages the app speaks.
pub fn initial(asked: Option<Language>) -> Language {
    asked.or_else(kept).unwrap_or_else(|| Language::pick(&browser_languages()))
}

fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let listed: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}

fn kept() -> Option<Language> {
    BrowserStore::open().get(LANGUAGE_KEY).ok().flatten().and_then(|tag| Language::from_tag(&tag))
}

thread_local! {
    /// The page's language signal (`Shared::language`), which the formatter follows.
    static SHOWN: std::cell::Cell<Option<RwSignal<Language>>> = const { std::cell::Cell::new(None) };
}

/// The signal `speak` sets: the page's, made once with its state.
pub fn register(shown: RwSignal<Language>) {
    SHOWN.with(|s| s.set(Some(shown)));
}

/// Switches the page to `language` (chosen from the menu, with `keep`, which remembers it in
/// this browser; or asked for by an embed's host): at once when its words are here, after
/// fetching them otherwise (the page stays in the language it was in until they arrive, and
/// stays there if they can't be had).
pub fn speak(language: Language, keep: bool) {
    if keep {
        let _ = BrowserStore::open().set(LANGUAGE_KEY, language.tag());
    }
    wasm_bindgen_futures::spawn_local(async move {
        show(fetched(language).await);
        // The menu was written again: give it back the focus it had.
        focus("language");
    });
}

/// Writes the page again in `language`, whose words are here.
fn show(language: Language) {
    super::rewrite(|| {
        mark(language);
        if let Some(shown) = SHOWN.with(std::cell::Cell::get) {
            shown.set(language);
        }
    });
}

fn focus(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Prints the page written in `report`'s language (its words fetched first; the page's
/// language if they can't be had), every panel built, then writes it again in `page`'s once
/// the print is done (`afterprint`), the focus back on the print button.
pub fn print_in(report: Language, page: Language) {
    wasm_bindgen_futures::spawn_local(async move {
        let Some(window) = web_sys::window() else { return };
        show(fetched(report).await);
        super::later::flush();
        let back = wasm_bindgen::closure::Closure::once_into_js(move || {
            show(page);
            focus("print-report");
        });
        let once = web_sys::AddEventListenerOptions::new();
        once.set_once(true);
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            "afterprint",
            back.unchecked_ref(),
            &once,
        );
        let _ = window.print();
    });
}

/// `language` once its words are here (fetched if need be), or English if they can't be had.
pub async fn fetched(language: Language) -> Language {
    if has_catalogue(language) {
        return language;
    }
    match fetch_catalogue(language).await {
        Some(text) if load_catalogue(language, &text).is_ok() => language,
        _ => Language::English,
    }
}

/// Speaks `language` from now on: the words' language, the document's `lang` and `dir`.
pub fn mark(language: Language) {
    set_language(language);
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", language.tag());
        let dir = if language.direction() == Direction::RightToLeft { "rtl" } else { "ltr" };
        let _ = root.set_attribute("dir", dir);
    }
}

async fn fetch_catalogue(language: Language) -> Option<String> {
    let window = web_sys::window()?;
    let url = format!("i18n/{}.ftl", language.tag());
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str(&url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
