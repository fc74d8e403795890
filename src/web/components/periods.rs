//! Period over period: the earlier period's numbers (typed beside the ladder), and why CAC
//! moved: the sentence, a waterfall of each factor's part with its text equivalent, the parts
//! in a table, and each step rate's change judged against the noise.

use leptos::prelude::*;

use crate::web::chart_export::ChartDownloads;

use crate::core::basics::text::Formatter;
use crate::core::comparison::period_split::chart::{waterfall_chart, BarKind, WaterfallChart};
use crate::core::comparison::period_split::{signed_money, Part, Split, StepChange, FIELDS};
use crate::core::ladder::fields::FieldKind;
use crate::core::message::{Id, Message};
use crate::core::workspace::event::Event;
use crate::core::workspace::period_compare::PeriodComparison;
use crate::web::format::IntlFormatter;
use crate::web::state::{send, shared, Shared};
use crate::web::words::{say_in, word};

/// The earlier period's inputs, folded away under the ladder form.
#[component]
pub fn EarlierPeriodForm() -> impl IntoView {
    let Shared { workspace, evaluation, format, .. } = shared();
    let problems = Memo::new(move |_| evaluation.with(|e| e.earlier.problems.clone()));
    let fields = FIELDS.map(|field| {
        let id = format!("earlier-{}", field.id());
        let message_id = format!("{id}-message");
        let value = Memo::new(move |_| workspace.with(|w| w.earlier.get(field).to_string()));
        let problem =
            move || problems.with(|p| p.iter().find(|p| p.field == field).map(|p| p.message.render(&format.get())));
        view! {
            <div class="field">
                <label for=id.clone()>
                    {field.label()}
                    <span class="visually-hidden">" "{word(Id::PeriodEarlierMark)}</span>
                </label>
                <div class="input-wrap">
                    <input
                        id=id
                        type="text"
                        inputmode=if field.kind() == FieldKind::Money { "decimal" } else { "numeric" }
                        autocomplete="off"
                        aria-describedby=message_id.clone()
                        prop:value=value
                        on:input=move |ev| send(workspace, Event::EditEarlier(field, event_target_value(&ev)))
                    />
                </div>
                <p class="message" id=message_id aria-live="polite">{problem}</p>
            </div>
        }
    })
    .collect_view();
    view! {
        <details class="more earlier">
            <summary>{word(Id::PeriodEarlierSummary)}</summary>
            <p class="hint">{word(Id::PeriodEarlierHint)}</p>
            {fields}
        </details>
    }
}

/// Why CAC moved between the earlier period and the ladder shown.
#[component]
pub fn PeriodPanel() -> impl IntoView {
    let Shared { workspace, evaluation, format, .. } = shared();
    let result = Memo::new(move |_| workspace.with(|w| evaluation.with(|e| w.period_split(e))));
    // The periods to pick from, apart from the split and from the pick, so picking neither
    // rebuilds the selects nor moves the focus.
    let names =
        Memo::new(move |_| result.with(|r| r.as_ref().map(|c| c.choices.clone()).unwrap_or_default()));
    let picked = Memo::new(move |_| result.with(|r| r.as_ref().map_or((0, 1), |c| c.picked)));
    let body = move || {
        let f = format.get();
        result.get().map(|comparison| view! { <WhyCacMoved comparison f /> })
    };
    view! {
        <section aria-labelledby="periods-heading" hidden=move || result.with(Option::is_none)>
            <h2 id="periods-heading">{word(Id::PeriodHeading)}</h2>
            <div class="period-pick" hidden=move || names.with(|n| n.len() <= 2)>
                <PeriodSelect id="period-earlier" label=word(Id::PeriodEarlierLabel) earlier=true names picked />
                <PeriodSelect id="period-later" label=word(Id::PeriodLaterLabel) earlier=false names picked />
            </div>
            {body}
        </section>
    }
}

/// One of the two periods compared (the `earlier` one or the later), picked by name.
#[component]
fn PeriodSelect(
    id: &'static str,
    label: &'static str,
    earlier: bool,
    /// Every period's name.
    names: Memo<Vec<Message>>,
    /// The positions of the two compared.
    picked: Memo<(usize, usize)>,
) -> impl IntoView {
    let Shared { workspace, format, .. } = shared();
    let options = move || {
        let f = format.get();
        names.with(|n| {
            n.iter()
                .enumerate()
                .map(|(i, name)| view! { <option value=i.to_string()>{say_in(name, &f)}</option> })
                .collect_view()
        })
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select
                id=id
                prop:value=move || {
                    names.track();
                    let (a, b) = picked.get();
                    (if earlier { a } else { b }).to_string()
                }
                on:change=move |ev| {
                    let Ok(i) = event_target_value(&ev).parse::<usize>() else { return };
                    let (a, b) = picked.get_untracked();
                    let (a, b) = if earlier { (i, b) } else { (a, i) };
                    send(workspace, Event::ComparePeriods(a, b));
                }
            >
                {options}
            </select>
        </div>
    }
}

