//! Numbers written for the browser's locale with `Intl.NumberFormat`: money in the workspace
//! currency, percentages, counts and multiples. Formatters are cached per locale and style.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::basics::language::Language;
use crate::core::basics::number::DecimalSep;
use crate::core::basics::plural::Plural;
use crate::core::basics::text::Formatter;

/// Formats for one locale and currency, words in one language (which may differ from the
/// locale's: English words, German numbers). Cheap to clone; the `Intl` objects live in a
/// cache.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntlFormatter {
    pub locale: String,
    pub currency: String,
    pub language: Language,
}

thread_local! {
    static CACHE: RefCell<HashMap<String, Function>> = RefCell::new(HashMap::new());
    static PLURALS: RefCell<HashMap<&'static str, Intl::PluralRules>> = RefCell::new(HashMap::new());
}

/// The cached function under `key`, built by `build` the first time.
fn cached(key: String, build: impl FnOnce() -> Function) -> Function {
    CACHE.with(|cache| cache.borrow_mut().entry(key).or_insert_with(build).clone())
}

/// A day (days since 1970-01-01) as a JavaScript date, at its UTC midnight.
fn js_day(day: i64) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(day as f64 * 86_400_000.0))
}

/// The browser's preferred locale, `en-US` when it can't be read.
pub fn browser_locale() -> String {
    web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_else(|| "en-US".to_string())
}

impl IntlFormatter {
    /// Numbers for `locale` in `currency`, words in the page's language.
    pub fn new(locale: &str, currency: &str) -> IntlFormatter {
        IntlFormatter::speaking(locale, currency, crate::core::message::spoken())
    }

    pub fn speaking(locale: &str, currency: &str, language: Language) -> IntlFormatter {
        IntlFormatter { locale: locale.to_string(), currency: currency.to_string(), language }
    }

    /// The decimal separator `locale` writes (no currency involved), so typed numbers are
    /// read the same way.
    pub fn decimal_sep_of(locale: &str) -> DecimalSep {
        IntlFormatter::new(locale, "").decimal_sep()
    }

    /// The decimal separator this locale writes, so typed numbers are read the same way.
    pub fn decimal_sep(&self) -> DecimalSep {
        DecimalSep::from_sample(&self.format("decimal1", 1.5))
    }

    fn format(&self, style: &str, value: f64) -> String {
        let function = cached(format!("{}|{}|{style}", self.locale, self.currency), || self.build(style));
        function
            .call1(&JsValue::NULL, &JsValue::from_f64(value))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| value.to_string())
    }

    /// The locale's medium dates ("Nov 30, 2026"), the day taken in UTC.
    fn dates(&self) -> Intl::DateTimeFormat {
        let options = Object::new();
        let _ = Reflect::set(&options, &"dateStyle".into(), &"medium".into());
        let _ = Reflect::set(&options, &"timeZone".into(), &"UTC".into());
        Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str(&self.locale)), &options)
    }

    fn build(&self, style: &str) -> Function {
        let options = Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = Reflect::set(&options, &JsValue::from_str(k), &v);
        };
        match style {
            "money" => {
                set("style", "currency".into());
                set("currency", self.currency.as_str().into());
            }
            "percent" => {
                set("style", "percent".into());
                set("maximumFractionDigits", 1.into());
            }
            "multiple" => set("maximumFractionDigits", 2.into()),
            "decimal" => set("maximumFractionDigits", 1.into()),
            "decimal1" => set("minimumFractionDigits", 1.into()),
            "year" => {
                set("useGrouping", false.into());
                set("maximumFractionDigits", 0.into());
            }
            "percent1" => {
                set("style", "percent".into());
                set("minimumFractionDigits", 1.into());
                set("maximumFractionDigits", 1.into());
            }
            _ => set("maximumFractionDigits", 0.into()),
        }
        // `navigator.language` is always a valid tag and currencies are checked to be three
        // capitals, the only shape `Intl` rejects.
        let format = Intl::NumberFormat::new(&Array::of1(&JsValue::from_str(&self.locale)), &options);
        format.format()
    }
}

impl Formatter for IntlFormatter {
    fn money(&self, amount: f64) -> String {
        self.format("money", amount)
    }
    fn percent(&self, fraction: f64) -> String {
        self.format("percent", fraction)
    }
    fn count(&self, count: u64) -> String {
        self.format("count", count as f64)
    }
    fn multiple(&self, times: f64) -> String {
        format!("{}×", self.format("multiple", times))
    }
    fn decimal(&self, v: f64) -> String {
        self.format("decimal", v)
    }
    fn percent1(&self, fraction: f64) -> String {
        self.format("percent1", fraction)
    }
    fn year(&self, year: i64) -> String {
        self.format("year", year as f64)
    }
    /// The locale's medium date ("Nov 30, 2026", "30.11.2026"), the day taken in UTC.
    fn date(&self, day: i64) -> String {
        let function = cached(format!("{}|date", self.locale), || self.dates().format());
        function
            .call1(&JsValue::NULL, &js_day(day))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| crate::core::basics::calendar::iso_date(day))
    }
    /// The locale's range of medium dates, each part once ("Oct 5 – 11, 2026",
    /// "05.–11.10.2026"), the days taken in UTC.
    fn days(&self, first: i64, last: i64) -> String {
        let function = cached(format!("{}|days", self.locale), || {
            let format = self.dates();
            Reflect::get(&format, &"formatRange".into())
                .ok()
                .and_then(|f| f.dyn_into::<Function>().ok())
                .map(|f| f.bind0(&format))
                // Missing in browsers from before 2021: `Object`, which writes no string, so
                // each date is written on its own below.
                .unwrap_or_else(|| Object::new().constructor())
        });
        function
            .call2(&JsValue::NULL, &js_day(first), &js_day(last))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| format!("{} – {}", self.date(first), self.date(last)))
    }
    fn language(&self) -> Language {
        self.language
    }
    /// The category `Intl.PluralRules` gives `n` in the words' language.
    fn plural(&self, n: f64) -> Plural {
        let tag = self.language.tag();
        let rules = PLURALS.with(|cache| {
            cache
                .borrow_mut()
                .entry(tag)
                .or_insert_with(|| {
                    Intl::PluralRules::new(&Array::of1(&JsValue::from_str(tag)), &Object::new())
                })
                .clone()
        });
        Plural::from_name(&String::from(rules.select(n))).unwrap_or(Plural::Other)
    }
}
