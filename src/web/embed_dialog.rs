//! "Embed in a client portal": builds the iframe snippet (with the chosen theme and accent,
//! and the lines that size the frame) for a host to paste, and says what the sandbox means.

use leptos::prelude::*;

use crate::core::outbound::embed::{parse_accent, snippet, Theme, EMBED_NOTE};

/// The dialog, folded under the page footer.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let theme = RwSignal::new(Theme::Auto);
    let accent = RwSignal::new(String::new());
    let copied = RwSignal::new(None::<bool>);
    let app = super::share::app_address();
    let code = Memo::new(move |_| accent.with(|a| snippet(&app, theme.get(), parse_accent(a))));
    let accent_problem = move || {
        accent.with(|a| {
            (!a.trim().is_empty() && parse_accent(a).is_none()).then_some("Six hex digits, such as 0f4c5c.")
        })
    };
    let copy = move |_| {
        super::clipboard::copy_text(code.get_untracked(), move |ok| copied.set(Some(ok)));
    };
    view! {
        <details class="embed-dialog">
            <summary>"Embed in a client portal"</summary>
            <div class="embed-options">
                <div class="field">
                    <label for="embed-theme">"Theme"</label>
                    <select id="embed-theme" on:change=move |ev| theme.set(Theme::parse(&event_target_value(&ev)).unwrap_or_default())>
                        <option value="auto">"Follow the visitor’s setting"</option>
                        <option value="light">"Light"</option>
                        <option value="dark">"Dark"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="embed-accent">"Accent colour (hex)"</label>
                    <input id="embed-accent" type="text" autocomplete="off" placeholder="0f4c5c" aria-describedby="embed-accent-message" prop:value=move || accent.get() on:input=move |ev| accent.set(event_target_value(&ev)) />
                    <p class="message" id="embed-accent-message" aria-live="polite">{accent_problem}</p>
                </div>
            </div>
            <label for="embed-snippet">"Paste this into the portal page"</label>
            <textarea id="embed-snippet" class="snippet" readonly rows="9" prop:value=move || code.get()></textarea>
            <p class="copy-row">
                <button type="button" on:click=copy>"Copy snippet"</button>
                <span role="status">{move || copied.get().map(|ok| if ok { "Copied." } else { "The clipboard isn’t available here: select the text and copy it." })}</span>
            </p>
            <p class="hint">{EMBED_NOTE}</p>
        </details>
    }
}
