//! What-if scenarios and goal seek for live sales calls: up to four named copies of the
//! baseline with levers on sliders and number fields kept in step, a side-by-side table with
//! the change against baseline, and "what must this lever be to reach that goal?".

mod card;

use leptos::prelude::*;

use crate::core::message::{Arg, Id, Message};
use crate::core::scenario::compare::{self, Change};
use crate::core::scenario::typed::{answer_sentence, goal_scenario_name, parse_goal_target};
use crate::core::scenario::{
    baseline, can_add, goal_seek, Answer, Goal, Lever, LeverValues, ScenarioEvent, MAX_SCENARIOS,
};
use crate::core::workspace::event::Event;

use super::state::{shared, Shared};
use super::words::{say, say_in, word};
use card::ScenarioCard;

/// Baseline and scenarios side by side, with the change against baseline. Rows and cells
/// stay in the page while a slider moves; only their text changes.
#[component]
fn ComparisonTable(
    applied: [Memo<Option<LeverValues>>; MAX_SCENARIOS],
    #[prop(into)] baseline: Signal<Option<LeverValues>>,
) -> impl IntoView {
    let Shared { signals, format, .. } = shared();
    let scenarios = signals.scenarios;
    // Each column's values (None = baseline missing). The baseline and each scenario have
    // their own memo, so a lever moving in one scenario re-writes that column's cells only.
    let base_column = Memo::new(move |_| baseline.with(|b| b.as_ref().map(compare::column)));
    let scenario_columns: [Memo<Option<Vec<Option<f64>>>>; MAX_SCENARIOS] =
        applied.map(|levers| Memo::new(move |_| levers.with(|v| v.as_ref().map(compare::column))));
    let names =
        Memo::new(move |_| scenarios.with(|all| all.iter().map(|s| s.name.clone()).collect::<Vec<_>>()));
    let count = Memo::new(move |_| names.with(Vec::len));
    let row = move |r: usize| {
        let cell = move |col: Option<usize>| {
            let pick = |c: &Option<Vec<Option<f64>>>| c.as_ref().and_then(|v| v[r]);
            let base_value = base_column.with(pick);
            let (value, base) = match col {
                None => (base_value, None),
                Some(i) => (scenario_columns.get(i).and_then(|column| column.with(pick)), Some(base_value)),
            };
            format.with(|f| compare::cell(r, value, base, f))
        };
        view! {
            <tr class:detail=!compare::is_key(r)>
                <th scope="row">{say(&compare::row_label(r))}</th>
                <td class="num">{move || cell(None).value}</td>
                <For
                    each=move || 0..count.get()
                    key=|i| *i
                    children=move |i| {
                        // A memo per cell: a lever moving re-writes only the cells it changes.
                        let cell = Memo::new(move |_| cell(Some(i)));
                        view! {
                            <td class="num">
                                {move || cell.with(|c| c.value.clone())}
                                <span
                                    class="change"
                                    class:good=move || cell.with(|c| c.direction == Change::Better)
                                    class:bad=move || cell.with(|c| c.direction == Change::Worse)
                                >
                                    {move || cell.with(|c| c.change.clone())}
                                </span>
                            </td>
                        }
                    }
                />
            </tr>
        }
    };
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::ComparisonRegion) hidden=move || baseline.get().is_none() || count.get() == 0>
            // With no scenario the table would only repeat the metrics above: it waits for one.
            // Fixed layout (style/main.css): columns keep their widths while numbers change, so
            // a drag re-lays out the changed cells, not every column. The `columns-N` class
            // (baseline and scenarios) sets the table's least width; past the card's width it
            // scrolls. With three or more scenarios (`narrow`), a change's parts take lines of
            // their own.
            <table
                class=move || match count.get() {
                    0 => "data comparison columns-1",
                    1 => "data comparison columns-2",
                    2 => "data comparison columns-3",
                    3 => "data comparison narrow columns-4",
                    _ => "data comparison narrow columns-5",
                }
                id="comparison"
            >
                <caption>{word(Id::ComparisonCaption)}</caption>
                <colgroup>
                    <col class="metric-col" />
                </colgroup>
                <thead>
                    <tr>
                        <th scope="col">{word(Id::MetricColumn)}</th>
                        <th scope="col">{word(Id::BaselineColumn)}</th>
                        <For each=move || 0..count.get() key=|i| *i let:i>
                            <th scope="col">{move || names.with(|n| n.get(i).cloned().unwrap_or_default())}</th>
                        </For>
                    </tr>
                </thead>
                <tbody>{(0..compare::ROWS).map(row).collect_view()}</tbody>
            </table>
        </div>
    }
}

