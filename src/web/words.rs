//! The core's messages as the page writes them, in the page's language: English from the
//! catalogue built into the core, another language from its catalogue once loaded
//! (`web::language`).

use crate::core::basics::language::Language;
use crate::core::basics::plural::Plural;
use crate::core::basics::text::{Formatter, PlainFormatter};
use crate::core::message::{catalogue_for, word_in, Id, Message};

/// The language the page's words are in.
pub fn language() -> Language {
    crate::core::message::spoken()
}

/// Speaks `language` from now on (its catalogue loaded first; the page re-renders after).
pub fn set_language(language: Language) {
    crate::core::message::speak(language);
}

/// Plain numbers, words in the page's language.
struct Plain(PlainFormatter);

impl Formatter for Plain {
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
        language()
    }
    fn plural(&self, n: f64) -> Plural {
        crate::web::format::IntlFormatter::speaking("en", "", language()).plural(n)
    }
}

/// A message in the page's words, numbers written plainly (counts, names).
pub fn say(message: &Message) -> String {
    message.render(&Plain(PlainFormatter { currency: String::new() }))
}

/// A message in the page's words, its money, rates and counts written by the page's
/// formatter (the user's locale and currency).
pub fn say_in(message: &Message, format: &dyn Formatter) -> String {
    message.render(format)
}

/// A message without arguments (a label, a button), borrowed from the page's catalogue: it
/// costs the page what a string literal costs.
pub fn word(id: Id) -> &'static str {
    word_in(catalogue_for(language()), id)
}
