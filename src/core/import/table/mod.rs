//! Cells from delimited text, streamed: the delimiter detected from the first lines (comma,
//! semicolon or tab), RFC 4180 quoting with embedded quotes and newlines, CRLF, blank lines
//! skipped, and every record knowing the line it started on so messages can point at it.
//! Text arrives in chunks of any size; a record may span chunks. A line without a quote is
//! split at its delimiters directly (that is all RFC 4180 does to it); a record with quotes
//! goes through csv-core, which keeps its state across chunks.

use csv_core::{ReadRecordResult, Reader};

mod cells;
mod detect;
mod pool;
#[cfg(test)]
mod tests;

pub use cells::{Cells, Row, TableError};
pub use detect::{detect_delimiter, looks_numeric, records, Delimiter};

use super::words;
use detect::{DETECT_BYTES, DETECT_LINES};

/// Splits streamed text into records.
#[derive(Debug)]
pub struct RecordReader {
    delimiter: Option<u8>,
    /// Text held back until the delimiter is chosen.
    head: String,
    /// The start of a line whose end has not arrived yet.
    carry: String,
    /// csv-core's reader, taken from the pool when the first quoted record arrives and given
    /// back when this reader is dropped.
    reader: Option<Reader>,
    /// csv-core is inside a quoted record that continues in the next chunk.
    quoted: bool,
    output: Vec<u8>,
    ends: Vec<usize>,
    out_len: usize,
    ends_len: usize,
    /// Lines seen so far: the next line's number is `newlines + 1`.
    newlines: u64,
    start_line: u64,
}

impl RecordReader {
    /// A reader that detects the delimiter from the first lines.
    pub fn new() -> RecordReader {
        RecordReader {
            delimiter: None,
            head: String::new(),
            carry: String::new(),
            reader: None,
            quoted: false,
            output: vec![0; 4096],
            ends: vec![0; 64],
            out_len: 0,
            ends_len: 0,
            newlines: 0,
            start_line: 1,
        }
    }

    /// A reader with a known delimiter.
    pub fn with_delimiter(delimiter: u8) -> RecordReader {
        let mut r = RecordReader::new();
        r.set_delimiter(delimiter);
        r
    }

    fn set_delimiter(&mut self, delimiter: u8) {
        self.give_back();
        self.delimiter = Some(delimiter);
    }

    /// The delimiter, once chosen.
    pub fn delimiter(&self) -> Option<u8> {
        self.delimiter
    }

