//! Cheap messages, expensive customers: the inversion sentences, the segments' ranks by each
//! cost, and a chart of cost per message against CAC sized by spend, with its text
//! equivalent.

use leptos::prelude::*;

use crate::web::chart_export::ChartDownloads;

use crate::core::basics::text::Formatter;
use crate::core::comparison::inversion::{axis_max, points, points_summary, RANKED, SHOWN_INVERSIONS};
use crate::core::message::{Arg, Id, Message};
use crate::web::state::{shared, Shared};
use crate::web::words::{say, say_in, word};

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 240.0;
const PAD: f64 = 28.0;

/// The panel above the segment table; hidden until two segments are imported.
#[component]
pub fn InversionPanel() -> impl IntoView {
    let Shared { workspace, evaluation, format, name, .. } = shared();
    let comparison = Memo::new(move |_| workspace.with(|w| evaluation.with(|e| w.segment_comparison(e))));
    let sentences = move || {
        let f = format.get();
        comparison.with(|c| {
            if c.inversions.is_empty() {
                return view! { <p>{word(Id::InversionsNone)}</p> }.into_any();
            }
            // The strongest few; the rest behind "more", so twelve segments aren't six alike lines.
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
    };
    let ranks = move || {
        let f = format.get();
        comparison.with(|c| {
            c.segments
                .iter()
                .map(|r| {
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
                            view! { <td class="num" data-label=RANKED[m].name()>{cell}</td> }
                        })
                        .collect_view();
                    view! {
                        <tr class:unranked=!r.ranked>
                            <th scope="row">{if r.ranked { r.name.clone() } else { say(&Message::of(Id::InversionsNotRanked).with("name", Arg::Text(r.name.clone()))) }}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let chart = move || {
        let f = format.get();
        comparison.with(|c| {
            let pts = points(c);
            let summary = points_summary(&pts).render(&f);
            let (max_x, max_y) = axis_max(&pts);
            // Each point carries its number; the full names are in the legend under the chart,
            // so a dozen long names never pile up on each other.
            let dots = pts
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let x = PAD + p.x * (WIDTH - 2.0 * PAD);
                    let y = HEIGHT - PAD - p.y * (HEIGHT - 2.0 * PAD);
                    let r = 5.0 + 12.0 * p.size;
                    view! {
                        <g class="point" class:unranked=!p.ranked>
                            <title>{p.name.clone()}</title>
                            <circle cx=x cy=y r=r />
                            <text class="point-number" x=x y=y + 3.0 text-anchor="middle">{(i + 1).to_string()}</text>
                        </g>
                    }
                })
                .collect_view();
            let legend = pts
                .iter()
                .map(|p| view! { <li class:unranked=!p.ranked>{p.name.clone()}</li> })
                .collect_view();
            view! {
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=summary preserveAspectRatio="xMinYMin meet">
                    <rect class="corner" x=PAD y=PAD / 2.0 width=(WIDTH - 2.0 * PAD) / 2.0 height=(HEIGHT - 2.0 * PAD) / 2.0 />
                    <text class="corner-label" x=PAD + 4.0 y=PAD / 2.0 + (HEIGHT - 2.0 * PAD) / 2.0 - 6.0>{word(Id::InversionsCorner)}</text>
                    <line class="axis" x1=PAD y1=HEIGHT - PAD x2=WIDTH - PAD y2=HEIGHT - PAD />
                    <line class="axis" x1=PAD y1=PAD / 2.0 x2=PAD y2=HEIGHT - PAD />
                    <text class="axis-label" x=WIDTH - PAD y=HEIGHT - 8.0 text-anchor="end">{word(Id::InversionsAxisCost)}</text>
                    <text class="axis-label" x="4" y=PAD / 2.0 + 4.0>{word(Id::InversionsAxisCac)}</text>
                    <text class="axis-value" x=PAD y=HEIGHT - PAD + 10.0 text-anchor="middle">{f.money(0.0)}</text>
                    <text class="axis-value" x=WIDTH - PAD y=HEIGHT - PAD + 10.0 text-anchor="end">{f.money(max_x)}</text>
                    <text class="axis-value" x=PAD + 3.0 y=PAD + 3.0 text-anchor="start">{f.money(max_y)}</text>
                    {dots}
                </svg>
                <ol class="chart-legend" aria-hidden="true">{legend}</ol>
            }
        })
    };
    let unranked = move || {
        let f = format.get();
        comparison.with(|c| c.unranked.as_ref().map(|u| view! { <p class="hint">{u.render(&f)}</p> }))
    };
    view! {
        <section aria-labelledby="inversions-heading" hidden=move || comparison.with(|c| c.segments.len() < 2)>
            <h2 id="inversions-heading">{word(Id::InversionsHeading)}</h2>
            {sentences}
            {unranked}
            <figure class="inversion-chart" id="inversion-chart">
                {chart}
                <figcaption>{word(Id::InversionsFigcaption)}</figcaption>
                <details class="chart-text">
                    <summary>{word(Id::ChartInWords)}</summary>
                    <p>{move || comparison.with(|c| points_summary(&points(c)).render(&format.get()))}</p>
                </details>
            </figure>
            <ChartDownloads figure="inversion-chart" what="messages-vs-customers" name />
            <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::InversionsRegion)>
                <table class="data ranks stack" id="ranks">
                    <caption>{word(Id::InversionsCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{word(Id::SegmentColumn)}</th>
                            {RANKED.map(|id| view! { <th scope="col">{id.name()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{ranks}</tbody>
                </table>
            </div>
        </section>
    }
}
