//! The import worker's messages, as types both ends use: the page sends a [`Request`] beside the
//! File; the worker answers with [`Reply`]s. Each goes through `postMessage` as JSON text
//! (the File itself travels as a structured-cloned object beside the job).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::analyze::{Preview, SavedMapping};
use super::error::{ErrorKind, ImportError};
use crate::core::basics::number::DecimalSep;

/// What to read the File with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Request {
    /// The user's corrections (empty on a first read).
    pub mapping: SavedMapping,
    /// Corrections remembered per column layout, used when `mapping` is empty.
    pub remembered: BTreeMap<String, SavedMapping>,
    /// The browser's decimal mark, for columns whose own values don't tell.
    pub decimal: DecimalSep,
}

/// What the worker says. Externally tagged (`{"done":{…}}`): serde reads an internally
/// tagged enum through a buffer that can't turn a JSON key back into a column number, and
/// a preview's remembered corrections are keyed by column.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reply {
    /// Started, and waiting for a job.
    Ready,
    /// Read so far.
    Progress { bytes: f64, rows: f64 },
    /// The preview, or why there is none, with the time from the File's arrival (`ms`),
    /// the part spent in the analyzer (`parse_ms`) and the worker's wasm memory in bytes.
    Done { result: Box<Result<Preview, ImportError>>, ms: f64, parse_ms: f64, memory: f64 },
}

impl Reply {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A reply from its JSON; anything unreadable is a failed import that says so.
    pub fn from_json(json: &str) -> Reply {
        serde_json::from_str(json).unwrap_or_else(|_| Reply::Done {
            result: Box::new(Err(ImportError::new("", ErrorKind::Worker))),
            ms: 0.0,
            parse_ms: 0.0,
            memory: 0.0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_and_requests_round_trip_as_json() {
        for reply in [
            Reply::Ready,
            Reply::Progress { bytes: 4194304.0, rows: 50000.0 },
            Reply::Done {
                result: Box::new(Err(ImportError::at(
                    "x.csv",
                    3,
                    ErrorKind::Ragged { found: 3, expected: 2 },
                )
                .in_cell(1, "Spend", "n/a"))),
                ms: 1.5,
                parse_ms: 1.0,
                memory: 65536.0,
            },
        ] {
            assert_eq!(Reply::from_json(&reply.to_json()), reply);
        }
        assert_eq!(Reply::Ready.to_json(), r#""ready""#);
        // A preview read with remembered corrections (keyed by column number) comes through.
        let mut roles = std::collections::BTreeMap::new();
        roles.insert(1, "spend".to_string());
        let text = "Name,Budget,Chats\nA,15,10\n";
        let mut preview =
            crate::core::import::read::analyze("june.csv", text, &Default::default(), DecimalSep::Dot)
                .unwrap();
        preview.remembered = Some(SavedMapping { roles, ..SavedMapping::default() });
        let done = Reply::Done { result: Box::new(Ok(preview)), ms: 2.0, parse_ms: 1.0, memory: 1.0 };
        assert_eq!(Reply::from_json(&done.to_json()), done);
        let job = Request { decimal: DecimalSep::Comma, ..Request::default() };
        assert_eq!(serde_json::from_str::<Request>(&serde_json::to_string(&job).unwrap()).unwrap(), job);
        let Reply::Done { result, .. } = Reply::from_json("{oops") else { panic!() };
        assert_eq!(*result, Err(ImportError::new("", ErrorKind::Worker)));
        // What the error says crosses as data, and reads the same on the page.
        let e = ImportError::new("x.csv", ErrorKind::NoLadderColumns { headers: vec!["Foo".into()] });
        let Reply::Done { result, .. } = Reply::from_json(
            &Reply::Done { result: Box::new(Err(e)), ms: 0.0, parse_ms: 0.0, memory: 0.0 }.to_json(),
        ) else {
            panic!()
        };
        let Err(e) = *result else { panic!() };
        assert_eq!(e.kind, ErrorKind::NoLadderColumns { headers: vec!["Foo".into()] });
        assert!(e
            .to_string()
            .starts_with("x.csv: no spend or stage column was recognised (columns: “Foo”)."));
    }
}
