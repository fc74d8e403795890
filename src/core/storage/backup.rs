//! The backup file: every workspace in one JSON document,
//! `{"format":"messaging-ladder-backup","version":1,"workspaces":[{"name","changed","workspace"}]}`,
//! and reading one back as strictly as a share link (size caps, every value checked, names
//! kept as plain text), so a restore adds only what it says it holds.

use serde::{Deserialize, Serialize};

use crate::core::basics::text::clip;
use crate::core::message::{english, Arg, Id, Message};
use crate::core::outbound::share::validate;
use crate::core::storage::library::{changed_text, Library, MAX_NAME};
use crate::core::storage::persist::KeyValueStore;
use crate::core::workspace::Workspace;

pub const FORMAT: &str = "messaging-ladder-backup";
pub const VERSION: u64 = 1;
/// The largest backup read (bytes).
pub const MAX_BYTES: usize = 20_000_000;
/// The most workspaces one backup may hold.
pub const MAX_WORKSPACES: usize = 200;

/// One workspace in a backup.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub name: String,
    /// Last change, in ms since 1970.
    pub changed: f64,
    pub workspace: Workspace,
}

#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    version: u64,
    workspaces: Vec<Saved>,
}

/// The backup file's text.
pub fn write(workspaces: Vec<Saved>) -> String {
    serde_json::to_string_pretty(&File { format: FORMAT.into(), version: VERSION, workspaces })
        .expect("a backup always serializes")
}

/// The file name: "messaging-ladder-backup-2026-12-01.json".
pub fn file_name(now: f64) -> String {
    format!("{FORMAT}-{}.json", crate::core::basics::calendar::iso_date_of_ms(now))
}

/// Reads a backup file, or says what is wrong with it. Nothing is added until the user
/// confirms what [`describe`] says.
pub fn read(text: &str) -> Result<Vec<Saved>, Message> {
    let detail = |e: serde_json::Error| Arg::Text(e.to_string());
    if text.len() > MAX_BYTES {
        return Err(
            Message::of(Id::StoreBackupTooLarge).with("mb", Arg::Count((MAX_BYTES / 1_000_000) as u64))
        );
    }
    let head: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| Message::of(Id::StoreBackupNotJson).with("detail", detail(e)))?;
    if head.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(Message::of(Id::StoreBackupWrongFormat));
    }
    match head.get("version").and_then(|v| v.as_u64()) {
        Some(VERSION) => {}
        Some(v) if v > VERSION => {
            return Err(Message::of(Id::StoreBackupNewer).with("version", Arg::Text(v.to_string())))
        }
        _ => return Err(Message::of(Id::StoreBackupNoVersion)),
    }
    // Read again as text rather than from `head`: one instance of the workspace's serde code.
    let file: File = serde_json::from_str(text)
        .map_err(|e| Message::of(Id::StoreBackupDamaged).with("detail", detail(e)))?;
    if file.workspaces.is_empty() {
        return Err(Message::of(Id::StoreBackupEmpty));
    }
    if file.workspaces.len() > MAX_WORKSPACES {
        return Err(Message::of(Id::StoreBackupTooMany)
            .with("count", Arg::Count(file.workspaces.len() as u64))
            .with("max", Arg::Count(MAX_WORKSPACES as u64)));
    }
    file.workspaces
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let position = Arg::Count(i as u64 + 1);
            validate(&s.workspace).map_err(|problem| {
                Message::of(Id::StoreBackupUnusable)
                    .with("position", position.clone())
                    .with("name", Arg::Text(clip(&s.name, 40)))
                    .with("problem", Arg::Message(Box::new(problem.message())))
            })?;
            let name = clip(s.name.trim(), MAX_NAME);
            Ok(Saved {
                name: if name.is_empty() {
                    english(&Message::of(Id::StoreRestoredName).with("position", position))
                } else {
                    name
                },
                changed: if s.changed.is_finite() { s.changed } else { 0.0 },
                workspace: s.workspace.normalized(),
            })
        })
        .collect()
}

/// What a backup holds, before it is added: "2 workspaces: “Acme” (changed on 2026-11-28),
/// “Bakery” (changed 5 minutes ago)."
pub fn describe(saved: &[Saved], now: f64) -> Message {
    let item = |s: &Saved| {
        Message::of(Id::StoreBackupItem)
            .with("name", Arg::Text(s.name.clone()))
            .with("when", Arg::Message(Box::new(changed_text(now, s.changed))))
    };
    // Joined from the right: "a, b, c" is "a" and then "b, c".
    let mut items = saved.iter().rev().map(item);
    let list = match items.next() {
        Some(last) => Arg::Message(Box::new(items.fold(last, |rest, first| {
            Message::of(Id::StoreList)
                .with("first", Arg::Message(Box::new(first)))
                .with("rest", Arg::Message(Box::new(rest)))
        }))),
        None => Arg::Text(String::new()),
    };
    Message::of(Id::StoreBackupContents).with("count", Arg::Count(saved.len() as u64)).with("list", list)
}

