//! Building the page in steps, one task each, so no single task holds the main thread for
//! the whole page. The app is mounted into a hidden root; steps 1 to [`FIRST_SCREEN`] build
//! the first screen (the import panel, the form, the diagnosis, the charts, the ladder);
//! after that step the root is shown in place of the placeholder or the prerendered first
//! view, in one task; the panels below the first screen follow, one step each.
//!
//! A later panel is built once into an empty `<div class="later">` (`display: contents`, so
//! it leaves the layout to its children) rather than behind a reactive `Show`: a view that
//! is only ever built needs no rebuild code, which measured 60 KB of wasm for the panels.

use std::cell::RefCell;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The last step of the first screen; the root is shown after it.
pub const FIRST_SCREEN: u8 = 5;
/// The last step.
pub const STEPS: u8 = 9;

type Mount = Box<dyn FnOnce()>;

thread_local! {
    /// Panels waiting for their step, with it.
    static WAITING: RefCell<Vec<(u8, Mount)>> = const { RefCell::new(Vec::new()) };
}

/// An empty slot now; `view` built into it at step `at` (1 to [`STEPS`]).
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

/// Builds what waits for steps up to `at`, including what those builds add.
fn build_through(at: u8) {
    loop {
        let due: Vec<Mount> = WAITING.with(|w| {
            let mut waiting = w.borrow_mut();
            let (due, rest): (Vec<_>, Vec<_>) = waiting.drain(..).partition(|(step, _)| *step <= at);
            *waiting = rest;
            due.into_iter().map(|(_, mount)| mount).collect()
        });
        if due.is_empty() {
            return;
        }
        due.into_iter().for_each(|mount| mount());
    }
}

/// Runs the steps, each in its own task, calling `show` right after step [`FIRST_SCREEN`].
pub fn run(show: impl FnOnce() + 'static) {
    fn step(at: u8, mut show: Option<Box<dyn FnOnce()>>) {
        set_timeout(
            move || {
                build_through(at);
                if at == FIRST_SCREEN {
                    if let Some(show) = show.take() {
                        show();
                    }
                }
                if at < STEPS {
                    step(at + 1, show);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    step(1, Some(Box::new(show)));
}

/// Builds everything still waiting, now (for tests that mount the whole calculator).
pub fn flush() {
    build_through(STEPS);
}
