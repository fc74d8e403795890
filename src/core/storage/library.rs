//! Named workspaces (one per client): the index of names and when each was changed, each
//! workspace saved under its own key with a revision (saving, and taking up another tab's
//! save, in `sync`). The single save of earlier versions becomes the first named workspace,
//! and is left where it was.
//!
//! Where storage is blocked (a sandboxed frame), everything runs on a store in memory.

use serde::{Deserialize, Serialize};

use crate::core::basics::text::clip;
use crate::core::message::{plain, Arg, Id, Message};
use crate::core::storage::persist::{
    decode_revision, open_at, KeyValueStore, MemoryStore, StorageState, StoreError, STORAGE_KEY,
};
use crate::core::workspace::Workspace;

/// Where the list of workspaces lives.
pub const INDEX_KEY: &str = "messaging-ladder:workspaces";
/// The name the first workspace gets: "My workspace".
pub fn first_name() -> String {
    plain(&Message::of(Id::StoreFirstName))
}
/// The longest name kept.
pub const MAX_NAME: usize = 80;

/// Where workspace `id` is saved.
pub fn workspace_key(id: &str) -> String {
    format!("messaging-ladder:workspace:{id}")
}

/// One workspace in the list: its id, name and last change (ms since 1970).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Listing {
    pub id: String,
    pub name: String,
    pub changed: f64,
}

/// The list of workspaces, and the one opened last.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub version: u64,
    pub current: String,
    pub workspaces: Vec<Listing>,
}

/// One option of the workspace picker.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: String,
    pub label: Message,
}

/// Which workspace is open: its id and its name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Open {
    pub id: String,
    pub name: String,
}

/// When a save writes: only when this tab changed something since it last saved or read
/// (so tabs taking up each other's saves come to rest), or always (a new, restored or
/// upgraded workspace, which must exist in storage).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Write {
    IfChanged,
    Always,
}

impl Index {
    fn first(now: f64) -> Index {
        Index {
            version: 1,
            current: "w1".into(),
            workspaces: vec![Listing { id: "w1".into(), name: first_name(), changed: now }],
        }
    }

    pub fn get(&self, id: &str) -> Option<&Listing> {
        self.workspaces.iter().find(|l| l.id == id)
    }

    /// Adds the listings this index doesn't have (another tab's workspaces), after its own.
    fn add_missing(&mut self, listings: impl IntoIterator<Item = Listing>) {
        for other in listings {
            if self.get(&other.id).is_none() {
                self.workspaces.push(other);
            }
        }
    }
}

/// A deleted workspace, kept for undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    pub listing: Listing,
    pub position: usize,
    pub workspace: Workspace,
}

/// One tab's view of the saved workspaces.
#[derive(Debug)]
pub struct Library {
    pub index: Index,
    /// The open workspace as last saved or read here: what this tab's edits are made on.
    pub base: Workspace,
    pub revision: u64,
    /// This tab's last save: the workspace's id, the revision written and what that save
    /// started from (the base it read). Storage has no compare-and-swap across tabs, so another
    /// tab may have written the same revision from the same start at the same instant.
    last_save: Option<(String, u64, Workspace)>,
    pub state: StorageState,
    /// Storage is blocked, so workspaces live here until the tab closes.
    memory: Option<MemoryStore>,
}

/// The store in memory when storage is blocked, else the browser's.
fn pick<'a>(
    memory: &'a mut Option<MemoryStore>,
    outer: &'a mut dyn KeyValueStore,
) -> &'a mut dyn KeyValueStore {
    match memory {
        Some(memory) => memory,
        None => outer,
    }
}

fn read_index(store: &dyn KeyValueStore) -> Result<Option<Index>, StoreError> {
    Ok(store
        .get(INDEX_KEY)?
        .and_then(|raw| serde_json::from_str::<Index>(&raw).ok())
        .filter(|i| i.get(&i.current).is_some()))
}

impl Library {
    /// Opens the last used workspace (or the earlier versions' save, or the sample).
    pub fn open(store: &mut dyn KeyValueStore, now: f64) -> (Library, Workspace) {
        let mut lib = Library {
            index: Index::first(now),
            base: Workspace::default(),
            revision: 0,
            last_save: None,
            state: StorageState::Saving,
            memory: None,
        };
        let index = match read_index(store) {
            Err(_) => {
                lib.memory = Some(MemoryStore::default());
                lib.state = StorageState::Blocked;
                let sample = Workspace::sample();
                lib.base = sample.clone();
                return (lib, sample);
            }
            Ok(index) => index,
        };
        let key = match index {
            Some(index) => {
                let key = workspace_key(&index.current);
                lib.index = index;
                key
            }
            None => STORAGE_KEY.to_string(), // first visit, or a save from before workspaces
        };
        let opened = open_at(store, &key);
        lib.state = opened.state;
        lib.revision = opened.revision;
        lib.base = opened.workspace.clone();
        if key == STORAGE_KEY && opened.restored {
            // Upgrade: the old save becomes "My workspace"; the old key stays as it was.
            lib.revision = 0;
            lib.base = Workspace::default();
            let _ = lib.save_inner(store, &opened.workspace, now, Write::Always);
        }
        (lib, opened.workspace)
    }

    /// Whether work here survives a reload.
    pub fn is_saved(&self) -> bool {
        self.memory.is_none() && self.state.is_saved()
    }

