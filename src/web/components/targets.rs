//! Targets and settings: the business type, target rates and the diagnosis settings.

use leptos::prelude::*;

use crate::web::state::{send, shared, Shared};
use crate::web::words::{say, say_in, word};

use crate::core::workspace::event::Event;

use crate::core::ladder::targets::{BusinessType, Setting};
use crate::core::ladder::Step;
use crate::core::message::{Arg, Id, Message};

/// One labelled settings input with its unit, hint and error.
#[component]
pub fn SettingInput(setting: Setting) -> impl IntoView {
    let Shared { workspace, evaluation, sep, .. } = shared();
    let id = setting.id();
    let hint_id = format!("{id}-hint");
    let message_id = format!("{id}-message");
    let problem = move || evaluation.with(|e| e.targets.problem(setting).map(say));
    let value = Memo::new(move |_| workspace.with(|w| w.targets.get(setting).to_string()));
    let placeholder = move || workspace.with(|w| w.targets.placeholder(setting, sep));
    let unit = move || workspace.with(|w| say(&setting.unit(&w.currency)));
    view! {
        <div class="field setting" class:has-error=move || problem().is_some()>
            <label for=id>{say(&setting.label())}</label>
            <div class="input-wrap">
                <input
                    id=id
                    name=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    placeholder=placeholder
                    aria-describedby=format!("{hint_id} {message_id}")
                    aria-invalid=move || if problem().is_some() { "true" } else { "false" }
                    prop:value=value
                    on:input=move |ev| {
                        send(workspace, Event::EditSetting(setting, event_target_value(&ev)))
                    }
                />
                <span class="unit after" aria-hidden="true">{unit}</span>
            </div>
            <p class="hint" id=hint_id>{say(&setting.hint())}</p>
            <p class="message" id=message_id aria-live="polite">
                {move || problem().map(|m| view! { <strong>{word(Id::ErrorMark)}</strong> " " {m} })}
            </p>
        </div>
    }
}

/// The business type (which sets preset targets), the targets, and the diagnosis settings.
#[component]
pub fn TargetsPanel() -> impl IntoView {
    let Shared { workspace, sep, .. } = shared();
    let business = move || workspace.with(|w| w.targets.business);
    let targets =
        Step::ALL.map(Setting::Target).map(|setting| view! { <SettingInput setting /> }).collect_view();
    let others =
        [Setting::MinVolume, Setting::SalesCycleDays, Setting::WindowDays, Setting::PreviousCostPerMessage]
            .map(|setting| view! { <SettingInput setting /> })
            .collect_view();
    view! {
        <div class="targets">
            <div class="field">
                <label for="business">{word(Id::TargetsBusinessType)}</label>
                <select
                    id="business"
                    aria-describedby="business-note"
                    prop:value=move || business().id()
                    on:change=move |ev| {
                        if let Some(b) = BusinessType::from_id(&event_target_value(&ev)) {
                            send(workspace, Event::ChooseBusiness(b, sep));
                        }
                    }
                >
                    {BusinessType::ALL.map(|b| view! { <option value=b.id()>{say(&b.label())}</option> }).collect_view()}
                </select>
                <p class="hint" id="business-note">
                    {move || say(&business().note())}
                    {move || workspace.with(|w| w.targets.edited()).then(|| format!(" {}", word(Id::TargetsEdited)))}
                </p>
            </div>
            <fieldset>
                <legend>{word(Id::TargetsRates)}</legend>
                {targets}
            </fieldset>
            {others}
            <LanguageAndNumbers />
        </div>
    }
}

/// What the page's words and its numbers follow, side by side: the language (the header's
/// menu) and the browser's locale, which can differ.
#[component]
fn LanguageAndNumbers() -> impl IntoView {
    let Shared { format, language, .. } = shared();
    let words = move || {
        say(&Message::of(Id::SettingsWords).with("language", Arg::Text(language.get().endonym().to_string())))
    };
    let numbers = move || {
        let format = format.get();
        let message = Message::of(Id::SettingsNumbers)
            .with("number", Arg::Decimal(1234.5))
            .with("money", Arg::Money(1234.5))
            // With a hyphen that doesn't break the line (U+2011): "(ar-" / "EG)" in Arabic.
            .with("locale", Arg::Text(format.locale.replace('-', "\u{2011}")));
        say_in(&message, &format)
    };
    view! {
        <div class="field language-settings">
            <h3>{word(Id::SettingsLanguageHeading)}</h3>
            <p>{words}</p>
            <p>{numbers}</p>
            <p class="hint">{word(Id::SettingsLanguageHint)}</p>
        </div>
    }
}
