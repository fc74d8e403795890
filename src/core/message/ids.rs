//! The message ids, derived from the English catalogue by `build.rs`: one [`Id`] per entry of
//! `en/*.ftl`, with its key and the names of the arguments its words use. A message is added by
//! writing its English entry; a translation has the same entries (tested).

include!(concat!(env!("OUT_DIR"), "/ids.rs"));
