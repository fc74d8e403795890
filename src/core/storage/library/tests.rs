use super::*;
use crate::core::ladder::fields::Field;
use crate::core::message::english;
use crate::core::storage::persist::{decode_revision, encode, MemoryStore, StoreError};

const T0: f64 = 1_764_583_200_000.0; // 2025-12-01 10:00 UTC

fn edited(w: &Workspace, field: Field, text: &str) -> Workspace {
    let mut w = w.clone();
    w.form.set(field, text.to_string());
    w
}

fn stored(store: &MemoryStore, id: &str) -> (Workspace, u64) {
    decode_revision(&store.entries[&workspace_key(id)]).unwrap()
}

#[test]
fn a_first_visit_opens_the_sample_and_names_it_on_the_first_save() {
    let mut store = MemoryStore::default();
    let (mut lib, shown) = Library::open(&mut store, T0);
    assert_eq!(shown, Workspace::sample());
    assert!(store.entries.is_empty(), "opening writes nothing");
    lib.save(&mut store, &edited(&shown, Field::Spend, "2000"), T0 + 1.0);
    assert_eq!(lib.current().name, "My workspace");
    let (saved, revision) = stored(&store, "w1");
    assert_eq!((saved.form.get(Field::Spend), revision), ("2000", 1));
    let (again, shown) = Library::open(&mut store, T0 + 2.0);
    assert_eq!((shown.form.get(Field::Spend), again.revision), ("2000", 1));
}

#[test]
fn the_single_save_of_earlier_versions_becomes_the_first_workspace_and_stays_where_it_was() {
    let old = edited(&Workspace::sample(), Field::Customers, "21");
    let mut store = MemoryStore::default();
    store.entries.insert(STORAGE_KEY.into(), encode(&old));
    let (lib, shown) = Library::open(&mut store, T0);
    assert_eq!(shown, old);
    assert_eq!(lib.index.workspaces.len(), 1);
    assert_eq!(stored(&store, &lib.index.current).0, old);
    assert_eq!(store.entries[STORAGE_KEY], encode(&old), "left untouched for an older version");
    let (_, reopened) = Library::open(&mut store, T0 + 1.0);
    assert_eq!(reopened, old);
}

/// The sample saved once (revision 1), then open in two tabs, A and B.
fn two_tabs(store: &mut MemoryStore) -> (Library, Workspace, Library, Workspace) {
    let (mut first, _) = Library::open(store, T0);
    first.save(store, &Workspace::sample(), T0);
    let (a, ws_a) = Library::open(store, T0);
    let (b, ws_b) = Library::open(store, T0);
    (a, ws_a, b, ws_b)
}

#[test]
fn two_tabs_editing_different_fields_both_keep_their_edits() {
    let mut store = MemoryStore::default();
    let (mut a, ws_a, mut b, ws_b) = two_tabs(&mut store);
    // A saves a new spend; B, editing replies before it heard of that, saves after it.
    let mine_a = edited(&ws_a, Field::Spend, "2000");
    assert_eq!(a.save(&mut store, &mine_a, T0 + 1.0), None);
    let mine_b = edited(&ws_b, Field::Replies, "400");
    let merged = b.save(&mut store, &mine_b, T0 + 2.0).expect("B adopts the merge");
    assert_eq!((merged.form.get(Field::Spend), merged.form.get(Field::Replies)), ("2000", "400"));
    let (saved, revision) = stored(&store, "w1");
    assert_eq!((saved, revision), (merged.clone(), 3), "never older values over a newer revision");
    // A hears of B's save and shows both edits.
    let shown = a.external_change(&mut store, &mine_a).expect("a newer save");
    assert_eq!(shown, merged);
    assert_eq!(a.external_change(&mut store, &shown), None, "nothing newer");
    // A's unsaved edit survives B's next save arriving.
    let typing = edited(&shown, Field::Customers, "15");
    b.save(&mut store, &edited(&merged, Field::Started, "650"), T0 + 3.0);
    let shown = a.external_change(&mut store, &typing).unwrap();
    assert_eq!((shown.form.get(Field::Customers), shown.form.get(Field::Started)), ("15", "650"));
}

