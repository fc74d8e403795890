//! Turning a file's bytes into text, chunk by chunk: UTF-8 with or without BOM, UTF-16 with
//! BOM (Excel's "Unicode text"), and Windows-1252 when the bytes are not UTF-8. Files that
//! are not text at all (a workbook renamed .csv, an image) are refused with what to do
//! instead. The encoding is chosen from the first 8 KiB; UTF-8 that turns out invalid later
//! asks the caller to read the file again as Windows-1252 (`DecodeStop::NotUtf8`).

use crate::core::message::Id;

/// How the bytes were read, for the preview ("read as UTF-16 LE").
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl Encoding {
    /// Its name in the preview's facts ("read as UTF-16 LE").
    pub fn name(self) -> Id {
        match self {
            Encoding::Utf8 => Id::ImpEncodingUtf8,
            Encoding::Utf8Bom => Id::ImpEncodingUtf8Bom,
            Encoding::Utf16Le => Id::ImpEncodingUtf16Le,
            Encoding::Utf16Be => Id::ImpEncodingUtf16Be,
            Encoding::Windows1252 => Id::ImpEncodingWindows1252,
        }
    }
}

/// Why a file could not be read as text (what to do is said by the import's error,
/// `ImportError::message`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    Workbook,
    Binary,
    BadUtf16 { offset: u64 },
}

/// Why decoding stopped: the file can't be read, or it must be read again from the start
/// as Windows-1252 because bytes after the first 8 KiB are not UTF-8.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeStop {
    Failed(DecodeError),
    NotUtf8,
}

/// Windows-1252 characters for bytes 0x80–0x9F (the rest of the range equals Latin-1).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}',
    '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// How many bytes decide the encoding and whether the file is text at all.
const SNIFF: usize = 8192;

#[derive(Debug)]
enum State {
    /// Collecting the first bytes.
    Sniffing(Vec<u8>),
    /// UTF-8, with the start of a character split across chunks carried over.
    Utf8(Vec<u8>),
    Windows1252,
    /// UTF-16; a byte split across chunks and an unpaired high surrogate carried over.
    Utf16 {
        little: bool,
        odd: Option<u8>,
        high: Option<u16>,
    },
}

/// A streaming decoder: feed it chunks, it hands out UTF-8 text.
#[derive(Debug)]
pub struct Decoder {
    state: State,
    encoding: Option<Encoding>,
    forced: Option<Encoding>,
    offset: u64,
    scratch: String,
}

impl Decoder {
    /// A decoder that decides the encoding itself (`forced: None`), or reads it as given.
    pub fn new(forced: Option<Encoding>) -> Decoder {
        Decoder {
            state: State::Sniffing(Vec::new()),
            encoding: None,
            forced,
            offset: 0,
            scratch: String::new(),
        }
    }

    /// A decoder for text that is already UTF-8 (a paste): no BOM, no sniffing.
    pub fn utf8_text() -> Decoder {
        Decoder {
            state: State::Utf8(Vec::new()),
            encoding: Some(Encoding::Utf8),
            forced: Some(Encoding::Utf8),
            offset: 0,
            scratch: String::new(),
        }
    }

    /// The encoding chosen, once the first bytes have been seen.
    pub fn encoding(&self) -> Option<Encoding> {
        self.encoding
    }

    /// Feeds `bytes`; `out` receives text (valid UTF-8) in order.
    pub fn push<E: From<DecodeStop>>(
        &mut self,
        bytes: &[u8],
        out: &mut impl FnMut(&str) -> Result<(), E>,
    ) -> Result<(), E> {
        if let State::Sniffing(buffer) = &mut self.state {
            buffer.extend_from_slice(bytes);
            if buffer.len() < SNIFF {
                return Ok(());
            }
            let buffer = std::mem::take(buffer);
            // The first SNIFF bytes decide, however the bytes arrived: a whole file read at
            // once and the same file in chunks choose alike.
            self.choose(&buffer[..SNIFF])?;
            return self.convert(&buffer, out);
        }
        self.convert(bytes, out)
    }

