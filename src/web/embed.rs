//! The browser side of embedding: the options the address carries, the theme and accent set
//! on the page, and the messages to and from the host page (ready, resize, theme). Nothing
//! posted carries the user's data.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::outbound::embed::{self, Options, Theme};

/// The display options in this page's address.
pub fn options() -> Options {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    embed::parse(&search)
}

fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Sets the theme (`data-theme` on the root) and the accent's colours for it.
pub fn apply(theme: Theme, accent: Option<[u8; 3]>) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    match theme.attribute() {
        Some(t) => {
            let _ = root.set_attribute("data-theme", t);
        }
        None => {
            let _ = root.remove_attribute("data-theme");
        }
    }
    let Some(accent) = accent else { return };
    let dark = theme == Theme::Dark || (theme == Theme::Auto && prefers_dark());
    if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
        for (name, value) in embed::accent_properties(accent, embed::paper(dark)) {
            let _ = root.style().set_property(name, &value);
        }
    }
}

fn post(message: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if let Ok(value) = js_sys::JSON::parse(message) {
        let _ = parent.post_message(&value, "*");
    }
}

/// In a frame: says "ready" once rendered, posts the document's height (its root's height in
/// CSS px, which grows and shrinks with the content) whenever it changes,
/// and takes theme and language messages from the host; other messages are ignored.
pub fn link_to_host(mut theme: Theme, mut accent: Option<[u8; 3]>) {
    let Some(window) = web_sys::window() else { return };
    let framed = window.parent().ok().flatten().is_some_and(|p| p != window);
    if !framed {
        return;
    }
    let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let Ok(json) = js_sys::JSON::stringify(&ev.data()) else { return };
        let json = String::from(json);
        if let Some((t, a)) = embed::host_message(&json) {
            theme = t.unwrap_or(theme);
            accent = a.or(accent);
            apply(theme, accent);
        } else if let Some(language) = embed::host_language(&json) {
            super::language::speak(language, false);
        }
    });
    let _ = window.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
    listener.forget();
    let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
    let measured = root.clone();
    let last = std::cell::Cell::new(-1.0);
    let observer = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height();
        if height != last.get() {
            last.set(height);
            post(&embed::resize(height));
        }
    });
    if let Ok(ro) = web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()) {
        ro.observe(&root);
    }
    observer.forget();
    post(embed::READY);
}