#[test]
fn workspaces_are_created_renamed_duplicated_switched_and_deleted_with_undo() {
    let mut store = MemoryStore::default();
    let (mut lib, sample) = Library::open(&mut store, T0);
    lib.save(&mut store, &sample, T0);
    let acme = lib.add(&mut store, "  Acme dental ", Workspace::default(), T0 + 60_000.0);
    assert_eq!(lib.current().name, "Acme dental");
    let acme = edited(&acme, Field::Spend, "900");
    lib.save(&mut store, &acme, T0 + 120_000.0);
    assert!(lib.rename(&mut store, &lib.index.current.clone(), "Acme Dental Clinic"));
    assert!(!lib.rename(&mut store, "w1", "   "), "a blank name is refused");
    let acme_id = lib.index.current.clone();
    let copy = lib.read(&mut store, &acme_id, &acme).unwrap();
    let copy = lib.add(&mut store, "Acme Dental Clinic", copy, T0 + 180_000.0);
    assert_eq!(lib.current().name, "Acme Dental Clinic (2)");
    assert_eq!(copy.form.get(Field::Spend), "900");
    let names: Vec<&str> = lib.index.workspaces.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["My workspace", "Acme Dental Clinic", "Acme Dental Clinic (2)"]);
    // Switching reads what was saved; another tab's index sees every name.
    let first = lib.switch(&mut store, "w1").unwrap();
    assert_eq!(first, sample);
    // The picker: the open one by its name, the others with when they last changed (sample
    // saved at T0, Acme at 2 min, its copy at 3 min; read at 63 min).
    let labels: Vec<String> =
        lib.choices(T0 + 63.0 * 60_000.0).into_iter().map(|c| english(&c.label)).collect();
    assert_eq!(
        labels,
        [
            "My workspace",
            "Acme Dental Clinic · changed 1 hour ago",
            "Acme Dental Clinic (2) · changed 1 hour ago"
        ]
    );
    let (other_tab, _) = Library::open(&mut store, T0);
    assert_eq!(other_tab.index.workspaces.len(), 3);
    assert_eq!(other_tab.current().id, "w1", "the last one opened");
    // Deleting the open one opens the first that is left; undo brings it back, saved.
    lib.switch(&mut store, &acme_id).unwrap();
    let (deleted, shown) = lib.delete(&mut store, &acme_id, &acme, T0).unwrap();
    assert_eq!((shown, lib.index.workspaces.len()), (sample.clone(), 2));
    assert!(!store.entries.contains_key(&workspace_key(&acme_id)));
    let back = lib.undelete(&mut store, deleted, T0);
    assert_eq!((back.form.get(Field::Spend), lib.index.workspaces[1].id.as_str()), ("900", acme_id.as_str()));
    assert_eq!(stored(&store, &acme_id).0, acme);
    // Deleting every one leaves a blank "My workspace", never none.
    for id in lib.index.workspaces.iter().map(|l| l.id.clone()).collect::<Vec<_>>() {
        let mine = lib.read(&mut store, &lib.index.current.clone(), &Workspace::default()).unwrap();
        lib.delete(&mut store, &id, &mine, T0).unwrap();
    }
    assert_eq!(lib.index.workspaces.len(), 1);
    assert_eq!(lib.current().name, "My workspace");
}

#[test]
fn with_storage_blocked_every_workspace_lives_in_memory() {
    let mut store = MemoryStore {
        fail_get: Some(StoreError::Blocked),
        fail_set: Some(StoreError::Blocked),
        ..Default::default()
    };
    let (mut lib, sample) = Library::open(&mut store, T0);
    assert_eq!(lib.state, StorageState::Blocked);
    assert!(!lib.is_saved());
    lib.save(&mut store, &edited(&sample, Field::Spend, "1"), T0);
    let client = lib.add(&mut store, "Client", Workspace::default(), T0);
    assert_eq!(client, Workspace::default());
    assert_eq!(lib.switch(&mut store, "w1").unwrap().form.get(Field::Spend), "1", "kept in memory");
    assert!(store.entries.is_empty());
}

#[test]
fn when_a_change_was_made_is_said_plainly() {
    let changed_text = |now: f64, changed: f64| english(&changed_text(now, changed));
    assert_eq!(changed_text(T0 + 30_000.0, T0), "just now");
    assert_eq!(changed_text(T0 + 5.0 * 60_000.0, T0), "5 minutes ago");
    assert_eq!(changed_text(T0 + 60_000.0, T0), "1 minute ago");
    assert_eq!(changed_text(T0 + 3.5 * 3_600_000.0, T0), "3 hours ago");
    assert_eq!(changed_text(T0 + 1.5 * 3_600_000.0, T0), "1 hour ago");
    assert_eq!(changed_text(T0 + 3.0 * 86_400_000.0, T0), "on 2025-12-01");
}

