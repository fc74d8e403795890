//! Entry point of the web app: mounts the Leptos shell. Natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    messaging_ladder::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Messaging Ladder is a web app: serve it with `bash .ci/serve` (see README.md).");
}
