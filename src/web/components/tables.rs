//! The metrics table: every metric, its formula one click away.

use leptos::prelude::*;

use super::value_view;
use crate::core::ladder::explain::worked;
use crate::core::ladder::MetricId;
use crate::core::message::{Arg, Id, Message};
use crate::web::state::{shared, Shared};
use crate::web::words::{say, word};

/// Every ladder metric with its value and, one click away, its formula with the user's numbers.
#[component]
pub fn MetricsTable() -> impl IntoView {
    let Shared { evaluation, format, .. } = shared();
    let rows = MetricId::CORE
        .iter()
        .chain(MetricId::DELIVERY.iter())
        .map(|&id| {
            let metric = move || evaluation.with(|e| e.ladder.metrics.iter().find(|m| m.id == id).copied());
            let worked = move || metric().map(|m| worked(&m).render(&format.get()));
            let formula_for =
                Message::of(Id::LadderFormulaFor).with("metric", Arg::Message(Box::new(id.title())));
            view! {
                <tr id=format!("metric-{}", id.id()) hidden=move || metric().is_none()>
                    <th scope="row">{id.name()}</th>
                    <td class="value">
                        {move || metric().map(|m| value_view(m.value, id.unit(), &format.get()))}
                    </td>
                    <td class="formula">
                        <details>
                            <summary>
                                {word(Id::FormulaSummary)}
                                <span class="visually-hidden">" "{say(&formula_for)}</span>
                            </summary>
                            <p class="formula-words">{say(&id.formula())}</p>
                            <p class="formula-numbers">{worked}</p>
                            <p class="formula-meaning">{say(&id.meaning())}</p>
                        </details>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data metrics" id="ladder">
            <caption>{word(Id::MetricsCaption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{word(Id::MetricColumn)}</th>
                    <th scope="col">{word(Id::ValueColumn)}</th>
                    <th scope="col">{word(Id::HowComputedColumn)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
