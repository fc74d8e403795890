//! Pasted cells through the import. Checks: no more rows than lines; the same text read
//! twice gives the same preview; its notes and description can be said; the totals equal a
//! re-computation that groups every row into one segment (the name column ignored), unless a
//! totals row was left out by name.
#![no_main]

use libfuzzer_sys::fuzz_target;
use messaging_ladder::core::import::analyze::{Overrides, Preview};
use messaging_ladder::core::import::columns::Role;
use messaging_ladder::core::import::notes::Note;
use messaging_ladder::core::import::read::analyze;
use messaging_ladder::core::basics::number::DecimalSep;
use messaging_ladder::core::comparison::segment::total;
use messaging_ladder::core::message::english;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(preview) = analyze("Pasted cells", text, &Overrides::default(), DecimalSep::Dot) else { return };
    let lines = text.matches(['\n', '\r']).count() + 1;
    assert!(preview.rows <= lines, "{} rows from {lines} lines", preview.rows);
    assert_eq!(analyze("Pasted cells", text, &Overrides::default(), DecimalSep::Dot), Ok(preview.clone()));
    // The notes' and the description's words are built on the page: they must not panic either.
    for note in &preview.notes {
        let _ = english(&note.message());
    }
    let _ = english(&preview.looks_like());
    let Some(name) = preview.columns.iter().find(|c| c.role == Role::Name) else { return };
    let mut unnamed = Overrides::default();
    unnamed.roles.insert(name.index, Role::Ignore);
    let Ok(whole) = analyze("Pasted cells", text, &unnamed, DecimalSep::Dot) else { return };
    let totals_row = |p: &Preview| p.notes.iter().any(|n| matches!(n, Note::TotalsRow { .. }));
    if totals_row(&preview) || totals_row(&whole) || whole.shape != preview.shape {
        return;
    }
    assert_eq!(total(&whole.segments), total(&preview.segments), "one group or many, the same totals");
});
