//! The diagnosis panel: data checks, the limiting step, the step table, the lever ranking, the summary.

use leptos::prelude::*;

use crate::core::basics::language::Language;
use crate::core::basics::text::{Formatter, DASH};
use crate::core::diagnosis::{
    impact_text, lever_gain, lever_rows, levers_alike, step_label, verdict_text, DataCheck, Diagnosis, Lift,
    StepAssessment, Verdict,
};
use crate::core::ladder::targets::Noun;
use crate::core::message::{Arg, Id, Message};
use crate::core::workspace::event::Event;
use crate::web::format::IntlFormatter;
use crate::web::state::{send, shared, Shared};
use crate::web::words::{say, word};

/// The diagnosis: data checks, the limiting step with evidence and advice, every step against
/// its target, the lever ranking, and a summary to copy.
#[component]
pub fn DiagnosisPanel(
    /// The report as Markdown, for "Copy as Markdown" (no button without it).
    #[prop(optional, into)]
    markdown: Option<Signal<String>>,
) -> impl IntoView {
    let Shared { evaluation, format, .. } = shared();
    let body = move || {
        let f = format.get();
        let (d, business) = evaluation.with(|e| (e.diagnosis.clone(), e.targets.settings.business));
        let outcome = business.outcome();
        let (checks, steps, levers) = (d.checks.clone(), d.steps.clone(), d.levers.clone());
        view! {
            <DataChecks checks f=f.clone() />
            <VerdictAndAdvice d f=f.clone() />
            <StepVerdicts steps outcome f=f.clone() />
            <LeverRanking levers outcome f />
        }
    };
    view! {
        <section class="diagnosis" aria-labelledby="diagnosis-heading">
            <h2 id="diagnosis-heading">{word(Id::DiagnosisHeading)}</h2>
            {move || evaluation.with(|e| e.example).then(|| view! { <p class="example-note" role="note">{word(Id::WsExampleNote)}</p> })}
            {body}
            <SummaryToCopy markdown />
            <p class="footnote">
                {word(Id::JudgedOnlyWhen)}
            </p>
        </section>
    }
}

/// The data checks, shown before any verdict; nothing when there are none.
#[component]
fn DataChecks(checks: Vec<DataCheck>, f: IntlFormatter) -> impl IntoView {
    (!checks.is_empty()).then(|| {
        view! {
            <ul class="checks" aria-label=word(Id::DataChecks)>
                {checks.iter().map(|c| view! { <li>{c.message.render(&f)}</li> }).collect_view()}
            </ul>
        }
    })
}

/// The verdict and what backs it: the headline, the evidence, the context, the likely causes,
/// what to try, how fixing it can go too far, the other steps below target, the largest drop.
#[component]
fn VerdictAndAdvice(d: Diagnosis, f: IntlFormatter) -> impl IntoView {
    view! {
        <p class="verdict" class:weak=matches!(d.verdict, Verdict::Limiting(_) | Verdict::Provisional(_))>
            {d.verdict.badge(&d.steps).render(&f)}
        </p>
        <p class="headline">{d.headline.render(&f)}</p>
        {d.evidence.iter().map(|s| view! { <p class="evidence">{s.render(&f)}</p> }).collect_view()}
        {d.context.as_ref().map(|s| view! { <p class="context">{s.render(&f)}</p> })}
        <div class="aside">
        {d.causes.as_ref().map(|text| view! {
            <h3>{word(Id::LikelyCauses)}</h3>
            <p>{text.render(&f)}</p>
        })}
        </div>
        {(!d.actions.is_empty()).then(|| view! {
            <h3>{word(Id::WhatToTry)}</h3>
            <ul class="actions">{d.actions.iter().map(|a| view! { <li>{a.render(&f)}</li> }).collect_view()}</ul>
        })}
        <div class="aside">
        {d.risk.as_ref().map(|risk| view! {
            <h3>{word(Id::DontOvercorrect)}</h3>
            <p class="risk">{risk.render(&f)}</p>
        })}
        {(!d.others.is_empty()).then(|| view! {
            <h3>{word(Id::OtherBelow)}</h3>
            <ul class="others">{d.others.iter().map(|s| view! { <li>{s.render(&f)}</li> }).collect_view()}</ul>
        })}
        {d.naive.as_ref().map(|s| view! {
            <h3>{word(Id::LargestDrop)}</h3>
            <p class="naive">{s.render(&f)}</p>
        })}
        </div>
    }
}

