//! The browser shell: Leptos components that render the core's results and forward events,
//! plus adapters for browser storage and locale formatting. No ladder logic lives here.

use std::any::Any;
use std::cell::RefCell;

use wasm_bindgen::JsCast;

pub mod app;
pub mod chart_export;
pub mod clipboard;
pub mod components;
pub mod download;
pub mod embed;
pub mod embed_dialog;
pub mod format;
pub mod header;
pub mod import;
pub mod import_worker;
pub mod inputs;
pub mod language;
pub mod later;
pub mod notices;
pub mod page;
pub mod results;
pub mod scenarios;
pub mod share;
pub mod state;
pub mod storage;
pub mod words;
pub mod workspaces;

thread_local! {
    /// The page's view as mounted; dropping it unmounts it.
    static MOUNTED: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
    /// Builds the page's view again over the same state.
    static REMOUNT: RefCell<Option<Box<dyn Fn()>>> = const { RefCell::new(None) };
}

/// Writes the page again (in a new language): its view is unmounted, `between` runs (the
/// language changes), and the view is built anew over the same state (the workspace, what is
/// typed, the page's notices), with no rebuild code for Leptos to carry. The old view goes
/// first, so what `between` changes wakes none of its effects.
pub fn rewrite(between: impl FnOnce()) {
    later::discard(MOUNTED.with(|m| m.borrow_mut().take()));
    between();
    REMOUNT.with(|r| {
        if let Some(mount) = r.borrow().as_ref() {
            mount();
        }
    });
}

/// Mounts the app into a hidden root on the page body and builds it in steps (`later`);
/// once its first screen is built, shows it in place of the static "loading" placeholder or
/// the first view rendered into index.html at build time (`scripts/prerender.mjs`; index.html's
/// start script runs this only once that view has been painted), in one task, so no frame is
/// painted between them, and tells the page with a `messaging-ladder:ready` event.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let Ok(root) = document.create_element("div") else { return };
    root.set_id("app");
    root.set_class_name("building");
    let _ = body.append_child(&root);
    let options = embed::options();
    embed::apply(options.theme, options.accent);
    let (theme, accent) = (options.theme, options.accent);
    // The page opens in its language: the host's, the one chosen here before, or the
    // browser's, its words fetched first (English is built in).
    let language = language::initial(options.language);
    let build = move || {
        // The page's state is made once, under an owner kept for the page's life; its view
        // is built over it, and built again in place when the language changes.
        // The state's effects need the executor `mount_to` would start.
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let owner = leptos::prelude::Owner::new();
        let state = owner.with(|| app::open(storage::BrowserStore::open(), options));
        std::mem::forget(owner);
        let mount = {
            let root = root.clone();
            move || {
                let view = leptos::mount::mount_to(root.clone().unchecked_into(), move || {
                    leptos::view! { <app::PageView state /> }
                });
                MOUNTED.with(|m| *m.borrow_mut() = Some(Box::new(view)));
            }
        };
        mount();
        REMOUNT.with(|r| *r.borrow_mut() = Some(Box::new(mount)));
        show_when_built(document, root);
    };
    if crate::core::message::has_catalogue(language) {
        language::mark(language);
        build();
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            language::mark(language::fetched(language).await);
            build();
        });
    }
    embed::link_to_host(theme, accent);
}

/// Builds the page's panels in steps; once its first screen is built, shows it in place of
/// the placeholder or the prerendered first view, and says so.
fn show_when_built(document: web_sys::Document, root: web_sys::Element) {
    later::run(move || {
        for id in ["boot", "prerender"] {
            if let Some(element) = document.get_element_by_id(id) {
                element.remove();
            }
        }
        root.set_class_name("");
        if let Ok(ready) = web_sys::Event::new("messaging-ladder:ready") {
            let _ = document.dispatch_event(&ready);
        }
    });
}
