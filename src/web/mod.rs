//! The browser shell: Leptos components that render the core's results and forward events,
//! plus adapters for browser storage and locale formatting. No ladder logic lives here.

pub mod app;
pub mod chart_export;
pub mod clipboard;
pub mod components;
pub mod download;
pub mod embed;
pub mod embed_dialog;
pub mod format;
pub mod import;
pub mod import_worker;
pub mod later;
pub mod scenarios;
pub mod share;
pub mod state;
pub mod storage;
pub mod workspaces;

/// Mounts the app on the page body, replacing the static "loading" placeholder or the first
/// view rendered into index.html at build time (`scripts/prerender.mjs`; index.html's start
/// script runs this only once that view has been painted). Both are removed in the task
/// that mounts the app, so no frame is painted between them.
pub fn start() {
    console_error_panic_hook::set_once();
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        for id in ["boot", "prerender"] {
            if let Some(element) = document.get_element_by_id(id) {
                element.remove();
            }
        }
    }
    let options = embed::options();
    embed::apply(options.theme, options.accent);
    let (theme, accent) = (options.theme, options.accent);
    leptos::mount::mount_to_body(move || leptos::view! { <app::App options=options.clone() /> });
    later::run();
    embed::link_to_host(theme, accent);
}
