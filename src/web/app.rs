//! The page: owns the workspace signal, opens and saves storage (debounced, flushed when the
//! page is hidden), and lays out the components.

use leptos::prelude::*;

use crate::web::state::send;

use crate::core::message::Id;
use crate::core::outbound::embed::{Options, Section};
use crate::core::outbound::share;
use crate::core::workspace::event::{Event, Outcome};
use crate::core::workspace::page::{Page, Status};
use crate::core::workspace::Source;

use super::chart_export::ChartDownloads;
use super::components::{
    BudgetPanel, CurrencyPicker, DiagnosisPanel, EarlierPeriodForm, FunnelChart, InversionPanel, LadderForm,
    MetricsTable, OutlierPanel, PeriodPanel, SegmentTable, SourcePicker, StorageNotice, TargetsPanel,
};
use super::embed_dialog::EmbedDialog;
use super::format::{browser_locale, IntlFormatter};
use super::import::ImportPanel;
use super::later::{later, Step};
use super::scenarios::ScenariosPanel;
use super::storage::BrowserStore;
use super::words::{say, word};
use super::workspaces::{WorkspaceBar, Workspaces};

/// The whole app, reading and writing the page's `localStorage`.
#[component]
pub fn App(options: Options) -> impl IntoView {
    view! { <Calculator store=BrowserStore::open() options /> }
}

