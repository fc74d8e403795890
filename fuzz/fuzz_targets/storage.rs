//! What local storage holds, read back as saved work (any text: another version's, a torn
//! write, a stranger's). Checks: what opens saves and opens again as the same workspace,
//! with its revision.
#![no_main]

use libfuzzer_sys::fuzz_target;
use messaging_ladder::core::storage::persist;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else { return };
    if let Ok(workspace) = persist::decode(raw) {
        assert_eq!(persist::decode(&persist::encode(&workspace)), Ok(workspace));
    }
    if let Ok((workspace, revision)) = persist::decode_revision(raw) {
        assert_eq!(
            persist::decode_revision(&persist::encode_revision(&workspace, revision)),
            Ok((workspace, revision))
        );
    }
});