/// Every step against its target: its rate and range, the verdict, and what reaching the
/// target would be worth in the business's `outcome`.
#[component]
fn StepVerdicts(steps: Vec<StepAssessment>, outcome: Noun, f: IntlFormatter) -> impl IntoView {
    let rows = steps
        .iter()
        .map(|a| {
            let rate = a.rate.map(|r| f.percent(r)).unwrap_or_else(|| DASH.into());
            let range = a.interval.map(|(lo, hi)| f.percent_range(lo, hi)).unwrap_or_else(|| DASH.into());
            view! {
                <tr class=format!("verdict-{}", a.verdict.id())>
                    <th scope="row">{step_label(a).render(&f)}</th>
                    <td class="num" data-label=word(Id::RateColumn)>{rate}</td>
                    <td class="num" data-label=word(Id::RangeColumn)>{range}</td>
                    <td class="num" data-label=word(Id::TargetColumn)>{f.percent(a.target)}</td>
                    <td data-label=word(Id::VerdictColumn)>{verdict_text(a).render(&f)}</td>
                    <td data-label=word(Id::IfAtTargetColumn)>{impact_text(a, outcome).render(&f)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::StepsRegion)>
            <table class="data steps stack" id="step-verdicts">
                <caption>{word(Id::StepsCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{word(Id::StepColumn)}</th>
                        <th scope="col">{word(Id::RateColumn)}</th>
                        <th scope="col">{word(Id::RangeColumn)}</th>
                        <th scope="col">{word(Id::TargetColumn)}</th>
                        <th scope="col">{word(Id::VerdictColumn)}</th>
                        <th scope="col">{word(Id::IfAtTargetColumn)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// What a 10% lift at each step is worth, best first; levers worth the same said in one line.
#[component]
fn LeverRanking(levers: Vec<Lift>, outcome: Noun, f: IntlFormatter) -> impl IntoView {
    let more = say(&Message::of(Id::LeverMore).with("noun", Arg::Message(Box::new(outcome.plural()))));
    let more_head = more.clone();
    let rows = lever_rows(&levers)
        .into_iter()
        .map(|(name, e)| {
            view! {
                <tr>
                    <th scope="row">{name.render(&f)}</th>
                    <td class="num" data-label=more.clone()>{lever_gain(e.extra_customers).map(|g| g.render(&f)).unwrap_or_else(|| DASH.into())}</td>
                    <td class="num" data-label=word(Id::LeverCacAfter)>{e.cac.map(|c| f.money(c)).unwrap_or_else(|| DASH.into())}</td>
                    <td class="num" data-label=word(Id::LeverMoreRevenue)>{e.extra_revenue.map(|r| format!("+{}", f.money(r))).unwrap_or_else(|| DASH.into())}</td>
                </tr>
            }
        })
        .collect_view();
    // Identical rows help no choice: said once instead.
    let alike = levers_alike(&levers, outcome).map(|s| s.render(&f));
    let has_levers = !levers.is_empty() && alike.is_none();
    view! {
        {has_levers.then(|| view! {
            <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::LeversRegion)>
                <table class="data lever-ranking stack" id="levers">
                    <caption>{word(Id::LeversCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{word(Id::LeverColumn)}</th>
                            <th scope="col">{more_head}</th>
                            <th scope="col">{word(Id::LeverCacAfter)}</th>
                            <th scope="col">{word(Id::LeverMoreRevenue)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="footnote">{word(Id::DxLeverNote)}</p>
        })}
        {alike.map(|line| view! { <p class="levers-alike">{line}</p> })}
    }
}

/// The summary to paste into an email, in the report's language, with the choice of that
/// language, its copy buttons ("Copy as Markdown" only with the report's `markdown`) and what
/// became of the copy.
#[component]
fn SummaryToCopy(markdown: Option<Signal<String>>) -> impl IntoView {
    let Shared { evaluation, report_format, .. } = shared();
    let copied = RwSignal::new(None::<bool>);
    let copy_markdown = move |_| {
        if let Some(md) = markdown {
            copied.set(None);
            crate::web::clipboard::copy_text(md.get_untracked(), move |ok| copied.set(Some(ok)));
        }
    };
    let summary_text = move || evaluation.with(|e| e.diagnosis.summary.render(&report_format.get()));
    let copy = move |_| {
        copied.set(None);
        crate::web::clipboard::copy_text(summary_text(), move |ok| copied.set(Some(ok)));
    };
    view! {
        <h3 class="summary-heading">{word(Id::SummaryHeading)}</h3>
        <p class="summary" id="summary" lang=move || report_format.with(|f| f.language.tag())>{summary_text}</p>
        <p class="copy-row">
            <ReportLanguagePicker />
            <button type="button" on:click=copy>{word(Id::CopySummary)}</button>
            {markdown.is_some().then(|| view! { <button type="button" on:click=copy_markdown>{word(Id::CopyMarkdown)}</button> })}
            {crate::web::clipboard::copy_status(
                copied,
                word(Id::SummaryCopied),
                word(Id::SummaryNoClipboard),
            )}
        </p>
    }
}

/// The language the report and the summary are written in: the page's, or another for a
/// client who reads another (kept with the workspace).
#[component]
fn ReportLanguagePicker() -> impl IntoView {
    let Shared { workspace, language, .. } = shared();
    let chosen = move || workspace.with(|w| w.report_language.map_or("", Language::tag));
    let pages = move || {
        let page = Arg::Text(language.get().endonym().to_string());
        say(&Message::of(Id::ReportLanguagePage).with("language", page))
    };
    let options = crate::web::header::language_options();
    view! {
        <span class="report-language">
            <label for="report-language">{word(Id::ReportLanguageLabel)}</label>
            <select
                id="report-language"
                prop:value=chosen
                on:change=move |ev| {
                    let picked = Language::from_tag(&event_target_value(&ev));
                    send(workspace, Event::ChooseReportLanguage(picked));
                }
            >
                <option value="">{pages}</option>
                {options}
            </select>
        </span>
    }
}