    /// The workspace picker's options: the open one by its name, the others with when they
    /// were changed ("Acme · changed 5 minutes ago"). The open one is being changed now:
    /// "changed just now" on it would say nothing.
    pub fn choices(&self, now: f64) -> Vec<Choice> {
        self.index
            .workspaces
            .iter()
            .map(|l| {
                let name = Arg::Text(l.name.clone());
                let label = if l.id == self.index.current {
                    Message::of(Id::StoreChoiceOpen).with("name", name)
                } else {
                    let when = Arg::Message(Box::new(changed_text(now, l.changed)));
                    Message::of(Id::StoreChoiceOther).with("name", name).with("when", when)
                };
                Choice { id: l.id.clone(), label }
            })
            .collect()
    }

    /// The open workspace's id and name.
    pub fn open_one(&self) -> Open {
        let c = self.current();
        Open { id: c.id.clone(), name: c.name.clone() }
    }

    pub fn current(&self) -> &Listing {
        self.index.get(&self.index.current).expect("the current workspace is always listed")
    }

    /// Writes the index, keeping the workspaces other tabs added since it was read.
    pub(super) fn write_index(&mut self, store: &mut dyn KeyValueStore) {
        if let Ok(Some(stored)) = read_index(pick(&mut self.memory, store)) {
            self.index.add_missing(stored.workspaces);
        }
        let text = serde_json::to_string(&self.index).expect("an index always serializes");
        let _ = pick(&mut self.memory, store).set(INDEX_KEY, &text);
    }

    fn new_id(&self, now: f64) -> String {
        let mut n = now.max(0.0) as u64;
        loop {
            let id = format!("w{n:x}");
            if self.index.get(&id).is_none() {
                return id;
            }
            n += 1;
        }
    }

    /// Opens workspace `id` (the open one should be saved first).
    pub fn switch(&mut self, store: &mut dyn KeyValueStore, id: &str) -> Option<Workspace> {
        self.index.get(id)?;
        let opened = open_at(pick(&mut self.memory, store), &workspace_key(id));
        self.index.current = id.to_string();
        self.revision = opened.revision;
        self.base = opened.workspace.clone();
        if self.memory.is_none() {
            self.state = opened.state;
        }
        self.write_index(store);
        Some(opened.workspace)
    }

    /// Adds a workspace named `name` holding `workspace`, opens it and saves it.
    pub fn add(
        &mut self,
        store: &mut dyn KeyValueStore,
        name: &str,
        workspace: Workspace,
        now: f64,
    ) -> Workspace {
        let id = self.new_id(now);
        let name = self.free_name(name);
        self.index.workspaces.push(Listing { id: id.clone(), name, changed: now });
        self.index.current = id;
        self.revision = 0;
        self.base = Workspace::default();
        self.state = if self.memory.is_some() { StorageState::Blocked } else { StorageState::Saving };
        self.save_inner(store, &workspace, now, Write::Always).unwrap_or(workspace)
    }

    /// `name` cleaned (trimmed, at most [`MAX_NAME`] characters), or "Workspace N" when blank.
    pub fn clean_name(&self, name: &str) -> String {
        let name = clip(name.trim(), MAX_NAME);
        if name.is_empty() {
            let number = Arg::Count(self.index.workspaces.len() as u64 + 1);
            plain(&Message::of(Id::StoreWorkspaceNumber).with("number", number))
        } else {
            name
        }
    }

    fn free_name(&self, name: &str) -> String {
        let base = self.clean_name(name);
        let mut candidate = base.clone();
        let mut n = 2;
        while self.index.workspaces.iter().any(|l| l.name == candidate) {
            candidate = format!("{base} ({n})");
            n += 1;
        }
        candidate
    }

    /// Renames workspace `id`; a blank name is refused.
    pub fn rename(&mut self, store: &mut dyn KeyValueStore, id: &str, name: &str) -> bool {
        let name = clip(name.trim(), MAX_NAME);
        let Some(l) = self.index.workspaces.iter_mut().find(|l| l.id == id) else { return false };
        if name.is_empty() || l.name == name {
            return false;
        }
        l.name = name;
        self.write_index(store);
        true
    }

    /// Reads workspace `id` as opening it would (the open one as `mine`): the sample when
    /// it was never changed, so never saved.
    pub fn read(&mut self, store: &mut dyn KeyValueStore, id: &str, mine: &Workspace) -> Option<Workspace> {
        if id == self.index.current {
            return Some(mine.clone());
        }
        self.index.get(id)?;
        match pick(&mut self.memory, store).get(&workspace_key(id)).ok()? {
            Some(raw) => decode_revision(&raw).ok().map(|(w, _)| w),
            None => Some(Workspace::sample()),
        }
    }
}

/// When a workspace was last changed, said plainly: "just now", "5 minutes ago", "3 hours
/// ago", else its date.
pub fn changed_text(now: f64, changed: f64) -> Message {
    let minutes = ((now - changed) / 60_000.0).floor();
    match minutes {
        m if m < 1.0 => Message::of(Id::StoreChangedJustNow),
        m if m < 60.0 => Message::of(Id::StoreChangedMinutes).with("count", Arg::Count(m as u64)),
        m if m < 24.0 * 60.0 => {
            Message::of(Id::StoreChangedHours).with("count", Arg::Count((m / 60.0) as u64))
        }
        _ => Message::of(Id::StoreChangedOn).with("date", Arg::Date((changed / 86_400_000.0).floor() as i64)),
    }
}

mod bar;
mod delete;
mod sync;

pub use bar::BarNotice;

#[cfg(test)]
mod tests;
