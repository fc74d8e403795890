//! The import preview as the panel draws it: the join-or-replace choice, how each column is
//! read (with its role and separator to correct), the statuses of an outcome log, and the
//! segments the import would become. Corrections go back to the session as [`Correction`]s.

use leptos::prelude::*;

use super::grid::columns_table;

use crate::core::basics::calendar::{day_number, iso_date};
use crate::core::basics::dates::Grouping;
use crate::core::basics::text::Formatter;
use crate::core::closing::dated::Dated;
use crate::core::comparison::grouping::labels;
use crate::core::import::analyze::{Preview, Shape, SHOWN_SEGMENTS};
use crate::core::import::grid::grid;
use crate::core::import::session::{Correction, ReadStats, Session};
use crate::core::ladder::Stage;
use crate::core::message::{Arg, Id, Message};
use crate::core::workspace::join_choice::JoinChoice;
use crate::web::format::IntlFormatter;
use crate::web::words::{say, say_in, word};

/// For an outcome log arriving after ad data: join by name, onto the total, or replace.
pub(super) fn join_choice(choice: JoinChoice, session: RwSignal<Session>, f: IntlFormatter) -> impl IntoView {
    let default = choice.default;
    let chosen = Memo::new(move |_| session.with(|s| s.join).or(default));
    let options = choice
        .options
        .into_iter()
        .map(|o| {
            let mode = o.mode;
            view! {
                <label>
                    <input type="radio" name="join-mode" value=mode.id() prop:checked=move || chosen.get() == Some(mode) on:change=move |_| session.update(|s| s.join = Some(mode)) />
                    " " {word(o.label)}
                </label>
                {o.lines.iter().map(|line| view! { <p class="hint join-line">{say_in(line, &f)}</p> }).collect_view()}
            }
        })
        .collect_view();
    let names = choice.names.map(|(log, ads)| {
        let rows = (0..log.len().max(ads.len()))
            .map(|i| {
                view! {
                    <tr>
                        <td>{log.get(i).cloned().unwrap_or_default()}</td>
                        <td>{ads.get(i).cloned().unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::WsNamesCaption)>
                <table class="data join-names">
                    <caption>{word(Id::WsNamesCaption)}</caption>
                    <thead><tr><th scope="col">{word(Id::WsNamesInFile)}</th><th scope="col">{word(Id::WsNamesInAds)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <fieldset class="join">
            <legend>{word(choice.legend)}</legend>
            {choice.ask.map(|ask| view! { <p class="import-error join-ask">{word(ask)}</p> })}
            {names}
            {options}
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
    // Apply, Cancel, and whether Apply can go ahead (a join waiting for a choice can't).
    (apply, cancel, ready): (
        impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
        impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
        Signal<bool>,
    ),
) -> impl IntoView {
    // The preview's money is in the file's currency ("Montant dépensé (EUR)"), which the
    // workspace takes when the import is applied.
    let f = match &p.currency {
        Some(code) => IntlFormatter::new(&f.locale, code),
        None => f,
    };
    let columns = columns_table(grid(&p), correct);
    // The statuses, and beside a won / lost / open status the pipeline's stages: each
    // value with its rows and the stage it counts up to.
    let table = |of_stage: bool| {
        let rows = p
            .statuses
            .iter()
            .enumerate()
            .filter(|(_, s)| s.of_stage == of_stage)
            .map(|(i, s)| {
                let status = s.status.clone();
                let current = s.stage.id();
                view! {
                    <tr class:unknown=!s.known>
                        <th scope="row">{s.status.clone()}</th>
                        <td class="num" data-label=word(Id::PreviewRowsColumn)>{f.count(s.rows as u64)}</td>
                        <td data-label=word(Id::PreviewCountsUpToColumn)>
                            <label class="visually-hidden" for=format!("status-{i}")>{say(&Message::of(Id::PreviewStageReachedBy).with("status", Arg::Text(s.status.clone())))}</label>
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
        let (caption, label, heading) = if of_stage {
            (word(Id::PreviewStagesCaption), word(Id::PreviewStagesRegion), word(Id::PreviewStageColumn))
        } else {
            (word(Id::PreviewStatusesCaption), word(Id::PreviewStatusesRegion), word(Id::PreviewStatusColumn))
        };
        view! {
            <div class="table-scroll" role="region" tabindex="0" aria-label=label>
                <table class="data statuses stack">
                    <caption>{caption}</caption>
                    <thead><tr><th scope="col">{heading}</th><th scope="col">{word(Id::PreviewRowsColumn)}</th><th scope="col">{word(Id::PreviewCountsUpToColumn)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    };
    let statuses = (p.shape == Shape::OutcomeLog).then(|| table(false));
    // Which sources' rows are kept: one checkbox per value of the source column.
    let sources = p.sources.clone().map(|filter| {
        let boxes = filter
            .values
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let key = v.key.clone();
                view! {
                    <label for=format!("source-{i}")>
                        <input
                            type="checkbox"
                            id=format!("source-{i}")
                            prop:checked=v.kept
                            on:change=move |ev| correct.run(Correction::KeepSource(key.clone(), event_target_checked(&ev)))
                        />
                        " "{say_in(&Message::of(Id::ImpSourceChoice).with("source", Arg::Text(v.value.clone())).with("rows", Arg::Count(v.rows as u64)), &f)}
                    </label>
                }
            })
            .collect_view();
        view! {
            <fieldset class="sources">
                <legend>{say(&Message::of(Id::PreviewKeepSources).with("column", Arg::Text(filter.column.clone())))}</legend>
                {boxes}
            </fieldset>
        }
    });
    let stages = p.statuses.iter().any(|s| s.of_stage).then(|| table(true));
    let money = |m: Option<crate::core::basics::money::Money>| {
        m.map(|m| f.money(m.as_f64())).unwrap_or_else(|| crate::core::basics::text::DASH.into())
    };
    let count =
        |c: Option<u64>| c.map(|c| f.count(c)).unwrap_or_else(|| crate::core::basics::text::DASH.into());
    let segment_rows = p
        .segments
        .iter()
        .zip(labels(&p.segments))
        .take(SHOWN_SEGMENTS)
        .map(|(s, label)| {
            view! {
                <tr>
                    <th scope="row">{say_in(&label, &f)}</th>
                    <td class="num" data-label=word(Id::SpendColumn)>{money(s.spend)}</td>
                    <td class="num" data-label=word(Id::PreviewChatsColumn)>{count(s.started)}</td>
                    <td class="num" data-label=word(Id::PreviewCustomersColumn)>{count(s.customers)}</td>
                    <td class="num" data-label=word(Id::PreviewRevenueColumn)>{money(s.revenue)}</td>
                </tr>
            }
        })
        .collect_view();
    let more = p.segments.len().saturating_sub(SHOWN_SEGMENTS);
    let grouping = p.dated.then(|| {
        let current = asked.id();
        view! {
            <div class="field periods-choice">
                <label for="import-periods">{word(Id::PreviewPeriods)}</label>
                <select
                    id="import-periods"
                    on:change=move |ev| correct.run(Correction::Grouping(Grouping::from_id(&event_target_value(&ev))))
                >
                    {Grouping::CHOICES.map(|g| view! { <option value=g.id() selected=g.id() == current>{say(&g.label())}</option> }).collect_view()}
                </select>
            </div>
        }
    });
    let as_of = p.deals.as_ref().map(|d| as_of_field(d, correct, &f));
    view! {
        <section class="import-preview" aria-labelledby="preview-heading">
            <h3 id="preview-heading">{word(Id::PreviewHeading)}</h3>
            <p class="looks-like"><strong>{word(Id::PreviewLooksLike)}" "</strong>{say_in(&p.looks_like(), &f)}</p>
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
            {(!p.notes.is_empty()).then(|| view! { <ul class="notes">{p.notes.iter().map(|n| view! { <li>{say_in(&n.message(), &f)}</li> }).collect_view()}</ul> })}
            {grouping}
            {as_of}
            <h4 id="columns-heading">{word(Id::PreviewColumnsHeading)}</h4>
            {columns}
            {sources}
            {statuses}
            {stages}
            <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::PreviewSegmentsRegion)>
                <table class="data segments-preview stack">
                    <caption>{say_in(&Message::of(Id::PreviewSegmentsCaption).with("count", Arg::Count(p.segments.len() as u64)), &f)}</caption>
                    <thead><tr><th scope="col">{word(Id::SegmentColumn)}</th><th scope="col">{word(Id::SpendColumn)}</th><th scope="col">{word(Id::PreviewChatsColumn)}</th><th scope="col">{word(Id::PreviewCustomersColumn)}</th><th scope="col">{word(Id::PreviewRevenueColumn)}</th></tr></thead>
                    <tbody>{segment_rows}</tbody>
                </table>
            </div>
            {(more > 0).then(|| view! { <p class="hint">{say_in(&Message::of(Id::PreviewAndMore).with("count", Arg::Count(more as u64)), &f)}</p> })}
            <p class="copy-row">
                <button type="button" class="primary" on:click=apply disabled=move || !ready.get()>{word(Id::PreviewApply)}</button>
                <button type="button" on:click=cancel>{word(Id::Cancel)}</button>
            </p>
        </section>
    }
}

/// "Data as of": the day an outcome log's deals are seen as of, the file's latest by default;
/// a later export day makes open deals older, never lost.
fn as_of_field(d: &Dated, correct: Callback<Correction>, f: &IntlFormatter) -> impl IntoView {
    let first = d.deals.iter().map(|d| d.start).min().unwrap_or(d.as_of);
    let hint = Message::of(Id::PreviewAsOfHint).with("date", Arg::Date(d.latest()));
    view! {
        <div class="field as-of-choice">
            <label for="import-as-of">{word(Id::PreviewAsOf)}</label>
            <input
                type="date"
                id="import-as-of"
                value=iso_date(d.as_of)
                min=iso_date(first)
                aria-describedby="import-as-of-hint"
                on:change=move |ev| correct.run(Correction::AsOf(day_number(&event_target_value(&ev))))
            />
            <p class="hint" id="import-as-of-hint">{say_in(&hint, f)}</p>
        </div>
    }
}
