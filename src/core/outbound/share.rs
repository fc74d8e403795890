//! Share links: a workspace (or one scenario of it) packed into the URL fragment, never the
//! query string, so nothing reaches a server. The format is `#ml1.<crc32>.<payload>`: the
//! version, a CRC-32 of the payload, and deflated JSON in base64url. A link is untrusted
//! input: it is size-capped before and after inflating, checksummed, and every value is
//! validated, so a bad link gets a message and changes nothing.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::core::basics::number::MAX_VALUE;
use crate::core::ladder::fields::Field;
use crate::core::message::{english, Arg, Id, Message};
use crate::core::workspace::Workspace;

/// The fragment prefix of this link version.
pub const PREFIX: &str = "#ml1.";

/// What every version's links start with (`#ml1.`, `#ml2.` …).
pub const FAMILY: &str = "#ml";

/// Whether an address fragment looks like a share link of any version (so a newer one is
/// read, and said to be newer, rather than ignored).
pub fn is_link(fragment: &str) -> bool {
    fragment.starts_with(FAMILY)
}
/// Longest fragment accepted, in characters.
pub const MAX_FRAGMENT: usize = 200_000;
/// Largest inflated JSON accepted, in bytes.
pub const MAX_JSON: usize = 4_000_000;
/// Most segments a link may hold.
pub const MAX_SEGMENTS: usize = 5_000;

/// Why a link can't be opened; [`LinkError::message`] says it plainly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    NotALink,
    NewerVersion(String),
    TooLong,
    Damaged,
    Invalid(Problem),
}

/// What is wrong with a workspace from outside (a link or a backup).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The inflated payload is not UTF-8 text.
    NotText,
    /// Not a workspace's JSON: the JSON reader's own description.
    Unexpected(String),
    /// More segments than a link may hold.
    TooManySegments(usize),
    /// A count above 10¹² in the segment of this name (its first 40 characters).
    CountTooLarge(String),
    NegativeAmount(String),
    AmountTooLarge(String),
    LongSegmentName,
    LongDate,
    LongField,
}

impl Problem {
    /// What is wrong, as the end of a sentence: "a negative amount in “Summer promo”".
    pub fn message(&self) -> Message {
        let in_segment = |id: Id, name: &str| Message::of(id).with("segment", Arg::Text(name.to_string()));
        match self {
            Problem::NotText => Message::of(Id::OutProblemNotText),
            Problem::Unexpected(detail) => {
                Message::of(Id::OutProblemUnexpected).with("detail", Arg::Text(detail.clone()))
            }
            Problem::TooManySegments(n) => Message::of(Id::OutProblemTooManySegments)
                .with("count", Arg::Count(*n as u64))
                .with("max", Arg::Count(MAX_SEGMENTS as u64)),
            Problem::CountTooLarge(name) => in_segment(Id::OutProblemCountTooLarge, name),
            Problem::NegativeAmount(name) => in_segment(Id::OutProblemNegativeAmount, name),
            Problem::AmountTooLarge(name) => in_segment(Id::OutProblemAmountTooLarge, name),
            Problem::LongSegmentName => Message::of(Id::OutProblemLongSegmentName),
            Problem::LongDate => Message::of(Id::OutProblemLongDate),
            Problem::LongField => Message::of(Id::OutProblemLongField),
        }
    }
}

impl LinkError {
    /// Why the link can't be opened, and what to do.
    pub fn message(&self) -> Message {
        match self {
            LinkError::NotALink => Message::of(Id::OutLinkNotALink),
            LinkError::NewerVersion(v) => Message::of(Id::OutLinkNewer).with("version", Arg::Text(v.clone())),
            LinkError::TooLong => Message::of(Id::OutLinkTooLong),
            LinkError::Damaged => Message::of(Id::OutLinkDamaged),
            LinkError::Invalid(problem) => {
                Message::of(Id::OutLinkInvalid).with("problem", Arg::Message(Box::new(problem.message())))
            }
        }
    }
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&english(&self.message()))
    }
}

/// The fragment (starting with `#`) for a workspace. Remembered import mappings stay private.
pub fn encode(workspace: &Workspace) -> String {
    encode_named(workspace, "")
}

