//! One scenario's card: its name and actions, and each lever on a slider and a number field
//! kept in step.

use leptos::prelude::*;

use crate::core::message::{Arg, Id, Message};
use crate::core::scenario::typed::{
    from_slider as from_slider_text, lever_text, parse_lever, slider_max, slider_position,
};
use crate::core::scenario::{Lever, LeverValues, ScenarioEvent, MAX_NAME_CHARS};
use crate::core::workspace::event::Event;
use crate::web::state::{shared, Shared};
use crate::web::words::{say, word};

/// One scenario: its name, every lever on a slider and a number field, and its actions.
#[component]
pub(super) fn ScenarioCard(
    index: usize,
    /// This scenario's levers after its overrides (see `ScenariosPanel`).
    applied: Memo<Option<LeverValues>>,
    #[prop(into)] baseline: Signal<Option<LeverValues>>,
) -> impl IntoView {
    let scenarios = shared().signals.scenarios;
    let name =
        Memo::new(move |_| scenarios.with(|all| all.get(index).map(|s| s.name.clone()).unwrap_or_default()));
    let levers = Lever::ALL
        .into_iter()
        .map(|lever| view! { <LeverControl index lever applied baseline name /> })
        .collect_view();
    view! {
        <section class="scenario" aria-label=move || say(&Message::of(Id::ScenarioRegion).with("name", Arg::Text(name.get())))>
            <ScenarioHead index name />
            <div class="levers">{levers}</div>
        </section>
    }
}

/// A scenario's name, to edit, and its actions: duplicate, reset, copy a link to it, delete.
#[component]
fn ScenarioHead(index: usize, name: Memo<String>) -> impl IntoView {
    let signals = shared().signals;
    let copied = RwSignal::new(None::<bool>);
    let send = move |event: ScenarioEvent| {
        signals.send(Event::Scenario(event));
    };
    view! {
        <div class="scenario-head">
            <label class="visually-hidden" for=format!("s{index}-name")>{word(Id::ScenarioName)}</label>
            <input
                id=format!("s{index}-name")
                class="scenario-name"
                type="text"
                maxlength=MAX_NAME_CHARS
                prop:value=move || name.get()
                on:input=move |ev| send(ScenarioEvent::Rename(index, event_target_value(&ev)))
            />
            <button type="button" on:click=move |_| send(ScenarioEvent::Duplicate(index))>{word(Id::ScenarioDuplicate)}</button>
            <button type="button" on:click=move |_| send(ScenarioEvent::ResetAll(index))>{word(Id::ScenarioReset)}</button>
            <button type="button" on:click=move |_| {
                if let Some(fragment) = crate::core::outbound::share::encode_scenario(&signals.get_untracked(), index) {
                    let link = crate::web::share::address_with(&fragment);
                    crate::web::clipboard::copy_text(link, move |ok| copied.set(Some(ok)));
                }
            }>{word(Id::CopyLink)}</button>
            {crate::web::clipboard::copy_status(
                copied,
                word(Id::ScenarioLinkCopied),
                word(Id::ScenarioNoClipboard),
            )}
            <button type="button" on:click=move |_| send(ScenarioEvent::Delete(index))>{word(Id::ScenarioDelete)}</button>
        </div>
    }
}

