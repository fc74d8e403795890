//! The import worker: a second wasm entry (no Leptos) that Trunk builds at opt-level 3 and
//! the page runs as a Web Worker. It reads the File as a stream (`Blob.stream()`, with a
//! byte reader into one reused buffer where the browser has one), asking for the next
//! chunk before parsing the current one, feeds each chunk to the core's
//! streaming analyzer, reports progress, and posts the preview back as JSON. Neither the
//! page nor the worker ever holds the whole file.
//!
//! Messages (`core::import::protocol`): the page sends `{file, job}`, `job` a [`Request`] as
//! JSON; the worker posts each [`Reply`] as JSON text: ready, progress, then done.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DedicatedWorkerGlobalScope, File, MessageEvent, ReadableStreamByobReader, ReadableStreamDefaultReader,
};

use crate::core::import::analyze::Preview;
use crate::core::import::error::{ErrorKind, ImportError};
use crate::core::import::protocol::{Reply, Request};
use crate::core::import::read::Attempts;

/// How often progress is reported, in milliseconds.
const PROGRESS_EVERY_MS: f64 = 100.0;

/// The buffer a byte reader reads into, reused for every chunk.
const CHUNK_BYTES: u32 = 4 << 20;

/// The file's stream: with a byte reader into one reused buffer when the browser offers one
/// (no new buffer per chunk), otherwise chunk by chunk as the stream hands them out.
enum Chunks {
    Bytes(ReadableStreamByobReader),
    Plain(ReadableStreamDefaultReader),
}

impl Chunks {
    fn open(file: &File) -> Chunks {
        let stream = file.stream();
        match ReadableStreamByobReader::new(&stream) {
            Ok(reader) => Chunks::Bytes(reader),
            Err(_) => Chunks::Plain(stream.get_reader().unchecked_into()),
        }
    }

    /// Asks for the next chunk; `reuse` is the buffer the last one arrived in.
    fn request(&self, reuse: Option<js_sys::ArrayBuffer>) -> JsFuture {
        match self {
            Chunks::Bytes(reader) => {
                let buffer = reuse.unwrap_or_else(|| js_sys::ArrayBuffer::new(CHUNK_BYTES));
                JsFuture::from(reader.read_with_array_buffer_view(&Uint8Array::new(&buffer)))
            }
            Chunks::Plain(reader) => JsFuture::from(reader.read()),
        }
    }

    fn cancel(&self) {
        let _ = match self {
            Chunks::Bytes(reader) => reader.cancel(),
            Chunks::Plain(reader) => reader.cancel(),
        };
    }
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn now() -> f64 {
    scope().performance().map_or(0.0, |p| p.now())
}

fn post(reply: &Reply) {
    let _ = scope().post_message(&reply.to_json().into());
}

/// Starts listening; called by the worker binary's `main`.
pub fn start() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let data = event.data();
        let field = |name: &str| Reflect::get(&data, &name.into()).unwrap_or(JsValue::UNDEFINED);
        let done =
            |result, ms, parse_ms, memory| Reply::Done { result: Box::new(result), ms, parse_ms, memory };
        let Ok(file) = field("file").dyn_into::<File>() else {
            post(&done(Err(ImportError::new("", ErrorKind::NoFile)), 0.0, 0.0, 0.0));
            return;
        };
        let job: Request =
            field("job").as_string().and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default();
        wasm_bindgen_futures::spawn_local(async move {
            let started = now();
            let (result, parse_ms) = match read(&file, &job).await {
                Ok((preview, parse_ms)) => (Ok(preview), parse_ms),
                Err(e) => (Err(e), 0.0),
            };
            let memory = wasm_bindgen::memory()
                .dyn_into::<js_sys::WebAssembly::Memory>()
                .map(|m| m.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length())
                .unwrap_or(0);
            post(&done(result, now() - started, parse_ms, memory as f64));
        });
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&Reply::Ready);
}

/// Streams the file through the analyzer, once more as Windows-1252 if it turns out not to
/// be UTF-8 after the first 8 KiB.
/// Returns the preview and the time spent in the analyzer (ms).
async fn read(file: &File, job: &Request) -> Result<(Preview, f64), ImportError> {
    let name = file.name();
    let overrides = job.mapping.to_overrides();
    let unreadable = || ImportError::unreadable(&name);
    let mut attempts = Attempts::new(&name, &overrides, &job.remembered, job.decimal);
    'again: loop {
        let mut analyzer = attempts.analyzer();
        let chunks = Chunks::open(file);
        let mut buffer: Vec<u8> = Vec::new();
        let mut reported = now();
        let mut parse_ms = 0.0;
        let mut next = chunks.request(None);
        loop {
            let result = next.await.map_err(|_| unreadable())?;
            if Reflect::get(&result, &"done".into()).ok().and_then(|d| d.as_bool()) == Some(true) {
                break;
            }
            let chunk: Uint8Array =
                Reflect::get(&result, &"value".into()).map_err(|_| unreadable())?.unchecked_into();
            buffer.resize(chunk.length() as usize, 0);
            chunk.copy_to(&mut buffer);
            // The next chunk is asked for before this one is parsed, so reading overlaps
            // parsing.
            next = chunks.request(Some(chunk.buffer()));
            let t = now();
            let pushed = analyzer.push(&buffer);
            parse_ms += now() - t;
            if let Err(stop) = pushed {
                chunks.cancel();
                attempts.retry(stop)?;
                continue 'again;
            }
            if now() - reported >= PROGRESS_EVERY_MS {
                reported = now();
                post(&Reply::Progress { bytes: analyzer.bytes() as f64, rows: analyzer.rows() as f64 });
            }
        }
        match analyzer.finish() {
            Ok(preview) => return Ok((preview, parse_ms)),
            Err(stop) => attempts.retry(stop)?,
        }
    }
}