    /// Feeds text; `on_record(line, cells)` is called for each complete, non-blank record.
    pub fn push<E>(
        &mut self,
        text: &str,
        on_record: &mut impl FnMut(u64, Cells<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.delimiter.is_some() {
            return self.feed(text, on_record);
        }
        self.head.push_str(text);
        let lines = memchr::memchr_iter(b'\n', self.head.as_bytes()).count();
        if lines > DETECT_LINES || self.head.len() >= DETECT_BYTES {
            self.detect();
            let head = std::mem::take(&mut self.head);
            return self.feed(&head, on_record);
        }
        Ok(())
    }

    /// Ends the text: the last record needs no line terminator.
    pub fn finish<E>(
        &mut self,
        on_record: &mut impl FnMut(u64, Cells<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.delimiter.is_none() {
            self.detect();
            let head = std::mem::take(&mut self.head);
            self.feed(&head, on_record)?;
        }
        // The last line, if it has no terminator.
        let mut rest = std::mem::take(&mut self.carry);
        while !rest.is_empty() {
            if !self.quoted && self.plain(&rest, on_record)? {
                break;
            }
            if !self.quoted {
                self.begin_quoted();
            }
            let used = self.quoted_part(rest.as_bytes(), on_record)?;
            if self.quoted {
                break;
            }
            rest = rest.split_off(used);
        }
        if self.quoted {
            // A quote left open at the end: csv-core ends the record with what it has.
            self.quoted_part(b"", on_record)?;
        }
        Ok(())
    }

    fn detect(&mut self) {
        self.set_delimiter(detect_delimiter(&self.head));
    }

    fn feed<E>(
        &mut self,
        mut text: &str,
        on_record: &mut impl FnMut(u64, Cells<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        while !text.is_empty() {
            if self.quoted {
                let used = self.quoted_part(text.as_bytes(), on_record)?;
                text = &text[used..];
                continue;
            }
            if self.carry.is_empty() {
                // Whole plain lines in one pass; it stops at a line with a quote or one
                // that doesn't end in this chunk, which the code below handles.
                let used = self.plain_lines(text, on_record)?;
                text = &text[used..];
                if text.is_empty() {
                    break;
                }
            }
            let Some(end) = memchr::memchr(b'\n', text.as_bytes()) else {
                self.carry.push_str(text);
                return Ok(());
            };
            if self.carry.is_empty() {
                if !self.plain(&text[..end], on_record)? {
                    self.begin_quoted();
                    continue;
                }
            } else {
                let mut line = std::mem::take(&mut self.carry);
                if memchr::memchr(b'"', line.as_bytes()).is_some()
                    || memchr::memchr(b'"', &text.as_bytes()[..end]).is_some()
                {
                    // Hand the held-back start to csv-core, then carry on from `text`.
                    self.begin_quoted();
                    let used = self.quoted_part(line.as_bytes(), on_record)?;
                    if used < line.len() {
                        self.carry = line.split_off(used);
                    }
                    continue;
                }
                line.push_str(&text[..end]);
                let plain = self.plain(&line, on_record)?;
                debug_assert!(plain, "quotes were looked for above");
                line.clear();
                self.carry = line;
            }
            text = &text[end + 1..];
        }
        Ok(())
    }

    fn begin_quoted(&mut self) {
        self.start_line = self.newlines + 1;
        self.quoted = true;
    }

    /// Reads whole quote-free lines from the start of `text` in one pass that finds line
    /// ends, delimiters and quotes together, eight bytes at a time. Returns the bytes used:
    /// up to the start of the first line with a quote, or of the line that doesn't end.
    fn plain_lines<E>(
        &mut self,
        text: &str,
        on_record: &mut impl FnMut(u64, Cells<'_>) -> Result<(), E>,
    ) -> Result<usize, E> {
        let bytes = text.as_bytes();
        let delimiter = self.delimiter.unwrap_or(b',');
        let (delimiters, quotes, newlines) =
            (words::splat(delimiter), words::splat(b'"'), words::splat(b'\n'));
        let mut start = 0;
        self.ends_len = 0;
        let mut at = 0;
        while at < bytes.len() {
            let mut hits = if at + 8 <= bytes.len() {
                let word = words::word_at(bytes, at);
                words::equal_bytes(word, delimiters)
                    | words::equal_bytes(word, quotes)
                    | words::equal_bytes(word, newlines)
            } else {
                // The last few bytes, one at a time, as the same kind of mask.
                bytes[at..].iter().enumerate().fold(0u64, |mask, (i, &b)| {
                    let hit = b == delimiter || b == b'"' || b == b'\n';
                    mask | (u64::from(hit) << (i * 8 + 7))
                })
            };
            while hits != 0 {
                let i = at + hits.trailing_zeros() as usize / 8;
                hits &= hits - 1;
                match bytes[i] {
                    b'\n' => {
                        self.end_line(&text[start..i], on_record)?;
                        start = i + 1;
                    }
                    b'"' => {
                        self.ends_len = 0;
                        return Ok(start);
                    }
                    _ => self.push_end(i - start),
                }
            }
            at += 8;
        }
        self.ends_len = 0;
        Ok(start)
    }

    /// A line (its `\n` already cut) split at the delimiter, in one pass that also looks
    /// for quotes. Returns false, having used nothing, when the line has a quote: csv-core
    /// must read it.
    fn plain<E>(
        &mut self,
        line: &str,
        on_record: &mut impl FnMut(u64, Cells<'_>) -> Result<(), E>,
    ) -> Result<bool, E> {
        let body = line.strip_suffix('\r').unwrap_or(line);
        let delimiter = self.delimiter.unwrap_or(b',');
        self.ends_len = 0;
        // Cells are short, so rather than restart a search at every delimiter, the line is
        // read eight bytes at a time, each word giving all its delimiters at once.
        let bytes = body.as_bytes();
        let (delimiters, quotes) = (words::splat(delimiter), words::splat(b'"'));
        let mut at = 0;
        while at + 8 <= bytes.len() {
            let word = words::word_at(bytes, at);
            if words::equal_bytes(word, quotes) != 0 {
                self.ends_len = 0;
                return Ok(false);
            }
            let mut hits = words::equal_bytes(word, delimiters);
            while hits != 0 {
                self.push_end(at + hits.trailing_zeros() as usize / 8);
                hits &= hits - 1;
            }
            at += 8;
        }
        for (i, &b) in bytes[at..].iter().enumerate() {
            if b == delimiter {
                self.push_end(at + i);
            } else if b == b'"' {
                self.ends_len = 0;
                return Ok(false);
            }
        }
        self.end_line(line, on_record)?;
        Ok(true)
    }

    /// Ends a plain line (its `\n` cut) whose delimiters are in `ends`: counts it, and hands
    /// it on unless it is blank.
    fn end_line<E>(
        &mut self,
        line: &str,
        on_record: &mut impl FnMut(u64, Cells<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        let body = line.strip_suffix('\r').unwrap_or(line);
        self.push_end(body.len());
        self.newlines += 1;
        let cells = Cells { data: body, ends: &self.ends[..self.ends_len], gap: 1 };
        self.ends_len = 0;
        if cells.iter().any(|c| !trim(c).is_empty()) {
            on_record(self.newlines, cells)?;
        }
        Ok(())
    }

    fn push_end(&mut self, at: usize) {
        if self.ends_len == self.ends.len() {
            let n = self.ends.len() * 2;
            self.ends.resize(n, 0);
        }
        self.ends[self.ends_len] = at;
        self.ends_len += 1;
    }

    /// Feeds csv-core until the quoted record ends (or the input does). Returns bytes used.
    fn quoted_part<E>(
        &mut self,
        input: &[u8],
        on_record: &mut impl FnMut(u64, Cells<'_>) -> Result<(), E>,
    ) -> Result<usize, E> {
        let delimiter = self.delimiter.unwrap_or(b',');
        let reader = self.reader.get_or_insert_with(|| pool::take(delimiter));
        let mut used = 0;
        loop {
            let (result, read, written, ended) = reader.read_record(
                &input[used..],
                &mut self.output[self.out_len..],
                &mut self.ends[self.ends_len..],
            );
            self.newlines += memchr::memchr_iter(b'\n', &input[used..used + read]).count() as u64;
            used += read;
            self.out_len += written;
            self.ends_len += ended;
            match result {
                ReadRecordResult::InputEmpty => return Ok(used),
                ReadRecordResult::OutputFull => {
                    let n = self.output.len() * 2;
                    self.output.resize(n, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let n = self.ends.len() * 2;
                    self.ends.resize(n, 0);
                }
                ReadRecordResult::Record | ReadRecordResult::End => {
                    // Back to plain lines; a "\n" csv-core left after "\r" ends an empty line.
                    self.quoted = false;
                    let data = std::str::from_utf8(&self.output[..self.out_len]).unwrap_or("");
                    let cells = Cells { data, ends: &self.ends[..self.ends_len], gap: 0 };
                    let blank = cells.iter().all(|c| c.trim().is_empty());
                    let line = self.start_line;
                    let had_record = matches!(result, ReadRecordResult::Record);
                    if had_record && !blank {
                        on_record(line, cells)?;
                    }
                    self.out_len = 0;
                    self.ends_len = 0;
                    reader.reset();
                    return Ok(used);
                }
            }
        }
    }
}

impl RecordReader {
    fn give_back(&mut self) {
        if let (Some(reader), Some(delimiter)) = (self.reader.take(), self.delimiter) {
            pool::give_back(delimiter, reader);
        }
    }
}

impl Drop for RecordReader {
    fn drop(&mut self) {
        self.give_back();
    }
}

impl Default for RecordReader {
    fn default() -> Self {
        RecordReader::new()
    }
}

/// `str::trim` with a shortcut for the usual cell that has nothing to trim.
pub fn trim(cell: &str) -> &str {
    match (cell.as_bytes().first(), cell.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => cell,
        _ => cell.trim(),
    }
}