#[test]
fn a_backup_restores_beside_what_is_there_in_a_fresh_browser() {
    let mut store = MemoryStore::default();
    let (mut lib, sample) = Library::open(&mut store, T0);
    lib.save(&mut store, &sample, T0);
    let acme = lib.add(&mut store, "Acme", edited(&Workspace::default(), Field::Spend, "900"), T0 + 1.0);
    let file = crate::core::storage::backup::write(lib.backup(&mut store, &acme));
    let mut fresh = MemoryStore::default();
    let (mut other, shown) = Library::open(&mut fresh, T0);
    other.save(&mut fresh, &shown, T0);
    let saved = crate::core::storage::backup::read(&file).unwrap();
    assert_eq!(other.restore(&mut fresh, saved, T0 + 2.0), 2);
    let names: Vec<&str> = other.index.workspaces.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["My workspace", "My workspace (2)", "Acme"], "added beside, never over");
    assert_eq!(other.current().id, "w1", "the open one stays open");
    let acme_id = other.index.workspaces[2].id.clone();
    assert_eq!(other.switch(&mut fresh, &acme_id).unwrap().form.get(Field::Spend), "900");
}

#[test]
fn tabs_taking_up_each_others_saves_come_to_rest() {
    let mut store = MemoryStore::default();
    let (mut a, ws) = Library::open(&mut store, T0);
    a.save(&mut store, &edited(&ws, Field::Spend, "1"), T0);
    let (mut b, ws_b) = Library::open(&mut store, T0);
    let before = store.entries.clone();
    assert_eq!(b.save(&mut store, &ws_b, T0), None);
    assert_eq!(store.entries, before, "an unchanged workspace is not written again");
    assert_eq!(a.external_change(&mut store, &edited(&ws, Field::Spend, "1")), None);
}

#[test]
fn a_workspace_never_changed_is_the_sample_in_a_backup() {
    let mut store = MemoryStore::default();
    let (mut lib, _) = Library::open(&mut store, T0);
    let client = lib.add(&mut store, "Client", Workspace::default(), T0);
    let names: Vec<(String, bool)> = lib
        .backup(&mut store, &client)
        .into_iter()
        .map(|s| (s.name, s.workspace == Workspace::sample()))
        .collect();
    assert_eq!(names, [("My workspace".to_string(), true), ("Client".to_string(), false)]);
}

#[test]
fn every_key_written_is_the_apps_own() {
    use crate::core::storage::persist::{is_own_key, BACKUP_PREFIX};
    for key in [STORAGE_KEY, BACKUP_PREFIX, INDEX_KEY, &workspace_key("w1")] {
        assert!(is_own_key(key), "{key}");
    }
    assert!(!is_own_key("other-app:settings"));
}

#[test]
fn two_tabs_saving_at_the_same_instant_both_keep_their_edits() {
    // Storage has no compare-and-swap across tabs: A and B both read revision 1 and both write
    // revision 2, B's over A's (B wrote into storage as it was before A's write).
    let mut store = MemoryStore::default();
    let (mut a, ws_a, mut b, ws_b) = two_tabs(&mut store);
    let id = a.index.current.clone();
    let mut as_b_saw_it = store.clone();
    let mine_a = edited(&ws_a, Field::Spend, "2000");
    a.save(&mut store, &mine_a, T0 + 1.0);
    let mine_b = edited(&ws_b, Field::Replies, "400");
    b.save(&mut as_b_saw_it, &mine_b, T0 + 1.0);
    let key = workspace_key(&id);
    store.entries.insert(key.clone(), as_b_saw_it.entries[&key].clone());
    assert_eq!(stored(&store, &id), (mine_b.clone(), 2), "A's spend is gone from storage");
    // A hears of B's write: its own revision, other content. A's saved spend is laid over it.
    let shown = a.external_change(&mut store, &mine_a).expect("B's replies taken up");
    assert_eq!((shown.form.get(Field::Spend), shown.form.get(Field::Replies)), ("2000", "400"));
    // A's next save writes both as revision 3, and B takes that up.
    assert_eq!(a.save(&mut store, &shown, T0 + 2.0), None);
    assert_eq!(stored(&store, &id), (shown.clone(), 3));
    assert_eq!(b.external_change(&mut store, &mine_b), Some(shown.clone()));
    // Hearing of its own revision again changes nothing.
    assert_eq!(a.external_change(&mut store, &shown), None);
}
