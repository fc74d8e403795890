use super::*;
use crate::core::message::english;

#[test]
fn the_query_carries_display_options_only_and_unknown_ones_are_ignored() {
    assert_eq!(parse(""), Options::default());
    let o = parse("?embed=1&theme=dark&accent=0F4C5C&sections=diagnosis,funnel,spend");
    assert!(o.embed);
    assert_eq!(o.theme, Theme::Dark);
    assert_eq!(o.accent, Some([0x0f, 0x4c, 0x5c]));
    assert_eq!(o.sections, Some(vec![Section::Diagnosis, Section::Funnel]));
    // An older snippet's "stages" shows the funnel, where the stage counts are now.
    assert_eq!(
        parse("embed=1&sections=stages,metrics").sections,
        Some(vec![Section::Funnel, Section::Metrics])
    );
    assert!(o.shows(Section::Funnel) && !o.shows(Section::Import));
    let bad = parse("embed=yes&theme=purple&accent=12345g&sections=nothing&spend=1800");
    assert_eq!(bad, Options::default(), "invalid values are ignored, data is never read");
    assert!(parse("embed=true").embed);
    assert_eq!(parse_accent("#ffcc00"), Some([255, 204, 0]));
    assert_eq!(parse_accent("fc0"), None);
    assert_eq!(
        parse("embed=1&lang=pt-BR").language,
        Some(crate::core::basics::language::Language::PortugueseBrazil)
    );
    assert_eq!(parse("embed=1&lang=xx").language, None, "a language the app doesn't speak is ignored");
}

#[test]
fn an_embed_shows_no_name_unless_the_host_asks_for_one() {
    let plain = parse("embed=1");
    assert_eq!(plain.shown_name(), None);
    assert_eq!(english(&Message::of(Id::OutEmbedPlainName)), "Click-to-message ads calculator");
    assert_eq!(parse("embed=1&brand=1").shown_name().as_deref(), Some("Messaging Ladder"));
    let named = parse("embed=1&brand=Acme%20Agency+%C2%B7%20Funnel%0Acheck");
    assert_eq!(named.brand, Brand::Named("Acme Agency · Funnelcheck".into()));
    assert_eq!(named.shown_name().as_deref(), Some("Acme Agency · Funnelcheck"));
    assert_eq!(
        parse("embed=1&brand=%zz%4").brand,
        Brand::Named("%zz%4".into()),
        "a broken escape stays as typed"
    );
    assert_eq!(parse("embed=1&brand=0").brand, Brand::Hidden);
    let long = parse(&format!("embed=1&brand={}", "Agency ".repeat(20)));
    assert!(matches!(long.brand, Brand::Named(ref n) if n.chars().count() <= MAX_BRAND));
}

#[test]
fn a_download_in_a_frame_says_what_to_do_if_nothing_arrives() {
    let note = english(&download_note("acme-ladder-2026-12-07.csv"));
    assert!(note.starts_with("Downloading “acme-ladder-2026-12-07.csv”. If no file appears"), "{note}");
    assert!(note.contains("allow-downloads") && note.contains("Copy link"), "{note}");
}

#[test]
fn an_accent_gets_text_colours_with_aa_contrast() {
    // WCAG's own examples: white on black is 21:1, the same colour 1:1.
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
    assert!((contrast([119, 119, 119], [119, 119, 119]) - 1.0).abs() < 1e-9);
    // #767676 on white is the classic 4.54:1.
    assert!((contrast([0x76, 0x76, 0x76], [255, 255, 255]) - 4.54).abs() < 0.01);
    assert_eq!(ink_on([0x0f, 0x4c, 0x5c]), [255, 255, 255]);
    assert_eq!(ink_on([0xff, 0xcc, 0x00]), [0, 0, 0], "black on yellow");
    for accent in [[0xff, 0xcc, 0x00], [0x0f, 0x4c, 0x5c], [0x7f, 0xd0, 0xe0], [255, 255, 255], [0, 0, 0]] {
        for dark in [false, true] {
            let brand = readable_on(accent, paper(dark));
            assert!(contrast(brand, paper(dark)) >= 4.5, "{accent:?} on {dark}");
            assert!(contrast(ink_on(brand), brand) >= 4.5);
        }
    }
    assert_eq!(readable_on([0x0f, 0x4c, 0x5c], paper(false)), [0x0f, 0x4c, 0x5c], "already readable: kept");
    let props = accent_properties([0xff, 0xcc, 0x00], paper(false));
    assert_eq!(props[2], ("--bar", "#ffcc00".to_string()));
    assert_eq!(props[3], ("--on-bar", "#000000".to_string()));
}

#[test]
fn messages_to_and_from_the_host() {
    assert_eq!(resize(1234.2), r#"{"type":"messaging-ladder:resize","height":1235}"#);
    assert_eq!(
        host_message(r#"{"type":"messaging-ladder:theme","theme":"dark","accent":"ffcc00"}"#),
        Some((Some(Theme::Dark), Some([255, 204, 0])))
    );
    assert_eq!(host_message(r#"{"type":"messaging-ladder:theme","theme":"neon"}"#), None);
    assert_eq!(host_message(r#"{"type":"other","theme":"dark"}"#), None);
    assert_eq!(host_message("not json"), None);
    use crate::core::basics::language::Language;
    assert_eq!(host_language(r#"{"type":"messaging-ladder:language","lang":"ar"}"#), Some(Language::Arabic));
    assert_eq!(host_language(r#"{"type":"messaging-ladder:language","lang":"xx"}"#), None);
    assert_eq!(host_language(r#"{"type":"messaging-ladder:theme","lang":"ar"}"#), None);
    let title = english(&Message::of(Id::OutEmbedPlainName));
    let s = snippet("https://example.github.io/ml/index.html", &title, Theme::Dark, Some([0x0f, 0x4c, 0x5c]));
    assert!(s.starts_with(r#"<iframe id="messaging-ladder" src="https://example.github.io/ml/index.html?embed=1&amp;theme=dark&amp;accent=0f4c5c" title="Click-to-message ads calculator" sandbox="allow-scripts allow-same-origin allow-downloads allow-popups" allow="clipboard-write""#), "{s}");
    assert!(s.contains(r#"e.data.type === "messaging-ladder:resize""#));
    assert!(snippet("https://x/\"><script>", "a \"b\"", Theme::Auto, None)
        .contains(r#"src="https://x/&quot;>&lt;script>?embed=1" title="a &quot;b&quot;""#));
}