/// The calculator on a given store: the real `localStorage`, or a blocked one in tests.
#[component]
pub fn Calculator(
    store: BrowserStore,
    /// Embed display options (`?embed=1` …); the whole page by default.
    #[prop(optional)]
    options: Options,
) -> impl IntoView {
    let (workspaces, signals) = Workspaces::open(store);
    workspaces.keep_saved();
    // Everything but the scenario section reads and writes `workspace`: the workspace without
    // its scenarios, so a scenario lever moving doesn't wake the ladder, the form, the
    // targets, the source list or the segment table (invariant in ARCHITECTURE.md).
    let workspace = signals.rest;
    let storage_state = workspaces.state;
    // What the page says around the workspace (Undo, the line after a link or a download,
    // a refused link): the core's rules, held here.
    let page = RwSignal::new(Page::default());

    let locale = browser_locale();
    let sep = IntlFormatter::decimal_sep_of(&locale);
    let format = Memo::new(move |_| IntlFormatter::new(&locale, &workspace.with(|w| w.currency.clone())));
    let evaluation = Memo::new(move |_| workspace.with(|w| w.evaluate(sep)));

    // Events that replace the whole workspace: carried out by the core on the whole, kept
    // for undo when they replaced it.
    let replace = move |event: Event| {
        let mut whole = signals.get_untracked();
        let outcome = whole.update(event);
        if outcome != Outcome::Unchanged {
            signals.replace(whole);
        }
        page.update(|p| p.after(&outcome));
    };
    let load_sample = move |_| replace(Event::LoadSample);
    let clear = move |_| replace(Event::Clear);
    // Share links: copy this workspace into the address; open one the page was given.
    let copy_link = move |_| {
        let name = workspaces.current.with_untracked(|c| c.name.clone());
        let link = super::share::address_with(&share::encode_named(&signals.get_untracked(), &name));
        let shown = link.clone();
        super::clipboard::copy_text(link, move |ok| page.update(|p| p.copied(ok, shown)));
    };
    // A link opens at once: as a workspace of its own named as the sender named it (the one
    // open stays as it was), or in an embed, where the link in the frame's address is the
    // host's choice, in place. A link that can't be opened says why and changes nothing.
    let open_link = move |fragment: String| {
        match share::decode_named(&fragment) {
            Ok((_, shared)) if options.embed => replace(Event::OpenShared(shared)),
            Ok((name, shared)) => workspaces.open_shared(&name, shared),
            Err(why) => {
                page.update(|p| p.refuse_link(why));
                return;
            }
        }
        super::share::clear_fragment();
    };
    if let Some(f) = super::share::incoming_fragment() {
        open_link(f);
    }
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(f) = super::share::incoming_fragment() {
            open_link(f);
        }
    });
    let dismiss_shared = move |_| {
        page.update(Page::dismiss_link);
        super::share::clear_fragment();
    };
    let presenting = RwSignal::new(false);
    let (full, embedded) = (!options.embed, options.embed);
    // White label: an embed names itself only when the host asks (`brand=`); its title and
    // hidden heading say what it is. A download in a frame may be dropped without a word.
    let shown_name = options.shown_name();
    let embed_title = shown_name.clone().unwrap_or_else(|| word(Id::OutEmbedPlainName).to_string());
    if embedded {
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(&embed_title);
        }
        super::download::on_download(move |file| page.update(|p| p.downloading(file)));
    }
    let shows = move |section: Section| options.shows(section);
    let workspace_name = Signal::derive(move || workspaces.current.with(|c| c.name.clone()));
    // The report's heading (printed above it) and the report as Markdown.
    let heading = Memo::new(move |_| {
        let name = workspace_name.get();
        workspace.with(|w| crate::core::outbound::report::heading(&name, w, super::download::now()))
    });
    // The findings beyond the diagnosis (inversions, why CAC moved, outliers): computed when
    // a report is asked for, not on every keystroke.
    let findings = move || {
        workspace
            .with_untracked(|w| evaluation.with_untracked(|e| crate::core::outbound::report::findings(w, e)))
    };
    let markdown = Signal::derive(move || {
        let (title, subtitle) = heading.get();
        let subtitle = say(&subtitle);
        let extra = findings();
        evaluation.with(|e| {
            crate::core::outbound::report::markdown(
                (&title, &subtitle),
                &e.ladder,
                &e.diagnosis,
                &extra,
                &format.get(),
            )
        })
    });
    let printed = RwSignal::new(Vec::new());
    let _ = window_event_listener_untyped("beforeprint", move |_| printed.set(findings()));
    let print = move |_| {
        printed.set(findings());
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let download_ladder = move |_| {
        let csv = evaluation.with_untracked(|e| {
            workspace.with_untracked(|w| crate::core::outbound::export::ladder_csv(&e.ladder, &w.currency))
        });
        let name = crate::core::outbound::export::file_name(
            &workspace_name.get_untracked(),
            "ladder",
            super::download::now(),
        );
        super::download::download(&name, "text/csv;charset=utf-8", &csv);
    };

    let undo_last = move |_| {
        if let Some(event) = page.with_untracked(Page::undo_event) {
            replace(event);
        }
    };

    view! {
        <a class="skip" href="#results">{word(Id::SkipToResults)}</a>
        {full.then(|| view! {
        <header class="top">
            <div class="brand">
                <h1>{crate::core::outbound::embed::APP_NAME}</h1>
                <p class="tagline">{word(Id::AppTagline)}</p>
            </div>
            <div class="toolbar">
                <CurrencyPicker workspace />
                <button type="button" on:click=load_sample>{word(Id::LoadSample)}</button>
                <button type="button" on:click=clear>{word(Id::Clear)}</button>
                <button type="button" on:click=copy_link>{word(Id::CopyLink)}</button>
                <button type="button" on:click=print>{word(Id::PrintReport)}</button>
                <button
                    type="button"
                    aria-pressed=move || if presenting.get() { "true" } else { "false" }
                    on:click=move |_| presenting.update(|p| *p = !*p)
                >
                    {move || word(if presenting.get() { Id::LeavePresentation } else { Id::Present })}
                </button>
            </div>
        </header>
        <WorkspaceBar workspaces />
        })}
        {embedded.then(|| view! {
            <header class="embed-bar">
                {match shown_name {
                    Some(name) => view! { <h1 class="embed-name">{name}</h1> }.into_any(),
                    None => view! { <h1 class="visually-hidden">{embed_title}</h1> }.into_any(),
                }}
                <CurrencyPicker workspace />
                <button type="button" on:click=clear>{word(Id::Clear)}</button>
                <button type="button" on:click=copy_link>{word(Id::CopyLink)}</button>
                <Show when=move || storage_state.with(|s| !s.is_saved())>
                    <p class="storage-status" role="status">
                        {word(Id::FrameNotKept)}
                        " "
                        <button type="button" class="link" on:click=move |_| workspaces.download_backup()>{word(Id::WorkspaceDownloadBackup)}</button>
                    </p>
                </Show>
            </header>
        })}
        {move || page.with(|p| p.status.clone()).map(|status| match &status {
            Status::CopyByHand(link) => view! {
                <p class="undo" role="status">
                    <label for="share-link">{say(&status.message())}</label>
                    " "
                    <input id="share-link" class="share-link" type="text" readonly prop:value=link.clone() />
                </p>
            }
            .into_any(),
            _ => view! { <p class="undo" role="status">{say(&status.message())}</p> }.into_any(),
        })}
        {move || page.with(|p| p.refused.clone()).map(|why| view! {
            <div class="incoming import-error" role="alert">
                <p>{say(&why.message())}</p>
                <p>{word(Id::NothingChanged)}</p>
                <button type="button" on:click=dismiss_shared>{word(Id::Dismiss)}</button>
            </div>
        })}
        <Show when=move || page.with(|p| p.undo.is_some())>
            <p class="undo" role="status">
                {move || page.with(|p| p.undo.as_ref().map(|u| word(u.1)))}
                " "
                <button type="button" on:click=undo_last>{word(Id::Undo)}</button>
            </p>
        </Show>
        <div class="report-head" aria-hidden="true">
            <p class="report-title">{move || heading.get().0}</p>
            <p>{move || heading.with(|h| say(&h.1))}</p>
        </div>
        <main class="layout" class:presenting=move || presenting.get() class:single=!(shows(Section::Import) || shows(Section::Inputs))>
            <div class="inputs-column" id="inputs-column" hidden=!(shows(Section::Import) || shows(Section::Inputs))>
            {shows(Section::Import).then(|| view! {
            <section class="inputs" aria-labelledby="import-heading">
                <h2 id="import-heading">{word(Id::BringYourData)}</h2>
                {later(Step::Import, move || view! { <ImportPanel workspace format sep /> })}
            </section>
            })}
            {shows(Section::Inputs).then(|| view! {
            <section class="inputs" aria-labelledby="inputs-heading">
                <h2 id="inputs-heading">{word(Id::YourNumbers)}</h2>
                // On a phone the results are above: the answer stays in sight while typing.
                <p class="live-answer"><a href="#results">{move || evaluation.with(|e| e.answer_line().render(&format.get()))}</a></p>
                <p class="lede">{word(Id::YourNumbersLede)}</p>
                {move || {
                    workspace.with(|w| evaluation.with(|e| w.typed_notice(e))).map(|notice| view! {
                        <p class="import-done" role="status">
                            {notice.render(&format.get())}
                            " "
                            <button type="button" class="link" on:click=move |_| send(workspace, Event::Show(Source::Typed))>
                                {word(Id::UseTypedNumbers)}
                            </button>
                        </p>
                    })
                }}
                {later(Step::Form, move || view! { <LadderForm workspace evaluation format /> })}
                {later(Step::Settings, move || view! { <EarlierPeriodForm workspace evaluation format /> })}
            </section>
            {later(Step::Settings, move || view! {
            <section class="inputs settings" aria-labelledby="targets-heading">
                <h2 id="targets-heading">{word(Id::TargetsHeading)}</h2>
                <p class="lede">{word(Id::TargetsLede)}</p>
                <TargetsPanel workspace evaluation sep />
            </section>
            })}
            })}
            </div>
            <div class="results" id="results">
                {(shows(Section::Import) || shows(Section::Inputs)).then(|| view! {
                    <p class="to-inputs"><a href="#inputs-column">{word(Id::ToInputs)}</a></p>
                })}
                {later(Step::Diagnosis, move || view! { <SourcePicker workspace /> })}
                {shows(Section::Diagnosis).then(|| later(Step::Diagnosis, move || view! { <DiagnosisPanel evaluation format markdown /> }))}
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
                        <FunnelChart evaluation format />
                        <ChartDownloads figure="funnel-chart" what="funnel" name=workspace_name />
                    })}
                </section>
                })}
                {shows(Section::Metrics).then(|| view! {
                <section aria-labelledby="ladder-heading">
                    <h2 id="ladder-heading">{word(Id::MetricsHeading)}</h2>
                    <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::MetricsRegion)>
                        {later(Step::Ladder, move || view! { <MetricsTable evaluation format /> })}
                    </div>
                    <p class="export-row">
                        <button type="button" on:click=download_ladder>{word(Id::DownloadLadder)}</button>
                    </p>
                </section>
                })}
                {shows(Section::Periods).then(|| later(Step::Panels, move || view! {
                    <PeriodPanel workspace evaluation format name=workspace_name />
                }))}
                {shows(Section::Scenarios).then(|| later(Step::Panels, move || view! {
                    <ScenariosPanel signals evaluation format sep />
                }))}
                {shows(Section::Segments).then(|| view! {
                    {later(Step::Segments, move || view! { <InversionPanel workspace evaluation format name=workspace_name /> })}
                    {later(Step::Segments, move || view! { <OutlierPanel workspace evaluation format name=workspace_name /> })}
                    {later(Step::Segments, move || view! {
                        <BudgetPanel signals evaluation format sep />
                    })}
                    {later(Step::Segments, move || view! { <SegmentTable workspace evaluation format name=workspace_name /> })}
                })}
            </div>
        </main>
        {full.then(|| view! {
        <footer class="bottom">
            <StorageNotice state=storage_state />
            <p>{word(Id::NothingSent)}</p>
            {later(Step::Footer, || view! { <EmbedDialog /> })}
        </footer>
        })}
    }
}
