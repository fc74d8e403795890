//! What the comparisons' sentences are built from: a message as another's argument, and
//! items one after another ("a; b; c").

use crate::core::message::{Arg, Id, Message};

/// A message as another's argument.
pub(super) fn msg(message: Message) -> Arg {
    Arg::Message(Box::new(message))
}

/// Items one after another, each pair joined by `join` (`dx-list-semicolon`: "a; b"), as an
/// argument; nothing at all when there are none. Joined as a balanced tree, so thousands of
/// segments nest only as deep as their number's logarithm (the separator is the same at
/// every level, so the words are those of a flat list).
pub(crate) fn series(items: Vec<Message>, join: Id) -> Arg {
    if items.is_empty() {
        return Arg::Text(String::new());
    }
    msg(tree(items, join))
}

/// At least one item, joined.
fn tree(mut items: Vec<Message>, join: Id) -> Message {
    if items.len() == 1 {
        return items.pop().expect("one item");
    }
    let rest = items.split_off(items.len() / 2);
    Message::of(join).with("first", msg(tree(items, join))).with("rest", msg(tree(rest, join)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::message::english;

    #[test]
    fn a_series_reads_as_a_flat_list_and_none_is_nothing() {
        let quoted = |name: &str| Message::of(Id::CmpQuoted).with("name", Arg::Text(name.into()));
        let said = |n: usize| {
            let items = (1..=n).map(|i| quoted(&i.to_string())).collect();
            english(&Message::of(Id::CmpPointsSummary).with("points", series(items, Id::DxListComma)))
        };
        assert_eq!(said(0), "Cost per message against CAC, by segment: .");
        assert_eq!(said(1), "Cost per message against CAC, by segment: “1”.");
        assert_eq!(said(5), "Cost per message against CAC, by segment: “1”, “2”, “3”, “4”, “5”.");
        assert!(said(20_000).ends_with("“19999”, “20000”."), "thousands nest only a few levels deep");
    }
}
