//! Building the page panel by panel, one task each, so no single task holds the main thread
//! for the whole page. The app is mounted into a hidden root; the panels of the first five
//! [`Step`]s build the first screen (the import panel, the form, the diagnosis, the charts,
//! the ladder); then the root is shown in place of the placeholder or the prerendered first
//! view, in a task of its own; the panels below the first screen follow.
//!
//! A later panel is built once into an empty `<div class="later">` (`display: contents`, so
//! it leaves the layout to its children) rather than behind a reactive `Show`: a view that
//! is only ever built needs no rebuild code, which measured 60 KB of wasm for the panels.
//! A long list (a chart's points, a table's rows) is built [`PART`] items at a time the same
//! way, into an empty `<g>` or `<tbody>`. The app's root is `aria-busy` until all are built.

use std::cell::{Cell, RefCell};

use leptos::html::{Div, Tbody};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

/// The steps, in the order they run; each panel of a step is built in a task of its own.
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
}

type Mount = Box<dyn FnOnce()>;

thread_local! {
    /// Panels waiting for their step, with it.
    static WAITING: RefCell<Vec<(Step, Mount)>> = const { RefCell::new(Vec::new()) };
    /// Whether panels are being built (a task is queued for the next).
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    /// Whether the whole page is being dropped (`discard`).
    static DISCARDING: Cell<bool> = const { Cell::new(false) };
}

/// An empty slot now; `view` built into it at step `at`, under the owner it was asked for
/// under, so the panel finds the context the page provides (`state::shared`).
pub fn later<V: IntoView + 'static>(at: Step, view: impl FnOnce() -> V + 'static) -> impl IntoView {
    let slot = NodeRef::<Div>::new();
    schedule(at, slot, view);
    view! { <div class="later" node_ref=slot></div> }
}

/// How many rows, points or items a part of a long list holds: each part is built in a task of
/// its own (a 500-segment table's rows in five).
pub const PART: usize = 100;

/// The parts of a list of `len` items, [`PART`] at a time.
pub fn parts(len: usize) -> impl Iterator<Item = std::ops::Range<usize>> {
    (0..len).step_by(PART).map(move |start| start..(start + PART).min(len))
}

/// A table's rows built later: an empty `<tbody>` now, `rows` built into it at step `at`.
pub fn later_rows<V: IntoView + 'static>(at: Step, rows: impl FnOnce() -> V + 'static) -> impl IntoView {
    let slot = NodeRef::<Tbody>::new();
    schedule(at, slot, rows);
    view! { <tbody node_ref=slot></tbody> }
}

/// A chart's marks built later: an empty SVG group now, `marks` built into it at step `at`.
pub fn later_marks<V: IntoView + 'static>(at: Step, marks: impl FnOnce() -> V + 'static) -> impl IntoView {
    let slot = NodeRef::<leptos::svg::G>::new();
    schedule(at, slot, marks);
    view! { <g node_ref=slot></g> }
}

/// Builds `view` into `slot` at step `at`.
fn schedule<E, V>(at: Step, slot: NodeRef<E>, view: impl FnOnce() -> V + 'static)
where
    E: leptos::html::ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
    V: IntoView + 'static,
{
    let owner = Owner::current();
    let mount: Mount = Box::new(move || {
        // A slot of a page written again since (the language changed) is gone: skip it.
        if let Some(element) = slot.try_get_untracked().flatten() {
            let element: web_sys::Element = element.unchecked_into();
            let build = move || {
                let owner = Owner::new();
                let mut state = owner.with(|| view().into_view().build());
                state.mount(&element, None);
                (owner, state)
            };
            match owner {
                // Dropped with the part of the page that asked for it (the page written again
                // in a new language): its view's effects go with it.
                Some(owner) => owner.with(|| {
                    let built = SendWrapper::new(build());
                    on_cleanup(move || {
                        let (owner, mut state) = built.take();
                        // Its nodes are taken out of the slot, which its parent may reuse
                        // for the view it builds again; but not when the whole page goes
                        // (`discarding`): they leave with it, so writing the page again
                        // removes its root's few children, not every row and point one by
                        // one (1,500 removals on a 500-segment page).
                        if !DISCARDING.with(Cell::get) {
                            state.unmount();
                        }
                        drop((state, owner));
                    });
                }),
                None => std::mem::forget(build()),
            }
        }
    });
    WAITING.with(|w| w.borrow_mut().push((at, mount)));
    if !RUNNING.with(Cell::get) {
        // The page is written again after its first build (a new language): build its later
        // panels as the first build did.
        run(|| {});
    }
}

/// Drops `page`, the whole page's view, leaving its later-built panels' nodes in their slots
/// (they leave the document with the page).
pub fn discard<T>(page: T) {
    DISCARDING.with(|d| d.set(true));
    drop(page);
    DISCARDING.with(|d| d.set(false));
}

/// Takes the next panel to build: the first waiting one of the earliest step, if any.
fn next_due() -> Option<(Step, Mount)> {
    WAITING.with(|w| {
        let mut waiting = w.borrow_mut();
        let index = (0..waiting.len()).min_by_key(|&i| waiting[i].0)?;
        Some(waiting.remove(index))
    })
}

fn first_screen_waiting() -> bool {
    WAITING.with(|w| w.borrow().iter().any(|(step, _)| *step <= Step::FIRST_SCREEN))
}

/// Builds the waiting panels in step order, one panel per task (what a panel's build adds
/// waits its turn); once the first screen's panels are built, calls `show` in a task of its
/// own (the app's first frame is the page's largest layout and paint), then goes on.
pub fn run(show: impl FnOnce() + 'static) {
    fn tick(mut show: Option<Box<dyn FnOnce()>>) {
        if !RUNNING.with(|r| r.replace(true)) {
            busy(true);
        }
        set_timeout(
            move || match show.take() {
                Some(show) if !first_screen_waiting() => {
                    show();
                    tick(None);
                }
                pending => {
                    if next_due().map(|(_, mount)| mount()).is_some() || pending.is_some() {
                        tick(pending);
                    } else {
                        RUNNING.with(|r| r.set(false));
                        busy(false);
                    }
                }
            },
            std::time::Duration::ZERO,
        );
    }
    tick(Some(Box::new(show)));
}

/// Says whether the page is still building panels (`aria-busy` on the app's root, so
/// assistive technology waits for them, and so does the language-switch benchmark).
fn busy(building: bool) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"))
    else {
        return;
    };
    let _ =
        if building { root.set_attribute("aria-busy", "true") } else { root.remove_attribute("aria-busy") };
}

/// Builds everything still waiting, now (for tests that mount the whole calculator).
pub fn flush() {
    while let Some((_, mount)) = next_due() {
        mount();
    }
}
