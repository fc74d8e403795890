//! Messaging Ladder: puts cost per message in context, from conversations started to
//! customers and revenue. [`core`] is the pure calculator; [`web`] is the Leptos shell,
//! built for wasm32 only.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod web;
