//! Deleting a workspace, opening another in its place, and undoing it.

use super::{first_name, pick, read_index, workspace_key, Deleted, Library, Write, INDEX_KEY};
use crate::core::storage::persist::KeyValueStore;
use crate::core::workspace::Workspace;

impl Library {
    /// Deletes workspace `id`, opening another (or a new blank one when it was the last);
    /// what was deleted comes back with [`Library::undelete`].
    pub fn delete(
        &mut self,
        store: &mut dyn KeyValueStore,
        id: &str,
        mine: &Workspace,
        now: f64,
    ) -> Option<(Deleted, Workspace)> {
        let position = self.index.workspaces.iter().position(|l| l.id == id)?;
        let workspace = self.read(store, id, mine)?;
        let listing = self.index.workspaces.remove(position);
        let _ = pick(&mut self.memory, store).remove(&workspace_key(id));
        let deleted = Deleted { listing, position, workspace };
        let shown = if id != self.index.current {
            self.write_index_removing(store, id);
            mine.clone()
        } else if let Some(next) = self.index.workspaces.first().map(|l| l.id.clone()) {
            self.write_index_removing(store, id);
            self.switch(store, &next)?
        } else {
            self.write_index_removing(store, id);
            self.add(
                store,
                &first_name(),
                Workspace { currency: mine.currency.clone(), ..Workspace::default() },
                now,
            )
        };
        Some((deleted, shown))
    }

    fn write_index_removing(&mut self, store: &mut dyn KeyValueStore, id: &str) {
        let text = {
            let mut stored = read_index(pick(&mut self.memory, store))
                .ok()
                .flatten()
                .unwrap_or_else(|| self.index.clone());
            stored.workspaces.retain(|l| l.id != id);
            stored.add_missing(self.index.workspaces.iter().cloned());
            if stored.get(&self.index.current).is_some() {
                stored.current = self.index.current.clone();
            }
            self.index.workspaces = stored.workspaces.clone();
            serde_json::to_string(&stored).expect("an index always serializes")
        };
        let _ = pick(&mut self.memory, store).set(INDEX_KEY, &text);
    }

    /// Puts a deleted workspace back where it was and opens it.
    pub fn undelete(&mut self, store: &mut dyn KeyValueStore, deleted: Deleted, now: f64) -> Workspace {
        let Deleted { listing, position, workspace } = deleted;
        let id = listing.id.clone();
        self.index.workspaces.insert(position.min(self.index.workspaces.len()), listing);
        self.index.current = id;
        self.revision = 0;
        self.base = Workspace::default();
        self.save_inner(store, &workspace, now, Write::Always).unwrap_or(workspace)
    }
}
