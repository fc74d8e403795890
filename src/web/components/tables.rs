//! The metrics table (every metric, its formula one click away) and the stages table.

use leptos::prelude::*;

use super::value_view;
use crate::core::explain::{stage_flag, worked};
use crate::core::ladder::{MetricId, Stage, Unit, Value};
use crate::core::workspace::Evaluation;
use crate::web::format::IntlFormatter;

/// Every ladder metric with its value and, one click away, its formula with the user's numbers.
#[component]
pub fn MetricsTable(
    #[prop(into)] evaluation: Signal<Evaluation>,
    #[prop(into)] format: Signal<IntlFormatter>,
) -> impl IntoView {
    let rows = MetricId::CORE
        .iter()
        .chain(MetricId::DELIVERY.iter())
        .map(|&id| {
            let metric = move || evaluation.with(|e| e.ladder.metrics.iter().find(|m| m.id == id).copied());
            let worked = move || metric().map(|m| worked(&m).render(&format.get()));
            view! {
                <tr id=format!("metric-{}", id.id()) hidden=move || metric().is_none()>
                    <th scope="row">{id.name()}</th>
                    <td class="value">
                        {move || metric().map(|m| value_view(m.value, id.unit(), &format.get()))}
                    </td>
                    <td class="formula">
                        <details>
                            <summary>
                                "Formula"
                                <span class="visually-hidden">{format!(" for {}", id.name())}</span>
                            </summary>
                            <p class="formula-words">{id.formula()}</p>
                            <p class="formula-numbers">{worked}</p>
                            <p class="formula-meaning">{id.meaning()}</p>
                        </details>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data metrics" id="ladder">
            <caption>"The ladder: every metric from message to revenue"</caption>
            <thead>
                <tr>
                    <th scope="col">"Metric"</th>
                    <th scope="col">"Value"</th>
                    <th scope="col">"How it’s computed"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// One row per stage: count, step rate, share of conversations started, and cost per stage.
#[component]
pub fn StagesTable(
    #[prop(into)] evaluation: Signal<Evaluation>,
    #[prop(into)] format: Signal<IntlFormatter>,
) -> impl IntoView {
    let rows = Stage::ALL
        .iter()
        .map(|&stage| {
            let row = move || evaluation.with(|e| *e.ladder.stage(stage));
            let cell = move |pick: fn(&crate::core::ladder::StageRow) -> Value, unit: Unit| {
                move || value_view(pick(&row()), unit, &format.get())
            };
            let count = move || {
                let r = row();
                let value = match r.count.given() {
                    Some(c) => Value::Known(c as f64),
                    None => r.cost_per, // carries the reason the count is missing or invalid
                };
                let count = value_view(value, Unit::Count, &format.get());
                view! {
                    {count}
                    {stage_flag(&r).map(|flag| view! { <span class="flag">{flag}</span> })}
                }
            };
            view! {
                <tr class:inconsistent=move || row().inconsistent>
                    <th scope="row">{stage.label()}</th>
                    <td data-label="Count">{count}</td>
                    <td data-label="Step rate">{cell(|r| r.step_rate, Unit::Percent)}</td>
                    <td data-label="Share of conversations started">{cell(|r| r.share_of_started, Unit::Percent)}</td>
                    <td data-label="Cost per stage">{cell(|r| r.cost_per, Unit::Money)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data stages stack" id="stages">
            <caption>"Stages: how many reach each step, and what each costs"</caption>
            <thead>
                <tr>
                    <th scope="col">"Stage"</th>
                    <th scope="col">"Count"</th>
                    <th scope="col">"Step rate"</th>
                    <th scope="col">"Share of conversations started"</th>
                    <th scope="col">"Cost per stage"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
