//! Messaging Ladder: puts cost per message in context, from conversations started to
//! customers and revenue. [`core`] is the pure calculator; `web` is the Leptos shell and
//! `worker` the import worker, both built for wasm32 only.

pub mod core;

/// The allocator of both wasm builds (page and import worker): Talc, single-threaded and
/// growing wasm memory as needed. Smaller than Rust's default dlmalloc, and its short
/// `malloc` is cheap for the browser to optimize while the first slider drags run.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod web;

#[cfg(target_arch = "wasm32")]
pub mod worker;
