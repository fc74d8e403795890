//! Numbers in imported columns, written as people and exports write them: `1,234.56`,
//! `1.234,56`, `1 234,56`, `$1,234`, `€12,50`, `12%`, `(1,234)`; blank is missing. The
//! decimal separator is decided per column from all of its values, and the decision is
//! reported so the user can check it and override it.

use crate::core::basics::number::{is_currency_symbol, is_group_mark, DecimalSep};
use crate::core::message::{Arg, Id, Message};

/// A column's decimal separator and the evidence for it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DecimalDecision {
    pub sep: DecimalSep,
    pub why: Why,
}

/// What decided a column's separator, with the value that showed it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    /// A value only a decimal point reads ("12.75").
    Point(String),
    /// A value only a decimal comma reads ("12,50").
    Comma(String),
    /// Values that disagree; the fallback was used.
    Mixed { point: String, comma: String },
    /// Whole counts grouped with dots ("1.234"), so the comma is the decimal mark.
    GroupedWithDots(String),
    /// Whole counts grouped with commas ("1,234").
    GroupedWithCommas(String),
    /// Nothing in the column tells; the fallback (the file's or the browser's) was used.
    NoDecimals,
    /// The user chose it.
    SetByYou,
}

impl DecimalDecision {
    /// Plain words for the preview: "decimal comma (as in “1.234,56”)".
    pub fn reason(&self) -> Message {
        let as_in = |id: Id, v: &str| Message::of(id).with("value", Arg::Text(v.to_string()));
        let separator = || Arg::Message(Box::new(Message::of(name(self.sep))));
        match &self.why {
            Why::Point(v) => as_in(Id::ImpDecimalPointAsIn, v),
            Why::Comma(v) => as_in(Id::ImpDecimalCommaAsIn, v),
            Why::Mixed { point, comma } => Message::of(Id::ImpDecimalMixed)
                .with("point", Arg::Text(point.clone()))
                .with("comma", Arg::Text(comma.clone()))
                .with("separator", separator()),
            Why::GroupedWithDots(v) => as_in(Id::ImpGroupedWithDots, v),
            Why::GroupedWithCommas(v) => as_in(Id::ImpGroupedWithCommas, v),
            Why::NoDecimals => Message::of(Id::ImpNoDecimals).with("separator", separator()),
            Why::SetByYou => Message::of(Id::ImpSetByYou),
        }
    }
}

/// A parsed cell: signed millionths, and whether it carried a `%`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellNumber {
    pub micros: i64,
    pub percent: bool,
}

fn strip_decorations(text: &str) -> (String, bool, bool) {
    let t = text.trim();
    let (negative, t) = if t.starts_with('(') && t.ends_with(')') && t.len() > 1 {
        (true, &t[1..t.len() - 1])
    } else if let Some(rest) = t.strip_prefix('-').or_else(|| t.strip_prefix('−')) {
        (true, rest)
    } else {
        (false, t)
    };
    let percent = t.ends_with('%');
    let kept: String = t.chars().filter(|c| c.is_ascii_digit() || *c == '.' || *c == ',').collect();
    // Anything else must be decoration: currency marks and codes, spaces, apostrophes.
    (kept, negative, percent)
}

fn has_foreign_characters(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['(', '-', '−']).trim_end_matches([')', '%']);
    // Allowed besides digits and separators: currency symbols, spaces, apostrophes, and a
    // three-letter currency code at either end.
    let core = t.trim_matches(|c: char| c.is_ascii_uppercase() || c.is_whitespace());
    !core.chars().all(|c| {
        c.is_ascii_digit() || matches!(c, '.' | ',' | 'R') || is_group_mark(c) || is_currency_symbol(c)
    })
}

/// What a column's values have shown so far about its decimal separator. Values are seen
/// one at a time (a file streams past once); only the first example of each kind is kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    dot: Option<String>,
    comma: Option<String>,
    grouped_dot: Option<String>,
    grouped_comma: Option<String>,
}

