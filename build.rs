//! Derives the message ids from the English catalogue, so its files (`src/core/message/en/`,
//! one per part of the page) are the one list of the app's messages: each entry
//! `some-key = … { $arg } …` becomes `Id::SomeKey`, carrying the arguments its English words
//! name (in order of first use), and `ENGLISH` lists the files built in. The catalogue's
//! syntax is checked when it is parsed (`core::message::catalogue`, tested); this only reads
//! keys and `$names`, and refuses a key given twice.

use std::fmt::Write as _;

/// One entry: its key, the arguments it names, the first line of its words.
struct Entry {
    key: String,
    args: Vec<String>,
    words: String,
}

const FOLDER: &str = "src/core/message/en";

fn main() {
    println!("cargo::rerun-if-changed={FOLDER}");
    let mut files: Vec<String> = std::fs::read_dir(FOLDER)
        .expect("the English catalogue's folder is readable")
        .map(|e| e.expect("a readable entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ftl"))
        .collect();
    files.sort();
    let mut entries = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(format!("{FOLDER}/{file}")).expect("a readable .ftl file");
        read_entries(file, &text, &mut entries);
    }
    let mut seen = std::collections::BTreeSet::new();
    for entry in &entries {
        assert!(seen.insert(&entry.key), "the English catalogue has “{}” twice", entry.key);
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // The files built in go without their comments (notes for translators, about a third of
    // the bytes): the page doesn't read them.
    std::fs::create_dir_all(out.join("en")).expect("OUT_DIR is writable");
    for file in &files {
        let text = std::fs::read_to_string(format!("{FOLDER}/{file}")).expect("a readable .ftl file");
        let bare: Vec<&str> =
            text.lines().filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty()).collect();
        std::fs::write(out.join("en").join(file), bare.join("\n") + "\n").expect("OUT_DIR is writable");
    }
    std::fs::write(out.join("ids.rs"), code(&entries, &files)).expect("OUT_DIR is writable");
}

/// Adds the entries of one catalogue file.
fn read_entries(file: &str, text: &str, entries: &mut Vec<Entry>) {
    let mut started = false;
    for line in text.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            let (key, words) =
                line.split_once(" = ").unwrap_or_else(|| panic!("{file}: no “ = ” in {line:?}"));
            entries.push(Entry { key: key.trim().to_string(), args: Vec::new(), words: words.to_string() });
            started = true;
        }
        assert!(started, "{file} starts with an indented line");
        let args = &mut entries.last_mut().expect("an entry").args;
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            let name: String = rest[at + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            rest = &rest[at + 1 + name.len()..];
            if !args.contains(&name) {
                args.push(name);
            }
        }
    }
}

/// `some-key` → `SomeKey`.
fn variant(key: &str) -> String {
    key.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

/// The generated `Id`, its keys and arguments, and the built-in English files (their copies
/// without comments).
fn code(entries: &[Entry], files: &[String]) -> String {
    let mut out = String::new();
    out += "/// A message's identity: one per entry of the English catalogue.\n";
    out += "#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum Id {\n";
    for e in entries {
        writeln!(out, "    /// `{}`: {}\n    {},", e.key, e.words.replace('`', "'"), variant(&e.key))
            .unwrap();
    }
    out += "}\n\nimpl Id {\n    /// Every message, in the catalogue's order.\n    pub const ALL: &'static [Id] = &[\n";
    for e in entries {
        writeln!(out, "        Id::{},", variant(&e.key)).unwrap();
    }
    out += "    ];\n\n    /// Its entry's name in the catalogues.\n    pub fn key(self) -> &'static str {\n        match self {\n";
    for e in entries {
        writeln!(out, "            Id::{} => {:?},", variant(&e.key), e.key).unwrap();
    }
    out += "        }\n    }\n\n    /// The arguments it carries, by name: those its English words name.\n";
    out += "    pub fn args(self) -> &'static [&'static str] {\n        match self {\n";
    for e in entries {
        let names: Vec<String> = e.args.iter().map(|a| format!("{a:?}")).collect();
        writeln!(out, "            Id::{} => &[{}],", variant(&e.key), names.join(", ")).unwrap();
    }
    out += "        }\n    }\n}\n\n/// The English catalogue's files, built in: name and text.\npub const ENGLISH: &[(&str, &str)] = &[\n";
    for f in files {
        writeln!(out, "    ({f:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/en/{f}\"))),").unwrap();
    }
    out + "];\n"
}
