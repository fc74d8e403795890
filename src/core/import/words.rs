//! Byte work eight bytes at a time for the import's hot loops: finding the delimiter and
//! quotes in a line, and hashing, comparing and ordering short texts (statuses, campaign
//! names, dates). Plain `u64` arithmetic ("SWAR"), the same on every target: wasm32 has
//! 64-bit integers but its `memcmp` goes byte by byte, and a byte loop over a line costs
//! two compares per byte.

const ONES: u64 = 0x0101_0101_0101_0101;
const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// `byte` in every byte of a word.
pub const fn splat(byte: u8) -> u64 {
    ONES * byte as u64
}

/// The high bit of each byte of `word` that equals the byte in `pattern` (a `splat`), and
/// nothing else: exact, no borrow runs into the next byte.
#[inline]
pub fn equal_bytes(word: u64, pattern: u64) -> u64 {
    let x = word ^ pattern;
    !(((x & LOW7) + LOW7) | x | LOW7)
}

/// The eight bytes at `at`, first byte lowest.
#[inline]
pub fn word_at(bytes: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(w)
}

/// What is left after the whole words of a text of `len` bytes from `at`, as one word: the
/// last eight bytes (overlapping ones already read) or, for a text shorter than eight,
/// bytes picked so that two texts of the same length get the same word only when equal.
/// No variable-length copy: that is a call to `memory.copy` in wasm.
#[inline]
fn rest_word(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    if n >= 8 {
        word_at(bytes, n - 8)
    } else if n >= 4 {
        let four = |at: usize| u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
        four(0) as u64 | (four(n - 4) as u64) << 32
    } else if n > 0 {
        bytes[0] as u64 | (bytes[n / 2] as u64) << 8 | (bytes[n - 1] as u64) << 16
    } else {
        0
    }
}

/// A hash of a short text for the import's lookup tables: FxHash's multiply-rotate over
/// eight-byte words and the length.
#[inline]
pub fn hash(text: &str) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let bytes = text.as_bytes();
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut at = 0;
    while at + 8 <= bytes.len() {
        h = (h ^ word_at(bytes, at)).wrapping_mul(K).rotate_left(26);
        at += 8;
    }
    if at < bytes.len() {
        h = (h ^ rest_word(bytes)).wrapping_mul(K).rotate_left(26);
    }
    h
}

/// `a == b`, compared eight bytes at a time.
#[inline]
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at + 8 <= a.len() {
        if word_at(a, at) != word_at(b, at) {
            return false;
        }
        at += 8;
    }
    at == a.len() || rest_word(a) == rest_word(b)
}

/// `a < b` in byte order (how ISO dates sort), compared eight bytes at a time.
#[inline]
pub fn less(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let common = a.len().min(b.len());
    let mut at = 0;
    while at + 8 <= common {
        let (x, y) = (word_at(a, at).swap_bytes(), word_at(b, at).swap_bytes());
        if x != y {
            return x < y;
        }
        at += 8;
    }
    if a.len() == b.len() && a.len() >= 8 && at < a.len() {
        // Same length (dates mostly): the last eight bytes hold the rest, and what they
        // overlap is already known to be equal.
        return word_at(a, a.len() - 8).swap_bytes() < word_at(b, b.len() - 8).swap_bytes();
    }
    a[at..] < b[at..]
}

/// Exact texts seen in a column, each with the number of its entry: the per-row lookup of
/// a status or campaign name, hashed and compared with the functions above.
#[derive(Default)]
pub struct TextIndex {
    table: hashbrown::HashTable<(Box<str>, usize)>,
}

impl TextIndex {
    pub fn get(&self, text: &str) -> Option<usize> {
        self.table.find(hash(text), |(seen, _)| same(seen, text)).map(|(_, i)| *i)
    }