/// "To reach this goal, what must this lever be?", answered exactly, with one click to try it.
#[component]
fn GoalSeek(#[prop(into)] baseline: Signal<Option<LeverValues>>) -> impl IntoView {
    let Shared { signals, format, sep, .. } = shared();
    let scenarios = signals.scenarios;
    let goal = RwSignal::new(Goal::Cac);
    let lever = RwSignal::new(Lever::CloseRate);
    let target = RwSignal::new(String::new());
    // The typed target read by the core's number grammar: a value, blank, or why not.
    let typed = move || target.with(|t| parse_goal_target(goal.get(), t, sep));
    let answer = move || {
        let base = baseline.get()?;
        let t = typed().ok()??;
        Some((goal_seek(&base, goal.get(), t, lever.get()), base))
    };
    let text = move || match typed() {
        Err(e) => Some(say(&Message::of(Id::ErrorLine).with("problem", Arg::Text(e.to_string())))),
        Ok(_) => {
            let (answer, base) = answer()?;
            Some(answer_sentence(&answer, &base, goal.get(), lever.get()).render(&format.get()))
        }
    };
    let apply = move |_| {
        if let Some((Answer::Set(value), _)) = answer() {
            let name =
                goal_scenario_name(goal.get_untracked(), &target.get_untracked(), lever.get_untracked());
            let event = ScenarioEvent::AddWith { name, lever: lever.get_untracked(), value };
            signals.send(Event::Scenario(event));
        }
    };
    view! {
        <form class="goal-seek" on:submit=|ev| ev.prevent_default()>
            <h3>{word(Id::GoalSeekHeading)}</h3>
            <p class="goal-question">
                <label for="goal">{word(Id::GoalToReach)}</label>
                <select id="goal" on:change=move |ev| if let Some(g) = Goal::from_id(&event_target_value(&ev)) { goal.set(g) }>
                    {Goal::ALL.map(|g| view! { <option value=g.id() selected=g == Goal::Cac>{word(g.label())}</option> }).collect_view()}
                </select>
                // Reads as a question: "To reach CAC of 150, what must Close rate be?". The field,
                // the word before it and the clause after it stay on one line ("a" alone ended an
                // Italian line on a phone); a clause that opens with a comma sits against the field.
                <span class="goal-target">
                    <label for="goal-target">{word(Id::GoalOf)}</label>
                    <input id="goal-target" type="text" inputmode="decimal" placeholder="150" prop:value=move || target.get() on:input=move |ev| target.set(event_target_value(&ev)) />
                    <span aria-hidden="true" class:tight=word(Id::GoalWhatMust).starts_with([',', '،'])>{word(Id::GoalWhatMust)}</span>
                </span>
                <label class="visually-hidden" for="goal-lever">{word(Id::GoalLeverLabel)}</label>
                <select id="goal-lever" on:change=move |ev| if let Some(l) = Lever::from_id(&event_target_value(&ev)) { lever.set(l) }>
                    {Lever::ALL.map(|l| {
                        let hidden = move || baseline.with(|b| b.as_ref().is_some_and(|b| !b.counted(l)));
                        let label = move || baseline.with(|b| b.as_ref().map_or_else(|| word(l.label()).to_string(), |b| say(&b.label(l))));
                        view! { <option value=l.id() selected=l == Lever::CloseRate hidden=hidden>{label}</option> }
                    }).collect_view()}
                </select>
                <span aria-hidden="true">{word(Id::GoalBe)}</span>
            </p>
            <p class="goal-answer" role="status">{text}</p>
            <button
                type="button"
                on:click=apply
                disabled={move || {
                    !matches!(answer(), Some((Answer::Set(_), _))) || !scenarios.with(|all| can_add(all))
                }}
            >
                {word(Id::GoalApply)}
            </button>
        </form>
    }
}

/// The what-if section: scenarios, their comparison, and goal seek.
#[component]
pub fn ScenariosPanel() -> impl IntoView {
    let Shared { signals, evaluation, format, .. } = shared();
    let baseline_result = Memo::new(move |_| evaluation.with(|e| baseline(&e.ladder, &e.diagnosis)));
    let baseline =
        Signal::derive(move || baseline_result.with(|r| r.as_ref().ok().map(|(levers, _)| *levers)));
    let projected = move || {
        let said = baseline_result.with(|r| r.as_ref().ok().and_then(|(_, said)| said.clone()))?;
        Some(view! { <p class="hint projected-baseline">{format.with(|f| say_in(&said, f))}</p> })
    };
    // Stages the data doesn't count, folded into the next step.
    let not_counted = move || {
        let said = baseline.with(|b| b.as_ref().and_then(LeverValues::not_counted))?;
        Some(view! { <p class="hint not-counted">{format.with(|f| say_in(&said, f))}</p> })
    };
    let scenarios = signals.scenarios;
    let count = Memo::new(move |_| scenarios.with(Vec::len));
    // Each scenario's levers after its overrides, derived once for its card and its column.
    let applied: [Memo<Option<LeverValues>>; MAX_SCENARIOS] = std::array::from_fn(|i| {
        Memo::new(move |_| {
            let base = baseline.get()?;
            scenarios.with(|all| all.get(i).map(|s| s.apply(&base)))
        })
    });
    let add = move |_| {
        signals.send(Event::Scenario(ScenarioEvent::Add));
    };
    let full = Memo::new(move |_| !scenarios.with(|all| can_add(all)));
    view! {
        <section class="scenarios" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">{word(Id::WhatIfHeading)}</h2>
            {move || baseline_result.with(|r| r.as_ref().err().map(|e| view! { <p class="hint">{format.with(|f| say_in(e, f))}</p> }))}
            {projected}
            {not_counted}
            <p class="hint">{word(Id::WhatIfHint)}</p>
            <For each=move || 0..count.get().min(MAX_SCENARIOS) key=|i| *i let:index>
                <ScenarioCard index applied=applied[index] baseline />
            </For>
            <button
                type="button"
                on:click=add
                disabled={move || full.get() || baseline.get().is_none()}
            >
                {move || word(if full.get() { Id::ScnFull } else { Id::AddScenario })}
            </button>
            // The comparison and goal seek together: beside the levers when presenting.
            <div class="scenario-results">
                <ComparisonTable applied baseline />
                <GoalSeek baseline />
            </div>
        </section>
    }
}