impl Evidence {
    /// Looks at one value.
    pub fn see(&mut self, value: &str) {
        if self.dot.is_some() && self.comma.is_some() {
            return; // mixed: nothing more can change the decision
        }
        let bytes = value.as_bytes();
        let (dots, commas) =
            bytes.iter().fold((0, 0), |(d, c), b| (d + usize::from(*b == b'.'), c + usize::from(*b == b',')));
        if dots + commas == 0 {
            return;
        }
        // One mark of a kind already seen with both examples can change nothing ("149.90"
        // after "12.50"): it votes for that mark or for nothing.
        let seen = |vote: &Option<String>, grouped: &Option<String>| vote.is_some() && grouped.is_some();
        if (dots, commas) == (1, 0) && seen(&self.dot, &self.grouped_dot)
            || (dots, commas) == (0, 1) && seen(&self.comma, &self.grouped_comma)
        {
            return;
        }
        // Positions among the kept characters (digits and marks), as the parser sees them.
        let (mut kept, mut last_dot, mut last_comma, mut dots, mut commas) = (0usize, 0usize, 0usize, 0, 0);
        for b in value.bytes() {
            match b {
                b'0'..=b'9' => {}
                b'.' => {
                    last_dot = kept;
                    dots += 1;
                }
                b',' => {
                    last_comma = kept;
                    commas += 1;
                }
                _ => continue,
            }
            kept += 1;
        }
        let vote = match (dots, commas) {
            (0, 0) => None,
            (d, c) if d > 0 && c > 0 => {
                Some(if last_dot > last_comma { DecimalSep::Dot } else { DecimalSep::Comma })
            }
            (d, c) => {
                let is_dot = d > 0;
                let (i, repeated) = if is_dot { (last_dot, d > 1) } else { (last_comma, c > 1) };
                let after = kept - i - 1;
                if repeated {
                    // "1.234.567": the repeated mark groups thousands, so the other is decimal.
                    Some(if is_dot { DecimalSep::Comma } else { DecimalSep::Dot })
                } else if after != 3 {
                    Some(if is_dot { DecimalSep::Dot } else { DecimalSep::Comma })
                } else {
                    None // "1,234" or "1.234": either way round
                }
            }
        };
        let example = || Some(value.trim().to_string());
        match vote {
            Some(DecimalSep::Dot) if self.dot.is_none() => self.dot = example(),
            Some(DecimalSep::Comma) if self.comma.is_none() => self.comma = example(),
            _ => {}
        }
        if dots > 0 && self.grouped_dot.is_none() {
            self.grouped_dot = example();
        }
        if commas > 0 && self.grouped_comma.is_none() {
            self.grouped_comma = example();
        }
    }

    /// The decision. When nothing in the column tells: a column of whole counts with
    /// "1.234"-shaped values is grouping with that mark, otherwise `fallback` (the rest of
    /// the file's decision, or the browser's).
    pub fn decide(&self, fallback: DecimalSep, whole_counts: bool) -> DecimalDecision {
        match (&self.dot, &self.comma) {
            (Some(example), None) => {
                DecimalDecision { sep: DecimalSep::Dot, why: Why::Point(example.clone()) }
            }
            (None, Some(example)) => {
                DecimalDecision { sep: DecimalSep::Comma, why: Why::Comma(example.clone()) }
            }
            (Some(d), Some(c)) => {
                DecimalDecision { sep: fallback, why: Why::Mixed { point: d.clone(), comma: c.clone() } }
            }
            (None, None) => match (whole_counts, &self.grouped_dot, &self.grouped_comma) {
                (true, Some(v), None) => {
                    DecimalDecision { sep: DecimalSep::Comma, why: Why::GroupedWithDots(v.clone()) }
                }
                (true, None, Some(v)) => {
                    DecimalDecision { sep: DecimalSep::Dot, why: Why::GroupedWithCommas(v.clone()) }
                }
                _ => DecimalDecision { sep: fallback, why: Why::NoDecimals },
            },
        }
    }

    /// Whether the values themselves decided (rather than a fallback).
    pub fn decisive(&self) -> bool {
        self.dot.is_some() != self.comma.is_some()
    }
}

/// A separator's name inside a sentence ("using the decimal point").
fn name(sep: DecimalSep) -> Id {
    match sep {
        DecimalSep::Dot => Id::ImpTheDecimalPoint,
        DecimalSep::Comma => Id::ImpTheDecimalComma,
    }
}

/// A cell that is not a number; the caller knows the line and column for the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotANumber;

/// Parses one cell with the column's separator. Blank is `Ok(None)`.
pub fn parse_cell(text: &str, sep: DecimalSep) -> Result<Option<CellNumber>, NotANumber> {
    if text.trim().is_empty() || matches!(text.trim(), "-" | "—" | "–") {
        return Ok(None);
    }
    if has_foreign_characters(text) {
        return Err(NotANumber);
    }
    let (digits, negative, percent) = strip_decorations(text);
    if !digits.chars().any(|c| c.is_ascii_digit()) {
        return Err(NotANumber);
    }
    let (decimal, group) = match sep {
        DecimalSep::Dot => ('.', ','),
        DecimalSep::Comma => (',', '.'),
    };
    let digits = digits.replace(group, "");
    let (whole, fraction) = digits.split_once(decimal).unwrap_or((&digits, ""));
    if fraction.contains(decimal) || fraction.len() > 6 && fraction[6..].chars().any(|c| c != '0') {
        return Err(NotANumber);
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| NotANumber)? };
    let mut fraction: String = fraction.chars().take(6).collect();
    while fraction.len() < 6 {
        fraction.push('0');
    }
    let micros = whole
        .checked_mul(1_000_000)
        .and_then(|w| w.checked_add(fraction.parse::<i64>().unwrap_or(0)))
        .ok_or(NotANumber)?;
    Ok(Some(CellNumber { micros: if negative { -micros } else { micros }, percent }))
}

