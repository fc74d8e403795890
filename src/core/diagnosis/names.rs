//! What the findings' sentences are built from: a step's and a stage's name, how many more of
//! the business's outcome, a list, two sentences in a row.

use crate::core::ladder::targets::Noun;
use crate::core::ladder::{Stage, Step};
use crate::core::message::{Arg, Id, Message};

/// A message as another's argument.
pub(super) fn msg(message: Message) -> Arg {
    Arg::Message(Box::new(message))
}

/// Adds a money argument when there is an amount.
pub(super) fn with_money(message: Message, name: &'static str, amount: Option<f64>) -> Message {
    match amount {
        Some(v) => message.with(name, Arg::Money(v)),
        None => message,
    }
}

/// A step's name inside a sentence: "the qualification step".
pub(crate) fn step_name(step: Step) -> Message {
    Message::of(match step {
        Step::Reply => Id::StepNameReply,
        Step::Qualification => Id::StepNameQualification,
        Step::Handoff => Id::StepNameHandoff,
        Step::Close => Id::StepNameClose,
    })
}

/// A step's name inside a sentence, "qualification (from conversations started)" when its
/// rate is counted from an earlier stage than its own (the stages between aren't counted).
pub(crate) fn folded_step_name(step: Step, from: Option<Stage>) -> Message {
    match from {
        Some(stage) => Message::of(Id::CmpFactorFrom)
            .with("factor", msg(step_name(step)))
            .with("from", msg(stage_name(stage))),
        None => step_name(step),
    }
}

/// A step's name starting a line: "Reply rate 10% higher".
pub(super) fn step_title(step: Step) -> Message {
    Message::of(match step {
        Step::Reply => Id::StepTitleReply,
        Step::Qualification => Id::StepTitleQualification,
        Step::Handoff => Id::StepTitleHandoff,
        Step::Close => Id::StepTitleClose,
    })
}

/// A stage's name inside a sentence: "the ladder stops at sales handoffs".
pub(crate) fn stage_name(stage: Stage) -> Message {
    Message::of(match stage {
        Stage::Started => Id::StageNameStarted,
        Stage::Replied => Id::StageNameReplied,
        Stage::Qualified => Id::StageNameQualified,
        Stage::HandedOff => Id::StageNameHandedOff,
        Stage::Customer => Id::StageNameCustomer,
    })
}

/// "about 14 more customers", "about 1 more customer", "less than 1 more customer": whole
/// people, and the noun agreeing with the count.
pub(super) fn more_outcomes(extra: f64, outcome: Noun) -> Message {
    if extra < 0.5 {
        return Message::of(Id::DxLessThanOneMore).with("outcome", msg(outcome.one()));
    }
    let n = extra.round() as u64;
    Message::of(Id::DxMoreOutcomes).with("count", Arg::Count(n)).with("outcome", msg(outcome.counted(n)))
}

/// Two sentences, one after the other.
pub(super) fn then(first: Message, next: Message) -> Message {
    Message::of(Id::DxThen).with("first", msg(first)).with("then", msg(next))
}

/// A list, built from the right: `pair` joins the last two ("b and c"), `more` each item
/// before them to the rest ("a, b and c"). One item is the item itself.
pub(super) fn list(first: Message, rest: impl IntoIterator<Item = Message>, pair: Id, more: Id) -> Message {
    let mut items: Vec<Message> = std::iter::once(first).chain(rest).collect();
    let mut out = items.pop().expect("a list has its first item");
    let mut join = pair;
    while let Some(item) = items.pop() {
        out = Message::of(join).with("first", msg(item)).with("rest", msg(out));
        join = more;
    }
    out
}
