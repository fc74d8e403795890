//! Messaging Ladder: puts cost per message in context, from conversations started to
//! customers and revenue. [`core`] is the pure calculator; `web` is the Leptos shell and
//! `worker` the import worker, both built for wasm32 only.

pub mod core;

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod web;

#[cfg(target_arch = "wasm32")]
pub mod worker;
