//! Numbers for people: the core's messages mark each number with its unit, and a
//! [`Formatter`] (the browser's locale in the app, [`PlainFormatter`] in tests and copied text)
//! decides how it is written; "—" stands for a value that can't be shown.

use crate::core::basics::language::Language;
use crate::core::basics::plural::{self, Plural};
use crate::core::ladder::{Unit, Value};

/// What stands for a value that can't be shown (its reason is said beside it).
pub const DASH: &str = "—";

/// Writes numbers for people.
pub trait Formatter {
    fn money(&self, amount: f64) -> String;
    /// `fraction` is 0.25 for 25%.
    fn percent(&self, fraction: f64) -> String;
    fn count(&self, count: u64) -> String;
    /// A multiple such as ROAS: 2.5 → "2.5×".
    fn multiple(&self, times: f64) -> String;
    /// A quantity with at most one decimal: 1.43 → "1.4".
    fn decimal(&self, v: f64) -> String;
    /// A percentage with exactly one decimal: 0.11 → "11.0%".
    fn percent1(&self, fraction: f64) -> String;

    /// The CLDR plural category of `n` in the page's language (English's rule unless the
    /// formatter knows the language's: the browser's `Intl.PluralRules` on the page).
    fn plural(&self, n: f64) -> Plural {
        plural::english(n)
    }

    /// The language the words are written in (the numbers follow the formatter's locale,
    /// which may be another: English words, German numbers).
    fn language(&self) -> Language {
        Language::English
    }

    /// A range of percentages written to one precision: "11.0%–31.7%", not "11%–31.7%";
    /// "20%–40%" when both ends are whole.
    fn percent_range(&self, lo: f64, hi: f64) -> String {
        let whole = |v: f64| (v * 1000.0).round() % 10.0 == 0.0;
        if whole(lo) && whole(hi) {
            format!("{}–{}", self.percent(lo), self.percent(hi))
        } else {
            format!("{}–{}", self.percent1(lo), self.percent1(hi))
        }
    }

    /// A change in percentage points, signed, at most one decimal: −0.122 → "−12.2",
    /// 0.039 → "+3.9" (the minus sign is U+2212, as in print).
    fn points(&self, change: f64) -> String {
        let sign = if change < 0.0 { "−" } else { "+" };
        format!("{sign}{}", self.decimal((change * 100.0).abs()))
    }

    /// A day (days since 1970-01-01): ISO (2026-11-30) unless the formatter knows the
    /// locale's way.
    fn date(&self, day: i64) -> String {
        crate::core::basics::calendar::iso_date(day)
    }

    /// A span of days, first and last: ISO ("2026-10-05 – 2026-10-11", as a period is saved)
    /// unless the formatter knows the locale's way.
    fn days(&self, first: i64, last: i64) -> String {
        format!("{} – {}", self.date(first), self.date(last))
    }

    /// A year, never grouped ("2026", not "2,026"), in the locale's digits where it has its own.
    fn year(&self, year: i64) -> String {
        year.to_string()
    }

    /// A value in its unit, or "—" when unknown (the reason is shown separately).
    fn value(&self, value: Value, unit: Unit) -> String {
        match value {
            Value::Unknown(_) => DASH.to_string(),
            Value::Known(v) => self.number(v, unit),
        }
    }

    fn number(&self, v: f64, unit: Unit) -> String {
        match unit {
            Unit::Money => self.money(v),
            Unit::Percent => self.percent(v),
            Unit::Multiple => self.multiple(v),
            Unit::Count => self.count(v.round().max(0.0) as u64),
            Unit::Decimal => self.decimal(v),
        }
    }
}

/// A locale-free formatter: `USD 1,234.50`, `65.4%`, `1,234`, `2.5×`.
#[derive(Clone, Debug)]
pub struct PlainFormatter {
    pub currency: String,
}

/// Digits grouped by three with commas, as the app's English sentences write counts: "200,000".
pub(crate) fn group_thousands(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// At most `max` characters: cut at the last word that fits, with "…" to say so.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let head: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = head.rfind(' ').filter(|i| *i > head.len() / 2).map_or(head.as_str(), |i| &head[..i]);
    format!("{}…", cut.trim_end_matches([' ', '–', '-']).trim_end())
}

