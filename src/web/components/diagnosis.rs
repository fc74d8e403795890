//! The diagnosis panel: data checks, the limiting step, the step table, the lever ranking, the summary.

use leptos::prelude::*;

use crate::core::basics::text::Formatter;
use crate::core::diagnosis::{
    impact_text, lever_gain, lever_rows, levers_alike, verdict_text, Verdict, LEVER_NOTE,
};
use crate::core::workspace::{Evaluation, EXAMPLE_NOTE};
use crate::web::format::IntlFormatter;

/// The diagnosis: data checks, the limiting step with evidence and advice, every step against
/// its target, the lever ranking, and a summary to copy.
#[component]
pub fn DiagnosisPanel(
    #[prop(into)] evaluation: Signal<Evaluation>,
    #[prop(into)] format: Signal<IntlFormatter>,
    /// The report as Markdown, for "Copy as Markdown" (no button without it).
    #[prop(optional, into)]
    markdown: Option<Signal<String>>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let copy_markdown = move |_| {
        if let Some(md) = markdown {
            copied.set(None);
            crate::web::clipboard::copy_text(md.get_untracked(), move |ok| copied.set(Some(ok)));
        }
    };
    let summary_text = move || evaluation.with(|e| e.diagnosis.summary.render(&format.get()));
    let copy = move |_| {
        copied.set(None);
        crate::web::clipboard::copy_text(summary_text(), move |ok| copied.set(Some(ok)));
    };
    let body = move || {
        let f = format.get();
        let (d, business) = evaluation.with(|e| (e.diagnosis.clone(), e.targets.settings.business));
        let outcome = business.outcome();
        let checks = (!d.checks.is_empty()).then(|| {
            view! {
                <ul class="checks" aria-label="Data checks">
                    {d.checks.iter().map(|c| view! { <li>{c.message.render(&f)}</li> }).collect_view()}
                </ul>
            }
        });
        let step_rows = d
            .steps
            .iter()
            .map(|a| {
                let rate = a.rate.map(|r| f.percent(r)).unwrap_or_else(|| "—".into());
                let range = a.interval.map(|(lo, hi)| f.percent_range(lo, hi)).unwrap_or_else(|| "—".into());
                view! {
                    <tr class=format!("verdict-{}", a.verdict.id())>
                        <th scope="row">{a.step.rate_metric().name()}</th>
                        <td class="num" data-label="Rate">{rate}</td>
                        <td class="num" data-label="95% range">{range}</td>
                        <td class="num" data-label="Target">{f.percent(a.target)}</td>
                        <td data-label="Verdict">{verdict_text(a).render(&f)}</td>
                        <td data-label="If it reached target">{impact_text(a, outcome).render(&f)}</td>
                    </tr>
                }
            })
            .collect_view();
        let lever_rows = lever_rows(&d.levers)
            .into_iter()
            .map(|(name, e)| {
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td class="num" data-label=format!("More {outcome}")>{lever_gain(e.extra_customers).render(&f)}</td>
                        <td class="num" data-label="CAC after">{e.cac.map(|c| f.money(c)).unwrap_or_else(|| "—".into())}</td>
                        <td class="num" data-label="More revenue">{e.extra_revenue.map(|r| format!("+{}", f.money(r))).unwrap_or_else(|| "—".into())}</td>
                    </tr>
                }
            })
            .collect_view();
        // Identical rows help no choice: said once instead.
        let alike = levers_alike(&d.levers, outcome).map(|s| s.render(&f));
        let has_levers = !d.levers.is_empty() && alike.is_none();
        view! {
            {checks}
            <p class="verdict" class:weak=matches!(d.verdict, Verdict::Limiting(_) | Verdict::Provisional(_))>
                {d.verdict.badge()}
            </p>
            <p class="headline">{d.headline.clone()}</p>
            {d.evidence.iter().map(|s| view! { <p class="evidence">{s.render(&f)}</p> }).collect_view()}
            {d.context.as_ref().map(|s| view! { <p class="context">{s.render(&f)}</p> })}
            <div class="aside">
            {d.causes.map(|text| view! {
                <h3>"Likely causes"</h3>
                <p>{text}</p>
            })}
            </div>
            {(!d.actions.is_empty()).then(|| view! {
                <h3>"What to try"</h3>
                <ul class="actions">{d.actions.iter().map(|a| view! { <li>{*a}</li> }).collect_view()}</ul>
            })}
            <div class="aside">
            {d.risk.map(|risk| view! {
                <h3>"Don’t overcorrect"</h3>
                <p class="risk">{risk}</p>
            })}
            {(!d.others.is_empty()).then(|| view! {
                <h3>"Other steps below target"</h3>
                <ul class="others">{d.others.iter().map(|s| view! { <li>{s.render(&f)}</li> }).collect_view()}</ul>
            })}
            {d.naive.as_ref().map(|s| view! {
                <h3>"Largest drop-off"</h3>
                <p class="naive">{s.render(&f)}</p>
            })}
            </div>
            <div class="table-scroll" role="region" tabindex="0" aria-label="Step verdicts table">
                <table class="data steps stack" id="step-verdicts">
                    <caption>"Each step against its target (95% range from the Wilson score interval)"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Step"</th>
                            <th scope="col">"Rate"</th>
                            <th scope="col">"95% range"</th>
                            <th scope="col">"Target"</th>
                            <th scope="col">"Verdict"</th>
                            <th scope="col">"If it reached target"</th>
                        </tr>
                    </thead>
                    <tbody>{step_rows}</tbody>
                </table>
            </div>
            {has_levers.then(|| view! {
                <div class="table-scroll" role="region" tabindex="0" aria-label="Levers table">
                    <table class="data lever-ranking stack" id="levers">
                        <caption>"What a 10% improvement is worth, best first"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Lever"</th>
                                <th scope="col">{format!("More {outcome}")}</th>
                                <th scope="col">"CAC after"</th>
                                <th scope="col">"More revenue"</th>
                            </tr>
                        </thead>
                        <tbody>{lever_rows}</tbody>
                    </table>
                </div>
                <p class="footnote">{LEVER_NOTE}</p>
            })}
            {alike.map(|line| view! { <p class="levers-alike">{line}</p> })}
        }
    };
    view! {
        <section class="diagnosis" aria-labelledby="diagnosis-heading">
            <h2 id="diagnosis-heading">"Where the ladder breaks"</h2>
            {move || evaluation.with(|e| e.example).then(|| view! { <p class="example-note" role="note">{EXAMPLE_NOTE}</p> })}
            {body}
            <h3 class="summary-heading">"Summary for a client email"</h3>
            <p class="summary" id="summary">{summary_text}</p>
            <p class="copy-row">
                <button type="button" on:click=copy>"Copy summary"</button>
                {markdown.is_some().then(|| view! { <button type="button" on:click=copy_markdown>"Copy as Markdown"</button> })}
                {crate::web::clipboard::copy_status(
                    copied,
                    "Copied to the clipboard.",
                    "The clipboard isn’t available here: select the summary and copy it.",
                )}
            </p>
            <p class="footnote">
                "A step is judged only when its whole 95% range is on one side of the target, and only with enough people at its start. Targets are starting assumptions: set your own under Targets and settings."
            </p>
        </section>
    }
}