/// One lever of a scenario: its slider and number field kept in step, a reset for a changed
/// lever, and what was wrong with the last value typed.
#[component]
fn LeverControl(
    index: usize,
    lever: Lever,
    applied: Memo<Option<LeverValues>>,
    #[prop(into)] baseline: Signal<Option<LeverValues>>,
    /// The scenario's name, which the slider's label says.
    name: Memo<String>,
) -> impl IntoView {
    let Shared { signals, sep, .. } = shared();
    let scenarios = signals.scenarios;
    let send = move |event: ScenarioEvent| {
        signals.send(Event::Scenario(event));
    };
    let id = format!("s{index}-{}", lever.id());
    // Memos: moving one lever re-renders that lever's inputs only.
    let value = Memo::new(move |_| applied.with(|a| a.as_ref().and_then(|v| v.get(lever))));
    let overridden =
        Memo::new(move |_| scenarios.with(|all| all.get(index).is_some_and(|s| s.get(lever).is_some())));
    // What was wrong with the last typed value, said under the field.
    let problem = RwSignal::new(None::<String>);
    let message_id = format!("{id}-message");
    let set_from = move |text: String, from_slider: bool| {
        // A slider's value is the browser's own plain number; a typed one follows the
        // form's grammar and the locale's decimal mark.
        let v = if from_slider { Ok(from_slider_text(lever, &text)) } else { parse_lever(lever, &text, sep) };
        match v {
            Ok(Some(v)) => {
                problem.set(None);
                send(ScenarioEvent::SetLever(index, lever, v));
            }
            Ok(None) => problem.set(None),
            Err(e) => problem.set(Some(e.to_string())),
        }
    };
    let slid = Callback::new(move |text: String| set_from(text, true));
    let typed = Callback::new(move |text: String| set_from(text, false));
    // A rate to a stage the data doesn't count is no lever; the next one says where it counts from.
    let label = Memo::new(move |_| baseline.with(|b| b.as_ref().map(|b| b.label(lever))));
    let hidden = move || baseline.with(|b| b.as_ref().is_some_and(|b| !b.counted(lever)));
    view! {
        <div class="lever" class:changed=move || overridden.get() hidden=hidden>
            <label for=id.clone()>{move || label.with(|l| l.as_ref().map_or_else(|| word(lever.label()).to_string(), say))}</label>
            <LeverSlider id=format!("{id}-slider") lever value baseline name set=slid />
            <LeverField id message_id=message_id.clone() lever value problem set=typed />
            // Shown by `.lever.changed` (CSS), its room kept while hidden so the
            // levers don't move the moment a slider is first dragged.
            <button type="button" class="link reset-lever" on:click=move |_| send(ScenarioEvent::ResetLever(index, lever))>
                {word(Id::ResetLever)}
            </button>
            <p class="message lever-message" id=message_id aria-live="polite">
                {move || problem.get().map(|m| view! { <strong>{word(Id::ErrorMark)}</strong> " " {m} })}
            </p>
        </div>
    }
}

/// A lever's slider, named for the lever and the scenario, disabled while the lever has no value.
#[component]
fn LeverSlider(
    id: String,
    lever: Lever,
    value: Memo<Option<f64>>,
    #[prop(into)] baseline: Signal<Option<LeverValues>>,
    name: Memo<String>,
    /// Takes the slider's value as the browser writes it.
    set: Callback<String>,
) -> impl IntoView {
    let label =
        move || baseline.with(|b| b.as_ref().map_or_else(|| Message::of(lever.label()), |b| b.label(lever)));
    view! {
        <input
            type="range"
            id=id
            aria-label=move || {
                let label = Arg::Message(Box::new(label()));
                say(&Message::of(Id::ScnSliderLabel).with("lever", label).with("scenario", Arg::Text(name.get())))
            }
            min="0"
            max=move || slider_max(lever, baseline.get().as_ref())
            step=if lever.is_rate() { "0.1" } else { "any" }
            prop:value=move || value.get().map(|v| slider_position(lever, v)).unwrap_or(0.0).to_string()
            on:input=move |ev| set.run(event_target_value(&ev))
            disabled=move || value.get().is_none()
        />
    }
}

/// A lever's number field in the locale's decimal mark, with its unit, marked invalid while
/// the last value typed couldn't be read.
#[component]
fn LeverField(
    id: String,
    /// The id of the line under the lever that says what was wrong.
    message_id: String,
    lever: Lever,
    value: Memo<Option<f64>>,
    problem: RwSignal<Option<String>>,
    /// Takes the value typed.
    set: Callback<String>,
) -> impl IntoView {
    let Shared { format, sep, .. } = shared();
    let unit = move || if lever.is_rate() { "%".to_string() } else { format.get().currency.clone() };
    view! {
        <span class="lever-field">
            <input
                type="text"
                inputmode="decimal"
                id=id
                aria-describedby=message_id
                aria-invalid=move || if problem.with(Option::is_some) { "true" } else { "false" }
                prop:value=move || value.get().map(|v| lever_text(lever, v, sep)).unwrap_or_default()
                on:change=move |ev| set.run(event_target_value(&ev))
                disabled=move || value.get().is_none()
            />
            <span class="unit after" aria-hidden="true">{unit}</span>
        </span>
    }
}
