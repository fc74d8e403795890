//! The structure ARCHITECTURE.md promises, checked from the source: the core imports no web
//! crate, no source file is over 400 lines, and the core's modules import each other without
//! a cycle (a child using its parent's items is Rust's normal nesting, not a cycle).

use std::collections::{BTreeMap, BTreeSet};
mod common;

use common::{root, rust_files};
use std::path::Path;

/// `src/core/import/stream.rs` → `core::import::stream`; a `mod.rs` is its folder.
fn module_of(file: &Path) -> String {
    let relative = file.strip_prefix(root().join("src")).unwrap().with_extension("");
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts.join("::")
}

/// The `use` paths of a file, joined across lines: `super::analyze::{…}`, `crate::core::x`.
fn use_paths(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut statement = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with("#[cfg(test)]") {
            break; // test modules may reach anywhere
        }
        if statement.is_empty() {
            let Some(rest) = line.strip_prefix("pub use ").or_else(|| line.strip_prefix("use ")) else {
                continue;
            };
            statement.push_str(rest);
        } else {
            statement.push_str(line);
        }
        if statement.ends_with(';') {
            out.push(statement.trim_end_matches(';').to_string());
            statement.clear();
        }
    }
    out
}

/// The core module a `use` path reaches from `module`, when it is another core module (not
/// the module itself or one of its ancestors).
fn target(module: &str, path: &str, modules: &BTreeSet<String>, is_mod_rs: bool) -> Option<String> {
    let mut base: Vec<&str> = module.split("::").collect();
    let mut segments: Vec<&str> = path.split("::").collect();
    match segments.first().copied() {
        Some("crate") => {
            base.clear();
            segments.remove(0);
        }
        Some("super") => {
            while segments.first() == Some(&"super") {
                segments.remove(0);
                base.pop();
            }
        }
        Some("self") => {
            segments.remove(0);
        }
        // A path from a child module of a `mod.rs` (`use impact::levers`) or an outside crate.
        Some(first) if is_mod_rs && modules.contains(&format!("{module}::{first}")) => {}
        _ => return None,
    }
    let mut best = None;
    let mut current = base.join("::");
    for segment in segments {
        let name = segment.trim_start_matches('{');
        if name.is_empty() || name.contains(['{', '}', ',', ' ']) {
            break;
        }
        current = if current.is_empty() { name.to_string() } else { format!("{current}::{name}") };
        if modules.contains(&current) {
            best = Some(current.clone());
        } else {
            break;
        }
    }
    let best = best?;
    let is_ancestor_or_self = module == best || module.starts_with(&format!("{best}::"));
    (!is_ancestor_or_self && best.starts_with("core")).then_some(best)
}

#[test]
fn the_core_imports_no_web_crate() {
    let mut files = Vec::new();
    rust_files(&root().join("src/core"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for web in ["leptos", "web_sys", "js_sys", "wasm_bindgen"] {
            assert!(!text.contains(&format!("{web}::")), "{} uses {web}", file.display());
        }
    }
}

#[test]
fn no_source_file_is_over_400_lines() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f).unwrap().lines().count();
            (lines > 400).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these: {long:?}");
}

#[test]
fn the_core_modules_import_each_other_without_a_cycle() {
    let mut files = Vec::new();
    rust_files(&root().join("src/core"), &mut files);
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(f)).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let module = module_of(file);
        let is_mod_rs = file.file_name().is_some_and(|n| n == "mod.rs");
        let text = std::fs::read_to_string(file).unwrap();
        for path in use_paths(&text) {
            if let Some(to) = target(&module, &path, &modules, is_mod_rs) {
                edges.entry(module.clone()).or_default().insert(to);
            }
        }
    }
    // The checker itself: the import module's files do reach each other.
    assert!(edges.get("core::import::stream").is_some_and(|e| e.contains("core::import::fold")));
    // Depth-first search for a path back to where it started.
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for module in &modules {
        let cycle = visit(module, &edges, &mut Vec::new(), &mut done);
        assert_eq!(cycle, None, "an import cycle");
    }
}

/// One path for every change: the page changes the workspace only through the core's
/// `Workspace::update` (or `Workspace::update_scenarios`, the part of it the scenarios'
/// own signal takes), called in `web/state.rs` and for whole replacements in `web/page.rs`
/// and `web/workspaces.rs`. No panel runs a scenario or workspace rule of its own.
#[test]
fn the_page_changes_the_workspace_only_through_the_core_update() {
    let mut files = Vec::new();
    rust_files(&root().join("src/web"), &mut files);
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        for (i, line) in text.lines().enumerate() {
            let direct = line.contains("scenario::update(") || line.contains("update_scenarios(");
            let whole = line.contains(".update(event)") || line.contains(".update(Event::");
            let allowed = name.ends_with("web/state.rs")
                || (whole && (name.ends_with("web/page.rs") || name.ends_with("web/workspaces.rs")));
            if (direct || whole) && !allowed {
                found.push(format!("{name}:{}: {}", i + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "send events through WorkspaceSignals::send or state::send instead: {found:#?}"
    );
}
