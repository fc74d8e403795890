//! The "Showing" picker's options: which ladder is shown (typed, the imported total, one
//! period, one segment), with the words each option reads.

use crate::core::comparison::words::msg;
use crate::core::message::{Arg, Id, Message};
use crate::core::workspace::Source;

/// The options as (value, label), given the segments' labels (see
/// [`labels`](crate::core::comparison::grouping::labels)) and the periods' names. With
/// nothing imported only the typed numbers are offered (never "a total of 0").
pub fn source_choices(names: &[Message], periods: &[Message]) -> Vec<(String, Message)> {
    let mut out = vec![(Source::Typed.id(), Message::of(Id::CmpSourceTyped))];
    if names.is_empty() {
        return out;
    }
    let total = Message::of(Id::CmpSourceTotal).with("count", Arg::Count(names.len() as u64));
    out.push((Source::Total.id(), total));
    out.extend(periods.iter().enumerate().map(|(i, name)| {
        (Source::Period(i).id(), Message::of(Id::CmpSourcePeriod).with("name", msg(name.clone())))
    }));
    out.extend(names.iter().enumerate().map(|(i, name)| {
        (Source::Segment(i).id(), Message::of(Id::CmpSourceSegment).with("name", msg(name.clone())))
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::message::english;

    fn labels(names: &[&str], periods: &[&str]) -> Vec<String> {
        let names: Vec<Message> = names
            .iter()
            .map(|s| Message::of(Id::CmpSegmentLabel).with("name", Arg::Text(s.to_string())))
            .collect();
        let periods: Vec<Message> = periods
            .iter()
            .map(|s| Message::of(Id::CmpSegmentLabel).with("name", Arg::Text(s.to_string())))
            .collect();
        source_choices(&names, &periods).into_iter().map(|(_, label)| english(&label)).collect()
    }

    #[test]
    fn after_clear_only_the_typed_numbers_are_offered() {
        assert_eq!(labels(&[], &[]), ["Typed numbers"]);
    }

    #[test]
    fn the_total_says_how_many_it_adds_up() {
        assert_eq!(
            labels(&["Summer · October 2026", "Summer · November 2026"], &["October 2026", "November 2026"]),
            [
                "Typed numbers",
                "Imported: all 2 added up",
                "Imported: October 2026, all campaigns",
                "Imported: November 2026, all campaigns",
                "Imported: Summer · October 2026",
                "Imported: Summer · November 2026",
            ]
        );
        assert_eq!(labels(&["Only one"], &[])[1], "Imported: total");
        let two = [
            Message::of(Id::CmpSegmentLabel).with("name", Arg::Text("a".into())),
            Message::of(Id::CmpSegmentLabel).with("name", Arg::Text("b".into())),
        ];
        let ids: Vec<String> = source_choices(&two, &[]).into_iter().map(|(id, _)| id).collect();
        assert_eq!(
            ids,
            [Source::Typed.id(), Source::Total.id(), Source::Segment(0).id(), Source::Segment(1).id()]
        );
    }
}
