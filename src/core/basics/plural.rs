//! CLDR plural categories: which form of a word a count takes. English has two (one, other);
//! other languages up to six. The page asks the browser's `Intl.PluralRules`; tests and copied
//! text use English's rule here.

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// `one`, `few` … as CLDR (and `Intl.PluralRules.select`) names them.
    pub fn from_name(name: &str) -> Option<Plural> {
        Some(match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            "other" => Plural::Other,
            _ => return None,
        })
    }
}

/// English's rule for whole counts: 1 is "one", everything else "other".
pub fn english(n: f64) -> Plural {
    if n == 1.0 {
        Plural::One
    } else {
        Plural::Other
    }
}
