//! The segment table: every imported segment side by side, sortable.

use leptos::prelude::*;

use crate::core::basics::dates::period_name;
use crate::core::outbound::export::{file_name, segments_csv};
use crate::web::download::{download, now};

use crate::web::format::IntlFormatter;
use crate::web::state::{send, shared, Shared};

use super::value_view;
use crate::core::basics::text::Formatter;
use crate::core::closing::Closing;
use crate::core::comparison::segment::{any_period, showing, SegmentRow, SortKey, SEGMENT_METRICS};
use crate::core::ladder::MetricId;
use crate::core::message::{Arg, Id, Message};
use crate::core::workspace::event::Event;
use crate::core::workspace::Source;
use crate::web::words::{say_in, word};

/// The segment table's rows as the core sorts them, which source the ladder shows, and the
/// line naming the periods whose CAC counts customers still to come.
type Rows = (Vec<SegmentRow>, Source, Option<Message>);

/// Every imported segment side by side, sortable: the cheapest message is not always the
/// cheapest customer.
#[component]
pub fn SegmentTable() -> impl IntoView {
    let Shared { workspace, evaluation, format, name, .. } = shared();
    let sort = RwSignal::new((SortKey::Name, false));
    // Rows shown at once: a long table is hard to read and costly to re-render while sliders move.
    let limit = RwSignal::new(SEGMENT_PAGE);
    // The rows as the core sorts them; a memo, so form edits that don't change them don't
    // rebuild the table.
    let data = Memo::new(move |_| {
        let (key, descending) = sort.get();
        workspace.with(|w| {
            evaluation.with(|e| {
                let (rows, note) = w.segment_table(e, key, descending);
                (rows, w.source, note)
            })
        })
    });
    let rows = move || {
        let f = format.get();
        data.with(|(rows, source, _)| {
            rows.iter()
                .take(limit.get())
                .map(|row| {
                    let shown = *source == Source::Segment(row.index);
                    view! { <SegmentTableRow row=row.clone() shown f=f.clone() /> }
                })
                .collect_view()
        })
    };
    let download_rows = move |_| {
        let csv = data.with_untracked(|(rows, ..)| workspace.with_untracked(|w| segments_csv(w, rows)));
        download(&file_name(&name.get_untracked(), "segments", now()), "text/csv;charset=utf-8", &csv);
    };
    view! {
        <section aria-labelledby="segments-heading" hidden=move || workspace.with(|w| w.segments.is_empty())>
            <h2 id="segments-heading">{word(Id::SegmentsHeading)}</h2>
            <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::SegmentsRegion)>
                <table class="data segments stack" class:no-periods=move || data.with(|(rows, ..)| !any_period(rows)) id="segments">
                    <caption>{word(Id::SegmentsCaption)}</caption>
                    <thead>
                        <tr>
                            <SortHeader label=word(Id::SegmentColumn) key=SortKey::Name sort />
                            <th scope="col" class="period">{word(Id::SegmentsPeriodColumn)}</th>
                            <SortHeader label=word(Id::SpendColumn) key=SortKey::Spend sort />
                            <SortHeader label=word(Id::SegmentsConversationsColumn) key=SortKey::Started sort />
                            {SEGMENT_METRICS.map(|id| view! { <SortHeader label=id.name() key=SortKey::Metric(id) sort /> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="footnote">{word(Id::CmpOtherCostNote)}</p>
            {move || data.with(|(.., note)| note.clone()).map(|n| view! { <p class="footnote">{say_in(&n, &format.get())}</p> })}
            <p class="export-row">
                <button
                    type="button"
                    on:click=download_rows
                >
                    {word(Id::SegmentsDownload)}
                </button>
            </p>
            <ShowMore data limit />
        </section>
    }
}

/// A column's heading, a button sorting the table by `key` (the other way on a second click).
#[component]
fn SortHeader(label: &'static str, key: SortKey, sort: RwSignal<(SortKey, bool)>) -> impl IntoView {
    let aria = move || match sort.get() {
        (k, false) if k == key => "ascending",
        (k, true) if k == key => "descending",
        _ => "none",
    };
    view! {
        <th scope="col" aria-sort=aria>
            <button
                type="button"
                class="sort"
                on:click=move |_| sort.update(|(k, desc)| {
                    if *k == key {
                        *desc = !*desc;
                    } else {
                        *k = key;
                        *desc = false;
                    }
                })
            >
                {label}
            </button>
        </th>
    }
}

/// One segment's row: its name (a button showing its ladder), period, spend, conversations
/// and key metrics; marked while the ladder `shown` is its.
#[component]
fn SegmentTableRow(row: SegmentRow, shown: bool, f: IntlFormatter) -> impl IntoView {
    let workspace = shared().workspace;
    let index = row.index;
    let cells = row
        .metrics
        .iter()
        .map(|(id, v)| {
            // A CAC counting customers still to come, or only those so far, says so.
            let mark = (*id == MetricId::Cac).then_some(row.closing).flatten().map(|c| closing_mark(c, &f));
            view! { <td class="num" data-label=id.name()>{value_view(*v, id.unit(), &f)}{mark}</td> }
        })
        .collect_view();
    view! {
        <tr class:shown=shown>
            <th scope="row">
                <button type="button" class="link" on:click=move |_| send(workspace, Event::Show(Source::Segment(index)))>
                    {row.name.clone()}
                </button>
            </th>
            <td class="period" data-label=word(Id::SegmentsPeriodColumn)>{row.period.as_ref().map(|p| say_in(&period_name(p), &f)).unwrap_or_else(|| crate::core::basics::text::DASH.into())}</td>
            <td class="num" data-label=word(Id::SpendColumn)>{row.spend.map(|s| f.money(s)).unwrap_or_else(|| crate::core::basics::text::DASH.into())}</td>
            <td class="num" data-label=word(Id::SegmentsConversationsColumn)>{row.started.map(|c| f.count(c)).unwrap_or_else(|| crate::core::basics::text::DASH.into())}</td>
            {cells}
        </tr>
    }
}

/// The mark beside a CAC whose segment's deals are still closing: "projected" or "so far".
pub(crate) fn closing_mark(closing: Closing, f: &IntlFormatter) -> impl IntoView {
    let id = match closing {
        Closing::Projected => Id::ClosingCacMarkProjected,
        Closing::SoFar => Id::ClosingCacMarkSoFar,
    };
    view! { <span class="closing-mark">{say_in(&Message::of(id), f)}</span> }
}

/// Under a long table: how many rows are shown, and a button showing [`SEGMENT_PAGE`] more.
#[component]
fn ShowMore(data: Memo<Rows>, limit: RwSignal<usize>) -> impl IntoView {
    let format = shared().format;
    move || {
        let total = data.with(|d| d.0.len());
        (total > limit.get()).then(|| view! {
            <p class="copy-row">
                {say_in(&showing(limit.get(), total), &format.get())}
                <button type="button" on:click=move |_| limit.update(|l| *l += SEGMENT_PAGE)>{say_in(&Message::of(Id::SegmentsShowMore).with("count", Arg::Count(SEGMENT_PAGE as u64)), &format.get())}</button>
            </p>
        })
    }
}

/// How many segment rows are shown before "Show 50 more".
pub const SEGMENT_PAGE: usize = 50;
