//! The ladder form: one labelled input per field with its hint and message, and the currency picker.

use leptos::prelude::*;

use crate::web::state::{send, shared, Shared};
use crate::web::words::{say, say_in, word};

use crate::core::workspace::event::Event;

use crate::core::ladder::fields::{Field, FieldKind, Severity};
use crate::core::message::Id;
use crate::core::workspace::CURRENCIES;

/// One labelled input with its hint and, when there is one, its error or warning.
#[component]
pub fn FieldInput(field: Field) -> impl IntoView {
    let Shared { workspace, evaluation, format, .. } = shared();
    let id = field.id();
    let hint_id = format!("{id}-hint");
    let message_id = format!("{id}-message");
    let problem = move || evaluation.with(|e| e.parsed.problem(field).cloned());
    let severity = move || problem().map(|p| p.severity);
    let is_money = field.kind() == FieldKind::Money;
    // Memos, so edits elsewhere in the workspace don't re-set this input's value.
    let value = Memo::new(move |_| workspace.with(|w| w.form.get(field).to_string()));
    let currency = Memo::new(move |_| workspace.with(|w| w.currency.clone()));
    let hint = move || say(&field.hint_in(&currency.get()));
    view! {
        <div
            class="field"
            class:has-error=move || severity() == Some(Severity::Error)
            class:has-warning=move || severity() == Some(Severity::Warning)
        >
            <label for=id>{field.label()}</label>
            <div class="input-wrap">
                {is_money
                    .then(|| {
                        view! {
                            <span class="unit" aria-hidden="true">
                                {move || currency.get()}
                            </span>
                        }
                    })}
                <input
                    id=id
                    name=id
                    type="text"
                    inputmode=if is_money { "decimal" } else { "numeric" }
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=format!("{hint_id} {message_id}")
                    aria-invalid=move || if severity() == Some(Severity::Error) { "true" } else { "false" }
                    prop:value=value
                    on:input=move |ev| {
                        send(workspace, Event::EditField(field, event_target_value(&ev)))
                    }
                />
            </div>
            <p class="hint" id=hint_id>{hint}</p>
            <p class="message" id=message_id aria-live="polite">
                {move || {
                    problem()
                        .map(|p| {
                            let mark = if p.severity == Severity::Error { Id::ErrorMark } else { Id::FormCheckMark };
                            // One click puts the reading meant in the field ("It’s 1,200").
                            let choices = p
                                .choices
                                .into_iter()
                                .map(|c| {
                                    let label = say(&c.label());
                                    let text = c.text;
                                    view! {
                                        " "
                                        <button type="button" class="choice" on:click=move |_| send(workspace, Event::EditField(field, text.clone()))>
                                            {label}
                                        </button>
                                    }
                                })
                                .collect_view();
                            view! { <strong>{word(mark)}</strong> " " {say_in(&p.message, &format.get())} {choices} }
                        })
                }}
            </p>
        </div>
    }
}

/// The input form: the ladder's fields, then the optional ones folded away.
#[component]
pub fn LadderForm() -> impl IntoView {
    let main = Field::MAIN.map(|field| view! { <FieldInput field /> }).collect_view();
    let more = Field::MORE.map(|field| view! { <FieldInput field /> }).collect_view();
    view! {
        <form class="ladder-form" on:submit=|ev| ev.prevent_default() novalidate>
            {main}
            <details class="more">
                <summary>{word(Id::FormMoreInputs)}</summary>
                {more}
            </details>
        </form>
    }
}

/// The workspace currency picker; a saved code outside the usual list is still offered.
#[component]
pub fn CurrencyPicker() -> impl IntoView {
    let workspace = shared().workspace;
    let currency = Memo::new(move |_| workspace.with(|w| w.currency.clone()));
    let options = move || {
        let current = currency.get();
        let mut codes: Vec<String> = CURRENCIES.iter().map(|c| c.to_string()).collect();
        if !codes.contains(&current) {
            codes.insert(0, current);
        }
        codes
            .into_iter()
            .map(|code| view! { <option value=code.clone()>{code.clone()}</option> })
            .collect_view()
    };
    view! {
        <div class="currency">
            <label for="currency">{word(Id::FormCurrency)}</label>
            <select
                id="currency"
                prop:value=move || currency.get()
                on:change=move |ev| {
                    send(workspace, Event::SetCurrency(event_target_value(&ev)))
                }
            >
                {options}
            </select>
        </div>
    }
}
