//! Embedding in a client portal: the display options a query string may carry (`?embed=1`,
//! `theme`, `accent`, `sections`, `brand`; never data), an accent's colours chosen for WCAG AA
//! contrast, and the messages exchanged with the host page. Anything unknown or malformed is
//! ignored.

use crate::core::basics::language::Language;
use serde_json::Value;

use crate::core::message::{Arg, Id, Message};

/// The theme asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the browser's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(text: &str) -> Option<Theme> {
        match text {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The value of the page's `data-theme` attribute (none for auto).
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// A panel an embed can show (`sections=diagnosis,funnel`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Import,
    Inputs,
    Diagnosis,
    Funnel,
    Metrics,
    Periods,
    Scenarios,
    Segments,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Import,
        Section::Inputs,
        Section::Diagnosis,
        Section::Funnel,
        Section::Metrics,
        Section::Periods,
        Section::Scenarios,
        Section::Segments,
    ];

    /// Its name in the query.
    pub fn id(self) -> &'static str {
        match self {
            Section::Import => "import",
            Section::Inputs => "inputs",
            Section::Diagnosis => "diagnosis",
            Section::Funnel => "funnel",
            Section::Metrics => "metrics",
            Section::Periods => "periods",
            Section::Scenarios => "scenarios",
            Section::Segments => "segments",
        }
    }

    /// A name from the query; earlier versions' names read as the section that shows their
    /// numbers now (the stages table's counts and shares are the funnel's).
    pub fn from_id(id: &str) -> Option<Section> {
        match id {
            "stages" => Some(Section::Funnel),
            _ => Section::ALL.into_iter().find(|s| s.id() == id),
        }
    }
}

/// Whose name an embed shows. A portal is the agency's: the calculator's own name shows only
/// when asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Brand {
    /// No name on screen; the page's title and its hidden heading say what it is.
    #[default]
    Hidden,
    /// `brand=1`: "Messaging Ladder".
    Ours,
    /// `brand=Acme%20Agency`: the host's name for it, at most [`MAX_BRAND`] characters.
    Named(String),
}

/// The longest host name for the calculator that is kept.
pub const MAX_BRAND: usize = 60;

/// The app's own name.
pub const APP_NAME: &str = "Messaging Ladder";

/// What the query string asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub embed: bool,
    pub theme: Theme,
    pub accent: Option<[u8; 3]>,
    /// The sections to show; `None` for all.
    pub sections: Option<Vec<Section>>,
    pub brand: Brand,
    /// The language the host asked for (`lang=pt-BR`); the visitor's own choice otherwise.
    pub language: Option<Language>,
}

impl Options {
    /// The name shown on screen in an embed, when the host asked for one; without one, the
    /// page's heading and document title say what it is (`Id::OutEmbedPlainName`).
    pub fn shown_name(&self) -> Option<String> {
        match &self.brand {
            Brand::Hidden => None,
            Brand::Ours => Some(APP_NAME.to_string()),
            Brand::Named(name) => Some(name.clone()),
        }
    }

    /// Whether `section` is shown.
    pub fn shows(&self, section: Section) -> bool {
        self.sections.as_ref().is_none_or(|s| s.contains(&section))
    }
}

/// `RRGGBB` (with or without `#`) as its three channels.
pub fn parse_accent(text: &str) -> Option<[u8; 3]> {
    let hex = text.trim().trim_start_matches('#');
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// Reads `?embed=1&theme=dark&accent=0f4c5c&sections=diagnosis,funnel`.
pub fn parse(query: &str) -> Options {
    let mut o = Options::default();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "embed" => o.embed = matches!(value, "1" | "true"),
            "theme" => o.theme = Theme::parse(value).unwrap_or(o.theme),
            "accent" => o.accent = parse_accent(value).or(o.accent),
            "lang" => o.language = Language::from_tag(value).or(o.language),
            "brand" => {
                let name = crate::core::basics::text::clip(decode_component(value).trim(), MAX_BRAND);
                o.brand = match name.as_str() {
                    "" | "0" | "false" => Brand::Hidden,
                    "1" | "true" => Brand::Ours,
                    _ => Brand::Named(name),
                };
            }
            "sections" => {
                let picked: Vec<Section> =
                    value.split([',', '+', ' ']).filter_map(Section::from_id).collect();
                o.sections = (!picked.is_empty()).then_some(picked);
            }
            _ => {}
        }
    }
    o
}

/// A query value as typed: `+` is a space, `%XX` a byte; invalid UTF-8 is replaced, control
/// characters dropped.
fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', hi, lo]) => hex(*hi).zip(hex(*lo)).map(|(h, l)| h * 16 + l),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
                continue;
            }
            (None, b'+') => out.push(b' '),
            (None, b) => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).chars().filter(|c| !c.is_control()).collect()
}

fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

pub fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

const WHITE: [u8; 3] = [255, 255, 255];
const BLACK: [u8; 3] = [0, 0, 0];

/// Text on `fill`: black or white, whichever contrasts more (always ≥ 4.5:1).
pub fn ink_on(fill: [u8; 3]) -> [u8; 3] {
    if contrast(fill, WHITE) >= contrast(fill, BLACK) {
        WHITE
    } else {
        BLACK
    }
}

