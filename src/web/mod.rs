//! The browser shell: Leptos components that render the core's results and forward events,
//! plus adapters for browser storage and locale formatting. No ladder logic lives here.

use wasm_bindgen::JsCast;

pub mod app;
pub mod chart_export;
pub mod clipboard;
pub mod components;
pub mod download;
pub mod embed;
pub mod embed_dialog;
pub mod format;
pub mod header;
pub mod import;
pub mod import_worker;
pub mod inputs;
pub mod later;
pub mod notices;
pub mod results;
pub mod scenarios;
pub mod share;
pub mod state;
pub mod storage;
pub mod words;
pub mod workspaces;

/// Mounts the app into a hidden root on the page body and builds it in steps (`later`);
/// once its first screen is built, shows it in place of the static "loading" placeholder or
/// the first view rendered into index.html at build time (`scripts/prerender.mjs`; index.html's
/// start script runs this only once that view has been painted), in one task, so no frame is
/// painted between them, and tells the page with a `messaging-ladder:ready` event.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let Ok(root) = document.create_element("div") else { return };
    root.set_id("app");
    root.set_class_name("building");
    let _ = body.append_child(&root);
    let options = embed::options();
    embed::apply(options.theme, options.accent);
    let (theme, accent) = (options.theme, options.accent);
    leptos::mount::mount_to(root.clone().unchecked_into(), move || leptos::view! { <app::App options /> })
        .forget();
    later::run(move || {
        for id in ["boot", "prerender"] {
            if let Some(element) = document.get_element_by_id(id) {
                element.remove();
            }
        }
        root.set_class_name("");
        if let Ok(ready) = web_sys::Event::new("messaging-ladder:ready") {
            let _ = document.dispatch_event(&ready);
        }
    });
    embed::link_to_host(theme, accent);
}
