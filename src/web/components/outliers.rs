//! Outliers: the funnel plot of one step across the imported segments (rate against volume
//! around the pooled rate, with the 95% and 99.8% limits), the segments outside the 99.8%
//! limits named, and the plot's text equivalent.

use leptos::prelude::*;

use crate::web::chart_export::ChartDownloads;

use crate::core::basics::text::Formatter;
use crate::core::comparison::funnel_plot::{default_step, funnel_plot, limits, summary, Position, Z95, Z998};
use crate::core::ladder::Step;
use crate::core::message::Id;
use crate::web::state::{shared, Shared};
use crate::web::words::word;

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 220.0;
const PAD: f64 = 30.0;

/// The panel under the inversions; hidden until two segments have the step's counts.
#[component]
pub fn OutlierPanel() -> impl IntoView {
    let Shared { workspace, evaluation, format, name, .. } = shared();
    // The step the diagnosis names, until the user picks another.
    let chosen = RwSignal::new(None::<Step>);
    let step = Memo::new(move |_| {
        chosen.get().unwrap_or_else(|| evaluation.with(|e| default_step(&e.diagnosis.verdict)))
    });
    let plot = Memo::new(move |_| workspace.with(|w| funnel_plot(&w.campaigns(), step.get())));
    let body = move || {
        let f = format.get();
        let p = plot.get()?;
        let top = p.points.iter().map(|q| q.rate).fold(p.pooled, f64::max).clamp(0.05, 1.0) * 1.1;
        let max_n = p.max_from.max(1) as f64;
        let x = |n: f64| PAD + n / max_n * (WIDTH - 2.0 * PAD);
        let y = |r: f64| HEIGHT - PAD - (r / top).min(1.0) * (HEIGHT - 2.0 * PAD);
        let curve = |z: f64, upper: bool| {
            (1..=40)
                .map(|i| {
                    let n = (max_n * i as f64 / 40.0).max(1.0);
                    let (lo, hi) = limits(p.pooled, n.round() as u64, z);
                    format!("{:.1},{:.1}", x(n), y(if upper { hi } else { lo }))
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let dots = p
            .points
            .iter()
            .map(|q| {
                let class = match q.position {
                    Position::Inside => "point",
                    Position::Watch => "point watch",
                    Position::Below | Position::Above => "point outlier",
                };
                // The full name, on the side of the point with room for it (never clipped at
                // the left edge), and on hover for every point.
                let cx = x(q.from as f64);
                let (tx, anchor) = if cx < WIDTH / 2.0 { (cx + 6.0, "start") } else { (cx - 6.0, "end") };
                view! {
                    <g class=class>
                        <title>{q.name.clone()}</title>
                        <circle cx=cx cy=y(q.rate) r="4" />
                        {(q.position != Position::Inside).then(|| view! { <text x=tx y=y(q.rate) - 6.0 text-anchor=anchor>{q.name.clone()}</text> })}
                    </g>
                }
            })
            .collect_view();
        let outliers = if p.outliers.is_empty() {
            view! { <p>{word(Id::OutliersNone)}</p> }.into_any()
        } else {
            view! { <ul class="outliers">{p.outliers.iter().map(|s| view! { <li>{s.render(&f)}</li> }).collect_view()}</ul> }.into_any()
        };
        Some(view! {
            {outliers}
            <figure class="funnel-plot" id="funnel-plot">
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=summary(&p).render(&f) preserveAspectRatio="xMinYMin meet">
                    <polyline class="limit wide" points=curve(Z998, true) />
                    <polyline class="limit wide" points=curve(Z998, false) />
                    <polyline class="limit" points=curve(Z95, true) />
                    <polyline class="limit" points=curve(Z95, false) />
                    <line class="pooled" x1=PAD y1=y(p.pooled) x2=WIDTH - PAD y2=y(p.pooled) />
                    <line class="axis" x1=PAD y1=HEIGHT - PAD x2=WIDTH - PAD y2=HEIGHT - PAD />
                    <line class="axis" x1=PAD y1=PAD / 2.0 x2=PAD y2=HEIGHT - PAD />
                    <text class="axis-label" x=WIDTH - PAD y=HEIGHT - 10.0 text-anchor="end">{word(Id::OutliersAxisPeople)}</text>
                    <text class="axis-label" x="4" y=PAD / 2.0 + 4.0>{word(Id::OutliersAxisRate)}</text>
                    <text class="axis-value" x=PAD y=HEIGHT - PAD + 10.0 text-anchor="middle">"0"</text>
                    <text class="axis-value" x=WIDTH - PAD y=HEIGHT - PAD + 10.0 text-anchor="end">{f.count(p.max_from)}</text>
                    <text class="axis-value" x=PAD + 3.0 y=y(top) + 8.0 text-anchor="start">{f.percent(top)}</text>
                    {dots}
                </svg>
                <figcaption>{word(Id::OutliersCaption)}</figcaption>
                <details class="chart-text">
                    <summary>{word(Id::ChartInWords)}</summary>
                    <p>{summary(&p).render(&f)}</p>
                </details>
            </figure>
            <ChartDownloads figure="funnel-plot" what="funnel-plot" name />
        })
    };
    view! {
        <section aria-labelledby="outliers-heading" hidden=move || plot.with(Option::is_none)>
            <h2 id="outliers-heading">{word(Id::OutliersHeading)}</h2>
            <div class="field">
                <label for="outlier-step">{word(Id::StepColumn)}</label>
                <select
                    id="outlier-step"
                    prop:value=move || step.get().rate_metric().id()
                    on:change=move |ev| {
                        let id = event_target_value(&ev);
                        chosen.set(Step::ALL.into_iter().find(|s| s.rate_metric().id() == id));
                    }
                >
                    {Step::ALL.map(|s| view! { <option value=s.rate_metric().id()>{s.rate_metric().name()}</option> }).collect_view()}
                </select>
            </div>
            {body}
        </section>
    }
}
