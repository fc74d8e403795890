//! Entry point of the import worker, a Web Worker that parses uploaded files off the main
//! thread (see `messaging_ladder::worker`). Natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    messaging_ladder::worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The import worker runs in the browser: serve the app with `bash .ci/serve`.");
}
