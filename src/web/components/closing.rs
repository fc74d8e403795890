//! Time to close: how long deals take to be won, each month's close rate so far and projected
//! with when it can be judged, how the projection did on this data before, and how it is
//! computed. Shown once an outcome log with won, lost or close dates is imported.

use leptos::prelude::*;

use crate::core::basics::text::Formatter;
use crate::core::closing::view::{closing_view, ClosingView, CohortLine};
use crate::core::message::Id;
use crate::web::format::IntlFormatter;
use crate::web::state::{shared, Shared};
use crate::web::words::word;

/// The panel; hidden without dated deals.
#[component]
pub fn ClosingPanel() -> impl IntoView {
    let Shared { workspace, format, .. } = shared();
    // The deals alone wake the panel: typing in the form changes the workspace, not them, and
    // the cohort tables and backtests are worth computing only when they change.
    let deals = Memo::new(move |_| workspace.with(|w| w.deals.clone()));
    let panel = Memo::new(move |_| deals.with(|d| d.as_ref().map(closing_view)));
    let body = move || {
        let f = format.get();
        panel.with(|p| p.as_ref().map(|v| view! { <ClosingBody v=v.clone() f /> }))
    };
    view! {
        <section aria-labelledby="closing-heading" hidden=move || panel.with(Option::is_none)>
            <h2 id="closing-heading">{word(Id::ClosingHeading)}</h2>
            {body}
        </section>
    }
}

#[component]
fn ClosingBody(v: ClosingView, f: IntlFormatter) -> impl IntoView {
    let columns = [
        Id::ClosingColAge,
        Id::ClosingColDeals,
        Id::ClosingColWon,
        Id::ClosingColRate,
        Id::ClosingColProjected,
        Id::ClosingColJudge,
    ];
    let rows = v.rows.iter().map(|r| view! { <CohortRow r=r.clone() f=f.clone() /> }).collect_view();
    view! {
        <p class="closing-lede">{v.lede.render(&f)} " " {v.days.render(&f)}</p>
        <div class="table-scroll" role="region" tabindex="0" aria-label=v.caption.render(&f)>
            <table class="data closing stack" id="closing">
                <caption>{v.caption.render(&f)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{word(Id::ClosingColStarted)}</th>
                        {columns.map(|id| view! { <th scope="col">{word(id)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <ul class="closing-backtests">{v.backtests.iter().map(|b| view! { <li>{b.render(&f)}</li> }).collect_view()}</ul>
        <details class="formula">
            <summary>{word(Id::ClosingMethodSummary)}</summary>
            <p>{word(Id::ClosingMethod)}</p>
        </details>
    }
}

/// One month's (or week's) row; a month not yet judgeable is marked so.
#[component]
fn CohortRow(r: CohortLine, f: IntlFormatter) -> impl IntoView {
    view! {
        <tr class:young=!r.mature>
            <th scope="row">{r.period.render(&f)}</th>
            <td data-label=word(Id::ClosingColAge) class="num">{r.age.render(&f)}</td>
            <td data-label=word(Id::ClosingColDeals) class="num">{f.count(r.deals)}</td>
            <td data-label=word(Id::ClosingColWon) class="num">{f.count(r.wins)}</td>
            <td data-label=word(Id::ClosingColRate) class="num">{f.percent(r.observed)}</td>
            <td data-label=word(Id::ClosingColProjected)>{r.projected.render(&f)}</td>
            <td data-label=word(Id::ClosingColJudge)>{r.judge.render(&f)}</td>
        </tr>
    }
}
