//! The import worker: a second wasm entry (no Leptos) that Trunk builds at opt-level 3 and
//! the page runs as a Web Worker. The page reads the File as a stream (`Blob.stream()`) and
//! transfers each chunk here (no copy), so reading and parsing run on two threads; this
//! side feeds every chunk to the core's streaming analyzer and acknowledges it, which is
//! how the page keeps only a few chunks in flight. The whole file is never in one place.
//!
//! Messages, page → worker: `{kind: "begin", name, mapping, comma, encoding}` (`mapping` is
//! a [`SavedMapping`] as JSON, `comma` whether the browser's decimal mark is a comma,
//! `encoding` "windows-1252" on a second pass), then `{kind: "chunk", data}` (a
//! `Uint8Array`) per chunk and `{kind: "end"}`. Worker → page: `{kind: "ready"}` once,
//! `{kind: "ack", bytes, rows}` per chunk, `{kind: "restart"}` when the bytes turn out not
//! to be UTF-8 (send the file again from a new "begin"), and at the end either
//! `{kind: "done", preview, ms, parseMs, memory}` (`preview` is JSON, `ms` from "begin" to
//! now, `parseMs` the part spent in the analyzer) or `{kind: "error", message}`.

use std::cell::RefCell;

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::core::import::analyze::SavedMapping;
use crate::core::import::decode::Encoding;
use crate::core::import::stream::{Analyzer, Stop};
use crate::core::number::DecimalSep;

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn now() -> f64 {
    scope().performance().map_or(0.0, |p| p.now())
}

/// A message object with `kind` and the given fields.
pub fn message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    let _ = Reflect::set(&object, &"kind".into(), &kind.into());
    for (key, value) in fields {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

fn post(kind: &str, fields: &[(&str, JsValue)]) {
    let _ = scope().post_message(&message(kind, fields));
}

/// One pass over a file.
struct Pass {
    analyzer: Analyzer,
    started: f64,
    parse_ms: f64,
    buffer: Vec<u8>,
}

thread_local! {
    /// The pass under way; `None` before "begin" and after a failure, so chunks that were
    /// already on their way are dropped.
    static PASS: RefCell<Option<Pass>> = const { RefCell::new(None) };
}

/// Starts listening; called by the worker binary's `main`.
pub fn start() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let data = event.data();
        let field = |name: &str| Reflect::get(&data, &name.into()).unwrap_or(JsValue::UNDEFINED);
        match field("kind").as_string().as_deref() {
            Some("begin") => {
                let mapping: SavedMapping = field("mapping")
                    .as_string()
                    .and_then(|m| serde_json::from_str(&m).ok())
                    .unwrap_or_default();
                let sep =
                    if field("comma").as_bool() == Some(true) { DecimalSep::Comma } else { DecimalSep::Dot };
                let encoding = (field("encoding").as_string().as_deref() == Some("windows-1252"))
                    .then_some(Encoding::Windows1252);
                let name = field("name").as_string().unwrap_or_default();
                let analyzer = Analyzer::for_bytes(&name, &mapping.to_overrides(), sep, encoding);
                PASS.with(|p| {
                    *p.borrow_mut() =
                        Some(Pass { analyzer, started: now(), parse_ms: 0.0, buffer: Vec::new() })
                });
            }
            Some("chunk") => PASS.with(|p| {
                let mut slot = p.borrow_mut();
                let Some(pass) = slot.as_mut() else { return };
                let chunk: Uint8Array = field("data").unchecked_into();
                pass.buffer.resize(chunk.length() as usize, 0);
                chunk.copy_to(&mut pass.buffer);
                let t = now();
                let pushed = pass.analyzer.push(&pass.buffer);
                pass.parse_ms += now() - t;
                match pushed {
                    Ok(()) => post(
                        "ack",
                        &[
                            ("bytes", (pass.analyzer.bytes() as f64).into()),
                            ("rows", (pass.analyzer.rows() as f64).into()),
                        ],
                    ),
                    Err(Stop::NotUtf8) => {
                        *slot = None;
                        post("restart", &[]);
                    }
                    Err(Stop::Failed(e)) => {
                        *slot = None;
                        post("error", &[("message", e.0.into())]);
                    }
                }
            }),
            Some("end") => {
                let Some(pass) = PASS.with(|p| p.borrow_mut().take()) else { return };
                let (started, parse_ms) = (pass.started, pass.parse_ms);
                let t = now();
                let finished = pass.analyzer.finish();
                let parse_ms = parse_ms + now() - t;
                match finished {
                    Ok(preview) => {
                        let json = serde_json::to_string(&preview).unwrap_or_default();
                        let memory = wasm_bindgen::memory()
                            .dyn_into::<js_sys::WebAssembly::Memory>()
                            .map(|m| m.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length())
                            .unwrap_or(0);
                        post(
                            "done",
                            &[
                                ("preview", json.into()),
                                ("ms", (now() - started).into()),
                                ("parseMs", parse_ms.into()),
                                ("memory", memory.into()),
                            ],
                        );
                    }
                    Err(Stop::NotUtf8) => post("restart", &[]),
                    Err(Stop::Failed(e)) => post("error", &[("message", e.0.into())]),
                }
            }
            _ => {}
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post("ready", &[]);
}
