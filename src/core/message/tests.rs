use super::catalogue::{Catalogue, Part};
use super::*;

/// The argument names a pattern uses, selects included.
fn used(parts: &[Part], out: &mut Vec<String>) {
    for part in parts {
        match part {
            Part::Text(_) => {}
            Part::Arg(name) => out.push(name.clone()),
            Part::Select { arg, variants, .. } => {
                out.push(arg.clone());
                for (_, p) in variants {
                    used(p, out);
                }
            }
        }
    }
}

#[test]
fn the_english_catalogue_has_every_message_with_the_arguments_it_carries() {
    let catalogue = english_catalogue();
    let mut missing = Vec::new();
    let mut strangers = Vec::new();
    for id in Id::ALL {
        match catalogue.entries.get(id.key()) {
            None => missing.push(id.key()),
            Some(parts) => {
                let mut names = Vec::new();
                used(parts, &mut names);
                for name in names.into_iter().filter(|n| !id.args().contains(&n.as_str())) {
                    strangers.push(format!("{} names ${name}", id.key()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "no English entry for: {missing:?}");
    assert!(strangers.is_empty(), "entries naming arguments their message doesn't carry: {strangers:?}");
    let known: Vec<&str> = Id::ALL.iter().map(|id| id.key()).collect();
    let unused: Vec<&String> = catalogue.entries.keys().filter(|k| !known.contains(&k.as_str())).collect();
    assert!(unused.is_empty(), "entries no message uses: {unused:?}");
}

#[test]
fn plurals_go_by_the_counts_category_and_names_are_given_as_is() {
    let restored = |n| english(&Message::of(Id::BarRestored).with("count", Arg::Count(n)));
    assert_eq!(restored(1), "Added 1 workspace from the backup. Pick one above to open it.");
    assert_eq!(restored(3), "Added 3 workspaces from the backup. Pick one above to open it.");
    assert_eq!(restored(1_200), "Added 1,200 workspaces from the backup. Pick one above to open it.");
    let deleted = Message::of(Id::BarDeleted).with("name", Arg::Text("Acme {Dental}".into()));
    assert_eq!(english(&deleted), "Deleted “Acme {Dental}”.");
    assert_eq!(english(&Message::of(Id::Undo)), "Undo");
}

#[test]
fn a_select_takes_an_exact_number_before_the_category_and_other_languages_rules() {
    let catalogue = Catalogue::parse(
        "bar-restored = { $count ->\n    [0] No workspace\n    [one] One workspace\n    [few] { $count } workspacy\n   *[other] { $count } workspaces\n    } added.",
    )
    .unwrap();
    let plain = crate::core::basics::text::PlainFormatter { currency: String::new() };
    let czech = |n: f64| {
        if (2.0..=4.0).contains(&n) {
            Plural::Few
        } else if n == 1.0 {
            Plural::One
        } else {
            Plural::Other
        }
    };
    let say =
        |n| render(&catalogue, &Message::of(Id::BarRestored).with("count", Arg::Count(n)), &plain, &czech);
    assert_eq!(say(0), "No workspace added.");
    assert_eq!(say(1), "One workspace added.");
    assert_eq!(say(3), "3 workspacy added.");
    assert_eq!(say(7), "7 workspaces added.");
}

#[test]
fn a_broken_catalogue_says_where() {
    let err = |text: &str| Catalogue::parse(text).unwrap_err();
    assert_eq!(err("a = fine\nno equals sign here").line, 2);
    assert_eq!(
        err("a = { $n ->\n  [one] x\n  [other] y\n  }").message,
        "a select needs a default variant marked with *"
    );
    assert_eq!(err("a = { n }").message, "expected “$name” in braces");
    assert_eq!(err("  indented first").line, 1);
}

#[test]
fn every_message_without_arguments_is_plain_words() {
    let catalogue = english_catalogue();
    let bare: Vec<&str> = Id::ALL
        .iter()
        .filter(|id| id.args().is_empty())
        .filter(|id| word_in(catalogue, **id) == id.key())
        .map(|id| id.key())
        .collect();
    assert!(bare.is_empty(), "messages without arguments whose entry isn't plain text: {bare:?}");
    assert_eq!(word_in(catalogue, Id::Undo), "Undo");
    assert_eq!(word_in(catalogue, Id::BarDeleted), "bar-deleted", "one with arguments is said with them");
}

/// Plain numbers, words in `language`.
struct In(crate::core::basics::language::Language);

impl Formatter for In {
    fn money(&self, amount: f64) -> String {
        format!("{amount:.2}")
    }
    fn percent(&self, fraction: f64) -> String {
        format!("{}%", fraction * 100.0)
    }
    fn count(&self, count: u64) -> String {
        count.to_string()
    }
    fn multiple(&self, times: f64) -> String {
        format!("{times}×")
    }
    fn decimal(&self, v: f64) -> String {
        v.to_string()
    }
    fn percent1(&self, fraction: f64) -> String {
        format!("{:.1}%", fraction * 100.0)
    }
    fn language(&self) -> crate::core::basics::language::Language {
        self.0
    }
    /// Arabic-Indic digits for Arabic (٢٠٢٦), as Intl.NumberFormat writes them for ar-EG.
    fn year(&self, year: i64) -> String {
        match self.0 {
            crate::core::basics::language::Language::Arabic => year
                .to_string()
                .chars()
                .map(|c| c.to_digit(10).map_or(c, |d| char::from_u32(0x0660 + d).unwrap_or(c)))
                .collect(),
            _ => year.to_string(),
        }
    }
    /// Day first for German (30.12.2026), as a locale-aware formatter would; ISO otherwise.
    fn date(&self, day: i64) -> String {
        let (y, m, d) = crate::core::basics::calendar::civil(day);
        match self.0 {
            crate::core::basics::language::Language::German => format!("{d:02}.{m:02}.{y}"),
            _ => format!("{y:04}-{m:02}-{d:02}"),
        }
    }
}

#[test]
fn a_loaded_language_speaks_its_words_and_english_fills_what_it_lacks() {
    use crate::core::basics::language::Language;
    let restored = Message::of(Id::BarRestored).with("count", Arg::Count(2));
    assert_eq!(Message::of(Id::Undo).render(&In(Language::Italian)), "Undo", "English until it is loaded");
    load_catalogue(
        Language::Italian,
        "undo = Annulla\nbar-restored = { $count ->\n    [one] Aggiunto { $count } spazio\n   *[other] Aggiunti { $count } spazi\n    } dal backup.",
    )
    .unwrap();
    assert_eq!(Message::of(Id::Undo).render(&In(Language::Italian)), "Annulla");
    assert_eq!(restored.render(&In(Language::Italian)), "Aggiunti 2 spazi dal backup.");
    assert_eq!(
        Message::of(Id::Cancel).render(&In(Language::Italian)),
        "Cancel",
        "a missing entry in English"
    );
    assert_eq!(word_in(catalogue_for(Language::Italian), Id::Undo), "Annulla");
    assert_eq!(Message::of(Id::Undo).render(&In(Language::English)), "Undo");
    assert!(load_catalogue(Language::Arabic, "undo = { $").is_err(), "a broken file is refused");
    assert_eq!(catalogue_for(Language::Arabic).entries.get("undo").map(Vec::len), Some(1), "English stays");
}

#[test]
fn names_inside_right_to_left_words_are_isolated() {
    use crate::core::basics::language::Language;
    load_catalogue(Language::Arabic, "settings-words = النصوص: { $language }").unwrap();
    let words = Message::of(Id::SettingsWords).with("language", Arg::Text("en-US".into()));
    assert_eq!(words.render(&In(Language::Arabic)), "النصوص: \u{2068}en-US\u{2069}");
    assert_eq!(words.render(&In(Language::English)), "Words: en-US", "left to right: as is");
}

#[test]
fn a_date_is_written_by_the_formatter_iso_unless_it_knows_the_locales_way() {
    use crate::core::basics::calendar::day_number;
    let day = day_number("2026-12-30").unwrap();
    let later = Message::of(Id::ClosingJudgeLater).with("date", Arg::Date(day));
    assert_eq!(english(&later), "2026-12-30");
    assert_eq!(later.render(&In(crate::core::basics::language::Language::German)), "30.12.2026");
}

#[test]
fn weeks_and_spans_of_days_are_named_with_the_locales_dates() {
    use crate::core::basics::dates::{period_name, Period};
    use crate::core::basics::language::Language;
    let german = In(Language::German);
    // A Monday-to-Sunday week, a span of days, one day: their days as the formatter writes a
    // range of dates (this one its first and last date; the page's, Intl's range), with no
    // word that would need a capital at a sentence's start and none inside it.
    let week = period_name(&Period::new("2026-10-05", "2026-10-11"));
    assert_eq!(week.render(&german), "05.10.2026 – 11.10.2026");
    assert_eq!(english(&week), "2026-10-05 – 2026-10-11");
    let span = period_name(&Period::new("2026-10-01", "2026-10-15"));
    assert_eq!(span.render(&german), "01.10.2026 – 15.10.2026");
    assert_eq!(period_name(&Period::new("2026-10-02", "2026-10-02")).render(&german), "02.10.2026");
    // Not dates: the period's own text.
    assert_eq!(period_name(&Period::from("Week 41")).render(&german), "Week 41");
    // A month's year in the locale's digits, never grouped.
    let october = period_name(&Period::new("2026-10-01", "2026-10-31"));
    assert_eq!(english(&october), "October 2026");
    assert!(
        october.render(&In(Language::Arabic)).ends_with("٢٠٢٦"),
        "{}",
        october.render(&In(Language::Arabic))
    );
}
