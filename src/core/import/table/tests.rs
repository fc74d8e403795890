//! The record reader against csv-core, chunked every way, and the delimiter detection.

use super::*;

#[test]
fn detects_comma_semicolon_and_tab() {
    assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), b',');
    assert_eq!(detect_delimiter("a;b;c\n1,5;2;3\n"), b';');
    assert_eq!(detect_delimiter("a\tb\n1,234\t5\n"), b'\t');
    assert_eq!(detect_delimiter("1,800.50\n600\n"), b'\t');
}

#[test]
fn quoting_embedded_quotes_and_newlines_keep_their_lines() {
    let text = "Name,Spend\r\n\"Spring, \"\"big\"\" sale\",10\r\n\"Two\nlines\",20\r\nPlain,30\r\n\r\n\r\n";
    let cells: Vec<(u64, Vec<String>)> = records(text, b',').into_iter().map(|r| (r.line, r.cells)).collect();
    let expected: Vec<(u64, Vec<String>)> = [
        (1, vec!["Name", "Spend"]),
        (2, vec!["Spring, \"big\" sale", "10"]),
        (3, vec!["Two\nlines", "20"]),
        (5, vec!["Plain", "30"]),
    ]
    .into_iter()
    .map(|(l, c)| (l, c.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(cells, expected);
}

/// Any split of the text into chunks gives the same records and lines.
#[test]
fn chunk_boundaries_change_nothing() {
    let text = "Name;Spend\r\n\r\n\"A;\"\"x\"\"\r\nB\";1,5\r\nC;2\n\nD;3";
    let whole = records(text, b';');
    assert_eq!(whole.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 3, 5, 7]);
    for size in 1..text.len() {
        let mut rows = Vec::new();
        let mut reader = RecordReader::new();
        let mut collect = |line: u64, cells: Cells<'_>| -> Result<(), ()> {
            rows.push(Row { line, cells: cells.iter().map(str::to_string).collect() });
            Ok(())
        };
        let mut at = 0;
        while at < text.len() {
            let mut end = (at + size).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            reader.push(&text[at..end], &mut collect).unwrap();
            at = end;
        }
        reader.finish(&mut collect).unwrap();
        assert_eq!(rows, whole, "chunks of {size} bytes");
    }
}

#[test]
fn numbers_are_not_headers() {
    assert!(looks_numeric("1,800.50"));
    assert!(looks_numeric("$ 12"));
    assert!(!looks_numeric("Spend"));
    assert!(!looks_numeric(""));
}

/// The plain csv-core loop this reader must agree with: every record, its first line.
#[cfg(not(target_arch = "wasm32"))]
fn reference(text: &str, delimiter: u8) -> Vec<Row> {
    let mut reader = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    let bytes = text.as_bytes();
    let (mut input, mut record_start, mut counted_to, mut newlines) = (bytes, 0usize, 0usize, 0u64);
    let (mut output, mut ends) = (vec![0u8; 1 << 16], vec![0usize; 1 << 10]);
    let (mut out_len, mut ends_len, mut rows) = (0, 0, Vec::new());
    loop {
        let (result, read, written, ended) =
            reader.read_record(input, &mut output[out_len..], &mut ends[ends_len..]);
        input = &input[read..];
        out_len += written;
        ends_len += ended;
        match result {
            ReadRecordResult::Record => {
                let mut from = 0;
                let cells: Vec<String> = ends[..ends_len]
                    .iter()
                    .map(|&end| {
                        let cell = String::from_utf8_lossy(&output[from..end]).into_owned();
                        from = end;
                        cell
                    })
                    .collect();
                while record_start < bytes.len() && matches!(bytes[record_start], b'\r' | b'\n') {
                    record_start += 1;
                }
                newlines += bytes[counted_to..record_start].iter().filter(|b| **b == b'\n').count() as u64;
                counted_to = record_start;
                if cells.iter().any(|c| !c.trim().is_empty()) {
                    rows.push(Row { line: newlines + 1, cells });
                }
                record_start = bytes.len() - input.len();
                out_len = 0;
                ends_len = 0;
            }
            ReadRecordResult::End => return rows,
            _ => {}
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    /// Plain lines split directly and quoted records through csv-core give what csv-core
    /// alone gives, whatever the chunking.
    #[test]
    fn agrees_with_csv_core_in_any_chunks(
        text in "([ab ,;\"]|\r\n|\n){0,80}",
        size in 1usize..20,
    ) {
        let expected = reference(&text, b',');
        let mut rows = Vec::new();
        let mut reader = RecordReader::with_delimiter(b',');
        let mut collect = |line: u64, cells: Cells<'_>| -> Result<(), ()> {
            rows.push(Row { line, cells: cells.iter().map(str::to_string).collect() });
            Ok(())
        };
        for chunk in text.as_bytes().chunks(size) {
            reader.push(std::str::from_utf8(chunk).unwrap(), &mut collect).unwrap();
        }
        reader.finish(&mut collect).unwrap();
        proptest::prop_assert_eq!(rows, expected);
    }
}

#[test]
fn a_reader_given_back_inside_a_quote_starts_the_next_text_afresh() {
    // The first text ends inside an open quote: its csv-core reader goes back to the pool
    // mid-record and must come out of it at the start of a file.
    let open = records("Name;Spend\n\"Spring; sale;10\n", b';');
    assert_eq!(open[1].cells, ["Spring; sale;10\n"], "the open quote runs to the end");
    for _ in 0..3 {
        let rows = records("Name;Spend\n\"Spring; \"\"big\"\"\";10\nPlain;30\n", b';');
        let cells: Vec<Vec<String>> = rows.into_iter().map(|r| r.cells).collect();
        assert_eq!(cells, [vec!["Name", "Spend"], vec!["Spring; \"big\"", "10"], vec!["Plain", "30"]]);
    }
}
