//! "Move budget from one segment to another": the user's move beside the naive one (to the
//! cheapest messages) and the right one (to the cheapest customers), with the assumption
//! stated, and "Apply as a scenario".

use leptos::prelude::*;

use crate::core::basics::text::Formatter;
use crate::core::comparison::budget::{
    as_scenario, exponent_note, moves, read_inputs, Account, Moves, Row, DEFAULT_EXPONENT, ROWS,
};
use crate::core::ladder::Unit;
use crate::core::message::{Id, Message};
use crate::core::scenario::{can_add, LeverValues, ScenarioEvent};
use crate::core::workspace::event::Event;
use crate::web::state::{shared, Shared};
use crate::web::words::{say, word};

/// The panel under the outliers; hidden until two segments are imported.
#[component]
pub fn BudgetPanel() -> impl IntoView {
    let Shared { signals, evaluation, sep, .. } = shared();
    let (workspace, scenarios) = (signals.rest, signals.scenarios);
    let from = RwSignal::new(0usize);
    let to = RwSignal::new(1usize);
    let amount = RwSignal::new(String::new());
    let exponent = RwSignal::new(String::new());
    // Campaigns across their periods, as the comparisons see them.
    let campaigns = Memo::new(move |_| workspace.with(|w| w.campaigns()));
    let names = Memo::new(move |_| campaigns.with(|c| c.iter().map(|s| s.name.clone()).collect::<Vec<_>>()));
    let inputs = move || amount.with(|a| exponent.with(|k| read_inputs(a, k, sep)));
    let moves = Memo::new(move |_| {
        let other = evaluation.with(|e| e.parsed.input.other_cost);
        campaigns.with(|c| {
            amount.with(|a| exponent.with(|k| moves(c, other, (from.get(), to.get()), (a, k), sep)))
        })
    });
    let apply = move |_| {
        let Some(m) = moves.get_untracked() else { return };
        let Some(after) = m.mine else { return };
        let Ok(base) = evaluation.with_untracked(|e| LeverValues::from_ladder(&e.ladder)) else { return };
        let scenario = as_scenario(&say(&m.name), &after, &base);
        signals.send(Event::Scenario(ScenarioEvent::Insert(scenario)));
    };
    let problem = move || inputs().err();
    view! {
        <section aria-labelledby="budget-heading" hidden=move || names.with(|n| n.len() < 2)>
            <h2 id="budget-heading">{word(Id::BudgetHeading)}</h2>
            <div class="budget-inputs">
                <SegmentSelect id="budget-from" label=word(Id::BudgetFrom) value=from names />
                <SegmentSelect id="budget-to" label=word(Id::BudgetTo) value=to names />
                <MoveInputs amount exponent />
            </div>
            <p class="message" role="status">{move || problem().map(|p| say(&Message::of(Id::ErrorLine).with("problem", p.as_arg())))}</p>
            <MoveTable moves />
            <button
                type="button"
                on:click=apply
                disabled=move || moves.with(|m| m.as_ref().is_none_or(|m| m.mine.is_none())) || !scenarios.with(|s| can_add(s))
            >
                {word(Id::BudgetApply)}
            </button>
        </section>
    }
}

/// The segment the budget moves from, or the one it moves to.
#[component]
fn SegmentSelect(
    id: &'static str,
    label: &'static str,
    /// The segment's position among `names`.
    value: RwSignal<usize>,
    names: Memo<Vec<String>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id prop:value=move || { names.track(); value.get().to_string() } on:change=move |ev| value.set(event_target_value(&ev).parse().unwrap_or(0))>
                {move || names.with(|n| n.iter().enumerate().map(|(i, name)| view! { <option value=i.to_string()>{name.clone()}</option> }).collect_view())}
            </select>
        </div>
    }
}

/// The amount moved and the exponent of diminishing returns, as typed.
#[component]
fn MoveInputs(amount: RwSignal<String>, exponent: RwSignal<String>) -> impl IntoView {
    let format = shared().format;
    view! {
        <div class="field">
            <label for="budget-amount">{word(Id::BudgetAmount)}</label>
            <input id="budget-amount" type="text" inputmode="decimal" prop:value=move || amount.get() on:input=move |ev| amount.set(event_target_value(&ev)) />
        </div>
        <div class="field">
            <label for="budget-exponent">{word(Id::BudgetExponent)}</label>
            <input id="budget-exponent" type="text" inputmode="decimal" placeholder=move || format.with(|f| f.decimal(DEFAULT_EXPONENT)) aria-describedby="budget-exponent-note" prop:value=move || exponent.get() on:input=move |ev| exponent.set(event_target_value(&ev)) />
            <p class="hint" id="budget-exponent-note">{move || format.with(|f| exponent_note().render(f))}</p>
        </div>
    }
}

/// The move's sentence, the warning, and the table: now, the user's move, the naive move and
/// the right one, each column's segment under its heading.
#[component]
fn MoveTable(moves: Memo<Option<Moves>>) -> impl IntoView {
    let format = shared().format;
    move || {
        let f = format.get();
        let m = moves.get()?;
        let cell = |o: Option<&Account>, pick: fn(&Account) -> Option<f64>, unit: Unit| {
            o.and_then(pick)
                .map(|v| f.number(v, unit))
                .unwrap_or_else(|| crate::core::basics::text::DASH.into())
        };
        // The segment's name on a line of its own, so a long one doesn't stretch the header.
        let header = |w: &Option<(String, Account)>, what: &'static str| {
            let name = w.as_ref().map(|(name, _)| {
                view! { <span class="visually-hidden">": "</span><span class="sub">{name.clone()}</span> }
            });
            view! { {what}{name} }
        };
        Some(view! {
            {m.sentence.as_ref().map(|s| view! { <p class="headline">{s.render(&f)}</p> })}
            <p class="risk">{word(Id::CmpBudgetWarning)}</p>
            <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::BudgetRegion)>
                <table class="data budget stack" id="budget">
                    <caption>{word(Id::BudgetCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{word(Id::MetricColumn)}</th>
                            <th scope="col">{word(Id::NowColumn)}</th>
                            <th scope="col">{word(Id::BudgetYourMoveColumn)}</th>
                            <th scope="col">{header(&m.naive, word(Id::BudgetNaiveColumn))}</th>
                            <th scope="col">{header(&m.right, word(Id::BudgetRightColumn))}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {ROWS.iter().map(|Row { label, value: pick, unit }| view! {
                            <tr>
                                <th scope="row">{word(*label)}</th>
                                <td class="num" data-label=word(Id::NowColumn)>{cell(Some(&m.now), *pick, *unit)}</td>
                                <td class="num" data-label=word(Id::BudgetYourMoveColumn)>{cell(m.mine.as_ref(), *pick, *unit)}</td>
                                <td class="num" data-label=word(Id::BudgetNaiveColumn)>{cell(m.naive.as_ref().map(|n| &n.1), *pick, *unit)}</td>
                                <td class="num" data-label=word(Id::BudgetRightColumn)>{cell(m.right.as_ref().map(|n| &n.1), *pick, *unit)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        })
    }
}
