//! The "Showing" picker's options: which ladder is shown (typed, the imported total, one
//! period, one segment), with the words each option reads.

use crate::core::basics::text::group_thousands;
use crate::core::workspace::Source;

/// The options as (value, label), given the segments' labels and the periods' names. With
/// nothing imported only the typed numbers are offered (never "a total of 0").
pub fn source_choices(names: &[String], periods: &[String]) -> Vec<(String, String)> {
    let mut out = vec![(Source::Typed.id(), "Typed numbers".to_string())];
    if names.is_empty() {
        return out;
    }
    let total = match names.len() {
        1 => "Imported: total".to_string(),
        n => format!("Imported: all {} added up", group_thousands(&n.to_string())),
    };
    out.push((Source::Total.id(), total));
    out.extend(
        periods
            .iter()
            .enumerate()
            .map(|(i, name)| (Source::Period(i).id(), format!("Imported: {name}, all campaigns"))),
    );
    out.extend(
        names.iter().enumerate().map(|(i, name)| (Source::Segment(i).id(), format!("Imported: {name}"))),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(names: &[&str], periods: &[&str]) -> Vec<String> {
        let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        source_choices(&own(names), &own(periods)).into_iter().map(|(_, label)| label).collect()
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
        let ids: Vec<String> =
            source_choices(&["a".into(), "b".into()], &[]).into_iter().map(|(id, _)| id).collect();
        assert_eq!(
            ids,
            [Source::Typed.id(), Source::Total.id(), Source::Segment(0).id(), Source::Segment(1).id()]
        );
    }
}
