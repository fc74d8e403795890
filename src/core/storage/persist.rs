//! Saving the workspace: the versioned storage format, migration, and what to do when storage
//! is blocked, full, corrupted or written by a newer version. Storage itself is behind
//! [`KeyValueStore`], so every failure path is tested here without a browser.
//!
//! Invariant: a stored value that can't be read is never overwritten unless a copy of it was
//! first written under a backup key, and a value from a newer version is never overwritten.

use std::collections::BTreeMap;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::core::message::{Arg, Id, Message};
use crate::core::workspace::Workspace;

/// What every key this app writes starts with.
pub const KEY_PREFIX: &str = "messaging-ladder:";

/// Whether a storage key is this app's (another tab's change to it is taken up).
pub fn is_own_key(key: &str) -> bool {
    key.starts_with(KEY_PREFIX)
}

/// The visitor's choice of language, kept apart from the workspaces (it isn't work, and
/// another tab changing it isn't merged).
pub const LANGUAGE_KEY: &str = "messaging-ladder-language";

/// Where the workspace lives; the version is in the key so a future format can sit beside it.
pub const STORAGE_KEY: &str = "messaging-ladder:v1";
/// Prefix of backup keys for unreadable saves: `messaging-ladder:backup:1`, `…:2`, ….
pub const BACKUP_PREFIX: &str = "messaging-ladder:backup:";
/// How many backups are kept at most before giving up on backing up (and so on writing).
pub const MAX_BACKUPS: u32 = 20;
/// The format version written today.
pub const SCHEMA_VERSION: u64 = 1;

/// Why storage refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage can't be used at all (sandboxed iframe, blocked cookies, private mode).
    Blocked,
    /// The quota is used up.
    Full,
    /// Anything else the browser threw.
    Failed(String),
}

/// The little storage needs: browser `localStorage` in the app, [`MemoryStore`] in tests.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
}

/// An in-memory store that can be told to fail, for tests and as a stand-in.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub entries: BTreeMap<String, String>,
    pub fail_get: Option<StoreError>,
    pub fail_set: Option<StoreError>,
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match &self.fail_get {
            Some(e) => Err(e.clone()),
            None => Ok(self.entries.get(key).cloned()),
        }
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(e) = &self.fail_set {
            return Err(e.clone());
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        if let Some(e) = &self.fail_set {
            return Err(e.clone());
        }
        self.entries.remove(key);
        Ok(())
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    version: u64,
    /// How many times this workspace has been saved: a tab never writes over a higher one.
    #[serde(skip_serializing_if = "is_zero")]
    revision: u64,
    workspace: &'a Workspace,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The stored envelope as read, in one pass. Saves write `version` before `workspace`, so a
/// current-version workspace is parsed straight into its type as it is met (no `Value` tree,
/// no second pass). One met before its version (hand-edited text) or under another version
/// is kept as unparsed text until the version says how to read it.
struct EnvelopeIn<'a> {
    version: Option<serde_json::Value>,
    revision: u64,
    workspace: Option<Body<'a>>,
}

enum Body<'a> {
    Current(Box<Workspace>),
    Unparsed(&'a RawValue),
}

impl<'de> Deserialize<'de> for EnvelopeIn<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = EnvelopeIn<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object with a version and a workspace")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<EnvelopeIn<'de>, A::Error> {
                let mut envelope = EnvelopeIn { version: None, revision: 0, workspace: None };
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "version" if envelope.version.is_some() => {
                            return Err(de::Error::duplicate_field("version"))
                        }
                        "workspace" if envelope.workspace.is_some() => {
                            return Err(de::Error::duplicate_field("workspace"))
                        }
                        "version" => envelope.version = Some(map.next_value()?),
                        "revision" => envelope.revision = map.next_value()?,
                        "workspace" => {
                            let current = envelope.version.as_ref().and_then(serde_json::Value::as_u64)
                                == Some(SCHEMA_VERSION);
                            envelope.workspace = Some(if current {
                                Body::Current(map.next_value().map_err(|e| {
                                    de::Error::custom(format_args!("unreadable workspace ({e})"))
                                })?)
                            } else {
                                Body::Unparsed(map.next_value()?)
                            });
                        }
                        _ => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(envelope)
            }
        }
        deserializer.deserialize_map(Fields)
    }
}

/// The stored text for a workspace.
pub fn encode(workspace: &Workspace) -> String {
    encode_revision(workspace, 0)
}

/// The stored text for a workspace at its `revision`th save.
pub fn encode_revision(workspace: &Workspace, revision: u64) -> String {
    serde_json::to_string(&EnvelopeOut { version: SCHEMA_VERSION, revision, workspace })
        .expect("a workspace of strings always serializes")
}

/// Why stored text couldn't be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not a saved workspace at all (not JSON, no version, wrong shape).
    Corrupt(String),
    /// Written by a newer version of the app.
    Newer(u64),
}

/// Reads stored text, migrating older formats to the current [`Workspace`].
pub fn decode(raw: &str) -> Result<Workspace, DecodeError> {
    decode_revision(raw).map(|(w, _)| w)
}