/// The fragment for a workspace with the sender's name for it, which the recipient's copy
/// takes ("Acme Dental"); blank leaves the name out.
pub fn encode_named(workspace: &Workspace, name: &str) -> String {
    let shared = Workspace { mappings: Default::default(), ..workspace.clone() };
    let mut json = serde_json::to_string(&shared).expect("a workspace always serializes");
    let name = clean_name(name);
    if !name.is_empty() {
        // The name first, beside the workspace's own fields (which ignore it).
        let quoted = serde_json::to_string(&name).expect("a string always serializes");
        json = format!("{{\"name\":{quoted},{}", &json[1..]);
    }
    let compressed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    let checksum = crc32fast::hash(&compressed);
    format!("{PREFIX}{checksum:08x}.{}", URL_SAFE_NO_PAD.encode(compressed))
}

/// The fragment for one scenario: the workspace with only that scenario.
pub fn encode_scenario(workspace: &Workspace, index: usize) -> Option<String> {
    let scenario = workspace.scenarios.get(index)?.clone();
    Some(encode(&Workspace { scenarios: vec![scenario], ..workspace.clone() }))
}

/// A link's name for its workspace: plain text on one line, at most `library::MAX_NAME`
/// characters.
fn clean_name(name: &str) -> String {
    let one_line: String = name.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    crate::core::basics::text::clip(one_line.trim(), crate::core::storage::library::MAX_NAME)
}

/// Reads a fragment back into a workspace, refusing anything malformed or out of range.
pub fn decode(fragment: &str) -> Result<Workspace, LinkError> {
    decode_named(fragment).map(|(_, workspace)| workspace)
}

/// Reads a fragment back into the sender's name for it (blank when the link has none) and
/// the workspace.
pub fn decode_named(fragment: &str) -> Result<(String, Workspace), LinkError> {
    if fragment.len() > MAX_FRAGMENT {
        return Err(LinkError::TooLong);
    }
    let rest = match fragment.strip_prefix(PREFIX) {
        Some(rest) => rest,
        None => {
            if let Some(version) = fragment.strip_prefix(FAMILY).and_then(|r| r.split('.').next()) {
                if version.parse::<u32>().is_ok_and(|v| v > 1) {
                    return Err(LinkError::NewerVersion(version.to_string()));
                }
            }
            return Err(LinkError::NotALink);
        }
    };
    let (checksum, payload) = rest.split_once('.').ok_or(LinkError::Damaged)?;
    // Exactly as `encode` writes it: eight lowercase hex digits ("E" for "e" is a change).
    if checksum.len() != 8 || !checksum.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return Err(LinkError::Damaged);
    }
    let checksum = u32::from_str_radix(checksum, 16).map_err(|_| LinkError::Damaged)?;
    let compressed = URL_SAFE_NO_PAD.decode(payload).map_err(|_| LinkError::Damaged)?;
    if crc32fast::hash(&compressed) != checksum {
        return Err(LinkError::Damaged);
    }
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, MAX_JSON).map_err(|e| {
            match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooLong,
                _ => LinkError::Damaged,
            }
        })?;
    // As text, like storage reads it: one instance of the workspace's serde code, not two.
    let json = String::from_utf8(json).map_err(|_| LinkError::Invalid(Problem::NotText))?;
    let workspace: Workspace =
        serde_json::from_str(&json).map_err(|e| LinkError::Invalid(Problem::Unexpected(e.to_string())))?;
    validate(&workspace).map_err(LinkError::Invalid)?;
    #[derive(serde::Deserialize)]
    struct Named {
        #[serde(default)]
        name: String,
    }
    let name = serde_json::from_str::<Named>(&json).map(|n| clean_name(&n.name)).unwrap_or_default();
    // A link never carries remembered import layouts (`encode` leaves them out): one written
    // by hand can't plant them, and what opens re-encodes to the same link.
    Ok((name, Workspace { mappings: Default::default(), ..workspace.normalized() }))
}