/// The accent as text and outlines on `paper`: the accent itself when it already reaches
/// 4.5:1, else mixed toward black (on light paper) or white (on dark) until it does.
pub fn readable_on(accent: [u8; 3], paper: [u8; 3]) -> [u8; 3] {
    let target = if luminance(paper) > 0.5 { BLACK } else { WHITE };
    (0..=20)
        .map(|step| {
            let t = f64::from(step) / 20.0;
            let mix = |i: usize| (f64::from(accent[i]) * (1.0 - t) + f64::from(target[i]) * t).round() as u8;
            [mix(0), mix(1), mix(2)]
        })
        .find(|c| contrast(*c, paper) >= 4.5)
        .unwrap_or(target)
}

/// The CSS custom properties an accent sets on a theme's `paper`: buttons and links
/// (`--brand`, with `--brand-ink` on it), the funnel's bars (`--bar`, `--on-bar`) and focus rings.
pub fn accent_properties(accent: [u8; 3], paper: [u8; 3]) -> Vec<(&'static str, String)> {
    let brand = readable_on(accent, paper);
    vec![
        ("--brand", hex(brand)),
        ("--brand-ink", hex(ink_on(brand))),
        ("--bar", hex(accent)),
        ("--on-bar", hex(ink_on(accent))),
        ("--focus", hex(accent)),
    ]
}

/// The paper colour of each theme (as in style/main.css).
pub fn paper(dark: bool) -> [u8; 3] {
    if dark {
        [0x11, 0x1a, 0x2b]
    } else {
        WHITE
    }
}

/// The snippet's sandbox. allow-same-origin keeps the calculator's own origin: without it the
/// frame's origin is opaque, its module and wasm fetches are cross-origin and fail on hosts
/// that send no Access-Control-Allow-Origin, and its storage is blocked.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-downloads allow-popups";

/// Said in an embed after a download is started: a frame sandboxed without allow-downloads
/// drops it silently (the browser tells only the console), so the frame says what to do.
pub fn download_note(file: &str) -> Message {
    Message::of(Id::OutEmbedDownloading).with("file", Arg::Text(file.to_string()))
}

/// Posted once to the host when the app has rendered.
pub const READY: &str = r#"{"type":"messaging-ladder:ready"}"#;

/// Posted to the host whenever the content's height changes: the document's height in CSS px.
pub fn resize(height: f64) -> String {
    format!(r#"{{"type":"messaging-ladder:resize","height":{}}}"#, height.max(0.0).ceil())
}

/// A host's `{ type: "messaging-ladder:theme", theme, accent }`, as the theme and accent it
/// sets (each optional); `None` for any other message.
pub fn host_message(json: &str) -> Option<(Option<Theme>, Option<[u8; 3]>)> {
    let v: Value = serde_json::from_str(json).ok()?;
    if v.get("type")?.as_str()? != "messaging-ladder:theme" {
        return None;
    }
    let theme = v.get("theme").and_then(Value::as_str).and_then(Theme::parse);
    let accent = v.get("accent").and_then(Value::as_str).and_then(parse_accent);
    (theme.is_some() || accent.is_some()).then_some((theme, accent))
}

/// The language a host asks the frame to speak: `{"type":"messaging-ladder:language",
/// "lang":"pt-BR"}`; `None` for any other message or a language the app doesn't speak.
pub fn host_language(json: &str) -> Option<Language> {
    let v: Value = serde_json::from_str(json).ok()?;
    if v.get("type")?.as_str()? != "messaging-ladder:language" {
        return None;
    }
    Language::from_tag(v.get("lang")?.as_str()?)
}

/// The snippet a host pastes: the frame (sandboxed to scripts, its own origin — so its files
/// load from any static host and its storage works — downloads and new tabs; clipboard writes
/// allowed for "Copy link") and a few lines that size it from the app's resize messages.
/// `app` is the app's address, without query; `title` names the frame for screen readers
/// (`Id::OutEmbedPlainName` in the page's words).
pub fn snippet(app: &str, title: &str, theme: Theme, accent: Option<[u8; 3]>) -> String {
    let mut query = String::from("embed=1");
    if let Some(t) = theme.attribute() {
        query += &format!("&theme={t}");
    }
    if let Some(a) = accent {
        query += &format!("&accent={}", &hex(a)[1..]);
    }
    let attribute = |text: &str| text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let (src, title) = (attribute(&format!("{app}?{query}")), attribute(title));
    format!(
        r#"<iframe id="messaging-ladder" src="{src}" title="{title}" sandbox="{SANDBOX}" allow="clipboard-write" style="width:100%;height:900px;border:0"></iframe>
<script>
  addEventListener("message", function (e) {{
    var frame = document.getElementById("messaging-ladder");
    if (e.source === frame.contentWindow && e.data && e.data.type === "messaging-ladder:resize") {{
      frame.style.height = e.data.height + "px";
    }}
  }});
</script>"#
    )
}

#[cfg(test)]
mod tests;
