//! The browser side of share links: building the address to copy, reading the fragment a
//! page was opened with, and clearing it once handled so a reload doesn't ask again.

use wasm_bindgen::JsValue;

/// This page's address with `fragment` (which starts with `#`) in place of any current one,
/// and without its query: that carries only embed display options, and a link opens the
/// whole app. Read from `href`, since a sandboxed frame's origin is "null".
pub fn address_with(fragment: &str) -> String {
    format!("{}{fragment}", app_address())
}

/// The app's address without query or fragment (from `href`: a sandboxed frame's origin is
/// "null").
pub fn app_address() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split(['?', '#']).next().unwrap_or_default().to_string()
}

/// The fragment the page holds now, when it looks like a share link.
pub fn incoming_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    crate::core::outbound::share::is_link(&hash).then_some(hash)
}

/// Removes the fragment from the address bar without reloading or adding history.
pub fn clear_fragment() {
    if let Some(window) = web_sys::window() {
        let location = window.location();
        let path =
            format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
        }
    }
}
