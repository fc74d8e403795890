//! The core's messages as the page writes them: English for now, from the catalogue built
//! into the core (the chosen language's catalogue and the browser's plural rules come with
//! the languages).

use crate::core::basics::text::Formatter;
use crate::core::message::{english, english_catalogue, word_in, Id, Message};

/// A message in the page's words, numbers written plainly (counts, names).
pub fn say(message: &Message) -> String {
    english(message)
}

/// A message in the page's words, its money, rates and counts written by the page's
/// formatter (the user's locale and currency).
pub fn say_in(message: &Message, format: &dyn Formatter) -> String {
    message.render(format)
}

/// A message without arguments (a label, a button), borrowed from the catalogue: it costs
/// the page what a string literal costs.
pub fn word(id: Id) -> &'static str {
    word_in(english_catalogue(), id)
}