/// Every value of a workspace from outside (a link or a backup) within bounds.
pub fn validate(w: &Workspace) -> Result<(), Problem> {
    if w.segments.len() > MAX_SEGMENTS {
        return Err(Problem::TooManySegments(w.segments.len()));
    }
    let max_money = MAX_VALUE as i64 * 1_000_000;
    for s in &w.segments {
        let counts =
            [s.started, s.replies, s.qualified, s.handoffs, s.customers, s.impressions, s.link_clicks];
        if counts.iter().flatten().any(|c| *c > MAX_VALUE) {
            return Err(Problem::CountTooLarge(short(&s.name)));
        }
        for m in [s.spend, s.revenue].into_iter().flatten() {
            if m.0 < 0 {
                return Err(Problem::NegativeAmount(short(&s.name)));
            }
            if m.0 > max_money {
                return Err(Problem::AmountTooLarge(short(&s.name)));
            }
        }
        if s.name.chars().count() > 500 {
            return Err(Problem::LongSegmentName);
        }
    }
    let periods = w.segments.iter().filter_map(|s| s.period.as_ref()).chain(w.compared.iter().flatten());
    if periods.into_iter().any(|p| p.start.chars().count() > 40 || p.end.chars().count() > 40) {
        return Err(Problem::LongDate);
    }
    let texts = Field::ALL
        .iter()
        .flat_map(|f| [w.form.get(*f), w.earlier.get(*f)])
        .chain(std::iter::once(w.currency.as_str()));
    if texts.into_iter().any(|t| t.chars().count() > 200) {
        return Err(Problem::LongField);
    }
    Ok(())
}

