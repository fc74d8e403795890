//! Every word a message: an [`Id`] with typed, named arguments ([`Message`]), turned into words
//! by one renderer from a catalogue a translator can work from (`en/*.ftl`, a subset of Project
//! Fluent's syntax: one entry per message, its arguments named). Plurals go by the count's
//! CLDR category, never by adding "s". The English catalogue is built in; other languages'
//! catalogues load beside it (issue 25). Panels move their words here one by one; what is left
//! in `src/web` is counted by `tests/web_words.rs`.

pub mod catalogue;
mod ids;

pub use ids::{Id, ENGLISH};

use std::sync::OnceLock;

use crate::core::basics::language::{Direction, Language};
use crate::core::basics::plural::Plural;
use catalogue::{Catalogue, CatalogueError, Key, Part};

use crate::core::basics::text::Formatter;

/// A typed argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Count(u64),
    Money(f64),
    Percent(f64),
    /// A multiple such as ROAS: 2.5×.
    Multiple(f64),
    /// A quantity with at most one decimal, such as projected customers: 14.6.
    Decimal(f64),
    /// A range of percentages written to one precision: 11.0%–31.7%.
    PercentRange(f64, f64),
    /// A change in percentage points, signed, at most one decimal: −0.122 → "−12.2".
    Points(f64),
    /// A day (days since 1970-01-01), written as the locale writes dates ("Nov 30, 2026").
    Date(i64),
    /// A span of days, first and last (days since 1970-01-01), written as the locale writes a
    /// range of dates ("Oct 5 – 11, 2026", "05.–11.10.2026").
    Days(i64, i64),
    /// A year, in the locale's digits and never grouped: 2026, ٢٠٢٦.
    Year(i64),
    /// A name or other text given as is (a workspace's name, a file's).
    Text(String),
    Message(Box<Message>),
}

impl Arg {
    /// The number a plural select goes by.
    fn number(&self) -> Option<f64> {
        match self {
            Arg::Count(n) => Some(*n as f64),
            Arg::Money(v) | Arg::Percent(v) | Arg::Multiple(v) | Arg::Decimal(v) | Arg::Points(v) => Some(*v),
            Arg::PercentRange(..)
            | Arg::Date(_)
            | Arg::Days(..)
            | Arg::Year(_)
            | Arg::Text(_)
            | Arg::Message(_) => None,
        }
    }
}

/// A message: its id and its arguments by name.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: Id,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments.
    pub fn of(id: Id) -> Message {
        Message { id, args: Vec::new() }
    }

    /// Adds an argument (named as `id.args()` names it; the catalogue test checks the names).
    pub fn with(mut self, name: &'static str, arg: Arg) -> Message {
        debug_assert!(self.id.args().contains(&name), "{:?} carries no “{name}”", self.id);
        self.args.push((name, arg));
        self
    }

    fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// The English catalogue, built into the app.
pub fn english_catalogue() -> &'static Catalogue {
    static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
    ENGLISH.get_or_init(|| {
        Catalogue::parse_files(ids::ENGLISH).expect("the English catalogue is valid (tested)")
    })
}

thread_local! {
    /// The catalogues loaded beside the built-in English one, each held for the app's life.
    static LOADED: std::cell::RefCell<Vec<(Language, &'static Catalogue)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Reads a language's catalogue (one file, as the build writes `i18n/<tag>.ftl`) and keeps it
/// for the app's life, so its words can be borrowed like literals. Loading a language again
/// replaces nothing: the first copy stays.
pub fn load_catalogue(language: Language, text: &str) -> Result<&'static Catalogue, CatalogueError> {
    if let Some(loaded) = loaded(language) {
        return Ok(loaded);
    }
    let catalogue: &'static Catalogue = Box::leak(Box::new(Catalogue::parse(text)?));
    LOADED.with(|l| l.borrow_mut().push((language, catalogue)));
    Ok(catalogue)
}

fn loaded(language: Language) -> Option<&'static Catalogue> {
    LOADED.with(|l| l.borrow().iter().find(|(lang, _)| *lang == language).map(|(_, c)| *c))
}

thread_local! {
    /// The language the app speaks now (the page's; English in tests and copied text unless
    /// set).
    static SPOKEN: std::cell::Cell<Language> = const { std::cell::Cell::new(Language::English) };
}

/// The language the app speaks now.
pub fn spoken() -> Language {
    SPOKEN.with(std::cell::Cell::get)
}

/// Speaks `language` from now on (its catalogue loaded first, or English fills in).
pub fn speak(language: Language) {
    SPOKEN.with(|s| s.set(language));
}

/// A message without arguments (a label, a name) in the language spoken now, borrowed from
/// its catalogue.
pub fn word(id: Id) -> &'static str {
    word_in(catalogue_for(spoken()), id)
}

/// Plain numbers, words in the language spoken now.
struct Spoken(crate::core::basics::text::PlainFormatter);

impl Formatter for Spoken {
    fn money(&self, amount: f64) -> String {
        self.0.money(amount)
    }
    fn percent(&self, fraction: f64) -> String {
        self.0.percent(fraction)
    }
    fn count(&self, count: u64) -> String {
        self.0.count(count)
    }
    fn multiple(&self, times: f64) -> String {
        self.0.multiple(times)
    }
    fn decimal(&self, v: f64) -> String {
        self.0.decimal(v)
    }
    fn percent1(&self, fraction: f64) -> String {
        self.0.percent1(fraction)
    }
    fn language(&self) -> Language {
        spoken()
    }
}

