//! Rows of a CRM export that came from other channels. A deal export holds every channel's
//! deals; its source column (HubSpot's "Original Traffic Source", Pipedrive's "Deal - Source
//! channel", a UTM source) says which. The preview lists the column's values, keeps those
//! that name Meta's ads unless the user picks others, and says what was left out.

use std::collections::BTreeSet;

use super::wording::{count, list, msg, text};
use crate::core::message::{Id, Message};

/// One value of the source column: as first written, its key, rows, and whether kept.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SourceCount {
    pub value: String,
    pub key: String,
    pub rows: usize,
    pub kept: bool,
}

/// The source column of an outcome log and which of its values are kept.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SourceFilter {
    pub column: String,
    pub values: Vec<SourceCount>,
    /// The kept values are the suggestion, not the user's choice.
    pub suggested: bool,
}

/// Words in a source value that name Meta's ads, where click-to-message conversations start.
const META_WORDS: [&str; 8] = ["facebook", "instagram", "whatsapp", "messenger", "meta", "fb", "ig", "ctwa"];

/// Paid social as HubSpot names it in English, Portuguese and Spanish exports.
const PAID_SOCIAL: [&str; 3] = ["paid social", "social pago", "redes sociales de pago"];

/// Whether a source value (normalized) names Meta's ads or paid social.
pub fn looks_like_meta(key: &str) -> bool {
    let spaced = key.replace(['_', '-', '.', '/'], " ");
    PAID_SOCIAL.iter().any(|p| spaced.contains(p))
        || spaced.split_whitespace().any(|w| META_WORDS.contains(&w))
}

/// Which values are kept: the user's choice when it keeps any, else those that look like
/// Meta's ads, else all. Also whether that is the suggestion.
pub fn kept(keys: &[&str], chosen: Option<&BTreeSet<String>>) -> (Vec<bool>, bool) {
    if let Some(chosen) = chosen {
        let kept: Vec<bool> = keys.iter().map(|k| chosen.contains(*k)).collect();
        if kept.contains(&true) {
            return (kept, false);
        }
    }
    let meta: Vec<bool> = keys.iter().map(|k| looks_like_meta(k)).collect();
    if meta.contains(&true) {
        (meta, true)
    } else {
        (vec![true; keys.len()], true)
    }
}

impl SourceFilter {
    /// The preview's note: how many rows were kept, from which sources, and what was left out.
    pub fn note(&self) -> Message {
        let rows: usize = self.values.iter().map(|v| v.rows).sum();
        let (kept, left): (Vec<&SourceCount>, Vec<&SourceCount>) = self.values.iter().partition(|v| v.kept);
        let named = |sources: &[&SourceCount]| {
            list(sources.iter().map(|v| {
                msg(Message::of(Id::ImpSourceRows).with("source", text(&v.value)).with("rows", count(v.rows)))
            }))
        };
        if left.is_empty() {
            return Message::of(Id::ImpSourcesAllKept)
                .with("column", text(&self.column))
                .with("count", count(self.values.len()));
        }
        let kept_rows: usize = kept.iter().map(|v| v.rows).sum();
        let sources = match kept.is_empty() {
            true => msg(Message::of(Id::ImpSourcesNone)),
            false => named(&kept),
        };
        Message::of(if self.suggested { Id::ImpSourcesKeptSuggested } else { Id::ImpSourcesKept })
            .with("kept", count(kept_rows))
            .with("rows", count(rows))
            .with("column", text(&self.column))
            .with("sources", sources)
            .with("left", count(rows - kept_rows))
            .with("others", named(&left))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_sources_are_recognised_by_their_words() {
        for key in [
            "paid social",
            "paid_social",
            "facebook",
            "facebook ads",
            "ig",
            "whatsapp - ctwa",
            "meta",
            "social pago",
            "redes sociales de pago",
        ] {
            assert!(looks_like_meta(key), "{key}");
        }
        for key in ["organic search", "direct traffic", "referrals", "social media", "google", "bigger"] {
            assert!(!looks_like_meta(key), "{key}");
        }
    }

    #[test]
    fn the_suggestion_keeps_meta_sources_or_everything() {
        assert_eq!(kept(&["paid social", "organic search"], None), (vec![true, false], true));
        assert_eq!(kept(&["organic search", "referrals"], None), (vec![true, true], true));
        let chosen: BTreeSet<String> = ["organic search".to_string()].into();
        assert_eq!(kept(&["paid social", "organic search"], Some(&chosen)), (vec![false, true], false));
        // A choice that keeps no row is not taken: nothing would be left to import.
        let none: BTreeSet<String> = ["referrals".to_string()].into();
        assert_eq!(kept(&["paid social", "organic search"], Some(&none)), (vec![true, false], true));
    }
}
