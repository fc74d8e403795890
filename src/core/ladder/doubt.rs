//! Typed values whose reading is in doubt. "1.200" in an English browser reads as 1.2, but
//! whoever typed it may have meant 1,200 (a European habit): a separator that is the
//! locale's decimal mark followed by exactly three digits asks which was meant. And an
//! amount written with another currency's symbol or code ("R$ 1.200,00" in a USD
//! workspace) is flagged rather than taken as dollars.

use super::words::msg;
use crate::core::basics::number::DecimalSep;
use crate::core::message::{Arg, Id, Message};

/// A text the user can put in the field with one click to say what they meant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The reading as a person writes it in this locale: "1.2", "1,200".
    pub reading: String,
    /// The text put in the field: "1.2", "1200".
    pub text: String,
}

impl Choice {
    /// The button's words: "It’s 1,200".
    pub fn label(&self) -> Message {
        Message::of(Id::LadderChoice).with("reading", Arg::Text(self.reading.clone()))
    }
}

/// The two readings of an ambiguous value: (as a decimal, as thousands), each as a person
/// writes it in this locale and as plain text for the field. `None` when there's no doubt.
pub fn readings(text: &str, sep: DecimalSep) -> Option<[Choice; 2]> {
    let mark = match sep {
        DecimalSep::Dot => '.',
        DecimalSep::Comma => ',',
    };
    let group = if mark == '.' { ',' } else { '.' };
    let core: String = text.chars().filter(|c| c.is_ascii_digit() || *c == '.' || *c == ',').collect();
    // Only the number itself: a symbol or code around it is fine, anything else isn't ours.
    let rest: String = text.chars().filter(|c| !(c.is_ascii_digit() || *c == '.' || *c == ',')).collect();
    if rest.chars().any(|c| c.is_ascii_digit()) || core.matches(mark).count() != 1 || core.contains(group) {
        return None;
    }
    let (whole, fraction) = core.split_once(mark)?;
    if whole.is_empty() || whole.len() > 3 || fraction.len() != 3 || whole.starts_with('0') {
        return None;
    }
    let decimal = match fraction.trim_end_matches('0') {
        "" => whole.to_string(),
        f => format!("{whole}{mark}{f}"),
    };
    let thousands = format!("{whole}{fraction}");
    Some([
        Choice { reading: decimal.clone(), text: decimal },
        Choice { reading: format!("{whole}{group}{fraction}"), text: thousands },
    ])
}

/// The message for an ambiguous amount, or for a count that can only be the thousands.
pub fn ambiguous_message(text: &str, choices: &[Choice; 2], count: bool) -> Message {
    let typed = Arg::Text(text.trim().to_string());
    let thousands = Arg::Text(choices[1].reading.clone());
    if count {
        Message::of(Id::LadderNotWholeMeant).with("typed", typed).with("thousands", thousands)
    } else {
        Message::of(Id::LadderReadsAs)
            .with("typed", typed)
            .with("decimal", Arg::Text(choices[0].reading.clone()))
            .with("thousands", thousands)
    }
}

/// The currencies a symbol or code in the text names, when it names any. "$" alone stands
/// for every dollar and peso that writes it.
pub fn currencies_named(text: &str) -> Option<Vec<String>> {
    const DOLLAR: [&str; 9] = ["USD", "AUD", "CAD", "NZD", "SGD", "MXN", "COP", "ARS", "CLP"];
    let t = text.trim();
    let prefixed = [
        ("R$", &["BRL"][..]),
        ("US$", &["USD"][..]),
        ("A$", &["AUD"][..]),
        ("C$", &["CAD"][..]),
        ("NZ$", &["NZD"][..]),
        ("S$", &["SGD"][..]),
        ("MX$", &["MXN"][..]),
        ("Rp", &["IDR"][..]),
        ("RM", &["MYR"][..]),
    ];
    for (mark, codes) in prefixed {
        if t.starts_with(mark) || t.ends_with(mark) {
            return Some(codes.iter().map(|c| c.to_string()).collect());
        }
    }
    let symbol = |c: char| -> Option<Vec<&'static str>> {
        Some(match c {
            '$' => DOLLAR.to_vec(),
            '€' => vec!["EUR"],
            '£' => vec!["GBP"],
            '¥' => vec!["JPY", "CNY"],
            '₹' => vec!["INR"],
            '₱' => vec!["PHP"],
            '₫' => vec!["VND"],
            '₩' => vec!["KRW"],
            '₦' => vec!["NGN"],
            '₺' => vec!["TRY"],
            '₽' => vec!["RUB"],
            '฿' => vec!["THB"],
            _ => return None,
        })
    };
    if let Some(found) = t.chars().find_map(symbol) {
        return Some(found.into_iter().map(str::to_string).collect());
    }
    // A code of three capitals before or after the number ("USD 90", "90 EUR").
    let lead: String = t.chars().take_while(|c| c.is_ascii_uppercase()).collect();
    let trail: String = t.chars().rev().take_while(|c| c.is_ascii_uppercase()).collect();
    let trail: String = trail.chars().rev().collect();
    [lead, trail].into_iter().find(|code| code.len() == 3).map(|code| vec![code])
}

