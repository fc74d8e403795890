//! Mounting the page in steps: what the first screen needs (the form, the diagnosis, the
//! ladder) in the first task; the panels below it one step per task after the first paint.
//! The ladder paints sooner and no single task holds the main thread for the whole page.
//!
//! A later panel is built once into an empty `<div class="later">` (`display: contents`, so
//! it leaves the layout to its children) rather than behind a reactive `Show`: a view that
//! is only ever built needs no rebuild code, which measured 60 KB of wasm for the panels.

use std::cell::RefCell;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The number of steps after the first paint.
pub const STEPS: u8 = 4;

type Mount = Box<dyn FnOnce()>;

thread_local! {
    /// Panels waiting for their step, with it.
    static WAITING: RefCell<Vec<(u8, Mount)>> = const { RefCell::new(Vec::new()) };
}

/// An empty slot now; `view` built into it at step `at` (1 to [`STEPS`]), in its own task.
pub fn later<V: IntoView + 'static>(at: u8, view: impl FnOnce() -> V + 'static) -> impl IntoView {
    let slot = NodeRef::<Div>::new();
    let mount: Mount = Box::new(move || {
        if let Some(element) = slot.get_untracked() {
            leptos::mount::mount_to(element.unchecked_into(), view).forget();
        }
    });
    WAITING.with(|w| w.borrow_mut().push((at, mount)));
    view! { <div class="later" node_ref=slot></div> }
}

/// Starts the steps: called once the page is mounted. The first step is queued from an
/// animation frame, which runs just before the first paint, so it runs after that paint;
/// each next step is queued from the one before.
pub fn run() {
    fn step(at: u8) {
        set_timeout(
            move || {
                let due: Vec<Mount> = WAITING.with(|w| {
                    let mut waiting = w.borrow_mut();
                    let (due, rest) = waiting.drain(..).partition(|(step, _)| *step <= at);
                    *waiting = rest;
                    due.into_iter().map(|(_, mount)| mount).collect::<Vec<_>>()
                });
                due.into_iter().for_each(|mount| mount());
                if at < STEPS {
                    step(at + 1);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    request_animation_frame(|| step(1));
}