/// Exact money to the cent with the whole part grouped, no currency: "1,234.50". Integers
/// only (the import worker has no float formatting).
pub fn grouped_money(m: crate::core::basics::money::Money) -> String {
    let cents = m.cents().abs();
    let sign = if m.0 < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", group_thousands(&(cents / 100).to_string()), cents % 100)
}

/// Rounds half away from zero to `decimals` places and groups the whole part.
fn fixed(v: f64, decimals: usize) -> String {
    let text =
        format!("{:.*}", decimals, (v * 10f64.powi(decimals as i32)).round() / 10f64.powi(decimals as i32));
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (sign, whole) = whole.strip_prefix('-').map(|w| ("-", w)).unwrap_or(("", whole));
    if fraction.is_empty() {
        format!("{sign}{}", group_thousands(whole))
    } else {
        format!("{sign}{}.{fraction}", group_thousands(whole))
    }
}

/// One decimal, dropped when it is zero: 65.0 → "65", 60.26 → "60.3".
fn one_decimal(v: f64) -> String {
    let text = fixed(v, 1);
    text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
}

impl Formatter for PlainFormatter {
    fn money(&self, amount: f64) -> String {
        format!("{} {}", self.currency, fixed(amount, 2))
    }
    fn percent(&self, fraction: f64) -> String {
        format!("{}%", one_decimal(fraction * 100.0))
    }
    fn count(&self, count: u64) -> String {
        group_thousands(&count.to_string())
    }
    fn multiple(&self, times: f64) -> String {
        format!("{}×", fixed(times, 2).trim_end_matches('0').trim_end_matches('.'))
    }
    fn decimal(&self, v: f64) -> String {
        one_decimal(v)
    }
    fn percent1(&self, fraction: f64) -> String {
        format!("{}%", fixed(fraction * 100.0, 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ladder::fields::Field;
    use crate::core::ladder::Reason;

    #[test]
    fn grouped_money_is_exact_to_the_cent_with_the_thousands_grouped() {
        use crate::core::basics::money::Money;
        assert_eq!(grouped_money(Money::from_cents(123_456_789)), "1,234,567.89");
        assert_eq!(grouped_money(Money(-1_234_505_000)), "-1,234.51");
        assert_eq!(grouped_money(Money::ZERO), "0.00");
    }

    #[test]
    fn long_names_are_clipped_at_a_word_with_an_ellipsis() {
        let name = "Move 300 from Summer promo – WhatsApp to Retargeting – Messenger";
        assert_eq!(clip(name, 60), "Move 300 from Summer promo – WhatsApp to Retargeting…");
        assert!(clip(name, 60).chars().count() <= 60);
        assert_eq!(clip("short", 60), "short");
        assert_eq!(clip("abcdefghij", 5), "abcd…", "no space to cut at");
    }

    fn plain() -> PlainFormatter {
        PlainFormatter { currency: "USD".into() }
    }

    #[test]
    fn plain_formatter_writes_each_unit() {
        let f = plain();
        assert_eq!(f.money(1234.5), "USD 1,234.50");
        assert_eq!(f.money(23.076923), "USD 23.08");
        assert_eq!(f.money(0.005), "USD 0.01");
        assert_eq!(f.money(1_000_000.0), "USD 1,000,000.00");
        assert_eq!(f.percent(0.65), "65%");
        assert_eq!(f.value(Value::Known(1.0), Unit::Percent), "100%");
        assert_eq!(f.percent(47.0 / 78.0), "60.3%");
        assert_eq!(f.count(1_234_567), "1,234,567");
        assert_eq!(f.count(12), "12");
        assert_eq!(f.multiple(3.5), "3.5×");
        assert_eq!(f.multiple(2.0), "2×");
        assert_eq!(f.multiple(7.6923), "7.69×");
        assert_eq!(f.decimal(1.43), "1.4");
        assert_eq!(f.decimal(1_555.0), "1,555");
    }

    #[test]
    fn unknown_values_are_a_dash_never_nan() {
        let f = plain();
        assert_eq!(f.value(Value::Unknown(Reason::NoneYet(Field::Customers)), Unit::Money), "—");
        assert_eq!(f.value(Value::Known(3.0), Unit::Money), "USD 3.00");
    }
}
