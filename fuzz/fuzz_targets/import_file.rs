//! A file's bytes through the import, as the worker reads them: in chunks of any sizes, with
//! or without the user's corrections. Checks: any chunking gives the preview (or error) of
//! the whole file at once; no more rows are counted than the file has lines; no status
//! counts more rows than were read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use messaging_ladder::core::import::analyze::Overrides;
use messaging_ladder::core::import::columns::Role;
use messaging_ladder::core::import::read::{analyze_bytes, Attempts};
use messaging_ladder::core::basics::number::DecimalSep;
use std::collections::BTreeMap;

/// The first bytes choose the corrections and chunk sizes; the rest is the file.
fn split(data: &[u8]) -> Option<(Overrides, DecimalSep, Vec<usize>, &[u8])> {
    let (&head, rest) = data.split_first()?;
    let (&sizes, rest) = rest.split_first()?;
    let mut overrides = Overrides::default();
    if head & 1 == 1 {
        overrides
            .roles
            .insert(usize::from(head >> 4) % 8, Role::ALL[usize::from(head >> 1) % Role::ALL.len()]);
    }
    if head & 2 == 2 {
        overrides.decimals.insert(usize::from(head >> 5), DecimalSep::Comma);
    }
    let fallback = if head & 4 == 4 { DecimalSep::Comma } else { DecimalSep::Dot };
    let chunks = vec![1 + usize::from(sizes & 7), 1 + usize::from(sizes >> 3) * 37, 8192];
    Some((overrides, fallback, chunks, rest))
}

/// The bytes fed in chunks of the given sizes, in turn, with the worker's retry.
fn streamed(
    bytes: &[u8],
    overrides: &Overrides,
    fallback: DecimalSep,
    sizes: &[usize],
) -> Result<String, String> {
    let remembered = BTreeMap::new();
    let mut attempts = Attempts::new("fuzz.csv", overrides, &remembered, fallback);
    loop {
        let mut analyzer = attempts.analyzer();
        let mut fed = 0;
        let mut pushed = Ok(());
        for size in sizes.iter().cycle() {
            if fed >= bytes.len() || pushed.is_err() {
                break;
            }
            let end = (fed + size).min(bytes.len());
            pushed = analyzer.push(&bytes[fed..end]);
            fed = end;
        }
        match pushed.and_then(|()| analyzer.finish()) {
            Ok(preview) => return Ok(format!("{preview:?}")),
            Err(stop) => attempts.retry(stop).map_err(|e| e.to_string())?,
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((overrides, fallback, sizes, bytes)) = split(data) else { return };
    let whole = analyze_bytes("fuzz.csv", bytes, &overrides, fallback);
    let shown = whole.as_ref().map(|p| format!("{p:?}")).map_err(|e| e.to_string());
    assert_eq!(streamed(bytes, &overrides, fallback, &sizes), shown, "chunks of {sizes:?}");
    if let Ok(preview) = whole {
        let lines = bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count() + 1;
        assert!(preview.rows <= lines, "{} rows from {lines} lines", preview.rows);
        for status in &preview.statuses {
            assert!(status.rows <= preview.rows, "a status of {} rows in {}", status.rows, preview.rows);
        }
    }
});
