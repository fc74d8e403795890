//! Saving and restoring through every failure storage can have: blocked, full, corrupted,
//! written by a newer version. Saved work is never lost and never silently overwritten.

use messaging_ladder::core::ladder::fields::Field;
use messaging_ladder::core::message::english;
use messaging_ladder::core::storage::persist::{
    decode, encode, open, save, DecodeError, KeyValueStore, MemoryStore, StorageState, StoreError,
    STORAGE_KEY,
};
use messaging_ladder::core::workspace::Workspace;

fn edited() -> Workspace {
    let mut ws = Workspace::sample();
    ws.form.set(Field::Spend, "2500".into());
    ws.currency = "EUR".into();
    ws
}

#[test]
fn first_visit_opens_the_sample_and_saves_normally() {
    let mut store = MemoryStore::default();
    let opened = open(&mut store);
    assert_eq!(opened.workspace, Workspace::sample());
    assert_eq!(opened.state, StorageState::Saving);
    assert!(!opened.restored);
    assert_eq!(opened.state.notice(), None);
}

#[test]
fn saved_work_comes_back_after_a_reload() {
    let mut store = MemoryStore::default();
    let state = save(&mut store, &StorageState::Saving, &edited());
    assert_eq!(state, StorageState::Saving);
    let opened = open(&mut store);
    assert_eq!(opened.workspace, edited());
    assert!(opened.restored);
}