/// Reads stored text with its revision (0 for saves from before revisions).
pub fn decode_revision(raw: &str) -> Result<(Workspace, u64), DecodeError> {
    let envelope: EnvelopeIn = serde_json::from_str(raw)
        .map_err(|e| DecodeError::Corrupt(format!("not a saved workspace ({e})")))?;
    let version = envelope
        .version
        .and_then(|v| v.as_u64())
        .ok_or_else(|| DecodeError::Corrupt("no format version".to_string()))?;
    match version {
        // Future formats: add `2 => migrate_v1_to_v2(...)` arms here, oldest first.
        1 => match envelope.workspace {
            Some(Body::Current(workspace)) => Ok((workspace.normalized(), envelope.revision)),
            Some(Body::Unparsed(body)) => serde_json::from_str::<Workspace>(body.get())
                .map(|w| (w.normalized(), envelope.revision))
                .map_err(|e| DecodeError::Corrupt(format!("unreadable workspace ({e})"))),
            None => Err(DecodeError::Corrupt("no workspace".to_string())),
        },
        v if v > SCHEMA_VERSION => Err(DecodeError::Newer(v)),
        v => Err(DecodeError::Corrupt(format!("unknown format version {v}"))),
    }
}

/// Whether and how the workspace is being saved; each state but `Saving` has a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageState {
    Saving,
    Blocked,
    /// Full at the last save; the next change tries again.
    Full,
    /// The last save failed for another reason; the next change tries again.
    Failed(String),
    /// An unreadable save was copied to `backup_key`; saving goes on as normal.
    CorruptKept {
        backup_key: String,
    },
    /// An unreadable save could not be backed up, so it is left alone and nothing is written.
    CorruptNotKept,
    /// A newer version's save is left alone and nothing is written.
    Newer {
        version: u64,
    },
}

impl StorageState {
    /// Whether saving may write to storage in this state.
    pub fn may_write(&self) -> bool {
        !matches!(self, StorageState::Blocked | StorageState::CorruptNotKept | StorageState::Newer { .. })
    }

    /// Whether changes currently survive a reload.
    pub fn is_saved(&self) -> bool {
        matches!(self, StorageState::Saving | StorageState::CorruptKept { .. })
    }

    /// A quiet notice for the user, or `None` when all is well.
    pub fn notice(&self) -> Option<Message> {
        Some(match self {
            StorageState::Saving => return None,
            StorageState::Blocked => Message::of(Id::StoreBlocked),
            StorageState::Full => Message::of(Id::StoreFull),
            StorageState::Failed(why) => Message::of(Id::StoreFailed).with("why", Arg::Text(why.clone())),
            StorageState::CorruptKept { backup_key } => {
                Message::of(Id::StoreCorruptKept).with("key", Arg::Text(backup_key.clone()))
            }
            StorageState::CorruptNotKept => Message::of(Id::StoreCorruptNotKept),
            StorageState::Newer { version } => {
                Message::of(Id::StoreNewer).with("version", Arg::Text(version.to_string()))
            }
        })
    }
}

/// What opening storage found.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub workspace: Workspace,
    pub state: StorageState,
    /// True when the workspace came from storage rather than the sample.
    pub restored: bool,
    /// The save's revision (0 when none was read).
    pub revision: u64,
}

/// Loads the saved workspace, or the sample when there is none or it can't be used.
pub fn open(store: &mut dyn KeyValueStore) -> Opened {
    open_at(store, STORAGE_KEY)
}

/// Loads the workspace saved under `key`, as [`open`] does.
pub fn open_at(store: &mut dyn KeyValueStore, key: &str) -> Opened {
    let sample = |state| Opened { workspace: Workspace::sample(), state, restored: false, revision: 0 };
    let raw = match store.get(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return sample(StorageState::Saving),
        Err(StoreError::Blocked) => return sample(StorageState::Blocked),
        // A read that fails for other reasons also means we can't trust a write.
        Err(_) => return sample(StorageState::Blocked),
    };
    match decode_revision(&raw) {
        Ok((workspace, revision)) => {
            Opened { workspace, state: StorageState::Saving, restored: true, revision }
        }
        Err(DecodeError::Newer(version)) => sample(StorageState::Newer { version }),
        Err(DecodeError::Corrupt(_)) => sample(match back_up(store, &raw) {
            Some(backup_key) => StorageState::CorruptKept { backup_key },
            None => StorageState::CorruptNotKept,
        }),
    }
}

/// Copies unreadable text under the first free backup key; `None` when that isn't possible.
fn back_up(store: &mut dyn KeyValueStore, raw: &str) -> Option<String> {
    for n in 1..=MAX_BACKUPS {
        let key = format!("{BACKUP_PREFIX}{n}");
        match store.get(&key) {
            Ok(None) => return store.set(&key, raw).ok().map(|_| key),
            Ok(Some(existing)) if existing == raw => return Some(key),
            Ok(Some(_)) => continue,
            Err(_) => return None,
        }
    }
    None
}

/// Saves the workspace when the state allows, and returns the state after trying.
pub fn save(store: &mut dyn KeyValueStore, state: &StorageState, workspace: &Workspace) -> StorageState {
    save_at(store, STORAGE_KEY, state, workspace, 0)
}

/// Saves the workspace under `key` at `revision`, as [`save`] does.
pub fn save_at(
    store: &mut dyn KeyValueStore,
    key: &str,
    state: &StorageState,
    workspace: &Workspace,
    revision: u64,
) -> StorageState {
    if !state.may_write() {
        return state.clone();
    }
    match store.set(key, &encode_revision(workspace, revision)) {
        Ok(()) => match state {
            StorageState::CorruptKept { .. } => state.clone(),
            _ => StorageState::Saving,
        },
        Err(StoreError::Full) => StorageState::Full,
        Err(StoreError::Blocked) => StorageState::Blocked,
        Err(StoreError::Failed(why)) => StorageState::Failed(why),
    }
}
