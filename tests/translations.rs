//! Every language's catalogue has every message of the English one, with the same arguments
//! and only its language's plural categories (issue 25): a new English message without its
//! translations fails here, with the list of what is missing where.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use messaging_ladder::core::basics::language::Language;
use messaging_ladder::core::message::catalogue::{Catalogue, Key, Part};

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The argument names a pattern uses, and the plural categories its selects name.
fn walk(parts: &[Part], args: &mut BTreeSet<String>, categories: &mut Vec<String>) {
    for part in parts {
        match part {
            Part::Text(_) => {}
            Part::Arg(name) => {
                args.insert(name.clone());
            }
            Part::Select { arg, variants, .. } => {
                args.insert(arg.clone());
                for (key, words) in variants {
                    if let Key::Category(c) = key {
                        categories.push(format!("{c:?}"));
                    }
                    walk(words, args, categories);
                }
            }
        }
    }
}

/// A language's files by name, each parsed.
fn files_of(language: Language) -> BTreeMap<String, Result<Catalogue, String>> {
    let folder = root().join("src/core/message").join(language.tag());
    let Ok(entries) = std::fs::read_dir(&folder) else { return BTreeMap::new() };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap();
            let parsed = Catalogue::parse(&text).map_err(|e| format!("line {}: {}", e.line, e.message));
            (name, parsed)
        })
        .collect()
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = files_of(Language::English);
    assert!(english.len() > 5, "the English catalogue's files are found");
    let mut problems = Vec::new();
    for language in Language::ALL.into_iter().filter(|l| *l != Language::English) {
        let tag = language.tag();
        let theirs = files_of(language);
        for extra in theirs.keys().filter(|f| !english.contains_key(*f)) {
            problems.push(format!("{tag}/{extra}: no such English file"));
        }
        for (file, source) in &english {
            let source = source.as_ref().expect("the English catalogue parses");
            let Some(translated) = theirs.get(file) else {
                problems.push(format!("{tag}/{file}: missing ({} messages)", source.entries.len()));
                continue;
            };
            let translated = match translated {
                Ok(c) => c,
                Err(e) => {
                    problems.push(format!("{tag}/{file}: {e}"));
                    continue;
                }
            };
            let allowed: Vec<String> =
                language.plural_categories().iter().map(|c| format!("{c:?}")).collect();
            for (key, parts) in &source.entries {
                let Some(their_parts) = translated.entries.get(key) else {
                    problems.push(format!("{tag}/{file}: no “{key}”"));
                    continue;
                };
                let (mut want, mut have) = (BTreeSet::new(), BTreeSet::new());
                let mut categories = Vec::new();
                walk(parts, &mut want, &mut Vec::new());
                walk(their_parts, &mut have, &mut categories);
                if want != have {
                    problems.push(format!("{tag}/{file}: “{key}” uses {have:?}, English {want:?}"));
                }
                for c in categories.iter().filter(|c| !allowed.contains(c)) {
                    problems
                        .push(format!("{tag}/{file}: “{key}” has a [{c}] variant, not a category of {tag}"));
                }
            }
            for key in translated.entries.keys().filter(|k| !source.entries.contains_key(*k)) {
                problems.push(format!("{tag}/{file}: “{key}” is not an English message"));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems in the translations:\n{}", problems.len(), problems.join("\n"));
}
