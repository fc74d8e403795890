//! A share link's fragment, as anyone can type it. Checks: a link that opens re-encodes to a
//! link that opens to the same workspace, which passes validation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use messaging_ladder::core::outbound::share;

fuzz_target!(|data: &[u8]| {
    let Ok(fragment) = std::str::from_utf8(data) else { return };
    let Ok(workspace) = share::decode(fragment) else { return };
    assert_eq!(share::validate(&workspace), Ok(()));
    assert_eq!(share::decode(&share::encode(&workspace)), Ok(workspace));
});