/// A segment's name as a problem names it: its first 40 characters.
fn short(name: &str) -> String {
    name.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::money::Money;
    use crate::core::comparison::segment::Segment;
    use crate::core::scenario::{Lever, Scenario};

    fn shared() -> Workspace {
        let mut w = Workspace::sample();
        let mut s = Scenario { name: "Double qualification".into(), ..Default::default() };
        s.set(Lever::QualificationRate, 0.4);
        w.scenarios.push(s);
        w
    }

    #[test]
    fn round_trips_and_keeps_mappings_private() {
        let mut w = shared();
        w.mappings.insert("a|b".into(), Default::default());
        let link = encode(&w);
        assert!(link.starts_with("#ml1."));
        assert!(is_link(&link) && is_link("#ml9.x") && !is_link("#results"));
        let back = decode(&link).unwrap();
        assert!(back.mappings.is_empty());
        assert_eq!(back.form, w.form);
        assert_eq!(back.scenarios, w.scenarios);
    }

    #[test]
    fn one_scenario_links_carry_only_that_scenario() {
        let mut w = shared();
        w.scenarios.push(Scenario { name: "Other".into(), ..Default::default() });
        let back = decode(&encode_scenario(&w, 1).unwrap()).unwrap();
        assert_eq!(back.scenarios.len(), 1);
        assert_eq!(back.scenarios[0].name, "Other");
    }

    #[test]
    fn damaged_truncated_and_foreign_links_are_refused() {
        let link = encode(&shared());
        assert_eq!(decode(&link[..link.len() - 5]), Err(LinkError::Damaged));
        let mut flipped = link.clone().into_bytes();
        let last = flipped.len() - 3;
        flipped[last] = if flipped[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(decode(&String::from_utf8(flipped).unwrap()), Err(LinkError::Damaged));
        assert_eq!(decode("#ml9.00000000.AAAA"), Err(LinkError::NewerVersion("9".into())));
        assert!(LinkError::NewerVersion("9".into())
            .to_string()
            .starts_with("This link was made by a newer version of Messaging Ladder (format 9). Reload"));
        assert_eq!(LinkError::NotALink.to_string(), "This address doesn't hold a shared workspace.");
        let upper = format!("{}{}", &link[..5], link[5..13].to_uppercase()) + &link[13..];
        if upper != link {
            assert_eq!(decode(&upper), Err(LinkError::Damaged), "an uppercase checksum is a change");
        }
        assert_eq!(decode("#section-2"), Err(LinkError::NotALink));
        assert_eq!(decode(&"#ml1.".repeat(50_000)), Err(LinkError::TooLong));
    }

    fn pack(json: &str) -> String {
        let compressed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 6);
        format!("{PREFIX}{:08x}.{}", crc32fast::hash(&compressed), URL_SAFE_NO_PAD.encode(compressed))
    }

    #[test]
    fn hostile_content_is_refused_or_made_harmless() {
        // Well-formed links with bad values: negative money, huge counts, a zip bomb.
        let negative = Workspace {
            segments: vec![Segment { name: "x".into(), spend: Some(Money(-5)), ..Default::default() }],
            ..Workspace::default()
        };
        let refused = decode(&encode(&negative)).unwrap_err();
        assert_eq!(refused, LinkError::Invalid(Problem::NegativeAmount("x".into())));
        assert_eq!(
            english(&refused.message()),
            "This link holds data that can't be used: a negative amount in “x”."
        );
        let huge = pack(r#"{"segments":[{"name":"y","started":1000000000001}]}"#);
        let refused = decode(&huge).unwrap_err();
        assert_eq!(refused, LinkError::Invalid(Problem::CountTooLarge("y".into())));
        assert_eq!(
            english(&refused.message()),
            "This link holds data that can't be used: a count in “y” is larger than 10¹²."
        );
        let bomb = pack(&format!(r#"{{"currency":"USD","form":{{"spend":"{}"}}}}"#, "9".repeat(5_000_000)));
        assert!(bomb.len() < MAX_FRAGMENT, "compresses well");
        assert_eq!(decode(&bomb), Err(LinkError::TooLong));
        // Markup in names is kept as text (the page renders it as text, never as HTML);
        // scenario values out of range are clamped.
        let markup = pack(
            r#"{"scenarios":[{"name":"<img src=x onerror=alert(1)>","overrides":[["close-rate",7.5]]}],"currency":"<b>"}"#,
        );
        let w = decode(&markup).unwrap();
        assert_eq!(w.scenarios[0].name, "<img src=x onerror=alert(1)>");
        assert_eq!(w.scenarios[0].overrides, [(Lever::CloseRate, 1.0)]);
        assert_eq!(w.currency, "USD");
        assert!(matches!(decode(&pack("[1,2,3]")), Err(LinkError::Invalid(_))));
        let long = pack(&format!(r#"{{"compared":["{}","2026-10-01"]}}"#, "2".repeat(41)));
        assert_eq!(decode(&long), Err(LinkError::Invalid(Problem::LongDate)));
        assert_eq!(english(&Problem::LongDate.message()), "a period’s date longer than 40 characters");
        let many = Problem::TooManySegments(MAX_SEGMENTS + 1).message();
        assert_eq!(english(&many), "5,001 segments, more than the 5,000 a link may hold");
    }

    /// Found by fuzzing `share_payload` (crash-4c64dd8b…, after 9.0 M runs): a link carrying
    /// `"mappings":{"":{}}` opened with that mapping, and its re-encoding (which leaves mappings
    /// out) opened to a different workspace.
    #[test]
    fn a_link_carries_the_senders_name_for_its_workspace() {
        let sample = Workspace::sample();
        let link = encode_named(&sample, "Acme Dental\n<b>");
        assert_eq!(decode_named(&link), Ok(("Acme Dental <b>".to_string(), sample.clone())));
        assert_eq!(decode(&link), Ok(sample.clone()), "the workspace is the same with or without a name");
        assert_eq!(decode_named(&encode(&sample)), Ok((String::new(), sample)));
    }

    #[test]
    fn mappings_written_into_a_link_are_not_opened() {
        let mut json = serde_json::to_value(shared()).unwrap();
        json["mappings"] = serde_json::json!({"": {}, "Campaign|Spend": {"roles": {"0": "spend"}}});
        let opened = decode(&pack(&json.to_string())).unwrap();
        assert!(opened.mappings.is_empty());
        assert_eq!(opened.form, shared().form);
        assert_eq!(decode(&encode(&opened)), Ok(opened));
    }

    #[test]
    fn the_periods_picked_travel_with_the_link() {
        use crate::core::basics::dates::Period;
        let mut w = shared();
        w.compared = Some([Period::new("2026-08-01", "2026-08-31"), Period::new("2026-10-01", "2026-10-31")]);
        assert_eq!(decode(&encode(&w)).unwrap().compared, w.compared);
    }
}