#[test]
fn the_stored_format_is_versioned_json() {
    let text = encode(&Workspace::default());
    assert!(text.starts_with(r#"{"version":1,"workspace":{"currency":"USD","form":{"spend":"""#), "{text}");
    assert_eq!(STORAGE_KEY, "messaging-ladder:v1");
}

#[test]
fn blocked_storage_runs_in_memory_with_a_notice() {
    let mut store = MemoryStore {
        fail_get: Some(StoreError::Blocked),
        fail_set: Some(StoreError::Blocked),
        ..Default::default()
    };
    let opened = open(&mut store);
    assert_eq!(opened.state, StorageState::Blocked);
    assert_eq!(opened.workspace, Workspace::sample());
    assert!(english(&opened.state.notice().unwrap()).contains("stays in this tab only"));
    assert_eq!(save(&mut store, &opened.state, &edited()), StorageState::Blocked);
}

#[test]
fn full_storage_keeps_changes_in_the_tab_and_retries() {
    let mut store = MemoryStore::default();
    save(&mut store, &StorageState::Saving, &Workspace::sample());
    store.fail_set = Some(StoreError::Full);
    let state = save(&mut store, &StorageState::Saving, &edited());
    assert_eq!(state, StorageState::Full);
    assert!(!state.is_saved());
    // The last good save is still there.
    assert_eq!(decode(store.entries.get(STORAGE_KEY).unwrap()).unwrap(), Workspace::sample());
    // Space freed: the next change saves again.
    store.fail_set = None;
    assert_eq!(save(&mut store, &state, &edited()), StorageState::Saving);
    assert_eq!(open(&mut store).workspace, edited());
}

#[test]
fn corrupted_data_is_backed_up_before_anything_is_written() {
    let mut store = MemoryStore::default();
    store.entries.insert(STORAGE_KEY.into(), "{not json".into());
    let opened = open(&mut store);
    let StorageState::CorruptKept { backup_key } = &opened.state else {
        panic!("expected a backup, got {:?}", opened.state)
    };
    assert_eq!(backup_key, "messaging-ladder:backup:1");
    assert_eq!(store.entries.get(backup_key).unwrap(), "{not json");
    assert_eq!(opened.workspace, Workspace::sample());
    assert!(english(&opened.state.notice().unwrap()).contains("messaging-ladder:backup:1"));
    // Saving now replaces the unreadable value; the copy stays.
    save(&mut store, &opened.state, &edited());
    assert_eq!(open(&mut store).workspace, edited());
    assert_eq!(store.entries.get("messaging-ladder:backup:1").unwrap(), "{not json");
}

#[test]
fn a_second_corruption_does_not_overwrite_the_first_backup() {
    let mut store = MemoryStore::default();
    store.entries.insert("messaging-ladder:backup:1".into(), "older".into());
    store.entries.insert(STORAGE_KEY.into(), "[1,2,3]".into());
    let opened = open(&mut store);
    assert_eq!(opened.state, StorageState::CorruptKept { backup_key: "messaging-ladder:backup:2".into() });
    assert_eq!(store.entries.get("messaging-ladder:backup:1").unwrap(), "older");
}

#[test]
fn corrupted_data_that_cannot_be_backed_up_is_never_overwritten() {
    let mut store = MemoryStore::default();
    store.entries.insert(STORAGE_KEY.into(), r#"{"version":1,"workspace":{"form":7}}"#.into());
    store.fail_set = Some(StoreError::Full);
    let opened = open(&mut store);
    assert_eq!(opened.state, StorageState::CorruptNotKept);
    store.fail_set = None;
    assert_eq!(save(&mut store, &opened.state, &edited()), StorageState::CorruptNotKept);
    assert_eq!(store.entries.get(STORAGE_KEY).unwrap(), r#"{"version":1,"workspace":{"form":7}}"#);
}

#[test]
fn data_from_a_newer_version_is_left_untouched() {
    let mut store = MemoryStore::default();
    let newer = r#"{"version":7,"workspace":{"whatever":"the future holds"}}"#;
    store.entries.insert(STORAGE_KEY.into(), newer.into());
    let opened = open(&mut store);
    assert_eq!(opened.state, StorageState::Newer { version: 7 });
    assert!(english(&opened.state.notice().unwrap()).contains("newer version"));
    assert_eq!(save(&mut store, &opened.state, &edited()), StorageState::Newer { version: 7 });
    assert_eq!(store.entries.get(STORAGE_KEY).unwrap(), newer);
    assert_eq!(store.entries.len(), 1, "no backup needed, nothing written");
}

#[test]
fn decode_names_what_is_wrong() {
    assert!(matches!(decode("hello"), Err(DecodeError::Corrupt(_))));
    assert_eq!(decode(r#"{"workspace":{}}"#), Err(DecodeError::Corrupt("no format version".into())));
    assert_eq!(
        decode(r#"{"version":0,"workspace":{}}"#),
        Err(DecodeError::Corrupt("unknown format version 0".into()))
    );
    assert_eq!(decode(r#"{"version":2}"#), Err(DecodeError::Newer(2)));
    assert_eq!(decode(r#"{"version":1}"#), Err(DecodeError::Corrupt("no workspace".into())));
    // A current-version workspace is read as it is met; what's wrong in it is still named.
    let Err(DecodeError::Corrupt(why)) = decode(r#"{"version":1,"workspace":{"form":{"spend":7}}}"#) else {
        panic!("a number where text belongs is not a workspace")
    };
    assert!(why.contains("unreadable workspace (invalid type: integer `7`, expected a string"), "{why}");
    // A key twice is ambiguous, so not trusted (the newer-version guard can't be dodged).
    for twice in
        [r#"{"version":1,"workspace":{},"version":9}"#, r#"{"version":1,"workspace":{},"workspace":{}}"#]
    {
        let Err(DecodeError::Corrupt(why)) = decode(twice) else { panic!("{twice} was accepted") };
        assert!(why.contains("duplicate field"), "{why}");
    }
}

#[test]
fn a_workspace_written_before_its_version_or_with_extra_keys_still_opens() {
    let mut saved = edited();
    saved.form.spend = "2,500".into();
    let stored = encode(&saved);
    assert!(stored.starts_with(r#"{"version":1,"workspace":"#), "saves put the version first");
    assert_eq!(decode(&stored), Ok(saved.clone().normalized()));
    // Hand-edited: the workspace first, and a key this version doesn't know.
    let body = stored.strip_prefix(r#"{"version":1,"workspace":"#).and_then(|b| b.strip_suffix('}')).unwrap();
    let reordered = format!(r#"{{"note":["kept?",{{"a":1}}],"workspace":{body},"version":1}}"#);
    assert_eq!(decode(&reordered), Ok(saved.normalized()));
}

#[test]
fn missing_fields_default_and_bad_currency_is_repaired() {
    let ws = decode(r#"{"version":1,"workspace":{"currency":"<b>","form":{"spend":"10"}}}"#).unwrap();
    assert_eq!(ws.currency, "USD");
    assert_eq!(ws.form.spend, "10");
    assert_eq!(ws.form.started, "");
}

#[test]
fn other_write_failures_are_retried() {
    let mut store =
        MemoryStore { fail_set: Some(StoreError::Failed("InvalidStateError".into())), ..Default::default() };
    let state = save(&mut store, &StorageState::Saving, &edited());
    assert_eq!(state, StorageState::Failed("InvalidStateError".into()));
    assert!(english(&state.notice().unwrap()).contains("InvalidStateError"));
    store.fail_set = None;
    assert_eq!(save(&mut store, &state, &edited()), StorageState::Saving);
    assert!(store.get(STORAGE_KEY).unwrap().is_some());
}