impl Library {
    /// Every workspace as the backup file holds it (the open one as `mine`).
    pub fn backup(&mut self, store: &mut dyn KeyValueStore, mine: &Workspace) -> Vec<Saved> {
        let listings = self.index.workspaces.clone();
        listings
            .into_iter()
            .filter_map(|l| {
                let workspace = self.read(store, &l.id, mine)?;
                Some(Saved { name: l.name, changed: l.changed, workspace })
            })
            .collect()
    }

    /// Adds a backup's workspaces beside the existing ones (a name already used gets a
    /// number), keeping the open one open. Returns how many were added.
    pub fn restore(&mut self, store: &mut dyn KeyValueStore, saved: Vec<Saved>, now: f64) -> usize {
        let (current, base, revision, state) =
            (self.index.current.clone(), self.base.clone(), self.revision, self.state.clone());
        let n = saved.len();
        for (i, s) in saved.into_iter().enumerate() {
            self.add(store, &s.name, s.workspace, now + i as f64);
            let id = self.index.current.clone();
            if let Some(l) = self.index.workspaces.iter_mut().find(|l| l.id == id) {
                l.changed = s.changed;
            }
        }
        (self.index.current, self.base, self.revision, self.state) = (current, base, revision, state);
        self.write_index(store);
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ladder::fields::Field;

    const NOW: f64 = 1_764_583_200_000.0; // 2025-12-01 10:00 UTC

    #[test]
    fn a_backup_round_trips_every_workspace() {
        let mut acme = Workspace::sample();
        acme.form.set(Field::Spend, "900".into());
        let saved = vec![
            Saved { name: "Acme".into(), changed: NOW - 3.0 * 86_400_000.0, workspace: acme },
            Saved { name: "Bakery".into(), changed: NOW - 300_000.0, workspace: Workspace::default() },
        ];
        let text = write(saved.clone());
        assert!(text.starts_with("{\n  \"format\": \"messaging-ladder-backup\",\n  \"version\": 1,"));
        assert_eq!(read(&text).unwrap(), saved);
        assert_eq!(
            english(&describe(&saved, NOW)),
            "2 workspaces: “Acme” (changed on 2025-11-28), “Bakery” (changed 5 minutes ago)."
        );
        assert_eq!(english(&describe(&saved[..1], NOW)), "1 workspace: “Acme” (changed on 2025-11-28).");
        assert_eq!(file_name(NOW), "messaging-ladder-backup-2025-12-01.json");
    }

    #[test]
    fn a_bad_backup_says_what_is_wrong_and_adds_nothing() {
        let read = |text: &str| read(text).map_err(|e| english(&e));
        assert!(read("{oops").unwrap_err().starts_with("This is not a Messaging Ladder backup (not JSON"));
        assert_eq!(
            read(r#"{"format":"other","version":1,"workspaces":[]}"#).unwrap_err(),
            "This is not a Messaging Ladder backup (its “format” is not “messaging-ladder-backup”)."
        );
        assert!(read(r#"{"format":"messaging-ladder-backup","version":7,"workspaces":[]}"#)
            .unwrap_err()
            .contains("newer version"));
        assert_eq!(
            read(r#"{"format":"messaging-ladder-backup","version":1,"workspaces":[]}"#).unwrap_err(),
            "This backup holds no workspace."
        );
        let negative = r#"{"format":"messaging-ladder-backup","version":1,"workspaces":[{"name":"X","changed":0,"workspace":{"segments":[{"name":"s","spend":-5}]}}]}"#;
        assert_eq!(read(negative).unwrap_err(), "Workspace 1 (“X”) can’t be used: a negative amount in “s”.");
        // Names are kept as text, trimmed and clipped; a hostile currency is repaired.
        let markup = format!(
            r#"{{"format":"messaging-ladder-backup","version":1,"workspaces":[{{"name":" <img src=x onerror=alert(1)>{} ","changed":-1,"workspace":{{"currency":"<b>"}}}}]}}"#,
            "x".repeat(100)
        );
        let got = read(&markup).unwrap();
        assert!(
            got[0].name.starts_with("<img src=x onerror=alert(1)>")
                && got[0].name.chars().count() <= MAX_NAME
        );
        assert_eq!(got[0].workspace.currency.as_str(), "USD");
        assert!(read(&" ".repeat(MAX_BYTES + 1)).unwrap_err().contains("larger than 20 MB"));
    }
}
