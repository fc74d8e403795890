//! Saving the open workspace, and what a tab does when another tab saved: it takes the newer
//! save up, laying its own unsaved edits over it ([`merge`]), never writes older values over a
//! newer revision, and takes back its own saved edits when another tab wrote the same revision
//! over them at the same instant (storage has no compare-and-swap across tabs).

use super::{pick, read_index, workspace_key, Library, Write};
use crate::core::storage::merge::merge;
use crate::core::storage::persist::{decode_revision, save_at, KeyValueStore, StorageState};
use crate::core::workspace::Workspace;

impl Library {
    /// Saves `mine` (this tab's workspace). When another tab saved a newer revision since,
    /// this tab's edits are laid over it and the merged workspace, returned, is saved: the
    /// tab shows it from then on.
    /// Nothing is written when `mine` is what was last saved or read here and nobody saved
    /// since, so two tabs taking up each other's saves come to rest.
    pub fn save(&mut self, store: &mut dyn KeyValueStore, mine: &Workspace, now: f64) -> Option<Workspace> {
        self.save_inner(store, mine, now, Write::IfChanged)
    }

    pub(super) fn save_inner(
        &mut self,
        store: &mut dyn KeyValueStore,
        mine: &Workspace,
        now: f64,
        write: Write,
    ) -> Option<Workspace> {
        let key = workspace_key(&self.index.current);
        let stored =
            pick(&mut self.memory, store).get(&key).ok().flatten().and_then(|raw| decode_revision(&raw).ok());
        let (to_write, adopt, revision, started) = match stored {
            Some((theirs, rev)) if rev > self.revision => {
                let merged = merge(&self.base, mine, &theirs);
                (merged.clone(), Some(merged), rev + 1, theirs)
            }
            Some(_) if write == Write::IfChanged && *mine == self.base => return None,
            _ => (mine.clone(), None, self.revision + 1, self.base.clone()),
        };
        let state = if self.memory.is_some() { StorageState::Saving } else { self.state.clone() };
        let next = save_at(pick(&mut self.memory, store), &key, &state, &to_write, revision);
        let written = next.is_saved();
        if self.memory.is_none() {
            self.state = next;
        }
        if written {
            self.base = to_write;
            self.revision = revision;
            self.last_save = Some((self.index.current.clone(), revision, started));
            let current = self.index.current.clone();
            if let Some(l) = self.index.workspaces.iter_mut().find(|l| l.id == current) {
                l.changed = now;
            }
            self.write_index(store);
        }
        adopt
    }

    /// Another tab changed storage: the list is read again, and a newer save of the open
    /// workspace is taken up, with this tab's unsaved edits (whatever differs from its base) laid over it.
    pub fn external_change(&mut self, store: &mut dyn KeyValueStore, mine: &Workspace) -> Option<Workspace> {
        let current = self.index.current.clone();
        if let Ok(Some(mut stored)) = read_index(pick(&mut self.memory, store)) {
            if stored.get(&current).is_none() {
                stored.workspaces.push(self.current().clone()); // deleted elsewhere: kept here
            }
            stored.current = current.clone();
            self.index = stored;
        }
        let raw = pick(&mut self.memory, store).get(&workspace_key(&current)).ok().flatten()?;
        let (theirs, rev) = decode_revision(&raw).ok()?;
        // Whatever differs from the base is an edit not saved yet (even one made an instant
        // ago, before its save was scheduled): laid over the newer save. With none, the
        // merge is the newer save itself.
        let since = match &self.last_save {
            _ if rev > self.revision => &self.base,
            // The same revision as this tab's last save, written over it by a tab that read
            // the same revision before: this tab's saved edits count as unsaved again, from
            // the start both saves shared, so the next save writes them over theirs.
            Some((id, written, started))
                if rev == self.revision && *written == rev && *id == current && theirs != self.base =>
            {
                started
            }
            _ => return None,
        };
        let shown = merge(since, mine, &theirs);
        self.base = theirs;
        self.revision = rev;
        Some(shown)
    }
}
