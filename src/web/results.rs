//! The results column: which numbers are shown, the diagnosis, the findings printed with the
//! report, the funnel, the metrics with their download, and the panels below them (why CAC
//! moved, the scenarios, the segments).

use leptos::prelude::*;

use crate::core::message::Id;
use crate::core::outbound::embed::Section;
use crate::core::outbound::export::{file_name, ladder_csv};

use super::chart_export::ChartDownloads;
use super::components::{
    BudgetPanel, ClosingPanel, DiagnosisPanel, FunnelChart, InversionPanel, MetricsTable, OutlierPanel,
    PeriodPanel, SegmentTable, SourcePicker,
};
use super::download::{download, now};
use super::later::{later, Step};
use super::page::page_state;
use super::scenarios::ScenariosPanel;
use super::state::{shared, Shared};
use super::words::word;

/// The results column.
#[component]
pub fn ResultsColumn() -> impl IntoView {
    let state = page_state();
    let Shared { workspace, evaluation, format, name, .. } = shared();
    let (markdown, printed) = (state.markdown, state.printed);
    let shows = move |section: Section| state.shows(section);
    let download_ladder = move |_| {
        let csv =
            evaluation.with_untracked(|e| workspace.with_untracked(|w| ladder_csv(&e.ladder, &w.currency)));
        download(&file_name(&name.get_untracked(), "ladder", now()), "text/csv;charset=utf-8", &csv);
    };
    view! {
            <div class="results" id="results">
                {state.shows_inputs().then(|| view! {
                    <p class="to-inputs"><a href="#inputs-column">{word(Id::ToInputs)}</a></p>
                })}
                {later(Step::Diagnosis, || view! { <SourcePicker /> })}
                {shows(Section::Diagnosis).then(|| later(Step::Diagnosis, move || view! { <DiagnosisPanel markdown /> }))}
                // On paper only: the findings beyond the diagnosis, filled when printing.
                {move || printed.with(|all| (!all.is_empty()).then(|| view! {
                    <div class="report-findings">
                        {all.iter().map(|finding| view! {
                            <h3>{word(finding.heading)}</h3>
                            <ul>{finding.lines.iter().map(|l| view! { <li>{l.render(&format.get())}</li> }).collect_view()}</ul>
                        }).collect_view()}
                    </div>
                }))}
                {shows(Section::Funnel).then(|| view! {
                <section class="chart" aria-labelledby="funnel-heading">
                    <h2 id="funnel-heading">{word(Id::FunnelHeading)}</h2>
                    {later(Step::Charts, move || view! {
                        <FunnelChart />
                        <ChartDownloads figure="funnel-chart" what="funnel" name />
                    })}
                </section>
                })}
                {shows(Section::Metrics).then(|| view! {
                <section aria-labelledby="ladder-heading">
                    <h2 id="ladder-heading">{word(Id::MetricsHeading)}</h2>
                    <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::MetricsRegion)>
                        {later(Step::Ladder, || view! { <MetricsTable /> })}
                    </div>
                    <p class="export-row">
                        <button type="button" on:click=download_ladder>{word(Id::DownloadLadder)}</button>
                    </p>
                </section>
                })}
                {shows(Section::Periods).then(|| later(Step::Panels, || view! { <PeriodPanel /> }))}
                {shows(Section::Periods).then(|| later(Step::Panels, || view! { <ClosingPanel /> }))}
                {shows(Section::Scenarios).then(|| later(Step::Panels, || view! { <ScenariosPanel /> }))}
                {shows(Section::Segments).then(|| view! {
                    {later(Step::Segments, || view! { <InversionPanel /> })}
                    {later(Step::Segments, || view! { <OutlierPanel /> })}
                    {later(Step::Segments, || view! { <BudgetPanel /> })}
                    {later(Step::Segments, || view! { <SegmentTable /> })}
                })}
            </div>
    }
}
