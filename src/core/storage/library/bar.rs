//! The workspace bar's side of the library: what the bar says after an action, and a shared
//! link opened as a workspace of its own (or in place of the untouched example on a first
//! visit).

use super::{Library, Write};
use crate::core::message::{english, Arg, Id, Message};
use crate::core::storage::persist::KeyValueStore;
use crate::core::workspace::Workspace;

/// What the bar says after an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BarNotice {
    Created,
    Duplicated(String),
    Deleted(String),
    /// Undone: the deleted workspace is back.
    Back(String),
    /// This many workspaces were added from a backup.
    Restored(usize),
    /// A link opened as the workspace of this name.
    OpenedShared(String),
}

impl BarNotice {
    /// Whether the bar offers Undo beside it.
    pub fn offers_undo(&self) -> bool {
        matches!(self, BarNotice::Deleted(_))
    }
}

impl BarNotice {
    /// The notice as a message.
    pub fn message(&self) -> Message {
        let named = |id: Id, name: &str| Message::of(id).with("name", Arg::Text(name.to_string()));
        match self {
            BarNotice::Created => Message::of(Id::BarCreated),
            BarNotice::Duplicated(name) => named(Id::BarDuplicated, name),
            BarNotice::Deleted(name) => named(Id::BarDeleted, name),
            BarNotice::Back(name) => named(Id::BarBack, name),
            BarNotice::Restored(n) => Message::of(Id::BarRestored).with("count", Arg::Count(*n as u64)),
            BarNotice::OpenedShared(name) => named(Id::BarOpenedShared, name),
        }
    }
}

impl std::fmt::Display for BarNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&english(&self.message()))
    }
}

impl Library {
    /// Opens a shared link's workspace, named as the sender named it ("Shared with me" when
    /// unnamed), with this browser's remembered import layouts (a link has none). On a first
    /// visit, where only the untouched example is here, the link takes its place; otherwise
    /// it is added beside the open one, which stays as it was (`mine` should be saved first).
    /// Returns the workspace to show and the bar's notice with the name it got.
    pub fn open_shared(
        &mut self,
        store: &mut dyn KeyValueStore,
        name: &str,
        shared: Workspace,
        mine: &Workspace,
        now: f64,
    ) -> (Workspace, BarNotice) {
        let unnamed = crate::core::message::plain(&Message::of(Id::StoreSharedName));
        let name = if name.trim().is_empty() { unnamed.as_str() } else { name };
        let incoming = Workspace { mappings: mine.mappings.clone(), ..shared };
        let shown = if mine.is_example() && self.index.workspaces.len() == 1 {
            let current = self.index.current.clone();
            self.rename(store, &current, name);
            self.save_inner(store, &incoming, now, Write::Always).unwrap_or(incoming)
        } else {
            self.add(store, name, incoming, now)
        };
        (shown, BarNotice::OpenedShared(self.current().name.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ladder::fields::Field;
    use crate::core::storage::persist::MemoryStore;

    #[test]
    fn a_link_replaces_the_untouched_example_on_a_first_visit_and_is_added_otherwise() {
        let mut store = MemoryStore::default();
        let (mut lib, example) = Library::open(&mut store, 0.0);
        let mut shared = Workspace::default();
        shared.form.set(Field::Spend, "1200".into());
        let (shown, notice) = lib.open_shared(&mut store, "Bright Smiles", shared.clone(), &example, 1.0);
        assert_eq!((lib.index.workspaces.len(), shown.form.get(Field::Spend)), (1, "1200"));
        assert_eq!(notice, BarNotice::OpenedShared("Bright Smiles".into()));
        // Now there is work of one's own: the next link goes beside it, the name kept unique.
        let (shown, notice) = lib.open_shared(&mut store, "Bright Smiles", shared, &shown, 2.0);
        assert_eq!((lib.index.workspaces.len(), shown.form.get(Field::Spend)), (2, "1200"));
        assert_eq!(notice, BarNotice::OpenedShared("Bright Smiles (2)".into()));
        assert!(notice.to_string().starts_with("Opened “Bright Smiles (2)” from a link"));
        let (_, unnamed) = lib.open_shared(&mut store, "  ", Workspace::default(), &shown, 3.0);
        assert_eq!(unnamed, BarNotice::OpenedShared("Shared with me".into()));
    }

    #[test]
    fn the_bar_says_what_it_did_with_whole_counts() {
        assert_eq!(
            BarNotice::Restored(1).to_string(),
            "Added 1 workspace from the backup. Pick one above to open it."
        );
        assert_eq!(
            BarNotice::Restored(3).to_string(),
            "Added 3 workspaces from the backup. Pick one above to open it."
        );
        assert!(
            BarNotice::Deleted("Acme".into()).offers_undo() && !BarNotice::Back("Acme".into()).offers_undo()
        );
    }
}