/// Says so when an amount is written in another currency than the workspace's.
pub fn currency_clash(text: &str, currency: &str) -> Option<Message> {
    let named = currencies_named(text)?;
    if named.iter().any(|c| c == currency) {
        return None;
    }
    // "USD or AUD or CAD": each code before the rest, built from the right.
    let either = named
        .iter()
        .rev()
        .map(|code| Arg::Text(code.clone()))
        .reduce(|rest, code| msg(Message::of(Id::DxListOr).with("first", code).with("rest", rest)))?;
    Some(
        Message::of(Id::LadderCurrencyClash)
            .with("typed", Arg::Text(text.trim().to_string()))
            .with("named", either)
            .with("first", Arg::Text(named[0].clone()))
            .with("currency", Arg::Text(currency.to_string())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::message::english;

    fn texts(text: &str, sep: DecimalSep) -> Option<[String; 2]> {
        readings(text, sep).map(|[a, b]| [a.text, b.text])
    }

    #[test]
    fn a_mark_before_exactly_three_digits_is_in_doubt() {
        assert_eq!(texts("1.200", DecimalSep::Dot), Some(["1.2".into(), "1200".into()]));
        assert_eq!(texts("$1.250", DecimalSep::Dot), Some(["1.25".into(), "1250".into()]));
        assert_eq!(texts("1,000", DecimalSep::Comma), Some(["1".into(), "1000".into()]));
        let [a, b] = readings("1.200", DecimalSep::Dot).unwrap();
        assert_eq!(
            (english(&a.label()), english(&b.label())),
            ("It’s 1.2".to_string(), "It’s 1,200".to_string())
        );
        // Not in doubt: the locale's group mark, two or four decimals, both marks, a leading 0.
        for t in ["1,200", "1.20", "1.2000", "1,234.500", "0.250", "1200", "12.5", "1.200.000"] {
            assert_eq!(texts(t, DecimalSep::Dot), None, "{t}");
        }
        assert_eq!(texts("1.200", DecimalSep::Comma), None, "a group mark in a comma locale");
    }

    #[test]
    fn the_message_asks_which() {
        let choices = readings("1.200", DecimalSep::Dot).unwrap();
        assert_eq!(
            english(&ambiguous_message("1.200", &choices, false)),
            "“1.200” reads as 1.2. Did you mean 1,200? Say which, or type it without the separator."
        );
        assert_eq!(
            english(&ambiguous_message("1.200", &choices, true)),
            "“1.200” is not a whole number. Did you mean 1,200?"
        );
    }

    #[test]
    fn another_currencys_symbol_is_flagged() {
        assert_eq!(
            english(&currency_clash("R$ 1.200,00", "USD").unwrap()),
            "“R$ 1.200,00” is written in BRL, but this workspace counts in USD. Pick BRL as the currency above, or convert the amount."
        );
        assert!(currency_clash("€90", "USD").is_some());
        assert!(currency_clash("90 EUR", "USD").is_some());
        assert_eq!(currency_clash("$90", "USD"), None);
        assert_eq!(currency_clash("$90", "MXN"), None, "pesos write $ too");
        assert_eq!(currency_clash("R$ 90", "BRL"), None);
        assert_eq!(currency_clash("1,200", "USD"), None);
        assert_eq!(currency_clash("90 usd", "USD"), None, "lowercase is no code");
    }
}
