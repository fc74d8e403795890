//! Reading numbers as people type them into a field: `1200`, `1,200.50`, `1.200,50`,
//! `$1,200`, `1 200,5`. Validation only; what the number means is decided by the caller.

use crate::core::basics::money::{Money, MICROS_PER_UNIT};
use crate::core::message::{english, Arg, Id, Message};

/// Which character the user's locale writes between whole and fractional digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum DecimalSep {
    #[default]
    Dot,
    Comma,
}

impl DecimalSep {
    /// The separator a locale uses, judged from how it formats 1.5 (`"1.5"` or `"1,5"`).
    pub fn from_sample(formatted_one_and_a_half: &str) -> DecimalSep {
        if formatted_one_and_a_half.contains(',') {
            DecimalSep::Comma
        } else {
            DecimalSep::Dot
        }
    }

    /// A stable id, for selects and saved mappings: "dot" or "comma".
    pub fn id(self) -> &'static str {
        match self {
            DecimalSep::Dot => "dot",
            DecimalSep::Comma => "comma",
        }
    }

    /// The separator an id names; anything but "comma" is the point.
    pub fn from_id(id: &str) -> DecimalSep {
        if id == "comma" {
            DecimalSep::Comma
        } else {
            DecimalSep::Dot
        }
    }

    fn as_char(self) -> char {
        match self {
            DecimalSep::Dot => '.',
            DecimalSep::Comma => ',',
        }
    }
}

/// Largest value any field accepts (a trillion), so every count and amount stays exact in `f64`.
pub const MAX_VALUE: u64 = 1_000_000_000_000;

/// Why a typed value was rejected. [`NumberError::message`] says how to fix it; `Display`
/// gives it in English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    NotANumber(String),
    Negative,
    NotWhole(String),
    TooManyDecimals,
    TooLarge,
}

impl NumberError {
    /// What is wrong and how to fix it.
    pub fn message(&self) -> Message {
        match self {
            NumberError::NotANumber(text) => {
                Message::of(Id::LadderNotANumber).with("text", Arg::Text(text.clone()))
            }
            NumberError::Negative => Message::of(Id::LadderNegative),
            NumberError::NotWhole(text) => {
                Message::of(Id::LadderNotWhole).with("text", Arg::Text(text.clone()))
            }
            NumberError::TooManyDecimals => Message::of(Id::LadderTooManyDecimals),
            NumberError::TooLarge => Message::of(Id::LadderTooLarge).with("max", Arg::Count(MAX_VALUE)),
        }
    }
}

impl std::fmt::Display for NumberError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&english(&self.message()))
    }
}

/// A non-negative decimal split into whole digits and fractional digits, both without separators.
struct Decimal {
    whole: String,
    fraction: String,
}

/// Parses money. Blank text is `Ok(None)` (not entered). Currency symbols and codes are ignored.
pub fn parse_money(text: &str, sep: DecimalSep) -> Result<Option<Money>, NumberError> {
    let Some(decimal) = parse_decimal(text, sep)? else {
        return Ok(None);
    };
    if decimal.fraction.len() > 6 {
        return Err(NumberError::TooManyDecimals);
    }
    let whole = digits_value(&decimal.whole)?;
    let mut fraction = decimal.fraction.clone();
    while fraction.len() < 6 {
        fraction.push('0');
    }
    let micros = fraction.parse::<i64>().unwrap_or(0);
    Ok(Some(Money(whole as i64 * MICROS_PER_UNIT + micros)))
}

/// Parses a count of people or events. Blank text is `Ok(None)`. Fractions are rejected,
/// though `12.0` and `12,00` are accepted as 12.
pub fn parse_count(text: &str, sep: DecimalSep) -> Result<Option<u64>, NumberError> {
    let Some(decimal) = parse_decimal(text, sep)? else {
        return Ok(None);
    };
    if decimal.fraction.chars().any(|c| c != '0') {
        return Err(NumberError::NotWhole(text.trim().to_string()));
    }
    digits_value(&decimal.whole).map(Some)
}

fn digits_value(digits: &str) -> Result<u64, NumberError> {
    let trimmed = digits.trim_start_matches('0');
    if trimmed.len() > 13 {
        return Err(NumberError::TooLarge);
    }
    let value =
        if trimmed.is_empty() { 0 } else { trimmed.parse::<u64>().map_err(|_| NumberError::TooLarge)? };
    if value > MAX_VALUE {
        return Err(NumberError::TooLarge);
    }
    Ok(value)
}

/// Currency symbols people paste along with amounts.
pub fn is_currency_symbol(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₱' | '₫' | '₩' | '₦' | '₺' | '₽')
}

/// Characters locales group digits with (spaces of every kind, apostrophes).
pub fn is_group_mark(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\'' | '’')
}

fn is_ignorable(c: char) -> bool {
    is_group_mark(c) || is_currency_symbol(c)
}

