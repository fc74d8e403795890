//! "Embed in a client portal": builds the iframe snippet (with the chosen theme and accent,
//! and the lines that size the frame) for a host to paste, and says what the sandbox means.

use leptos::prelude::*;

use crate::core::message::{Arg, Id, Message};
use crate::core::outbound::embed::{parse_accent, snippet, Theme};
use crate::web::words::{say, word};

/// An accent colour in hex digits: the field's placeholder, and the example its message gives.
const ACCENT_EXAMPLE: &str = "0f4c5c";

/// The dialog, folded under the page footer.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let theme = RwSignal::new(Theme::Auto);
    let accent = RwSignal::new(String::new());
    let copied = RwSignal::new(None::<bool>);
    let app = super::share::app_address();
    let title = word(Id::OutEmbedPlainName);
    let code = Memo::new(move |_| accent.with(|a| snippet(&app, title, theme.get(), parse_accent(a))));
    let accent_problem = move || {
        accent.with(|a| {
            (!a.trim().is_empty() && parse_accent(a).is_none()).then(|| {
                say(&Message::of(Id::EmbedAccentProblem).with("example", Arg::Text(ACCENT_EXAMPLE.into())))
            })
        })
    };
    let copy = move |_| {
        super::clipboard::copy_text(code.get_untracked(), move |ok| copied.set(Some(ok)));
    };
    view! {
        <details class="embed-dialog">
            <summary>{word(Id::EmbedSummary)}</summary>
            <div class="embed-options">
                <div class="field">
                    <label for="embed-theme">{word(Id::EmbedTheme)}</label>
                    <select id="embed-theme" on:change=move |ev| theme.set(Theme::parse(&event_target_value(&ev)).unwrap_or_default())>
                        <option value="auto">{word(Id::EmbedThemeAuto)}</option>
                        <option value="light">{word(Id::EmbedThemeLight)}</option>
                        <option value="dark">{word(Id::EmbedThemeDark)}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="embed-accent">{word(Id::EmbedAccent)}</label>
                    <input id="embed-accent" type="text" autocomplete="off" placeholder=ACCENT_EXAMPLE aria-describedby="embed-accent-message" prop:value=move || accent.get() on:input=move |ev| accent.set(event_target_value(&ev)) />
                    <p class="message" id="embed-accent-message" aria-live="polite">{accent_problem}</p>
                </div>
            </div>
            <label for="embed-snippet">{word(Id::EmbedPasteHere)}</label>
            <textarea id="embed-snippet" class="snippet" readonly rows="9" prop:value=move || code.get()></textarea>
            <p class="copy-row">
                <button type="button" on:click=copy>{word(Id::EmbedCopySnippet)}</button>
                <span role="status">{move || copied.get().map(|ok| word(if ok { Id::EmbedCopied } else { Id::EmbedNoClipboard }))}</span>
            </p>
            <p class="hint">{word(Id::OutEmbedNote)}</p>
        </details>
    }
}
