//! Cheap messages, expensive customers: the inversion sentences, the segments' ranks by each
//! cost, and a chart of cost per message against CAC sized by spend, with its text
//! equivalent.

use leptos::prelude::*;

use crate::web::chart_export::ChartDownloads;

use crate::core::basics::text::Formatter;
use crate::core::comparison::inversion::{axis_max, points, points_summary, RANKED, SHOWN_INVERSIONS};
use crate::core::workspace::{Evaluation, Workspace};
use crate::web::format::IntlFormatter;

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 240.0;
const PAD: f64 = 28.0;

/// The panel above the segment table; hidden until two segments are imported.
#[component]
pub fn InversionPanel(
    workspace: RwSignal<Workspace>,
    #[prop(into)] evaluation: Signal<Evaluation>,
    #[prop(into)] format: Signal<IntlFormatter>,
    /// The workspace's name, for the chart's file name.
    #[prop(into)]
    name: Signal<String>,
) -> impl IntoView {
    let comparison = Memo::new(move |_| workspace.with(|w| evaluation.with(|e| w.segment_comparison(e))));
    let sentences = move || {
        let f = format.get();
        comparison.with(|c| {
            if c.inversions.is_empty() {
                return view! { <p>"No segment has cheaper messages and dearer customers than another."</p> }
                    .into_any();
            }
            // The strongest few; the rest behind "more", so twelve segments aren't six alike lines.
            let item = |s: &crate::core::basics::text::Sentence| view! { <li>{s.render(&f)}</li> };
            let (first, rest) = c.inversions.split_at(c.inversions.len().min(SHOWN_INVERSIONS));
            let more = (!rest.is_empty()).then(|| {
                view! {
                    <details class="more-inversions">
                        <summary>{format!("{} more", rest.len())}</summary>
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
                            let rank = match (r.ranked, r.ranks[m]) {
                                (true, Some(rank)) => format!("#{rank} · "),
                                _ => String::new(),
                            };
                            view! { <td class="num" data-label=RANKED[m].name()>{format!("{rank}{value}")}</td> }
                        })
                        .collect_view();
                    view! {
                        <tr class:unranked=!r.ranked>
                            <th scope="row">{r.name.clone()}{(!r.ranked).then_some(" (not ranked)")}</th>
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
                    <text class="corner-label" x=PAD + 4.0 y=PAD / 2.0 + (HEIGHT - 2.0 * PAD) / 2.0 - 6.0>"cheap messages, dear customers"</text>
                    <line class="axis" x1=PAD y1=HEIGHT - PAD x2=WIDTH - PAD y2=HEIGHT - PAD />
                    <line class="axis" x1=PAD y1=PAD / 2.0 x2=PAD y2=HEIGHT - PAD />
                    <text class="axis-label" x=WIDTH - PAD y=HEIGHT - 8.0 text-anchor="end">"cost per message →"</text>
                    <text class="axis-label" x="4" y=PAD / 2.0 + 4.0>"CAC ↑"</text>
                    <text class="axis-value" x=PAD y=HEIGHT - PAD + 10.0 text-anchor="middle">{f.money(0.0)}</text>
                    <text class="axis-value" x=WIDTH - PAD y=HEIGHT - PAD + 10.0 text-anchor="end">{f.money(max_x)}</text>
                    <text class="axis-value" x=PAD + 3.0 y=PAD + 3.0 text-anchor="start">{f.money(max_y)}</text>
                    {dots}
                </svg>
                <ol class="chart-legend" aria-hidden="true">{legend}</ol>
            }
        })
    };
    let unranked = move || comparison.with(|c| c.unranked.clone().map(|u| view! { <p class="hint">{u}</p> }));
    view! {
        <section aria-labelledby="inversions-heading" hidden=move || comparison.with(|c| c.segments.len() < 2)>
            <h2 id="inversions-heading">"Cheap messages, expensive customers?"</h2>
            {sentences}
            {unranked}
            <figure class="inversion-chart" id="inversion-chart">
                {chart}
                <figcaption>"Each segment by its cost per message (across) and CAC (up), sized by spend. The shaded corner is where cheap messages bring dear customers."</figcaption>
                <details class="chart-text">
                    <summary>"The chart in words"</summary>
                    <p>{move || comparison.with(|c| points_summary(&points(c)).render(&format.get()))}</p>
                </details>
            </figure>
            <ChartDownloads figure="inversion-chart" what="messages-vs-customers" name />
            <div class="table-scroll" role="region" tabindex="0" aria-label="Segment ranks table">
                <table class="data ranks stack" id="ranks">
                    <caption>"Each segment’s rank by cost at each step (#1 is the cheapest; for ROAS, the highest)"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Segment"</th>
                            {RANKED.map(|id| view! { <th scope="col">{id.name()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{ranks}</tbody>
                </table>
            </div>
        </section>
    }
}