fn parse_decimal(text: &str, sep: DecimalSep) -> Result<Option<Decimal>, NumberError> {
    let original = text.trim();
    if original.is_empty() {
        return Ok(None);
    }
    let not_a_number = || NumberError::NotANumber(original.to_string());
    // Drop currency codes such as "USD" or "R$" around the number, and ignorable marks.
    let core: String = strip_currency_code(original).chars().filter(|c| !is_ignorable(*c)).collect();
    let (negative, core) = strip_sign(&core);
    if core.is_empty() {
        return Err(not_a_number());
    }
    if !core.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(not_a_number());
    }
    if negative && core.chars().any(|c| c.is_ascii_digit() && c != '0') {
        return Err(NumberError::Negative);
    }
    let decimal_char = decimal_char_of(&core, sep).ok_or_else(not_a_number)?;
    let (whole_part, fraction) = match decimal_char {
        Some(d) => {
            let at = core.rfind(d).expect("decimal char is present");
            (&core[..at], core[at + 1..].to_string())
        }
        None => (core.as_str(), String::new()),
    };
    let grouping = match decimal_char {
        Some('.') => Some(','),
        Some(_) => Some('.'),
        None => whole_part.chars().find(|c| *c == '.' || *c == ','),
    };
    let whole = match grouping {
        Some(g) if whole_part.contains(g) => {
            if !valid_grouping(whole_part, g) {
                return Err(not_a_number());
            }
            whole_part.replace(g, "")
        }
        _ => whole_part.to_string(),
    };
    if whole.contains(['.', ',']) || fraction.contains(['.', ',']) {
        return Err(not_a_number());
    }
    if whole.is_empty() && fraction.is_empty() {
        return Err(not_a_number());
    }
    Ok(Some(Decimal { whole, fraction }))
}

/// Removes a leading or trailing currency code of one to three capitals (`USD 12`, `12 EUR`,
/// `R$ 12`, `US$12`); lowercase letters or longer words are left, so `12a` stays invalid.
fn strip_currency_code(text: &str) -> &str {
    let mut s = text.trim();
    let lead = s.chars().take_while(|c| c.is_ascii_uppercase()).count();
    if (1..=3).contains(&lead) && !s[lead..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        s = s[lead..].trim_start();
    }
    let trail = s.chars().rev().take_while(|c| c.is_ascii_uppercase()).count();
    if (1..=3).contains(&trail) && !s[..s.len() - trail].ends_with(|c: char| c.is_ascii_alphabetic()) {
        s = s[..s.len() - trail].trim_end();
    }
    s
}

/// A leading `-`/`−` or surrounding parentheses (accounting style) mark a negative number.
fn strip_sign(core: &str) -> (bool, String) {
    if let Some(rest) = core.strip_prefix('-').or_else(|| core.strip_prefix('−')) {
        return (true, rest.to_string());
    }
    if core.starts_with('(') && core.ends_with(')') && core.len() >= 2 {
        return (true, core[1..core.len() - 1].to_string());
    }
    (false, core.to_string())
}

/// Decides which separator (if any) is the decimal one. `None` inside means "no fraction";
/// the outer `None` means the separators contradict each other.
fn decimal_char_of(core: &str, sep: DecimalSep) -> Option<Option<char>> {
    let has_dot = core.contains('.');
    let has_comma = core.contains(',');
    match (has_dot, has_comma) {
        (false, false) => Some(None),
        // Both present: whichever comes last separates the fraction ("1,234.5", "1.234,5").
        (true, true) => {
            let last = if core.rfind('.') > core.rfind(',') { '.' } else { ',' };
            let other = if last == '.' { ',' } else { '.' };
            if core.matches(last).count() > 1 || core.rfind(other) > core.rfind(last) {
                return None;
            }
            Some(Some(last))
        }
        _ => {
            let only = if has_dot { '.' } else { ',' };
            if only == sep.as_char() {
                // The locale's own decimal mark, unless it repeats ("1.234.567" in en-US is not decimal).
                if core.matches(only).count() > 1 {
                    return Some(None);
                }
                return Some(Some(only));
            }
            // The other mark: grouping when it looks like thousands ("1,250"), else a decimal ("12,5").
            if valid_grouping(core, only) {
                Some(None)
            } else if core.matches(only).count() == 1 {
                Some(Some(only))
            } else {
                None
            }
        }
    }
}

