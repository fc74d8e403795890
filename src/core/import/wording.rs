//! What the import's messages are built from: a text given as is, a count, a name from the
//! file quoted, and lists. The import's problems and notes are data (they cross from the
//! import worker as JSON); these build their words on the page.

use crate::core::message::{Arg, Id, Message};

/// A message as another's argument.
pub(super) fn msg(message: Message) -> Arg {
    Arg::Message(Box::new(message))
}

/// Text given as is: a name or a value from the file, or a number written as it always is
/// (a line number, "0.36").
pub(super) fn text(value: impl ToString) -> Arg {
    Arg::Text(value.to_string())
}

/// A count, for the number and the plural of its noun.
pub(super) fn count(n: usize) -> Arg {
    Arg::Count(n as u64)
}

/// A name from the file, quoted: “Spend”.
pub(super) fn quoted(name: &str) -> Message {
    Message::of(Id::ImpQuoted).with("name", text(name))
}

/// Items one after another, each joined to the rest by `join` (a message of `first` and
/// `rest`), built from the right; nothing for no items.
pub(super) fn joined(items: impl IntoIterator<Item = Arg>, join: Id) -> Arg {
    let mut items: Vec<Arg> = items.into_iter().collect();
    let Some(mut out) = items.pop() else { return Arg::Text(String::new()) };
    while let Some(item) = items.pop() {
        out = msg(Message::of(join).with("first", item).with("rest", out));
    }
    out
}

/// A list: "Reach, Leads".
pub(super) fn list(items: impl IntoIterator<Item = Arg>) -> Arg {
    joined(items, Id::ImpList)
}

/// Names from the file, each quoted, as a list: “Brand”, “Quotes C”.
pub(super) fn quoted_list(names: &[String]) -> Arg {
    list(names.iter().map(|n| msg(quoted(n))))
}
