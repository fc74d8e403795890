//! The core's messages as the page writes them, in the page's language: English from the
//! catalogue built into the core, another language from its catalogue once loaded
//! (`web::language`).

use crate::core::basics::language::Language;
use crate::core::basics::text::Formatter;
use crate::core::message::{plain_with, Id, Message};
use crate::web::format::IntlFormatter;

/// The language the page's words are in.
pub fn language() -> Language {
    crate::core::message::spoken()
}

/// Speaks `language` from now on (its catalogue loaded first; the page re-renders after).
pub fn set_language(language: Language) {
    crate::core::message::speak(language);
}

/// A message in the page's words, numbers written plainly (counts, names).
pub fn say(message: &Message) -> String {
    plain_with(message, &|n| IntlFormatter::speaking("en", "", language()).plural(n))
}

/// A message in the page's words, its money, rates and counts written by the page's
/// formatter (the user's locale and currency).
pub fn say_in(message: &Message, format: &dyn Formatter) -> String {
    message.render(format)
}

/// A message without arguments (a label, a button), borrowed from the page's catalogue: it
/// costs the page what a string literal costs.
pub fn word(id: Id) -> &'static str {
    crate::core::message::word(id)
}