/// A cell read both ways, `[decimal point, decimal comma]`, for a file streamed once before
/// its columns' separators are decided. Plain digits with at most one mark skip the general
/// parser.
pub fn parse_both(text: &str) -> [Result<Option<CellNumber>, NotANumber>; 2] {
    let b = text.as_bytes();
    if b.is_empty() {
        return [Ok(None), Ok(None)];
    }
    if b.len() <= 12 {
        let mut mark = None;
        let mut plain = true;
        for (i, &c) in b.iter().enumerate() {
            match c {
                b'0'..=b'9' => {}
                b'.' | b',' if mark.is_none() => mark = Some(i),
                _ => {
                    plain = false;
                    break;
                }
            }
        }
        if plain && b.len() > usize::from(mark.is_some()) {
            let digits = |s: &[u8]| s.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
            let number = |micros| Ok(Some(CellNumber { micros, percent: false }));
            return match mark {
                None => {
                    let n = number(digits(b) * 1_000_000);
                    [n, n]
                }
                Some(i) => {
                    let (whole, fraction) = (&b[..i], &b[i + 1..]);
                    let grouped = number(
                        (digits(whole) * 10i64.pow(fraction.len() as u32) + digits(fraction)) * 1_000_000,
                    );
                    let decimal = if fraction.len() <= 6 {
                        number(
                            digits(whole) * 1_000_000
                                + digits(fraction) * 10i64.pow(6 - fraction.len() as u32),
                        )
                    } else {
                        parse_cell(text, if b[i] == b'.' { DecimalSep::Dot } else { DecimalSep::Comma })
                    };
                    if b[i] == b'.' {
                        [decimal, grouped]
                    } else {
                        [grouped, decimal]
                    }
                }
            };
        }
    }
    [parse_cell(text, DecimalSep::Dot), parse_cell(text, DecimalSep::Comma)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::message::english;
    use DecimalSep::{Comma, Dot};

    /// Decides the decimal separator of a column from all its values (see [`Evidence`]).
    fn decide(values: &[&str], fallback: DecimalSep, whole_counts: bool) -> DecimalDecision {
        let mut evidence = Evidence::default();
        for v in values {
            evidence.see(v);
        }
        evidence.decide(fallback, whole_counts)
    }

    fn micros(text: &str, sep: DecimalSep) -> i64 {
        parse_cell(text, sep).unwrap().unwrap().micros
    }

    #[test]
    fn every_spelling_people_use() {
        assert_eq!(micros("1,234.56", Dot), 1_234_560_000);
        assert_eq!(micros("1.234,56", Comma), 1_234_560_000);
        assert_eq!(micros("1 234,56", Comma), 1_234_560_000);
        assert_eq!(micros("1\u{202f}234,56", Comma), 1_234_560_000);
        assert_eq!(micros("$1,234", Dot), 1_234_000_000);
        assert_eq!(micros("€12,50", Comma), 12_500_000);
        assert_eq!(micros("USD 7.5", Dot), 7_500_000);
        assert_eq!(micros("(1,234)", Dot), -1_234_000_000);
        assert_eq!(micros("-3", Dot), -3_000_000);
        assert_eq!(parse_cell("12%", Dot), Ok(Some(CellNumber { micros: 12_000_000, percent: true })));
        assert_eq!(parse_cell("", Dot), Ok(None));
        assert_eq!(parse_cell(" - ", Dot), Ok(None));
        assert_eq!(parse_cell("n/a", Dot), Err(NotANumber));
        assert_eq!(parse_cell("12 chats", Dot), Err(NotANumber));
        assert_eq!(parse_cell("1,2,3.4.5", Dot), Err(NotANumber));
    }

    #[test]
    fn the_column_decides_the_separator() {
        let reason = |d: &DecimalDecision| english(&d.reason());
        let d = decide(&["1.234,56", "12,5", "300"], Dot, false);
        assert_eq!((d.sep, reason(&d).as_str()), (Comma, "decimal comma (as in “1.234,56”)"));
        let d = decide(&["1,234", "2,500", "12.75"], Comma, false);
        assert_eq!((d.sep, reason(&d).as_str()), (Dot, "decimal point (as in “12.75”)"));
        // Only thousands-shaped values: nothing tells, so the browser's separator is used.
        let d = decide(&["1,234", "5,000"], Dot, false);
        assert_eq!(d.sep, Dot);
        assert_eq!(reason(&d), "no decimals seen; using the decimal point");
        // "1.234.567" groups with dots, so the column's decimal is the comma.
        assert_eq!(decide(&["1.234.567"], Dot, false).sep, Comma);
        // A count column of "1.234"-shaped values groups with dots whatever the fallback.
        let d = decide(&["1.234", "80.000", "10"], Dot, true);
        assert_eq!((d.sep, reason(&d).as_str()), (Comma, "whole numbers grouped with dots (as in “1.234”)"));
    }

    #[test]
    fn both_readings_equal_the_general_parser() {
        for text in [
            "",
            "0",
            "12",
            "0.00",
            "149.90",
            "1,5",
            "1.234",
            "1,234",
            ".5",
            "5.",
            "1.2345678",
            "€1.234,5",
            "(3)",
            "12%",
            "x",
        ] {
            assert_eq!(parse_both(text), [parse_cell(text, Dot), parse_cell(text, Comma)], "{text:?}");
        }
    }
}
