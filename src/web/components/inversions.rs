//! Cheap messages, expensive customers: the inversion sentences, the segments' ranks by each
//! cost, and a chart of cost per message against CAC sized by spend, with its text
//! equivalent.

use leptos::prelude::*;

use crate::web::chart_export::ChartDownloads;
use crate::web::later::{later, later_marks, later_rows, parts, Step};

use crate::core::basics::chart::Label;
use crate::core::basics::text::Formatter;
use crate::core::comparison::inversion::chart::{inversion_chart, Dot, InversionChart};
use crate::core::comparison::inversion::{Comparison, Ranked, RANKED, SHOWN_INVERSIONS};
use crate::core::ladder::MetricId;
use crate::core::message::{Arg, Id, Message};
use crate::web::components::segments::closing_mark;
use crate::web::format::IntlFormatter;
use crate::web::state::{shared, Shared};
use crate::web::words::{say, say_in, word};

/// The panel above the segment table; hidden until two segments are imported.
#[component]
pub fn InversionPanel() -> impl IntoView {
    let Shared { workspace, evaluation, format, name, .. } = shared();
    let comparison = Memo::new(move |_| workspace.with(|w| evaluation.with(|e| w.segment_comparison(e))));
    let drawing = Memo::new(move |_| comparison.with(inversion_chart));
    let unranked = move || {
        let f = format.get();
        comparison.with(|c| c.unranked.as_ref().map(|u| view! { <p class="hint">{u.render(&f)}</p> }))
    };
    let closing = move || {
        let f = format.get();
        comparison.with(|c| c.closing.as_ref().map(|n| view! { <p class="hint">{n.render(&f)}</p> }))
    };
    view! {
        <section aria-labelledby="inversions-heading" hidden=move || comparison.with(|c| c.segments.len() < 2)>
            <h2 id="inversions-heading">{word(Id::InversionsHeading)}</h2>
            <InversionSentences comparison />
            {unranked}
            {closing}
            <figure class="inversion-chart" id="inversion-chart">
                // The chart and the rank table are a point and a row per segment: each is built
                // in a task of its own, so a big workspace's panel doesn't hold the page.
                {later(Step::Segments, move || view! { <InversionScatter drawing /> })}
                <figcaption>{word(Id::InversionsFigcaption)}</figcaption>
                <details class="chart-text">
                    <summary>{word(Id::ChartInWords)}</summary>
                    <p>{move || drawing.with(|c| c.summary.render(&format.get()))}</p>
                </details>
            </figure>
            <ChartDownloads figure="inversion-chart" what="messages-vs-customers" name />
            {later(Step::Segments, move || view! {
            <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::InversionsRegion)>
                <table class="data ranks stack" id="ranks">
                    <caption>{word(Id::InversionsCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{word(Id::SegmentColumn)}</th>
                            {RANKED.map(|id| view! { <th scope="col">{id.name()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <RankRows comparison />
                </table>
            </div>
            })}
        </section>
    }
}

/// The inversions, the strongest few first and the rest behind "more", so twelve segments
/// aren't six alike lines; or a line saying there are none.
#[component]
fn InversionSentences(comparison: Memo<Comparison>) -> impl IntoView {
    let format = shared().format;
    move || {
        let f = format.get();
        comparison.with(|c| {
            if c.inversions.is_empty() {
                return view! { <p>{word(Id::InversionsNone)}</p> }.into_any();
            }
            let item = |s: &Message| view! { <li>{s.render(&f)}</li> };
            let (first, rest) = c.inversions.split_at(c.inversions.len().min(SHOWN_INVERSIONS));
            let more = (!rest.is_empty()).then(|| {
                view! {
                    <details class="more-inversions">
                        <summary>{say_in(&Message::of(Id::InversionsMore).with("count", Arg::Count(rest.len() as u64)), &f)}</summary>
                        <ul class="inversions">{rest.iter().map(item).collect_view()}</ul>
                    </details>
                }
            });
            view! { <ul class="inversions">{first.iter().map(item).collect_view()}</ul> {more} }.into_any()
        })
    }
}

/// The chart of cost per message against CAC: the corner of cheap messages and dear
/// customers, the axes, a circle per segment sized by spend, and the legend of their numbers.
#[component]
fn InversionScatter(drawing: Memo<InversionChart>) -> impl IntoView {
    let format = shared().format;
    move || {
        let f = format.get();
        drawing.with(|c| {
            // A group per part of the points, each built in a task of its own.
            let dots = parts(c.dots.len())
                .map(|range| {
                    later_marks(Step::Segments, move || {
                        let f = format.get_untracked();
                        drawing.with_untracked(|c| {
                            let part = c.dots.get(range).unwrap_or_default();
                            part.iter().map(|d| dot(d, &f)).collect_view()
                        })
                    })
                })
                .collect_view();
            let legend =
                c.dots.iter().map(|d| view! { <li class:unranked=!d.ranked>{d.name.clone()}</li> }).collect_view();
            let (corner, label) = (c.corner, &c.corner_label);
            let [across, up] = c.axes;
            let text = |class: &'static str, l: &Label| {
                view! { <text class=class x=l.x y=l.y text-anchor=l.anchor.attr()>{l.text.render(&f)}</text> }
            };
            view! {
                <svg viewBox=c.view_box.attr() role="img" aria-label=c.summary.render(&f) preserveAspectRatio="xMinYMin meet">
                    <rect class="corner" x=corner.x y=corner.y width=corner.width height=corner.height />
                    {text("corner-label", label)}
                    <line class="axis" x1=across.x1 y1=across.y1 x2=across.x2 y2=across.y2 />
                    <line class="axis" x1=up.x1 y1=up.y1 x2=up.x2 y2=up.y2 />
                    {c.axis_names.iter().map(|l| text("axis-label", l)).collect_view()}
                    {c.axis_values.iter().map(|l| text("axis-value", l)).collect_view()}
                    {dots}
                </svg>
                <ol class="chart-legend" aria-hidden="true">{legend}</ol>
            }
        })
    }
}

/// One segment's point: its circle, named, and its number.
fn dot(d: &Dot, f: &IntlFormatter) -> impl IntoView {
    let n = &d.number;
    view! {
        <g class="point" class:unranked=!d.ranked>
            <title>{d.name.clone()}</title>
            <circle cx=d.cx cy=d.cy r=d.r />
            <text class="point-number" x=n.x y=n.y text-anchor=n.anchor.attr()>{n.text.render(f)}</text>
        </g>
    }
}

/// The segments' rows of the rank table, the ranked ones with each cost's rank: a `<tbody>` per
/// [`PART`](crate::web::later::PART) rows, each built in a task of its own.
#[component]
fn RankRows(comparison: Memo<Comparison>) -> impl IntoView {
    let format = shared().format;
    move || {
        format.track();
        let rows = move |range: std::ops::Range<usize>| {
            let f = format.get_untracked();
            comparison.with_untracked(|c| {
                let part = c.segments.get(range).unwrap_or_default();
                part.iter().map(|r| view! { <RankRow r=r.clone() f=f.clone() /> }).collect_view()
            })
        };
        let parts = comparison.with(|c| parts(c.segments.len()));
        parts.map(|range| later_rows(Step::Segments, move || rows(range))).collect_view()
    }
}

/// One segment's row: its name (or that it isn't ranked) and each cost with its rank.
#[component]
fn RankRow(r: Ranked, f: IntlFormatter) -> impl IntoView {
    let cells = (0..RANKED.len())
        .map(|m| {
            let value = r.values[m]
                .map(|v| f.number(v, RANKED[m].unit()))
                .unwrap_or_else(|| crate::core::basics::text::DASH.into());
            let cell = match (r.ranked, r.ranks[m]) {
                (true, Some(rank)) => say_in(
                    &Message::of(Id::InversionsRankedValue)
                        .with("rank", Arg::Count(rank as u64))
                        .with("value", Arg::Text(value)),
                    &f,
                ),
                _ => value,
            };
            let mark =
                (RANKED[m] == MetricId::Cac).then_some(r.closing).flatten().map(|c| closing_mark(c, &f));
            view! { <td class="num" data-label=RANKED[m].name()>{cell}{mark}</td> }
        })
        .collect_view();
    view! {
        <tr class:unranked=!r.ranked>
            <th scope="row">{if r.ranked { r.name.clone() } else { say(&Message::of(Id::InversionsNotRanked).with("name", Arg::Text(r.name.clone()))) }}</th>
            {cells}
        </tr>
    }
}
