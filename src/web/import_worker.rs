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

use crate::core::import::analyze::Preview;
use crate::core::import::error::ImportError;
use crate::core::import::protocol::{Reply, Request};

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
        result: Box<Result<Preview, ImportError>>,
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

/// The worker's reply in a message event.
fn reply(event: &MessageEvent) -> Reply {
    Reply::from_json(&event.data().as_string().unwrap_or_default())
}

impl Spare {
    /// Listens to `worker` until it gets a job: for its "ready", or for a crash.
    fn watch(worker: Worker, ready: bool) -> Spare {
        let (ready, failed) = (Rc::new(Cell::new(ready)), Rc::new(Cell::new(false)));
        let is_ready = ready.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if reply(&event) == Reply::Ready {
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
pub fn start(file: File, request: &Request, on_event: impl Fn(JobEvent) + 'static) -> Option<Job> {
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
    let job = js_sys::Object::new();
    let _ = Reflect::set(&job, &"file".into(), &file.into());
    let _ = Reflect::set(&job, &"job".into(), &serde_json::to_string(request).unwrap_or_default().into());
    let job: JsValue = job.into();
    // Whether the job has reached the worker (or been given up on).
    let sent = Rc::new(Cell::new(false));
    let events = on_event.clone();
    let (to_worker, job_on_ready, sent_on_ready) = (worker.clone(), job.clone(), sent.clone());
    let on_message =
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| match reply(&event) {
            Reply::Ready
                if !sent_on_ready.replace(true) && to_worker.post_message(&job_on_ready).is_err() =>
            {
                events(JobEvent::Unavailable);
            }
            Reply::Ready => {}
            Reply::Progress { bytes, rows } => events(JobEvent::Progress { bytes, rows }),
            Reply::Done { result, ms, parse_ms, memory } => {
                events(JobEvent::Done { result, worker_ms: ms, parse_ms, memory })
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
