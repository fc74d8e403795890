//! Numbers in imported columns, written as people and exports write them: `1,234.56`,
//! `1.234,56`, `1 234,56`, `$1,234`, `€12,50`, `12%`, `(1,234)`; blank is missing. The
//! decimal separator is decided per column from all of its values, and the decision is
//! reported so the user can check it and override it.

use crate::core::number::{is_currency_symbol, is_group_mark, DecimalSep};

/// A column's decimal separator and the evidence for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecimalDecision {
    pub sep: DecimalSep,
    /// Plain words for the preview: "decimal comma (as in “1.234,56”)".
    pub reason: String,
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

/// Decides the decimal separator of a column from its values. When nothing in the column
/// tells: a column of whole counts with "1.234"-shaped values is grouping with that mark,
/// otherwise `fallback` (the rest of the file's decision, or the browser's).
pub fn decide(values: &[&str], fallback: DecimalSep, whole_counts: bool) -> DecimalDecision {
    let (mut dot, mut comma) = (None::<String>, None::<String>);
    for value in values {
        let (digits, _, _) = strip_decorations(value);
        let last_dot = digits.rfind('.');
        let last_comma = digits.rfind(',');
        let vote = match (last_dot, last_comma) {
            (Some(d), Some(c)) => Some(if d > c { DecimalSep::Dot } else { DecimalSep::Comma }),
            (Some(i), None) | (None, Some(i)) => {
                let sep = digits.as_bytes()[i];
                let repeated = digits.matches(sep as char).count() > 1;
                let after = digits.len() - i - 1;
                let is_dot = sep == b'.';
                if repeated {
                    // "1.234.567": the repeated mark groups thousands, so the other is decimal.
                    Some(if is_dot { DecimalSep::Comma } else { DecimalSep::Dot })
                } else if after != 3 {
                    Some(if is_dot { DecimalSep::Dot } else { DecimalSep::Comma })
                } else {
                    None // "1,234" or "1.234": either way round
                }
            }
            (None, None) => None,
        };
        match vote {
            Some(DecimalSep::Dot) if dot.is_none() => dot = Some(value.trim().to_string()),
            Some(DecimalSep::Comma) if comma.is_none() => comma = Some(value.trim().to_string()),
            _ => {}
        }
    }
    match (dot, comma) {
        (Some(example), None) => {
            DecimalDecision { sep: DecimalSep::Dot, reason: format!("decimal point (as in “{example}”)") }
        }
        (None, Some(example)) => DecimalDecision {
            sep: DecimalSep::Comma,
            reason: format!("decimal comma (as in “{example}”)"),
        },
        (Some(d), Some(c)) => DecimalDecision {
            sep: fallback,
            reason: format!("mixed: “{d}” and “{c}” disagree; using the {}", name(fallback)),
        },
        (None, None) => {
            let grouped = |mark: char| values.iter().find(|v| strip_decorations(v).0.contains(mark));
            match (whole_counts, grouped('.'), grouped(',')) {
                (true, Some(v), None) => DecimalDecision {
                    sep: DecimalSep::Comma,
                    reason: format!("whole numbers grouped with dots (as in “{}”)", v.trim()),
                },
                (true, None, Some(v)) => DecimalDecision {
                    sep: DecimalSep::Dot,
                    reason: format!("whole numbers grouped with commas (as in “{}”)", v.trim()),
                },
                _ => DecimalDecision {
                    sep: fallback,
                    reason: format!("no decimals seen; using the {}", name(fallback)),
                },
            }
        }
    }
}

fn name(sep: DecimalSep) -> &'static str {
    match sep {
        DecimalSep::Dot => "decimal point",
        DecimalSep::Comma => "decimal comma",
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

#[cfg(test)]
mod tests {
    use super::*;
    use DecimalSep::{Comma, Dot};

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
        let d = decide(&["1.234,56", "12,5", "300"], Dot, false);
        assert_eq!(d, DecimalDecision { sep: Comma, reason: "decimal comma (as in “1.234,56”)".into() });
        let d = decide(&["1,234", "2,500", "12.75"], Comma, false);
        assert_eq!(d, DecimalDecision { sep: Dot, reason: "decimal point (as in “12.75”)".into() });
        // Only thousands-shaped values: nothing tells, so the browser's separator is used.
        let d = decide(&["1,234", "5,000"], Dot, false);
        assert_eq!(d.sep, Dot);
        assert_eq!(d.reason, "no decimals seen; using the decimal point");
        // "1.234.567" groups with dots, so the column's decimal is the comma.
        assert_eq!(decide(&["1.234.567"], Dot, false).sep, Comma);
        // A count column of "1.234"-shaped values groups with dots whatever the fallback.
        let d = decide(&["1.234", "80.000", "10"], Dot, true);
        assert_eq!(
            d,
            DecimalDecision {
                sep: Comma, reason: "whole numbers grouped with dots (as in “1.234”)".into()
            }
        );
    }
}
