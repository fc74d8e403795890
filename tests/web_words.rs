//! Words a user reads belong to the core (every word a message, issue 24): a string literal
//! with words in it in `src/web` — a label, a sentence, an aria-label, the "—" for a missing
//! value — fails the test, outside CSS classes, ids, attribute names and other code strings;
//! the failure lists each literal with its file.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
mod common;

use common::{root, rust_files};

/// Attributes whose values a user reads (or hears).
const READ_ATTRIBUTES: [&str; 6] =
    ["aria-label", "title", "placeholder", "alt", "data-label", "aria-description"];

/// The string literals of a line, with the text before each (to see which attribute it is).
fn literals(line: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let bytes: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == '/' && bytes.get(i + 1) == Some(&'/') {
            break; // a comment
        }
        if bytes[i] == '\'' && bytes.get(i + 2) == Some(&'\'') {
            i += 3; // a char literal such as '"'
            continue;
        }
        if bytes[i] == '"' && (i == 0 || bytes[i - 1] != 'r' && bytes[i - 1] != '#') {
            let before: String = bytes[..i].iter().collect();
            let mut text = String::new();
            i += 1;
            while i < bytes.len() && bytes[i] != '"' {
                if bytes[i] == '\\' {
                    i += 1;
                }
                if let Some(c) = bytes.get(i) {
                    text.push(*c);
                }
                i += 1;
            }
            out.push((before, text));
        }
        i += 1;
    }
    out
}

/// Whether a literal is words a user reads.
fn is_words(before: &str, text: &str) -> bool {
    let attribute = before.trim_end().strip_suffix('=').map(|b| {
        let name: String =
            b.chars().rev().take_while(|c| c.is_alphanumeric() || *c == '-' || *c == ':').collect();
        name.chars().rev().collect::<String>()
    });
    if let Some(name) = attribute.filter(|n| !n.is_empty()) {
        return READ_ATTRIBUTES.contains(&name.as_str()) && text.chars().any(char::is_alphabetic);
    }
    if text == "—" {
        return true;
    }
    // Placeholders ("{hint_id} {message_id}", "0 0 {WIDTH} {HEIGHT}") are not words.
    let mut bare = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    let text = bare.as_str();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 {
        return false;
    }
    // One CamelCase token is an identifier ("QuotaExceededError"), not a word.
    let camel = !text.contains(' ')
        && text.chars().zip(text.chars().skip(1)).any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    if camel {
        return false;
    }
    let capital_word = text.split(|c: char| !c.is_alphabetic()).any(|w| {
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
    });
    let sentence_end = text.trim_end().ends_with(['.', ':', '?', '!', '…']);
    let spaced_words =
        text.split(' ').filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).count() >= 2;
    let code_like =
        text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_ .:#/;=()[]*,%>".contains(c));
    (spaced_words || sentence_end || capital_word) && (!code_like || sentence_end)
}

/// Per file (relative to the crate), the literals with words in them.
fn words_in_web() -> BTreeMap<String, Vec<String>> {
    let mut files = Vec::new();
    rust_files(&root().join("src/web"), &mut files);
    let mut out = BTreeMap::new();
    for file in files {
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        let text = std::fs::read_to_string(&file).unwrap();
        let mut found = Vec::new();
        for line in text.lines() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") || trimmed.starts_with("#[") {
                continue;
            }
            found.extend(literals(line).into_iter().filter(|(b, t)| is_words(b, t)).map(|(_, t)| t));
        }
        if !found.is_empty() {
            out.insert(name, found);
        }
    }
    out
}

#[test]
fn the_shell_writes_no_words_of_its_own() {
    let found: Vec<String> = words_in_web()
        .into_iter()
        .map(|(file, words)| format!("{file}: {} literals with words: {words:?}", words.len()))
        .collect();
    assert!(found.is_empty(), "put these words in the core's messages (en/*.ftl):\n{}", found.join("\n"));
}

#[test]
fn the_check_tells_words_from_code() {
    let words = |line: &str| -> Vec<String> {
        literals(line).into_iter().filter(|(b, t)| is_words(b, t)).map(|(_, t)| t).collect()
    };
    assert_eq!(words(r#"<label for="source">"Showing"</label>"#), ["Showing"]);
    assert_eq!(
        words(r#"<div class="table-scroll" role="region" aria-label="Metrics table">"#),
        ["Metrics table"]
    );
    assert_eq!(words(r#"<table class="data comparison columns-1" id="comparison">"#), Vec::<String>::new());
    assert_eq!(words(r#"download(&name, "text/csv;charset=utf-8", &csv);"#), Vec::<String>::new());
    assert_eq!(words(r#"format!("Comparing {earlier} with {now}.")"#), ["Comparing {earlier} with {now}."]);
    assert_eq!(words(r#".unwrap_or_else(|| "—".into())"#), ["—"]);
    assert_eq!(words(r#"let _ = root.set_attribute("data-theme", t); // "A comment""#), Vec::<String>::new());
    assert_eq!(words(r#"<p>"of"</p> <span>"be?"</span>"#), ["be?"]);
    assert_eq!(
        words(
            r#"aria-describedby=format!("{hint_id} {message_id}") viewBox=format!("0 0 {WIDTH} {HEIGHT}")"#
        ),
        Vec::<String>::new()
    );
    assert_eq!(words(r#"Some("QuotaExceededError") => StoreError::Full,"#), Vec::<String>::new());
}
