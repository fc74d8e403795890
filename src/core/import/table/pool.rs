//! csv-core readers kept for reuse. Building one computes its transition table, which costs
//! more than reading a short paste; the delimiter guess alone reads the first lines three
//! times. A reader handed back is reset and kept (a few per thread), and taken again by the
//! next record reader with the same delimiter.

use csv_core::{Reader, ReaderBuilder};
use std::cell::RefCell;

/// How many readers are kept: one per delimiter for the guess, plus the import's own.
const KEPT: usize = 4;

thread_local! {
    static KEPT_READERS: RefCell<Vec<(u8, Reader)>> = const { RefCell::new(Vec::new()) };
}

/// A fresh reader for `delimiter`: a kept one if there is one, else a new one.
pub(super) fn take(delimiter: u8) -> Reader {
    let kept = KEPT_READERS.with_borrow_mut(|kept| {
        let at = kept.iter().position(|(d, _)| *d == delimiter)?;
        Some(kept.swap_remove(at).1)
    });
    kept.unwrap_or_else(|| ReaderBuilder::new().delimiter(delimiter).build())
}

/// Keeps `reader` (reset to the start of a file) for the next `take` of `delimiter`.
pub(super) fn give_back(delimiter: u8, mut reader: Reader) {
    reader.reset();
    KEPT_READERS.with_borrow_mut(|kept| {
        if kept.len() < KEPT {
            kept.push((delimiter, reader));
        }
    });
}
