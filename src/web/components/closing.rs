//! Time to close: how long deals take to be won, each month's close rate so far and projected
//! with when it can be judged, how the projection did on this data before, and how it is
//! computed. Shown once an outcome log with won, lost or close dates is imported.

use leptos::prelude::*;

use crate::core::basics::chart::Label;
use crate::core::basics::text::Formatter;
use crate::core::closing::chart::CurveChart;
use crate::core::closing::cost::SoFarAndProjected;
use crate::core::closing::view::{closing_view, ClosingView, CohortLine};
use crate::core::message::{Id, Message};
use crate::web::format::IntlFormatter;
use crate::web::state::{shared, Shared};
use crate::web::words::word;

/// The panel; hidden without dated deals.
#[component]
pub fn ClosingPanel() -> impl IntoView {
    let Shared { workspace, evaluation, format, .. } = shared();
    // The deals and the periods' costs alone wake the panel: typing in the form changes the
    // workspace, not them, and the cohort tables and backtests are worth computing only when
    // they change.
    let deals = Memo::new(move |_| workspace.with(|w| w.deals.clone()));
    let costs = Memo::new(move |_| workspace.with(|w| evaluation.with(|e| w.period_costs(e))));
    let panel = Memo::new(move |_| deals.with(|d| costs.with(|c| d.as_ref().map(|d| closing_view(d, c)))));
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
    // What each month's customers come to, cost and bring: a table of its own, so neither is
    // too wide for a shared screen.
    let cac_columns = v.with_cac.then(|| {
        [Id::ClosingColCac, Id::ClosingColCacProjected].map(|id| view! { <th scope="col">{word(id)}</th> })
    });
    let revenue_columns = v.with_revenue.then(|| {
        [Id::ClosingColRevenue, Id::ClosingColRevenueProjected]
            .map(|id| view! { <th scope="col">{word(id)}</th> })
    });
    let money_rows = v
        .rows
        .iter()
        .map(|r| view! { <MoneyRow r=r.clone() f=f.clone() with_cac=v.with_cac with_revenue=v.with_revenue /> })
        .collect_view();
    let (money_caption, money_label) = (v.money_caption.render(&f), v.money_caption.render(&f));
    view! {
        <p class="closing-lede">{v.lede.render(&f)} " " {v.days.render(&f)}</p>
        {(!v.stages.is_empty()).then(|| view! {
            <ul class="closing-stages">{v.stages.iter().map(|s| view! { <li>{s.render(&f)}</li> }).collect_view()}</ul>
        })}
        {v.chart.map(|chart| view! { <CurveFigure chart stages=v.stages.clone() f=f.clone() /> })}
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
        <div class="table-scroll" role="region" tabindex="0" aria-label=money_label>
            <table class="data closing-money stack" id="closing-money">
                <caption>{money_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{word(Id::ClosingColStarted)}</th>
                        <th scope="col">{word(Id::ClosingColCustomers)}</th>
                        {cac_columns}
                        {revenue_columns}
                    </tr>
                </thead>
                <tbody>{money_rows}</tbody>
            </table>
        </div>
        <ul class="closing-backtests">{v.backtests.iter().map(|b| view! { <li>{b.render(&f)}</li> }).collect_view()}</ul>
        <details class="formula">
            <summary>{word(Id::ClosingMethodSummary)}</summary>
            <p>{word(Id::ClosingMethod)}</p>
            <p>{word(Id::ClosingMethodCampaigns)}</p>
        </details>
    }
}

/// The curve of days to close, with the earlier stages' curves where the log dates them, a
/// legend when it has those, and its text equivalent (`stages`: each stage's line in words).
#[component]
fn CurveFigure(chart: CurveChart, stages: Vec<Message>, f: IntlFormatter) -> impl IntoView {
    let text = |class: &'static str, l: &Label| {
        view! { <text class=class x=l.x y=l.y text-anchor=l.anchor.attr()>{l.text.render(&f)}</text> }
    };
    let points = chart.steps.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
    let markers = chart
        .markers
        .iter()
        .map(|m| {
            let l = m.line;
            view! {
                <line class="marker" x1=l.x1 y1=l.y1 x2=l.x2 y2=l.y2 />
                {text("marker-label", &m.label)}
            }
        })
        .collect_view();
    let [across, up] = chart.axes;
    let summary = chart.summary.render(&f);
    let stage_lines = chart
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let points = s.steps.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
            view! { <polyline class=format!("curve stage-{i}") points=points /> }
        })
        .collect_view();
    // Which line is which, when there is more than one.
    let legend = (!chart.stages.is_empty()).then(|| {
        let key = |class: String, name: String| {
            view! {
                <li>
                    <svg class="legend-line" viewBox="0 0 24 6" aria-hidden="true">
                        <line class=class x1="0" y1="3" x2="24" y2="3" />
                    </svg>
                    {name}
                </li>
            }
        };
        let stages =
            chart.stages.iter().enumerate().map(|(i, s)| key(format!("curve stage-{i}"), s.name.render(&f)));
        view! {
            <ul class="closing-legend">
                {key("curve".to_string(), word(Id::ClosingChartWon).to_string())}
                {stages.collect_view()}
            </ul>
        }
    });
    let in_words = stages.iter().map(|m| view! { <p>{m.render(&f)}</p> }).collect_view();
    view! {
        <figure class="closing-curve" id="closing-curve">
            <svg viewBox=chart.view_box.attr() role="img" aria-label=summary.clone() preserveAspectRatio="xMinYMin meet">
                <line class="axis" x1=across.x1 y1=across.y1 x2=across.x2 y2=across.y2 />
                <line class="axis" x1=up.x1 y1=up.y1 x2=up.x2 y2=up.y2 />
                {markers}
                {stage_lines}
                <polyline class="curve" points=points />
                {chart.axis_names.iter().map(|l| text("axis-label", l)).collect_view()}
                {chart.axis_values.iter().map(|l| text("axis-value", l)).collect_view()}
            </svg>
            {legend}
            <figcaption>{word(Id::ClosingChartCaption)}</figcaption>
            <details class="chart-text">
                <summary>{word(Id::ChartInWords)}</summary>
                <p>{summary}</p>
                {in_words}
            </details>
        </figure>
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

/// One month's (or week's) customers, projected, and what they cost and bring so far and
/// projected, when the ad data has its cost and revenue.
#[component]
fn MoneyRow(r: CohortLine, f: IntlFormatter, with_cac: bool, with_revenue: bool) -> impl IntoView {
    // Every row has the CAC (revenue) cells when any has: a row without its period's cost
    // (revenue) shows dashes.
    let cells = |shown: bool, pair: &Option<SoFarAndProjected>, none: Id, labels: [Id; 2]| {
        shown.then(|| {
            let (so_far, projected) = match pair {
                Some(p) => (p.so_far.clone(), p.projected.clone()),
                None => (Message::of(none), Message::of(none)),
            };
            view! {
                <td data-label=word(labels[0]) class="num">{so_far.render(&f)}</td>
                <td data-label=word(labels[1])>{projected.render(&f)}</td>
            }
        })
    };
    let cac = cells(with_cac, &r.cac, Id::ClosingCacNoSpend, [Id::ClosingColCac, Id::ClosingColCacProjected]);
    let revenue = cells(
        with_revenue,
        &r.revenue,
        Id::ClosingRevenueNone,
        [Id::ClosingColRevenue, Id::ClosingColRevenueProjected],
    );
    view! {
        <tr class:young=!r.mature>
            <th scope="row">{r.period.render(&f)}</th>
            <td data-label=word(Id::ClosingColCustomers)>{r.customers.render(&f)}</td>
            {cac}
            {revenue}
        </tr>
    }
}
