//! A backup file, as restored. Checks: what restores writes out to a backup that restores to
//! the same workspaces.
#![no_main]

use libfuzzer_sys::fuzz_target;
use messaging_ladder::core::storage::backup;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(saved) = backup::read(text) else { return };
    assert_eq!(backup::read(&backup::write(saved.clone())), Ok(saved));
});
