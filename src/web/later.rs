//! Building the page in steps, one task each, so no single task holds the main thread for
//! the whole page. The app is mounted into a hidden root; the first five [`Step`]s build
//! the first screen (the import panel, the form, the diagnosis, the charts, the ladder);
//! after them the root is shown in place of the placeholder or the prerendered first
//! view, in one task; the panels below the first screen follow, one step each.
//!
//! A later panel is built once into an empty `<div class="later">` (`display: contents`, so
//! it leaves the layout to its children) rather than behind a reactive `Show`: a view that
//! is only ever built needs no rebuild code, which measured 60 KB of wasm for the panels.

use std::cell::RefCell;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The steps, in the order they run, one task each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    // The first screen.
    Import,
    Form,
    Diagnosis,
    Charts,
    Ladder,
    // Below it.
    Settings,
    Panels,
    Segments,
    Footer,
}

impl Step {
    /// The last step of the first screen: the root is shown right after it.
    const FIRST_SCREEN: Step = Step::Ladder;
    const ALL: [Step; 9] = [
        Step::Import,
        Step::Form,
        Step::Diagnosis,
        Step::Charts,
        Step::Ladder,
        Step::Settings,
        Step::Panels,
        Step::Segments,
        Step::Footer,
    ];
}

type Mount = Box<dyn FnOnce()>;

thread_local! {
    /// Panels waiting for their step, with it.
    static WAITING: RefCell<Vec<(Step, Mount)>> = const { RefCell::new(Vec::new()) };
}

/// An empty slot now; `view` built into it at step `at`.
pub fn later<V: IntoView + 'static>(at: Step, view: impl FnOnce() -> V + 'static) -> impl IntoView {
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
fn build_through(at: Step) {
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

/// Runs the steps, each in its own task, calling `show` right after the first screen's last.
pub fn run(show: impl FnOnce() + 'static) {
    fn step(next: usize, mut show: Option<Box<dyn FnOnce()>>) {
        let Some(&at) = Step::ALL.get(next) else { return };
        set_timeout(
            move || {
                build_through(at);
                if at == Step::FIRST_SCREEN {
                    if let Some(show) = show.take() {
                        show();
                    }
                }
                step(next + 1, show);
            },
            std::time::Duration::ZERO,
        );
    }
    step(0, Some(Box::new(show)));
}

/// Builds everything still waiting, now (for tests that mount the whole calculator).
pub fn flush() {
    build_through(Step::Footer);
}