/// The two periods compared, and why CAC moved between them: the sentence, the waterfall,
/// its parts and the step rates' changes; or what the split needs.
#[component]
fn WhyCacMoved(comparison: PeriodComparison, f: IntlFormatter) -> impl IntoView {
    let (earlier, now) = comparison.between;
    let comparing = Message::of(Id::PeriodComparing).with("earlier", earlier).with("now", now);
    let like = comparison.like.map(|like| view! { <p class="hint like-with-like">{say_in(&like, &f)}</p> });
    let between = view! { <p class="hint">{say_in(&comparing, &f)}</p> {like} };
    let split = match comparison.result {
        Err(needs) => {
            return view! { {between} <p class="hint">{say_in(&needs.message(), &f)}</p> }.into_any()
        }
        Ok(split) => split,
    };
    let name = shared().name;
    let chart = waterfall_chart(&split);
    let Split { parts, steps, sentence, .. } = split;
    view! {
        {between}
        <p class="headline">{sentence.render(&f)}</p>
        <Waterfall chart f=f.clone() />
        <ChartDownloads figure="waterfall" what="why-cac-moved" name />
        <FactorParts parts f=f.clone() />
        <StepChanges steps f />
    }
    .into_any()
}

/// The waterfall of each factor's part in CAC's move, with the total and the text equivalent.
#[component]
fn Waterfall(chart: WaterfallChart, f: IntlFormatter) -> impl IntoView {
    let drawn = chart
        .bars
        .iter()
        .map(|b| {
            let class = match b.kind {
                BarKind::Total => "bar total",
                BarKind::Up => "bar up",
                BarKind::Down => "bar down",
            };
            let (r, label, value) = (b.rect, &b.label, &b.value);
            view! {
                <g class=class>
                    <rect x=r.x y=r.y width=r.width height=r.height />
                    <text class="bar-label" x=label.x y=label.y text-anchor=label.anchor.attr()>{label.text.render(&f)}</text>
                    <text class="bar-value" x=value.x y=value.y text-anchor=value.anchor.attr()>{value.text.render(&f)}</text>
                </g>
            }
        })
        .collect_view();
    let summary = chart.summary.render(&f);
    view! {
        <figure class="waterfall" id="waterfall">
            <svg viewBox=chart.view_box.attr() role="img" aria-label=summary.clone() preserveAspectRatio="xMinYMin meet">
                {drawn}
            </svg>
            <figcaption>
                <strong>{chart.total.render(&f)}</strong>
                {word(Id::PeriodWaterfallCaption)}
            </figcaption>
            <details class="chart-text">
                <summary>{word(Id::ChartInWords)}</summary>
                <p>{summary}</p>
            </details>
        </figure>
    }
}

/// Each factor before and now, and its part in CAC's move.
#[component]
fn FactorParts(parts: Vec<Part>, f: IntlFormatter) -> impl IntoView {
    let rows = parts
        .iter()
        .map(|p| {
            let unit = p.factor.unit();
            view! {
                <tr>
                    <th scope="row">{p.label().render(&f)}</th>
                    <td class="num" data-label=word(Id::PeriodEarlierColumn)>{f.number(p.before, unit)}</td>
                    <td class="num" data-label=word(Id::NowColumn)>{f.number(p.after, unit)}</td>
                    <td class="num" data-label=word(Id::PeriodPartColumn)>{signed_money(p.amount).render(&f)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::PeriodPartsRegion)>
            <table class="data parts stack" id="cac-parts">
                <caption>{word(Id::PeriodPartsCaption)}</caption>
                <thead><tr><th scope="col">{word(Id::PeriodFactorColumn)}</th><th scope="col">{word(Id::PeriodEarlierColumn)}</th><th scope="col">{word(Id::NowColumn)}</th><th scope="col">{word(Id::PeriodPartColumn)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Each step rate before and now, its change's range and whether the change is more than noise.
#[component]
fn StepChanges(steps: Vec<StepChange>, f: IntlFormatter) -> impl IntoView {
    let rows = steps
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{s.label().render(&f)}</th>
                    <td class="num" data-label=word(Id::PeriodEarlierColumn)>{f.percent(s.before)}</td>
                    <td class="num" data-label=word(Id::NowColumn)>{f.percent(s.after)}</td>
                    <td class="num" data-label=word(Id::PeriodChangeRangeColumn)>{s.range_text().render(&f)}</td>
                    <td data-label=word(Id::VerdictColumn)>{s.verdict().render(&f)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=word(Id::PeriodStepsRegion)>
            <table class="data step-changes stack" id="step-changes">
                <caption>{word(Id::PeriodStepsCaption)}</caption>
                <thead><tr><th scope="col">{word(Id::StepColumn)}</th><th scope="col">{word(Id::PeriodEarlierColumn)}</th><th scope="col">{word(Id::NowColumn)}</th><th scope="col">{word(Id::PeriodChangeRangeColumn)}</th><th scope="col">{word(Id::VerdictColumn)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
