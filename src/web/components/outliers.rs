//! Outliers: the funnel plot of one step across the imported segments (rate against volume
//! around the pooled rate, with the 95% and 99.8% limits), the segments outside the 99.8%
//! limits named, and the plot's text equivalent.

use leptos::prelude::*;

use crate::web::chart_export::ChartDownloads;
use crate::web::format::IntlFormatter;
use crate::web::later::{later_marks, parts, Step as Build};

use crate::core::basics::chart::Label;
use crate::core::comparison::funnel_plot::chart::{funnel_plot_chart, DotKind, LimitKind, PlotDot};
use crate::core::comparison::funnel_plot::{default_step, funnel_plot};
use crate::core::ladder::Step;
use crate::core::message::Id;
use crate::web::state::{shared, Shared};
use crate::web::words::word;

/// One segment's point: its circle, named, and its label if it has one.
fn dot(d: &PlotDot, f: &IntlFormatter) -> impl IntoView {
    let class = match d.kind {
        DotKind::Inside => "point",
        DotKind::Watch => "point watch",
        DotKind::Outlier => "point outlier",
    };
    view! {
        <g class=class>
            <title>{d.name.clone()}</title>
            <circle cx=d.cx cy=d.cy r=d.r />
            {d.label.as_ref().map(|l| view! { <text x=l.x y=l.y text-anchor=l.anchor.attr()>{l.text.render(f)}</text> })}
        </g>
    }
}

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
        let chart = std::rc::Rc::new(funnel_plot_chart(&p));
        let text = |class: &'static str, l: &Label| {
            view! { <text class=class x=l.x y=l.y text-anchor=l.anchor.attr()>{l.text.render(&f)}</text> }
        };
        let curves = chart
            .limits
            .iter()
            .map(|c| {
                let class = match c.kind {
                    LimitKind::Wide => "limit wide",
                    LimitKind::Narrow => "limit",
                };
                let points =
                    c.points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
                view! { <polyline class=class points=points /> }
            })
            .collect_view();
        // A group per part of the points, each built in a task of its own.
        let dots = parts(chart.dots.len())
            .map(|range| {
                let chart = chart.clone();
                later_marks(Build::Segments, move || {
                    let f = format.get_untracked();
                    chart.dots.get(range).unwrap_or_default().iter().map(|d| dot(d, &f)).collect_view()
                })
            })
            .collect_view();
        let (pooled, [across, up]) = (chart.pooled, chart.axes);
        let summary = chart.summary.render(&f);
        let outliers = if p.outliers.is_empty() {
            view! { <p>{word(Id::OutliersNone)}</p> }.into_any()
        } else {
            view! { <ul class="outliers">{p.outliers.iter().map(|s| view! { <li>{s.render(&f)}</li> }).collect_view()}</ul> }.into_any()
        };
        Some(view! {
            {outliers}
            <figure class="funnel-plot" id="funnel-plot">
                <svg viewBox=chart.view_box.attr() role="img" aria-label=summary.clone() preserveAspectRatio="xMinYMin meet">
                    {curves}
                    <line class="pooled" x1=pooled.x1 y1=pooled.y1 x2=pooled.x2 y2=pooled.y2 />
                    <line class="axis" x1=across.x1 y1=across.y1 x2=across.x2 y2=across.y2 />
                    <line class="axis" x1=up.x1 y1=up.y1 x2=up.x2 y2=up.y2 />
                    {chart.axis_names.iter().map(|l| text("axis-label", l)).collect_view()}
                    {chart.axis_values.iter().map(|l| text("axis-value", l)).collect_view()}
                    {dots}
                </svg>
                <figcaption>{word(Id::OutliersCaption)}</figcaption>
                <details class="chart-text">
                    <summary>{word(Id::ChartInWords)}</summary>
                    <p>{summary}</p>
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
