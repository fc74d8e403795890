//! Both themes keep WCAG AA contrast: every text colour of style/main.css against the
//! backgrounds it is drawn on, in the light palette and the dark one (read from the
//! stylesheet itself, so a colour changed there is checked here).

use messaging_ladder::core::outbound::embed::{contrast, parse_accent};

/// The `--name: #rrggbb` custom properties of the block that starts at `marker`.
fn palette(css: &str, marker: &str) -> Vec<(String, [u8; 3])> {
    let start = css.find(marker).unwrap_or_else(|| panic!("no block {marker}"));
    let body = &css[start + marker.len()..];
    let body = &body[..body.find('}').unwrap()];
    body.split(';')
        .filter_map(|decl| {
            let (name, value) = decl.trim().split_once(':')?;
            let name = name.trim();
            name.starts_with("--").then(|| Some((name.to_string(), parse_accent(value.trim())?)))?
        })
        .collect()
}

fn get(p: &[(String, [u8; 3])], light: &[(String, [u8; 3])], name: &str) -> [u8; 3] {
    p.iter().chain(light).find(|(n, _)| n == name).map(|(_, c)| *c).unwrap_or_else(|| panic!("{name}"))
}

/// (text, background, minimum): body text 4.5:1, large or non-text 3:1.
const PAIRS: [(&str, &str, f64); 16] = [
    ("--ink", "--paper", 4.5),
    ("--ink", "--wash", 4.5),
    ("--muted", "--paper", 4.5),
    ("--muted", "--wash", 4.5),
    ("--brand", "--paper", 4.5),
    ("--brand-ink", "--brand", 4.5),
    ("--accent", "--accent-bg", 4.5),
    ("--accent", "--paper", 4.5),
    ("--error", "--error-bg", 4.5),
    ("--good", "--good-bg", 4.5),
    ("--warn", "--warn-bg", 4.5),
    ("--header-ink", "--header", 4.5),
    ("--on-bar", "--bar", 4.5),
    ("--muted", "--track", 4.5),
    ("--bar", "--paper", 3.0),
    ("--field-line", "--paper", 3.0),
];

#[test]
fn both_themes_keep_aa_contrast() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    let light = palette(&css, ":root {");
    let dark = palette(&css, ":root:not([data-theme=light]) {");
    assert!(light.len() > 20 && dark.len() > 20, "{} light, {} dark", light.len(), dark.len());
    let mut failures = Vec::new();
    for (theme, p) in [("light", &light), ("dark", &dark)] {
        for (fg, bg, min) in PAIRS {
            let ratio = contrast(get(p, &light, fg), get(p, &light, bg));
            if ratio < min {
                failures.push(format!("{theme}: {fg} on {bg} is {ratio:.2}:1, under {min}:1"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    // The forced dark theme (?theme=dark) is the same palette, colour for colour.
    assert_eq!(palette(&css, ":root[data-theme=dark] {"), dark);
}