/// A message in the language spoken now, its numbers written plainly: for files the user
/// downloads (CSV headings and notes), which carry no counts to pluralise.
pub fn plain(message: &Message) -> String {
    plain_with(message, &crate::core::basics::plural::english)
}

/// A message in the language spoken now, its numbers written plainly, its plurals by
/// `plural` (the page gives the browser's rules for the language).
pub fn plain_with(message: &Message, plural: &dyn Fn(f64) -> Plural) -> String {
    let format = Spoken(crate::core::basics::text::PlainFormatter { currency: String::new() });
    render(catalogue_for(spoken()), message, &format, plural)
}

/// Whether a language's words are here: English always, another once loaded.
pub fn has_catalogue(language: Language) -> bool {
    language == Language::English || loaded(language).is_some()
}

/// The catalogue a language's words come from: English's is built in; another's once loaded
/// (English until then).
pub fn catalogue_for(language: Language) -> &'static Catalogue {
    match language {
        Language::English => english_catalogue(),
        other => loaded(other).unwrap_or_else(english_catalogue),
    }
}

/// Writes a message in a catalogue's words, its numbers by `format`, its plurals by `plural`.
/// A message the catalogue lacks is written as its key (the catalogue test keeps it from
/// happening).
pub fn render(
    catalogue: &Catalogue,
    message: &Message,
    format: &dyn Formatter,
    plural: &dyn Fn(f64) -> Plural,
) -> String {
    // A message a translation lacks is said in English (tests/translations.rs keeps it rare).
    let Some(parts) =
        catalogue.entries.get(message.id.key()).or_else(|| english_catalogue().entries.get(message.id.key()))
    else {
        return message.id.key().to_string();
    };
    let mut out = String::new();
    write_parts(parts, catalogue, message, format, plural, &mut out);
    out
}

fn write_parts(
    parts: &[Part],
    catalogue: &Catalogue,
    message: &Message,
    format: &dyn Formatter,
    plural: &dyn Fn(f64) -> Plural,
    out: &mut String,
) {
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Arg(name) => match message.arg(name) {
                Some(Arg::Count(n)) => out.push_str(&format.count(*n)),
                Some(Arg::Money(v)) => out.push_str(&format.money(*v)),
                Some(Arg::Percent(v)) => out.push_str(&format.percent(*v)),
                Some(Arg::Multiple(v)) => out.push_str(&format.multiple(*v)),
                Some(Arg::Decimal(v)) => out.push_str(&format.decimal(*v)),
                Some(Arg::PercentRange(lo, hi)) => out.push_str(&format.percent_range(*lo, *hi)),
                Some(Arg::Points(v)) => out.push_str(&format.points(*v)),
                Some(Arg::Date(day)) => out.push_str(&format.date(*day)),
                Some(Arg::Days(first, last)) => out.push_str(&format.days(*first, *last)),
                Some(Arg::Year(year)) => out.push_str(&format.year(*year)),
                // A name or tag inside right-to-left words is isolated (FSI … PDI), so a
                // left-to-right "(de-DE)" keeps its brackets in place.
                Some(Arg::Text(t)) if format.language().direction() == Direction::RightToLeft => {
                    out.push('\u{2068}');
                    out.push_str(t);
                    out.push('\u{2069}');
                }
                Some(Arg::Text(t)) => out.push_str(t),
                Some(Arg::Message(m)) => out.push_str(&render(catalogue, m, format, plural)),
                None => out.push_str(&format!("{{${name}}}")),
            },
            Part::Select { arg, variants, default } => {
                let n = message.arg(arg).and_then(Arg::number);
                let exact = n.and_then(|n| {
                    variants.iter().find(|(k, _)| matches!(k, Key::Exact(e) if *e as f64 == n))
                });
                let by_category = n.and_then(|n| {
                    let category = plural(n);
                    variants.iter().find(|(k, _)| *k == Key::Category(category))
                });
                let chosen = exact.or(by_category).unwrap_or(&variants[*default]);
                write_parts(&chosen.1, catalogue, message, format, plural, out);
            }
        }
    }
}

impl Message {
    /// The message in the app's words (English until the languages come), its numbers and
    /// plurals by `format`.
    pub fn render(&self, format: &dyn Formatter) -> String {
        render(catalogue_for(format.language()), self, format, &|n| format.plural(n))
    }
}

/// A message without arguments (a label, a button) in a catalogue held for the app's life,
/// borrowed from it: as cheap to put on the page as a string literal. A message with
/// arguments, or one the catalogue lacks, gives its key (the catalogue test keeps both from
/// happening).
pub fn word_in(catalogue: &'static Catalogue, id: Id) -> &'static str {
    let parts = catalogue.entries.get(id.key()).or_else(|| english_catalogue().entries.get(id.key()));
    match parts.map(Vec::as_slice) {
        Some([Part::Text(text)]) => text,
        _ => id.key(),
    }
}

/// A message in English, numbers written plainly (counts grouped: "1,200"): for the core's
/// own `Display`s and tests.
pub fn english(message: &Message) -> String {
    let plain = crate::core::basics::text::PlainFormatter { currency: String::new() };
    message.render(&plain)
}

#[cfg(test)]
mod tests;
