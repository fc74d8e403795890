//! Turning a file's bytes into text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's
//! "Unicode text"), and Windows-1252 when the bytes are not UTF-8. Files that are not text
//! at all (a workbook renamed .csv, an image) are refused with what to do instead.

/// How the bytes were read, for the preview ("Read as UTF-16").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (with BOM)",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Why a file could not be read as text. `Display` says what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    Workbook,
    Binary,
    BadUtf16 { offset: usize },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "The file is empty. Export the report again, or paste the cells instead."),
            DecodeError::Workbook => write!(
                f,
                "This is an Excel workbook (.xlsx), not a CSV file, even if its name ends in .csv. In Excel or Sheets, use File › Save as (or Download) › CSV, then upload that file."
            ),
            DecodeError::Binary => write!(
                f,
                "This file is not text (it contains binary data). Upload a CSV or TSV export, or paste the cells instead."
            ),
            DecodeError::BadUtf16 { offset } => write!(
                f,
                "The file says it is UTF-16 but breaks off at byte {offset}. Export it again as CSV UTF-8."
            ),
        }
    }
}

/// Windows-1252 characters for bytes 0x80–0x9F (the rest of the range equals Latin-1).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}',
    '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Reads bytes as text, choosing the encoding from the BOM or, without one, UTF-8 when the
/// bytes are valid UTF-8 and Windows-1252 otherwise.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    // ZIP containers: .xlsx, .ods, .numbers all start with "PK\x03\x04"; old .xls with OLE.
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(DecodeError::Workbook);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return Ok((text_or_1252(rest).0, Encoding::Utf8Bom));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes).map(|t| (t, Encoding::Utf16Le));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes).map(|t| (t, Encoding::Utf16Be));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return Err(DecodeError::Binary);
    }
    let (text, encoding) = text_or_1252(bytes);
    let controls =
        text.chars().take(8192).filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).count();
    if controls * 20 > text.chars().take(8192).count() {
        return Err(DecodeError::Binary);
    }
    Ok((text, encoding))
}

fn text_or_1252(bytes: &[u8]) -> (String, Encoding) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), Encoding::Utf8),
        Err(_) => {
            let text = bytes
                .iter()
                .map(|&b| match b {
                    0x80..=0x9F => CP1252_HIGH[(b - 0x80) as usize],
                    _ => b as char,
                })
                .collect();
            (text, Encoding::Windows1252)
        }
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::BadUtf16 { offset: bytes.len() + 1 });
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut out = String::with_capacity(bytes.len() / 2);
    for (i, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok(c) => out.push(c),
            Err(_) => return Err(DecodeError::BadUtf16 { offset: i * 2 + 2 }),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(decode(&le[..5]), Err(DecodeError::BadUtf16 { offset: 4 }));
    }

    #[test]
    fn windows_1252_when_not_utf8() {
        // "Campaña €5" in Windows-1252: ñ = 0xF1, € = 0x80.
        let bytes = b"Campa\xF1a \x805";
        assert_eq!(decode(bytes).unwrap(), ("Campaña €5".to_string(), Encoding::Windows1252));
    }

    #[test]
    fn refuses_workbooks_binaries_and_empty_files_with_advice() {
        assert_eq!(decode(b"PK\x03\x04\x14\x00\x06\x00"), Err(DecodeError::Workbook));
        assert!(DecodeError::Workbook.to_string().contains("Save as (or Download) › CSV"));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Err(DecodeError::Binary));
        assert_eq!(decode(b""), Err(DecodeError::Empty));
    }
}