    /// Ends the input: decides on short files, and checks nothing was left half-read.
    pub fn finish<E: From<DecodeStop>>(
        &mut self,
        out: &mut impl FnMut(&str) -> Result<(), E>,
    ) -> Result<Encoding, E> {
        if let State::Sniffing(buffer) = &mut self.state {
            let buffer = std::mem::take(buffer);
            if buffer.is_empty() {
                return Err(DecodeStop::Failed(DecodeError::Empty).into());
            }
            self.choose(&buffer)?;
            self.convert(&buffer, out)?;
        }
        match &self.state {
            State::Utf8(tail) if !tail.is_empty() => return Err(DecodeStop::NotUtf8.into()),
            State::Utf16 { odd: Some(_), .. } => {
                return Err(DecodeStop::Failed(DecodeError::BadUtf16 { offset: self.offset }).into())
            }
            State::Utf16 { high: Some(_), .. } => {
                return Err(DecodeStop::Failed(DecodeError::BadUtf16 { offset: self.offset }).into())
            }
            _ => {}
        }
        Ok(self.encoding.unwrap_or(Encoding::Utf8))
    }

    fn choose(&mut self, first: &[u8]) -> Result<(), DecodeStop> {
        let fail = |e| Err(DecodeStop::Failed(e));
        // ZIP containers: .xlsx, .ods, .numbers all start with "PK\x03\x04"; old .xls with OLE.
        if first.starts_with(b"PK\x03\x04") || first.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            return fail(DecodeError::Workbook);
        }
        let (encoding, state) = match self.forced {
            Some(Encoding::Windows1252) => (Encoding::Windows1252, State::Windows1252),
            Some(e @ (Encoding::Utf8 | Encoding::Utf8Bom)) => (e, State::Utf8(Vec::new())),
            _ if first.starts_with(&[0xEF, 0xBB, 0xBF]) => (Encoding::Utf8Bom, State::Utf8(Vec::new())),
            _ if first.starts_with(&[0xFF, 0xFE]) => {
                (Encoding::Utf16Le, State::Utf16 { little: true, odd: None, high: None })
            }
            _ if first.starts_with(&[0xFE, 0xFF]) => {
                (Encoding::Utf16Be, State::Utf16 { little: false, odd: None, high: None })
            }
            _ => match std::str::from_utf8(first) {
                Err(e) if e.error_len().is_some() => (Encoding::Windows1252, State::Windows1252),
                _ => (Encoding::Utf8, State::Utf8(Vec::new())),
            },
        };
        if !matches!(state, State::Utf16 { .. }) {
            if first.contains(&0) {
                return fail(DecodeError::Binary);
            }
            let controls =
                first.iter().filter(|b| b.is_ascii_control() && !matches!(b, b'\n' | b'\r' | b'\t')).count();
            if controls * 20 > first.len() {
                return fail(DecodeError::Binary);
            }
        }
        self.encoding = Some(encoding);
        self.state = state;
        Ok(())
    }

    fn convert<E: From<DecodeStop>>(
        &mut self,
        mut bytes: &[u8],
        out: &mut impl FnMut(&str) -> Result<(), E>,
    ) -> Result<(), E> {
        let start = self.offset;
        self.offset += bytes.len() as u64;
        match &mut self.state {
            State::Sniffing(_) => unreachable!("the encoding is chosen before converting"),
            State::Utf8(tail) => {
                if start == 0 && self.encoding == Some(Encoding::Utf8Bom) {
                    bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
                }
                if !tail.is_empty() {
                    // Complete the character split across chunks.
                    let width = match tail[0] {
                        0xC0..=0xDF => 2,
                        0xE0..=0xEF => 3,
                        _ => 4,
                    };
                    let need = width - tail.len();
                    if bytes.len() < need {
                        tail.extend_from_slice(bytes);
                        return Ok(());
                    }
                    tail.extend_from_slice(&bytes[..need]);
                    bytes = &bytes[need..];
                    let whole = std::mem::take(tail);
                    match std::str::from_utf8(&whole) {
                        Ok(c) => out(c)?,
                        Err(_) => return Err(DecodeStop::NotUtf8.into()),
                    }
                }
                match std::str::from_utf8(bytes) {
                    Ok(text) => out(text),
                    Err(e) if e.error_len().is_none() => {
                        let (valid, rest) = bytes.split_at(e.valid_up_to());
                        tail.extend_from_slice(rest);
                        out(std::str::from_utf8(valid).unwrap_or_default())
                    }
                    Err(_) => Err(DecodeStop::NotUtf8.into()),
                }
            }
            State::Windows1252 => {
                if let Some(text) = bytes.is_ascii().then(|| std::str::from_utf8(bytes).ok()).flatten() {
                    return out(text);
                }
                self.scratch.clear();
                self.scratch.extend(bytes.iter().map(|&b| match b {
                    0x80..=0x9F => CP1252_HIGH[(b - 0x80) as usize],
                    _ => b as char,
                }));
                out(&self.scratch)
            }
            State::Utf16 { little, odd, high } => {
                let mut pairs: Vec<u8> = Vec::with_capacity(bytes.len() + 1);
                let mut first_unit_at = start;
                if let Some(b) = odd.take() {
                    pairs.push(b);
                    first_unit_at -= 1;
                }
                pairs.extend_from_slice(bytes);
                if pairs.len() % 2 == 1 {
                    *odd = pairs.pop();
                }
                if first_unit_at == 0 {
                    pairs.drain(..2); // the BOM
                    first_unit_at = 2;
                }
                let little = *little;
                let mut units: Vec<u16> = high.take().into_iter().collect();
                let carried = units.len() as u64;
                units.extend(pairs.chunks_exact(2).map(|p| {
                    if little {
                        u16::from_le_bytes([p[0], p[1]])
                    } else {
                        u16::from_be_bytes([p[0], p[1]])
                    }
                }));
                if units.last().is_some_and(|u| (0xD800..0xDC00).contains(u)) {
                    *high = units.pop();
                }
                self.scratch.clear();
                for (i, c) in char::decode_utf16(units.iter().copied()).enumerate() {
                    match c {
                        Ok(c) => self.scratch.push(c),
                        Err(_) => {
                            let at = first_unit_at + (i as u64).saturating_sub(carried) * 2 + 2;
                            return Err(DecodeStop::Failed(DecodeError::BadUtf16 { offset: at }).into());
                        }
                    }
                }
                out(&self.scratch)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A whole file through the streaming decoder, read again as Windows-1252 when UTF-8
    /// fails late.
    fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
        let mut forced = None;
        loop {
            let mut text = String::new();
            let mut decoder = Decoder::new(forced);
            let mut collect = |piece: &str| -> Result<(), DecodeStop> {
                text.push_str(piece);
                Ok(())
            };
            let done = decoder.push(bytes, &mut collect).and_then(|()| decoder.finish(&mut collect));
            match done {
                Ok(encoding) => return Ok((text, encoding)),
                Err(DecodeStop::NotUtf8) => forced = Some(Encoding::Windows1252),
                Err(DecodeStop::Failed(e)) => return Err(e),
            }
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("Año,€\n".as_bytes()).unwrap(), ("Año,€\n".to_string(), Encoding::Utf8));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("Spend\n".as_bytes());
        assert_eq!(decode(&bom).unwrap(), ("Spend\n".to_string(), Encoding::Utf8Bom));
    }

    #[test]
    fn utf16_with_bom_in_both_byte_orders() {
        let text = "Campaña\t€1\r\n";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap(), (text.to_string(), Encoding::Utf16Le));
        assert_eq!(decode(&be).unwrap(), (text.to_string(), Encoding::Utf16Be));
        assert_eq!(decode(&le[..5]), Err(DecodeError::BadUtf16 { offset: 5 }));
    }

    #[test]
    fn windows_1252_when_not_utf8() {
        // "Campaña €5" in Windows-1252: ñ = 0xF1, € = 0x80.
        let bytes = b"Campa\xF1a \x805";
        assert_eq!(decode(bytes).unwrap(), ("Campaña €5".to_string(), Encoding::Windows1252));
    }

    #[test]
    fn refuses_workbooks_binaries_and_empty_files() {
        assert_eq!(decode(b"PK\x03\x04\x14\x00\x06\x00"), Err(DecodeError::Workbook));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Err(DecodeError::Binary));
        assert_eq!(decode(b""), Err(DecodeError::Empty));
    }

    #[test]
    fn the_first_8_kb_decide_however_the_bytes_arrive() {
        // Found by fuzzing with a 31 KB export: a NUL past the first 8 KB refused the file read
        // whole but not the same file read in small chunks. Both now read it.
        let mut bytes = "Name,Chats\n".repeat(1200).into_bytes();
        bytes.extend_from_slice(b"A\x00,1\n");
        let whole = decode(&bytes);
        let mut text = String::new();
        let mut decoder = Decoder::new(None);
        let mut collect = |piece: &str| -> Result<(), DecodeStop> {
            text.push_str(piece);
            Ok(())
        };
        for chunk in bytes.chunks(7) {
            decoder.push(chunk, &mut collect).unwrap();
        }
        let encoding = decoder.finish(&mut collect).unwrap();
        assert_eq!(whole, Ok((text, encoding)));
        // In the first 8 KB it is still refused.
        assert_eq!(decode(b"Name\x00,Chats\n"), Err(DecodeError::Binary));
    }
}
