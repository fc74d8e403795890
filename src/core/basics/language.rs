//! The languages the app speaks: each one's tag, the folder its catalogue is written in, its
//! direction, its CLDR plural categories, and the best match for a browser's languages.

use crate::core::basics::plural::Plural;

/// A language the app has a catalogue for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    Spanish,
    PortugueseBrazil,
    French,
    German,
    Italian,
    Indonesian,
    Arabic,
}

/// Which way a language's lines run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Language {
    pub const ALL: [Language; 8] = [
        Language::English,
        Language::Spanish,
        Language::PortugueseBrazil,
        Language::French,
        Language::German,
        Language::Italian,
        Language::Indonesian,
        Language::Arabic,
    ];

    /// Its BCP 47 tag, as `lang=` and `navigator.languages` write it; also the folder of its
    /// catalogue beside `en/`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::PortugueseBrazil => "pt-BR",
            Language::French => "fr",
            Language::German => "de",
            Language::Italian => "it",
            Language::Indonesian => "id",
            Language::Arabic => "ar",
        }
    }

    /// The language a tag names: its primary subtag decides ("pt-PT" is Portuguese, "es-MX"
    /// Spanish), case aside; `None` for a language the app doesn't speak.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag().split('-').next() == Some(primary.as_str()))
    }

    /// The first of the browser's languages (most preferred first) the app speaks; English
    /// when it speaks none of them.
    pub fn pick<S: AsRef<str>>(preferred: &[S]) -> Language {
        preferred.iter().find_map(|tag| Language::from_tag(tag.as_ref())).unwrap_or(Language::English)
    }

    /// Its own name for itself, as a language menu lists it (the same in every language).
    pub fn endonym(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::PortugueseBrazil => "Português (Brasil)",
            Language::French => "Français",
            Language::German => "Deutsch",
            Language::Italian => "Italiano",
            Language::Indonesian => "Bahasa Indonesia",
            Language::Arabic => "العربية",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Language::Arabic => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    /// The CLDR cardinal plural categories the language's words take (CLDR 46,
    /// `plurals.xml`): a catalogue's plural variants may use only these.
    pub fn plural_categories(self) -> &'static [Plural] {
        use Plural::*;
        match self {
            Language::English | Language::German => &[One, Other],
            Language::Spanish | Language::PortugueseBrazil | Language::French | Language::Italian => {
                &[One, Many, Other]
            }
            Language::Indonesian => &[Other],
            Language::Arabic => &[Zero, One, Two, Few, Many, Other],
        }
    }
}

/// A saved choice of language (the report's): its tag, `None` for none; a tag this version
/// doesn't speak reads as no choice, so a save from a newer version still opens.
pub mod saved {
    use super::Language;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(language: &Option<Language>, s: S) -> Result<S::Ok, S::Error> {
        match language {
            Some(l) => s.serialize_str(l.tag()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Language>, D::Error> {
        Ok(Option::<String>::deserialize(d)?.as_deref().and_then(Language::from_tag))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browsers_first_language_the_app_speaks_is_picked() {
        assert_eq!(Language::pick(&["pt-PT", "en-GB"]), Language::PortugueseBrazil);
        assert_eq!(Language::pick(&["es-MX"]), Language::Spanish);
        assert_eq!(Language::pick(&["nl-NL", "de-AT", "en"]), Language::German);
        assert_eq!(Language::pick(&["ja", "zh-CN"]), Language::English);
        assert_eq!(Language::pick::<&str>(&[]), Language::English);
        assert_eq!(Language::pick(&["AR_eg"]), Language::Arabic);
    }

    #[test]
    fn each_tag_reads_back_as_its_language() {
        for language in Language::ALL {
            assert_eq!(Language::from_tag(language.tag()), Some(language));
        }
        assert_eq!(Language::Arabic.direction(), Direction::RightToLeft);
        assert_eq!(Language::French.direction(), Direction::LeftToRight);
    }
}