/// `1,234,567`-shaped: 1–3 leading digits, then groups of exactly three.
fn valid_grouping(whole: &str, g: char) -> bool {
    let mut groups = whole.split(g);
    let first = groups.next().unwrap_or("");
    if first.is_empty() || first.len() > 3 || !first.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut any = false;
    for group in groups {
        any = true;
        if group.len() != 3 || !group.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;
    use DecimalSep::{Comma, Dot};

    fn money(text: &str, sep: DecimalSep) -> Result<Option<Money>, NumberError> {
        parse_money(text, sep)
    }

    #[test]
    fn blank_is_missing_not_zero() {
        assert_eq!(money("", Dot), Ok(None));
        assert_eq!(money("   ", Dot), Ok(None));
        assert_eq!(parse_count("", Dot), Ok(None));
    }

    #[test]
    fn plain_and_grouped_money_in_a_dot_locale() {
        assert_eq!(money("1200", Dot), Ok(Some(Money::from_units(1200))));
        assert_eq!(money("1,200.50", Dot), Ok(Some(Money::from_cents(120_050))));
        assert_eq!(money("$1,234", Dot), Ok(Some(Money::from_units(1234))));
        assert_eq!(money("USD 1,234.5", Dot), Ok(Some(Money::from_cents(123_450))));
        assert_eq!(money("0.1", Dot), Ok(Some(Money::from_cents(10))));
        assert_eq!(money(".5", Dot), Ok(Some(Money::from_cents(50))));
        assert_eq!(money("1.234567", Dot), Ok(Some(Money(1_234_567))));
    }

    #[test]
    fn comma_locales_and_mixed_habits() {
        assert_eq!(money("1.234,56", Comma), Ok(Some(Money::from_cents(123_456))));
        assert_eq!(money("1 234,56 €", Comma), Ok(Some(Money::from_cents(123_456))));
        assert_eq!(money("1\u{202f}234,5", Comma), Ok(Some(Money::from_cents(123_450))));
        assert_eq!(money("12,50", Comma), Ok(Some(Money::from_cents(1250))));
        // A comma-decimal habit in a dot locale is still read as a decimal when it can't be grouping.
        assert_eq!(money("12,5", Dot), Ok(Some(Money::from_cents(1250))));
        // Thousands grouping is recognised in either locale.
        assert_eq!(money("1,250", Dot), Ok(Some(Money::from_units(1250))));
        assert_eq!(money("1.250", Comma), Ok(Some(Money::from_units(1250))));
        // The locale's own decimal mark wins when it appears once.
        assert_eq!(money("1.250", Dot), Ok(Some(Money::from_cents(125))));
        assert_eq!(money("1'234.50", Dot), Ok(Some(Money::from_cents(123_450))));
        assert_eq!(money("R$ 1.234,50", Comma), Ok(Some(Money::from_cents(123_450))));
        assert_eq!(money("1,234 EUR", Dot), Ok(Some(Money::from_units(1234))));
    }

    #[test]
    fn rejects_what_is_not_a_number_and_says_so() {
        let err = money("abc", Dot).unwrap_err();
        assert_eq!(err, NumberError::NotANumber("abc".into()));
        assert_eq!(err.to_string(), "“abc” is not a number. Type digits only, for example 1200 or 1,200.50.");
        assert!(matches!(money("1.2.3,4", Dot), Err(NumberError::NotANumber(_))));
        assert!(matches!(money("12a", Dot), Err(NumberError::NotANumber(_))));
        assert!(matches!(money("1e5", Dot), Err(NumberError::NotANumber(_))));
        assert!(matches!(money("$", Dot), Err(NumberError::NotANumber(_))));
        assert!(matches!(money("1,23,4", Dot), Err(NumberError::NotANumber(_))));
    }

    #[test]
    fn rejects_negatives_in_every_spelling_but_allows_minus_zero() {
        assert_eq!(money("-5", Dot), Err(NumberError::Negative));
        assert_eq!(money("−5", Dot), Err(NumberError::Negative));
        assert_eq!(money("(1,234)", Dot), Err(NumberError::Negative));
        assert_eq!(parse_count("-3", Dot), Err(NumberError::Negative));
        assert_eq!(money("-0", Dot), Ok(Some(Money::ZERO)));
    }

    #[test]
    fn counts_must_be_whole() {
        assert_eq!(parse_count("42", Dot), Ok(Some(42)));
        assert_eq!(parse_count("1,234", Dot), Ok(Some(1234)));
        assert_eq!(parse_count("1.234", Comma), Ok(Some(1234)));
        assert_eq!(parse_count("12.0", Dot), Ok(Some(12)));
        assert_eq!(parse_count("12.5", Dot), Err(NumberError::NotWhole("12.5".into())));
    }

    #[test]
    fn limits_on_size_and_precision() {
        assert_eq!(parse_count("1000000000000", Dot), Ok(Some(MAX_VALUE)));
        assert_eq!(parse_count("1000000000001", Dot), Err(NumberError::TooLarge));
        assert_eq!(parse_count("99999999999999999999999", Dot), Err(NumberError::TooLarge));
        assert_eq!(money("0.1234567", Dot), Err(NumberError::TooManyDecimals));
        assert_eq!(money("000000000000000012", Dot), Ok(Some(Money::from_units(12))));
    }

    #[test]
    fn locale_sample_picks_the_separator() {
        assert_eq!(DecimalSep::from_sample("1.5"), Dot);
        assert_eq!(DecimalSep::from_sample("1,5"), Comma);
    }
}
