//! Copying text to the clipboard where the browser allows it; embedded pages and insecure
//! origins often don't, so the caller is told whether it worked and can say what to do.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard and calls `done(true)` on success, `done(false)` otherwise.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let clipboard = web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &JsValue::from_str("clipboard")).ok())
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(clipboard) = clipboard else {
        done(false);
        return;
    };
    let promise = clipboard.unchecked_into::<web_sys::Clipboard>().write_text(&text);
    leptos::task::spawn_local(async move {
        done(JsFuture::from(promise).await.is_ok());
    });
}

/// The quiet line after a copy button: nothing yet, copied, or what to do instead.
pub fn copy_status(
    copied: leptos::prelude::RwSignal<Option<bool>>,
    done: &'static str,
    unavailable: &'static str,
) -> impl leptos::prelude::IntoView {
    use leptos::prelude::*;
    view! {
        <span role="status" class="copy-status">
            {move || match copied.get() {
                Some(true) => done,
                Some(false) => unavailable,
                None => "",
            }}
        </span>
    }
}
