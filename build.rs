//! Derives the message ids from the English catalogue, so `en.ftl` is the one list of the
//! app's messages: each entry `some-key = … { $arg } …` becomes `Id::SomeKey`, carrying the
//! arguments its English words name (in order of first use). The catalogue's syntax is
//! checked when it is parsed (`core::message::catalogue`, tested); this only reads keys and
//! `$names`.

use std::fmt::Write as _;

fn main() {
    let source = "src/core/message/en.ftl";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).expect("en.ftl is readable");
    let mut entries: Vec<(String, Vec<String>, String)> = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            let (key, value) = line.split_once(" = ").unwrap_or_else(|| panic!("en.ftl: no “ = ” in {line:?}"));
            entries.push((key.trim().to_string(), Vec::new(), value.to_string()));
        }
        let (_, args, _) = entries.last_mut().expect("en.ftl starts with an entry");
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            let name: String =
                rest[at + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
            if !args.contains(&name) {
                args.push(name.clone());
            }
            rest = &rest[at + 1 + name.len()..];
        }
    }
    let mut variants = String::new();
    let mut keys = String::new();
    let mut arg_lists = String::new();
    for (key, args, first_line) in &entries {
        let variant: String = key
            .split('-')
            .map(|part| {
                let mut chars = part.chars();
                chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
            })
            .collect();
        let doc = first_line.replace('`', "'");
        writeln!(variants, "    /// `{key}`: {doc}").unwrap();
        writeln!(variants, "    {variant},").unwrap();
        writeln!(keys, "            Id::{variant} => {key:?},").unwrap();
        let list: Vec<String> = args.iter().map(|a| format!("{a:?}")).collect();
        writeln!(arg_lists, "            Id::{variant} => &[{}],", list.join(", ")).unwrap();
    }
    let all: Vec<String> = entries
        .iter()
        .map(|(key, ..)| {
            let v: String = key
                .split('-')
                .map(|p| {
                    let mut c = p.chars();
                    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
                })
                .collect();
            format!("Id::{v}")
        })
        .collect();
    let code = format!(
        "/// A message's identity: one per entry of `en.ftl`.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq)]\n\
         pub enum Id {{\n{variants}}}\n\n\
         impl Id {{\n\
         \x20   /// Every message, in the catalogue's order.\n\
         \x20   pub const ALL: &'static [Id] = &[{}];\n\n\
         \x20   /// Its entry's name in the catalogues.\n\
         \x20   pub fn key(self) -> &'static str {{\n        match self {{\n{keys}        }}\n    }}\n\n\
         \x20   /// The arguments it carries, by name: those its English words name.\n\
         \x20   pub fn args(self) -> &'static [&'static str] {{\n        match self {{\n{arg_lists}        }}\n    }}\n\
         }}\n",
        all.join(", ")
    );
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("ids.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