    pub fn insert(&mut self, text: &str, index: usize) {
        self.table.insert_unique(hash(text), (text.into(), index), |(seen, _)| hash(seen));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn equal_positions(bytes: &[u8], byte: u8) -> Vec<usize> {
        let mut out = Vec::new();
        let mut at = 0;
        while at + 8 <= bytes.len() {
            let mut hits = equal_bytes(word_at(bytes, at), splat(byte));
            while hits != 0 {
                out.push(at + hits.trailing_zeros() as usize / 8);
                hits &= hits - 1;
            }
            at += 8;
        }
        out.extend(bytes[at..].iter().enumerate().filter(|(_, b)| **b == byte).map(|(i, _)| at + i));
        out
    }

    #[test]
    fn finds_every_equal_byte_and_no_other() {
        // Bytes next to a match, high bytes and zero are where borrow tricks go wrong.
        let line = b",a,,\x80,\x7f\x00,\xff,,,\"x\",";
        let expected: Vec<usize> =
            line.iter().enumerate().filter(|(_, b)| **b == b',').map(|(i, _)| i).collect();
        assert_eq!(equal_positions(line, b','), expected);
        assert_eq!(equal_positions(line, b'"'), [13, 15]);
        assert_eq!(equal_positions(&[0u8; 9], 0), (0..9).collect::<Vec<_>>());
    }

    #[test]
    fn compares_and_orders_like_str() {
        assert!(same("2026-10-01", "2026-10-01"));
        assert!(!same("2026-10-01", "2026-10-02"));
        assert!(!same("abc", "abcd"));
        assert!(same("", ""));
        assert!(less("2026-09-30", "2026-10-01"));
        assert!(!less("2026-10-01", "2026-10-01"));
        assert!(less("2026-10-01", "2026-10-01 08:00"));
        assert!(less("Spring Sale 10", "Spring Sale 9"));
        assert_ne!(hash("Spring Sale 10 - WhatsApp"), hash("Spring Sale 11 - WhatsApp"));
        assert_ne!(hash("ab"), hash("ab\0"));
    }

    #[test]
    fn one_byte_changed_anywhere_is_not_the_same() {
        for n in 1..=20 {
            let text: String = (0..n).map(|i| (b'a' + i as u8) as char).collect();
            assert!(same(&text, &text.clone()));
            for i in 0..n {
                let mut other = text.clone().into_bytes();
                other[i] = b'Z';
                let other = String::from_utf8(other).unwrap();
                assert!(!same(&text, &other), "{text} vs {other}");
                assert_ne!(hash(&text), hash(&other), "{text} vs {other}");
            }
        }
    }

    #[test]
    fn a_text_index_finds_what_was_put_in() {
        let mut index = TextIndex::default();
        let names: Vec<String> = (0..500).map(|i| format!("Spring Sale {i} - WhatsApp")).collect();
        for (i, name) in names.iter().enumerate() {
            assert_eq!(index.get(name), None);
            index.insert(name, i);
        }
        for (i, name) in names.iter().enumerate() {
            assert_eq!(index.get(name), Some(i));
        }
        assert_eq!(index.get("Spring Sale 500 - WhatsApp"), None);
        assert_eq!(index.get(""), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn equal_bytes_matches_a_byte_loop(bytes in proptest::collection::vec(any::<u8>(), 0..64), byte in any::<u8>()) {
                let expected: Vec<usize> = bytes.iter().enumerate().filter(|(_, b)| **b == byte).map(|(i, _)| i).collect();
                prop_assert_eq!(equal_positions(&bytes, byte), expected);
            }

            #[test]
            fn less_matches_str_for_dates(a in "20[0-9]{2}-[01][0-9]-[0-3][0-9]( [0-2][0-9]:[0-5][0-9])?", b in "20[0-9]{2}-[01][0-9]-[0-3][0-9]( [0-2][0-9]:[0-5][0-9])?") {
                prop_assert_eq!(less(&a, &b), a < b);
                prop_assert_eq!(same(&a, &b), a == b);
            }

            #[test]
            fn same_and_less_match_str(a in "[a-c0-9 -]{0,20}", b in "[a-c0-9 -]{0,20}") {
                prop_assert_eq!(same(&a, &b), a == b);
                prop_assert_eq!(less(&a, &b), a < b);
                if a == b {
                    prop_assert_eq!(hash(&a), hash(&b));
                }
            }
        }
    }
}
