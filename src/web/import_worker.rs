//! Running one import in the import worker: start it, stream the File to it chunk by chunk
//! (transferred, never copied, at most a few chunks ahead of its acknowledgements), forward
//! its progress and result, and stop both on Cancel. One worker per import, so
//! a cancelled or superseded import can never deliver a late result. A spare worker is
//! started when the user reaches for the import controls (`prewarm`), so the wasm is compiled
//! by the time a file arrives. When no worker can start (a portal's content policy, say)
//! the caller falls back to the main thread.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, MessageEvent, ReadableStreamDefaultReader, Worker};

use crate::core::import::analyze::{ImportError, Preview, SavedMapping};
use crate::core::number::DecimalSep;
use crate::worker::message;

/// The worker script Trunk writes next to index.html (`data-loader-shim`).
const WORKER_URL: &str = "./import-worker_loader.js";

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

/// A running import. Dropping it or calling `cancel` stops the worker.
pub struct Job {
    worker: Worker,
    feed: SharedFeed,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Job {
    fn drop(&mut self) {
        if let Ok(mut feed) = self.feed.try_borrow_mut() {
            feed.stop();
        }
        self.worker.terminate();
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

/// Starts a worker for the next import, unless one is waiting already.
pub fn prewarm() {
    if SPARE.with(|s| s.borrow().is_some()) {
        return;
    }
    let Ok(worker) = Worker::new(WORKER_URL) else { return };
    let (ready, failed) = (Rc::new(Cell::new(false)), Rc::new(Cell::new(false)));
    let is_ready = ready.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if Reflect::get(&event.data(), &"kind".into()).ok().and_then(|k| k.as_string()).as_deref()
            == Some("ready")
        {
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
    SPARE.with(|s| {
        *s.borrow_mut() = Some(Spare { worker, ready, failed, _on_message: on_message, _on_error: on_error })
    });
}

/// How long a new worker may take to start before the page reads the file itself.
const READY_WITHIN_MS: i32 = 4000;

/// How many chunks may be on their way to the worker at once: enough to keep it busy, few
/// enough that memory stays small however large the file.
const IN_FLIGHT: u32 = 3;

/// The page's side of one import: the file's stream, read a chunk at a time and handed to
/// the worker as it acknowledges earlier ones.
struct Feed {
    file: File,
    worker: Worker,
    mapping: String,
    comma: bool,
    reader: Option<ReadableStreamDefaultReader>,
    /// Counts passes, so a read from an abandoned pass is dropped.
    pass: u32,
    in_flight: u32,
    reading: bool,
    ended: bool,
    stopped: bool,
    on_event: Rc<dyn Fn(JobEvent)>,
}

type SharedFeed = Rc<RefCell<Feed>>;

impl Feed {
    fn stop(&mut self) {
        self.stopped = true;
        if let Some(reader) = self.reader.take() {
            let _ = reader.cancel();
        }
    }
}

/// Starts (or restarts, as Windows-1252) sending the file from its first byte.
fn begin_pass(feed: &SharedFeed, encoding: Option<&str>) {
    let mut f = feed.borrow_mut();
    if let Some(reader) = f.reader.take() {
        let _ = reader.cancel();
    }
    f.pass += 1;
    f.in_flight = 0;
    f.reading = false;
    f.ended = false;
    let begin = message(
        "begin",
        &[
            ("name", f.file.name().into()),
            ("mapping", f.mapping.as_str().into()),
            ("comma", f.comma.into()),
            ("encoding", encoding.map_or(JsValue::UNDEFINED, JsValue::from)),
        ],
    );
    if f.worker.post_message(&begin).is_err() {
        f.stop();
        let on_event = f.on_event.clone();
        drop(f);
        on_event(JobEvent::Unavailable);
        return;
    }
    f.reader = Some(f.file.stream().get_reader().unchecked_into());
    drop(f);
    pump(feed);
}

/// Reads the next chunk if the worker has room for it.
fn pump(feed: &SharedFeed) {
    let mut f = feed.borrow_mut();
    if f.stopped || f.reading || f.ended || f.in_flight >= IN_FLIGHT {
        return;
    }
    let Some(reader) = f.reader.clone() else { return };
    f.reading = true;
    let pass = f.pass;
    drop(f);
    let feed = feed.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = JsFuture::from(reader.read()).await;
        let mut f = feed.borrow_mut();
        if f.pass != pass || f.stopped {
            return;
        }
        f.reading = false;
        let value = result.ok().and_then(|r| {
            let done = Reflect::get(&r, &"done".into()).ok()?.as_bool()?;
            Some(if done { None } else { Reflect::get(&r, &"value".into()).ok() })
        });
        match value {
            None => {
                f.stop();
                let (on_event, name) = (f.on_event.clone(), f.file.name());
                drop(f);
                on_event(JobEvent::Done {
                    result: Err(ImportError(format!(
                        "{name}: the browser could not read this file. Try saving it again."
                    ))),
                    worker_ms: 0.0,
                    parse_ms: 0.0,
                    memory: 0.0,
                });
                return;
            }
            Some(None) => {
                f.ended = true;
                let _ = f.worker.post_message(&message("end", &[]));
            }
            Some(Some(chunk)) => {
                let chunk: Uint8Array = chunk.unchecked_into();
                let transfer = js_sys::Array::of1(&chunk.buffer());
                let _ = f
                    .worker
                    .post_message_with_transfer(&message("chunk", &[("data", chunk.into())]), &transfer);
                f.in_flight += 1;
            }
        }
        drop(f);
        pump(&feed);
    });
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
    let feed: SharedFeed = Rc::new(RefCell::new(Feed {
        file,
        worker: worker.clone(),
        mapping: serde_json::to_string(mapping).unwrap_or_default(),
        comma: sep == DecimalSep::Comma,
        reader: None,
        pass: 0,
        in_flight: 0,
        reading: false,
        ended: false,
        stopped: false,
        on_event: on_event.clone(),
    }));
    let events = on_event.clone();
    let from_worker = feed.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let field = |name: &str| Reflect::get(&data, &name.into()).unwrap_or(JsValue::UNDEFINED);
        let number = |name: &str| field(name).as_f64().unwrap_or(0.0);
        match field("kind").as_string().as_deref() {
            Some("ready") => begin_pass(&from_worker, None),
            Some("ack") => {
                from_worker.borrow_mut().in_flight -= 1;
                events(JobEvent::Progress { bytes: number("bytes"), rows: number("rows") });
                pump(&from_worker);
            }
            Some("restart") => begin_pass(&from_worker, Some("windows-1252")),
            Some("done") => {
                from_worker.borrow_mut().stop();
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
            Some("error") => {
                from_worker.borrow_mut().stop();
                events(JobEvent::Done {
                    result: Err(ImportError(field("message").as_string().unwrap_or_default())),
                    worker_ms: 0.0,
                    parse_ms: 0.0,
                    memory: 0.0,
                });
            }
            _ => {}
        }
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        on_event(JobEvent::Unavailable);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The spare's own handlers are replaced above, so they can go now.
    drop(spare);
    if ready {
        begin_pass(&feed, None);
    } else {
        // A worker that never says it is ready (its wasm refused by a content policy, say)
        // is given up on, and the page reads the file itself.
        let waiting = feed.clone();
        let give_up = Closure::once_into_js(move || {
            let mut f = waiting.borrow_mut();
            if f.pass == 0 && !f.stopped {
                f.stop();
                f.worker.terminate();
                let on_event = f.on_event.clone();
                drop(f);
                on_event(JobEvent::Unavailable);
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(give_up.unchecked_ref(), READY_WITHIN_MS);
        }
    }
    Some(Job { worker, feed, _on_message: on_message, _on_error: on_error })
}
