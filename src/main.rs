//! Entry point of the web app: mounts the Leptos shell. Natively there is nothing to run.

/// In a task of its own: instantiating the wasm is one long task already; building the app
/// right after it in the same task would make a longer one.
#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::prelude::set_timeout(messaging_ladder::web::start, std::time::Duration::ZERO);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Messaging Ladder is a web app: serve it with `bash .ci/serve` (see README.md).");
}
