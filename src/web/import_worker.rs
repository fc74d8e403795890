//! Running one import in the import worker: start it, hand it the File when it says it is
//! ready (it reads the File's stream itself), forward its progress and result, and stop it
//! on Cancel. One import per worker at a time, and a cancelled or superseded import's
//! worker is stopped, so it can never deliver a late result. A spare worker is started when
//! the user reaches for the import controls (`prewarm`), so the wasm is compiled by the
//! time a file arrives; a worker that finished its import becomes the spare (`release`), so
//! the next file skips start-up and runs the engine's already optimized parser code. When no
//! worker can start, or one isn't ready in time (a portal's content policy, say), the caller
//! reads the file on the page instead.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{File, MessageEvent, Worker};

use crate::core::import::analyze::{ImportError, Preview, SavedMapping};
use crate::core::number::DecimalSep;
use crate::worker::message;

/// The worker script (`public/import-worker-loader.js`), which loads the worker wasm.
const WORKER_URL: &str = "./public/import-worker-loader.js";

/// How long a new worker may take to start before the page reads the file itself.
const READY_WITHIN_MS: i32 = 4000;

/// What the worker reports.
pub enum JobEvent {
    Progress {
        bytes: f64,
        rows: f64,
    },
    Done {
        result: Result<Preview, ImportError>,
        worker_ms: f64,
        parse_ms: f64,
        memory: f64,
    },
    /// The worker could not start or crashed; nothing was read.
    Unavailable,
}

/// A running import. Dropping it stops the worker.
pub struct Job {
    /// None once released.
    worker: Option<Worker>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Job {
    fn drop(&mut self) {
        if let Some(worker) = self.worker.take() {
            worker.terminate();
        }
    }
}

impl Job {
    /// For a job that has ended (its result arrived): keeps the idle worker as the spare
    /// for the next import, or stops it if there is one already. Its handlers go with the
    /// job, so nothing it might still send reaches this import.
    pub fn release(mut self) {
        let Some(worker) = self.worker.take() else { return };
        if SPARE.with(|s| s.borrow().is_some()) {
            worker.terminate();
            return;
        }
        SPARE.with(|s| *s.borrow_mut() = Some(Spare::watch(worker, true)));
    }
}

/// A started worker waiting for a job.
struct Spare {
    worker: Worker,
    ready: Rc<Cell<bool>>,
    failed: Rc<Cell<bool>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static SPARE: RefCell<Option<Spare>> = const { RefCell::new(None) };
}

fn kind(event: &MessageEvent) -> Option<String> {
    Reflect::get(&event.data(), &"kind".into()).ok().and_then(|k| k.as_string())
}

impl Spare {
    /// Listens to `worker` until it gets a job: for its "ready", or for a crash.
    fn watch(worker: Worker, ready: bool) -> Spare {
        let (ready, failed) = (Rc::new(Cell::new(ready)), Rc::new(Cell::new(false)));
        let is_ready = ready.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if kind(&event).as_deref() == Some("ready") {
                is_ready.set(true);
            }
        });
        let has_failed = failed.clone();
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            has_failed.set(true);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Spare { worker, ready, failed, _on_message: on_message, _on_error: on_error }
    }
}

/// Starts a worker for the next import, unless one is waiting already.
pub fn prewarm() {
    if SPARE.with(|s| s.borrow().is_some()) {
        return;
    }
    let Ok(worker) = Worker::new(WORKER_URL) else { return };
    SPARE.with(|s| *s.borrow_mut() = Some(Spare::watch(worker, false)));
}

/// Starts reading `file` in a worker (the spare, if one is waiting); `on_event` hears
/// progress and the end.
pub fn start(
    file: File,
    mapping: &SavedMapping,
    sep: DecimalSep,
    on_event: impl Fn(JobEvent) + 'static,
) -> Option<Job> {
    let spare = SPARE.with(|s| s.borrow_mut().take());
    let (worker, ready, spare) = match spare {
        Some(spare) if !spare.failed.get() => (spare.worker.clone(), spare.ready.get(), Some(spare)),
        Some(spare) => {
            spare.worker.terminate();
            (Worker::new(WORKER_URL).ok()?, false, None)
        }
        None => (Worker::new(WORKER_URL).ok()?, false, None),
    };
    let on_event: Rc<dyn Fn(JobEvent)> = Rc::new(on_event);
    let job = message(
        "job",
        &[
            ("file", file.into()),
            ("mapping", serde_json::to_string(mapping).unwrap_or_default().into()),
            ("comma", (sep == DecimalSep::Comma).into()),
        ],
    );
    // Whether the job has reached the worker (or been given up on).
    let sent = Rc::new(Cell::new(false));
    let events = on_event.clone();
    let (to_worker, job_on_ready, sent_on_ready) = (worker.clone(), job.clone(), sent.clone());
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let field = |name: &str| Reflect::get(&data, &name.into()).unwrap_or(JsValue::UNDEFINED);
        let number = |name: &str| field(name).as_f64().unwrap_or(0.0);
        match kind(&event).as_deref() {
            Some("ready")
                if !sent_on_ready.replace(true) && to_worker.post_message(&job_on_ready).is_err() =>
            {
                events(JobEvent::Unavailable);
            }
            Some("progress") => events(JobEvent::Progress { bytes: number("bytes"), rows: number("rows") }),
            Some("done") => {
                let result = field("preview")
                    .as_string()
                    .and_then(|json| serde_json::from_str::<Preview>(&json).ok())
                    .ok_or_else(|| ImportError("The import worker sent back something unreadable.".into()));
                events(JobEvent::Done {
                    result,
                    worker_ms: number("ms"),
                    parse_ms: number("parseMs"),
                    memory: number("memory"),
                });
            }
            Some("error") => events(JobEvent::Done {
                result: Err(ImportError(field("message").as_string().unwrap_or_default())),
                worker_ms: 0.0,
                parse_ms: 0.0,
                memory: 0.0,
            }),
            _ => {}
        }
    });
    let failed = on_event.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        failed(JobEvent::Unavailable);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The spare's own handlers are replaced above, so they can go now.
    drop(spare);
    if ready {
        sent.set(true);
        worker.post_message(&job).ok()?;
    } else {
        // A worker that never says it is ready (its wasm refused by a content policy, say)
        // is given up on, and the page reads the file itself.
        let waiting = worker.clone();
        let give_up = Closure::once_into_js(move || {
            if !sent.replace(true) {
                waiting.terminate();
                on_event(JobEvent::Unavailable);
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                give_up.unchecked_ref(),
                READY_WITHIN_MS,
            );
        }
    }
    Some(Job { worker: Some(worker), _on_message: on_message, _on_error: on_error })
}
