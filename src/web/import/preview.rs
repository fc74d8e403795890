//! The import preview as the panel draws it: the join-or-replace choice, how each column is
//! read (with its role and separator to correct), the statuses of an outcome log, and the
//! segments the import would become. Corrections go back to the session as [`Correction`]s.

use leptos::prelude::*;

use super::grid::columns_table;

use crate::core::dates::Grouping;
use crate::core::grouping::labels;
use crate::core::import::analyze::{Preview, Shape};
use crate::core::import::grid::grid;
use crate::core::import::session::{Correction, ReadStats, Session};
use crate::core::ladder::Stage;
use crate::core::text::Formatter;
use crate::core::workspace::Workspace;
use crate::web::format::IntlFormatter;

/// For an outcome log arriving after ad data: join by name, or replace.
pub(super) fn join_choice(
    workspace: RwSignal<Workspace>,
    p: &Preview,
    session: RwSignal<Session>,
) -> impl IntoView {
    let join_mode = Memo::new(move |_| session.with(|s| s.join));
    let lines = workspace.with_untracked(|w| w.join_lines(p));
    view! {
        <fieldset class="join">
            <legend>"This is an outcome log, and ad data is already imported"</legend>
            <label>
                <input type="radio" name="join-mode" prop:checked=move || join_mode.get() on:change=move |_| session.update(|s| s.join = true) />
                " Join it onto the ad data by campaign name: spend and conversations from the ads, outcomes from this file"
            </label>
            <label>
                <input type="radio" name="join-mode" prop:checked=move || !join_mode.get() on:change=move |_| session.update(|s| s.join = false) />
                " Replace the imported data with this file"
            </label>
            {lines.into_iter().map(|line| view! { <p class="hint">{line}</p> }).collect_view()}
        </fieldset>
    }
}

/// The preview: what the input looks like, each column's role and separator (to correct),
/// the statuses of an outcome log, the segments it would become, and Apply / Cancel.
pub(super) fn preview_body(
    p: Preview,
    f: IntlFormatter,
    facts: String,
    stats: Option<ReadStats>,
    correct: Callback<Correction>,
    asked: Grouping,
    (apply, cancel): (
        impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
        impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
    ),
) -> impl IntoView {
    // The preview's money is in the file's currency ("Montant dépensé (EUR)"), which the
    // workspace takes when the import is applied.
    let f = match &p.currency {
        Some(code) => IntlFormatter::new(&f.locale, code),
        None => f,
    };
    let columns = columns_table(grid(&p), correct);
    let statuses = (p.shape == Shape::OutcomeLog).then(|| {
        let rows = p
            .statuses
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let status = s.status.clone();
                let current = s.stage.id();
                view! {
                    <tr class:unknown=!s.known>
                        <th scope="row">{s.status.clone()}</th>
                        <td class="num">{f.count(s.rows as u64)}</td>
                        <td>
                            <label class="visually-hidden" for=format!("status-{i}")>{format!("Stage reached by “{}”", s.status)}</label>
                            <select
                                id=format!("status-{i}")
                                prop:value=current
                                on:change=move |ev| {
                                    if let Some(stage) = Stage::from_id(&event_target_value(&ev)) {
                                        correct.run(Correction::Status(status.clone(), stage));
                                    }
                                }
                            >
                                {Stage::ALL.map(|st| view! { <option value=st.id() selected=st.id() == current>{st.label()}</option> }).collect_view()}
                            </select>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" tabindex="0" aria-label="Statuses table">
                <table class="data statuses">
                    <caption>"Statuses: each row counts at the stage it reached and every stage before"</caption>
                    <thead><tr><th scope="col">"Status"</th><th scope="col">"Rows"</th><th scope="col">"Counts up to"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let money =
        |m: Option<crate::core::money::Money>| m.map(|m| f.money(m.as_f64())).unwrap_or_else(|| "—".into());
    let count = |c: Option<u64>| c.map(|c| f.count(c)).unwrap_or_else(|| "—".into());
    let segment_rows = p
        .segments
        .iter()
        .zip(labels(&p.segments))
        .take(12)
        .map(|(s, label)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td class="num">{money(s.spend)}</td>
                    <td class="num">{count(s.started)}</td>
                    <td class="num">{count(s.customers)}</td>
                    <td class="num">{money(s.revenue)}</td>
                </tr>
            }
        })
        .collect_view();
    let more = p.segments.len().saturating_sub(12);
    let grouping = p.dated.then(|| {
        let current = asked.id();
        view! {
            <div class="field periods-choice">
                <label for="import-periods">"Periods"</label>
                <select
                    id="import-periods"
                    on:change=move |ev| correct.run(Correction::Grouping(Grouping::from_id(&event_target_value(&ev))))
                >
                    {Grouping::CHOICES.map(|g| view! { <option value=g.id() selected=g.id() == current>{g.label()}</option> }).collect_view()}
                </select>
            </div>
        }
    });
    view! {
        <section class="import-preview" aria-labelledby="preview-heading">
            <h3 id="preview-heading">"Preview: nothing is changed until you apply"</h3>
            <p class="looks-like"><strong>"Looks like: "</strong>{p.looks_like.clone()}</p>
            <p
                class="hint read-facts"
                data-bytes=stats.map(|s| s.bytes)
                data-ms=stats.map(|s| s.ms)
                data-worker-ms=stats.map(|s| s.worker_ms)
                data-parse-ms=stats.map(|s| s.parse_ms)
                data-wasm-memory=stats.map(|s| s.memory)
            >
                {facts}
            </p>
            {(!p.notes.is_empty()).then(|| view! { <ul class="notes">{p.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul> })}
            {grouping}
            <h4 id="columns-heading">"Columns: how each is read (change any role or separator)"</h4>
            {columns}
            {statuses}
            <div class="table-scroll" role="region" tabindex="0" aria-label="Segments to import table">
                <table class="data segments-preview">
                    <caption>{format!("Segments to import: {}", p.segments.len())}</caption>
                    <thead><tr><th scope="col">"Segment"</th><th scope="col">"Spend"</th><th scope="col">"Chats"</th><th scope="col">"Customers"</th><th scope="col">"Revenue"</th></tr></thead>
                    <tbody>{segment_rows}</tbody>
                </table>
            </div>
            {(more > 0).then(|| view! { <p class="hint">{format!("…and {more} more.")}</p> })}
            <p class="copy-row">
                <button type="button" class="primary" on:click=apply>"Apply import"</button>
                <button type="button" on:click=cancel>"Cancel"</button>
            </p>
        </section>
    }
}
