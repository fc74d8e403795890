//! The browser shell: Leptos components that render the core's results and forward events,
//! plus adapters for browser storage and locale formatting. No ladder logic lives here.

pub mod app;
pub mod components;
pub mod format;
pub mod storage;

/// Mounts the app on the page body.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
