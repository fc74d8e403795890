//! The page's parts. Each takes signals of core values and only renders them or forwards
//! events; nothing here computes a metric or decides a verdict.

use leptos::prelude::*;

use crate::core::diagnosis::{impact_text, verdict_text, Verdict, LEVER_NOTE};
use crate::core::fields::parse_form;
use crate::core::fields::{Field, FieldKind, Severity};
use crate::core::ladder::{MetricId, Operand, Stage, Step, Unit, Value};
use crate::core::number::DecimalSep;
use crate::core::persist::StorageState;
use crate::core::segment::{segment_rows, SortKey, SEGMENT_METRICS};
use crate::core::targets::{BusinessType, Setting};
use crate::core::text::Formatter;
use crate::core::workspace::{Evaluation, Source, Workspace, CURRENCIES};

use super::format::IntlFormatter;

/// A value, or "—" followed by the reason it can't be shown.
fn value_view(value: Value, unit: Unit, format: &IntlFormatter) -> AnyView {
    match value {
        Value::Known(v) => view! { <span class="num">{format.number(v, unit)}</span> }.into_any(),
        Value::Unknown(reason) => view! {
            <span class="na" aria-hidden="true">"—"</span>
            <span class="reason">{reason.text()}</span>
        }
        .into_any(),
    }
}

fn unit_of(operand: Operand) -> Unit {
    match operand {
        Operand::SpendPlusOther => Unit::Money,
        Operand::Field(field) => field_unit(field),
    }
}

fn field_unit(field: Field) -> Unit {
    match field.kind() {
        FieldKind::Money => Unit::Money,
        FieldKind::Count => Unit::Count,
    }
}

/// One labelled input with its hint and, when there is one, its error or warning.
#[component]
pub fn FieldInput(
    field: Field,
    workspace: RwSignal<Workspace>,
    #[prop(into)] evaluation: Signal<Evaluation>,
) -> impl IntoView {
    let id = field.id();
    let hint_id = format!("{id}-hint");
    let message_id = format!("{id}-message");
    let problem = move || evaluation.with(|e| e.parsed.problem(field).cloned());
    let severity = move || problem().map(|p| p.severity);
    let is_money = field.kind() == FieldKind::Money;
    // Memos, so edits elsewhere in the workspace don't re-set this input's value.
    let value = Memo::new(move |_| workspace.with(|w| w.form.get(field).to_string()));
    let currency = Memo::new(move |_| workspace.with(|w| w.currency.clone()));
    let hint = move || {
        if is_money {
            format!("{} In {}.", field.hint(), currency.get())
        } else {
            field.hint().to_string()
        }
    };
    view! {
        <div
            class="field"
            class:has-error=move || severity() == Some(Severity::Error)
            class:has-warning=move || severity() == Some(Severity::Warning)
        >
            <label for=id>{field.label()}</label>
            <div class="input-wrap">
                {is_money
                    .then(|| {
                        view! {
                            <span class="unit" aria-hidden="true">
                                {move || currency.get()}
                            </span>
                        }
                    })}
                <input
                    id=id
                    name=id
                    type="text"
                    inputmode=if is_money { "decimal" } else { "numeric" }
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=format!("{hint_id} {message_id}")
                    aria-invalid=move || if severity() == Some(Severity::Error) { "true" } else { "false" }
                    prop:value=value
                    on:input=move |ev| workspace.update(|w| w.form.set(field, event_target_value(&ev)))
                />
            </div>
            <p class="hint" id=hint_id>{hint}</p>
            <p class="message" id=message_id aria-live="polite">
                {move || {
                    problem()
                        .map(|p| {
                            let mark = if p.severity == Severity::Error { "Error: " } else { "Check: " };
                            view! { <strong>{mark}</strong> {p.message} }
                        })
                }}
            </p>
        </div>
    }
}

/// The input form: the ladder's fields, then the optional ones folded away.
#[component]
pub fn LadderForm(
    workspace: RwSignal<Workspace>,
    #[prop(into)] evaluation: Signal<Evaluation>,
) -> impl IntoView {
    let main = Field::MAIN.map(|field| view! { <FieldInput field workspace evaluation /> }).collect_view();
    let more = Field::MORE.map(|field| view! { <FieldInput field workspace evaluation /> }).collect_view();
    view! {
        <form class="ladder-form" on:submit=|ev| ev.prevent_default() novalidate>
            {main}
            <details class="more">
                <summary>"More inputs (optional): impressions, clicks, other costs"</summary>
                {more}
            </details>
        </form>
    }
}

/// The workspace currency picker; a saved code outside the usual list is still offered.
#[component]
pub fn CurrencyPicker(workspace: RwSignal<Workspace>) -> impl IntoView {
    let currency = Memo::new(move |_| workspace.with(|w| w.currency.clone()));
    let options = move || {
        let current = currency.get();
        let mut codes: Vec<String> = CURRENCIES.iter().map(|c| c.to_string()).collect();
        if !codes.contains(&current) {
            codes.insert(0, current);
        }
        codes
            .into_iter()
            .map(|code| view! { <option value=code.clone()>{code.clone()}</option> })
            .collect_view()
    };
    view! {
        <div class="currency">
            <label for="currency">"Currency"</label>
            <select
                id="currency"
                prop:value=move || currency.get()
                on:change=move |ev| workspace.update(|w| w.currency = event_target_value(&ev))
            >
                {options}
            </select>
        </div>
    }
}

/// Every ladder metric with its value and, one click away, its formula with the user's numbers.
#[component]
pub fn MetricsTable(
    #[prop(into)] evaluation: Signal<Evaluation>,
    #[prop(into)] format: Signal<IntlFormatter>,
) -> impl IntoView {
    let rows = MetricId::CORE
        .iter()
        .chain(MetricId::DELIVERY.iter())
        .map(|&id| {
            let metric = move || evaluation.with(|e| e.ladder.metrics.iter().find(|m| m.id == id).copied());
            let (numerator, denominator) = id.operands();
            let worked = move || {
                let m = metric()?;
                let f = format.get();
                let num = m.numerator.map(|v| f.number(v, unit_of(numerator))).unwrap_or_else(|| "?".into());
                let den =
                    m.denominator.map(|v| f.number(v, field_unit(denominator))).unwrap_or_else(|| "?".into());
                let scale = if id.scale() == 1000.0 { " × 1,000" } else { "" };
                let result = match m.value {
                    Value::Known(v) => f.number(v, id.unit()),
                    Value::Unknown(reason) => format!("— ({})", reason.text()),
                };
                Some(format!("{num} ÷ {den}{scale} = {result}"))
            };
            view! {
                <tr id=format!("metric-{}", id.id()) hidden=move || metric().is_none()>
                    <th scope="row">{id.name()}</th>
                    <td class="value">
                        {move || metric().map(|m| value_view(m.value, id.unit(), &format.get()))}
                    </td>
                    <td class="formula">
                        <details>
                            <summary>
                                "Formula"
                                <span class="visually-hidden">{format!(" for {}", id.name())}</span>
                            </summary>
                            <p class="formula-words">{id.formula()}</p>
                            <p class="formula-numbers">{worked}</p>
                            <p class="formula-meaning">{id.meaning()}</p>
                        </details>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data metrics" id="ladder">
            <caption>"The ladder: every metric from message to revenue"</caption>
            <thead>
                <tr>
                    <th scope="col">"Metric"</th>
                    <th scope="col">"Value"</th>
                    <th scope="col">"How it’s computed"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// One row per stage: count, step rate, share of conversations started, and cost per stage.
#[component]
pub fn StagesTable(
    #[prop(into)] evaluation: Signal<Evaluation>,
    #[prop(into)] format: Signal<IntlFormatter>,
) -> impl IntoView {
    let rows = Stage::ALL
        .iter()
        .map(|&stage| {
            let row = move || evaluation.with(|e| *e.ladder.stage(stage));
            let cell = move |pick: fn(&crate::core::ladder::StageRow) -> Value, unit: Unit| {
                move || value_view(pick(&row()), unit, &format.get())
            };
            let count = move || {
                let r = row();
                let value = match r.count.given() {
                    Some(c) => Value::Known(c as f64),
                    None => r.cost_per, // carries the reason the count is missing or invalid
                };
                let count = value_view(value, Unit::Count, &format.get());
                let previous = stage.previous().map(|p| p.label().to_lowercase()).unwrap_or_default();
                view! {
                    {count}
                    {r.inconsistent.then(|| view! { <span class="flag">{format!(" ⚠ more than {previous}")}</span> })}
                }
            };
            view! {
                <tr class:inconsistent=move || row().inconsistent>
                    <th scope="row">{stage.label()}</th>
                    <td>{count}</td>
                    <td>{cell(|r| r.step_rate, Unit::Percent)}</td>
                    <td>{cell(|r| r.share_of_started, Unit::Percent)}</td>
                    <td>{cell(|r| r.cost_per, Unit::Money)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data stages" id="stages">
            <caption>"Stages: how many reach each step, and what each costs"</caption>
            <thead>
                <tr>
                    <th scope="col">"Stage"</th>
                    <th scope="col">"Count"</th>
                    <th scope="col">"Step rate"</th>
                    <th scope="col">"Share of conversations started"</th>
                    <th scope="col">"Cost per stage"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// A funnel of the stages as bars sized by share of conversations started, with the drop-off
/// between steps written beside each bar.
#[component]
pub fn FunnelChart(
    #[prop(into)] evaluation: Signal<Evaluation>,
    #[prop(into)] format: Signal<IntlFormatter>,
) -> impl IntoView {
    const WIDTH: f64 = 360.0;
    const ROW: f64 = 56.0;
    let height = ROW * Stage::ALL.len() as f64;
    let summary = move || {
        let f = format.get();
        evaluation.with(|e| {
            let parts: Vec<String> = e
                .ladder
                .stages
                .iter()
                .map(|r| match r.count.given() {
                    Some(c) => format!("{} {}", r.stage.label(), f.count(c)),
                    None => format!("{} not entered", r.stage.label()),
                })
                .collect();
            format!("Funnel: {}.", parts.join(", "))
        })
    };
    let bars = move || {
        let f = format.get();
        evaluation.with(|e| {
                e.ladder
                    .stages
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let y = i as f64 * ROW;
                        let share = r.share_of_started.known().unwrap_or(0.0);
                        let width = (share.clamp(0.0, 1.0) * WIDTH)
                            .max(if r.count.given().unwrap_or(0) > 0 { 2.0 } else { 0.0 });
                        let count = r.count.given().map(|c| f.count(c)).unwrap_or_else(|| "—".into());
                        let share_text = r
                            .share_of_started
                            .known()
                            .map(|s| format!("{} of started", f.percent(s)))
                            .unwrap_or_default();
                        let drop = match (r.stage.previous(), r.step_rate) {
                            (Some(_), Value::Known(rate)) if rate <= 1.0 => {
                                format!("−{} vs previous step", f.percent(1.0 - rate))
                            }
                            (Some(_), Value::Known(_)) => "more than the previous step ⚠".to_string(),
                            _ => String::new(),
                        };
                        let (label_y, bar_y, share_y) = (y + 16.0, y + 22.0, y + 38.0);
                        // Near full width the note goes inside the bar, in white for contrast.
                        let inside = width > WIDTH - 90.0;
                        let share_x = if inside { width - 6.0 } else { width + 6.0 };
                        let share_anchor = if inside { "end" } else { "start" };
                        let label = format!("{} · {count}", r.stage.label());
                        view! {
                            <g class="stage" class:inconsistent=r.inconsistent>
                                <text x="0" y=label_y class="label">{label}</text>
                                <text x=WIDTH y=label_y class="drop" text-anchor="end">{drop}</text>
                                <rect x="0" y=bar_y width=WIDTH height="22" rx="4" class="track" />
                                <rect x="0" y=bar_y width=width height="22" rx="4" class="bar" />
                                <text x=share_x y=share_y class="share" class:inside=inside text-anchor=share_anchor>
                                    {share_text}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()
            })
    };
    view! {
        <figure class="funnel">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=summary preserveAspectRatio="xMinYMin meet">
                {bars}
            </svg>
            <figcaption>"Each bar is a stage’s share of conversations started; the right-hand note is the drop from the step before."</figcaption>
        </figure>
    }
}

/// The diagnosis: data checks, the limiting step with evidence and advice, every step against
/// its target, the lever ranking, and a summary to copy.
#[component]
pub fn DiagnosisPanel(
    #[prop(into)] evaluation: Signal<Evaluation>,
    #[prop(into)] format: Signal<IntlFormatter>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let summary_text = move || evaluation.with(|e| e.diagnosis.summary.render(&format.get()));
    let copy = move |_| {
        copied.set(None);
        super::clipboard::copy_text(summary_text(), move |ok| copied.set(Some(ok)));
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
                let range = a
                    .interval
                    .map(|(lo, hi)| format!("{} – {}", f.percent(lo), f.percent(hi)))
                    .unwrap_or_else(|| "—".into());
                view! {
                    <tr class=format!("verdict-{}", a.verdict.id())>
                        <th scope="row">{format!("{} rate", capitalized(a.step.name()))}</th>
                        <td class="num">{rate}</td>
                        <td class="num">{range}</td>
                        <td class="num">{f.percent(a.target)}</td>
                        <td>{verdict_text(a).render(&f)}</td>
                        <td>{impact_text(a, outcome).render(&f)}</td>
                    </tr>
                }
            })
            .collect_view();
        let lever_rows = d
            .levers
            .iter()
            .map(|l| {
                let e = l.effect;
                view! {
                    <tr>
                        <th scope="row">{l.name}</th>
                        <td class="num">{format!("+{}", f.decimal(e.extra_customers))}</td>
                        <td class="num">{e.cac.map(|c| f.money(c)).unwrap_or_else(|| "—".into())}</td>
                        <td class="num">{e.extra_revenue.map(|r| format!("+{}", f.money(r))).unwrap_or_else(|| "—".into())}</td>
                    </tr>
                }
            })
            .collect_view();
        let has_levers = !d.levers.is_empty();
        view! {
            {checks}
            <p class="verdict" class:weak=matches!(d.verdict, Verdict::Limiting(_) | Verdict::Provisional(_))>
                {d.verdict.badge()}
            </p>
            <p class="headline">{d.headline.clone()}</p>
            {d.evidence.iter().map(|s| view! { <p class="evidence">{s.render(&f)}</p> }).collect_view()}
            {d.context.as_ref().map(|s| view! { <p class="context">{s.render(&f)}</p> })}
            {d.causes.map(|text| view! {
                <h3>"Likely causes"</h3>
                <p>{text}</p>
            })}
            {(!d.actions.is_empty()).then(|| view! {
                <h3>"What to try"</h3>
                <ul class="actions">{d.actions.iter().map(|a| view! { <li>{*a}</li> }).collect_view()}</ul>
            })}
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
            <div class="table-scroll">
                <table class="data steps" id="step-verdicts">
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
                <div class="table-scroll">
                    <table class="data levers" id="levers">
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
        }
    };
    view! {
        <section class="diagnosis" aria-labelledby="diagnosis-heading">
            <h2 id="diagnosis-heading">"Where the ladder breaks"</h2>
            {body}
            <h3>"Summary for a client email"</h3>
            <p class="summary" id="summary">{summary_text}</p>
            <p class="copy-row">
                <button type="button" on:click=copy>"Copy summary"</button>
                {super::clipboard::copy_status(
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

fn capitalized(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default()
}

/// One labelled settings input with its unit, hint and error.
#[component]
pub fn SettingInput(
    setting: Setting,
    workspace: RwSignal<Workspace>,
    #[prop(into)] evaluation: Signal<Evaluation>,
) -> impl IntoView {
    let id = setting.id();
    let hint_id = format!("{id}-hint");
    let message_id = format!("{id}-message");
    let problem = move || evaluation.with(|e| e.targets.problem(setting).map(str::to_string));
    let value = Memo::new(move |_| workspace.with(|w| w.targets.get(setting).to_string()));
    let placeholder = move || match setting {
        Setting::Target(step) => workspace.with(|w| {
            w.targets.business.preset().map(|p| format!("{}", p[step as usize])).unwrap_or_default()
        }),
        Setting::MinVolume => "30".to_string(),
        _ => String::new(),
    };
    let unit = move || match setting {
        Setting::PreviousCostPerMessage => workspace.with(|w| w.currency.clone()),
        other => other.unit().to_string(),
    };
    view! {
        <div class="field setting" class:has-error=move || problem().is_some()>
            <label for=id>{setting.label()}</label>
            <div class="input-wrap">
                <input
                    id=id
                    name=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    placeholder=placeholder
                    aria-describedby=format!("{hint_id} {message_id}")
                    aria-invalid=move || if problem().is_some() { "true" } else { "false" }
                    prop:value=value
                    on:input=move |ev| workspace.update(|w| w.targets.set(setting, event_target_value(&ev)))
                />
                <span class="unit after" aria-hidden="true">{unit}</span>
            </div>
            <p class="hint" id=hint_id>{setting.hint()}</p>
            <p class="message" id=message_id aria-live="polite">
                {move || problem().map(|m| view! { <strong>"Error: "</strong> {m} })}
            </p>
        </div>
    }
}

/// The business type (which sets preset targets), the targets, and the diagnosis settings.
#[component]
pub fn TargetsPanel(
    workspace: RwSignal<Workspace>,
    #[prop(into)] evaluation: Signal<Evaluation>,
    sep: DecimalSep,
) -> impl IntoView {
    let business = move || workspace.with(|w| w.targets.business);
    let targets = Step::ALL
        .map(Setting::Target)
        .map(|setting| view! { <SettingInput setting workspace evaluation /> })
        .collect_view();
    let others =
        [Setting::MinVolume, Setting::SalesCycleDays, Setting::WindowDays, Setting::PreviousCostPerMessage]
            .map(|setting| view! { <SettingInput setting workspace evaluation /> })
            .collect_view();
    view! {
        <div class="targets">
            <div class="field">
                <label for="business">"Business type"</label>
                <select
                    id="business"
                    aria-describedby="business-note"
                    prop:value=move || business().id()
                    on:change=move |ev| {
                        if let Some(b) = BusinessType::from_id(&event_target_value(&ev)) {
                            workspace.update(|w| w.targets.choose(b, sep));
                        }
                    }
                >
                    {BusinessType::ALL.map(|b| view! { <option value=b.id()>{b.label()}</option> }).collect_view()}
                </select>
                <p class="hint" id="business-note">
                    {move || business().note()}
                    {move || workspace.with(|w| w.targets.edited()).then_some(" Targets edited from the preset.")}
                </p>
            </div>
            <fieldset>
                <legend>"Target rates"</legend>
                {targets}
            </fieldset>
            {others}
        </div>
    }
}

/// A quiet line when work isn't being saved (or was recovered from a backup).
#[component]
pub fn StorageNotice(#[prop(into)] state: Signal<StorageState>) -> impl IntoView {
    view! {
        <p class="storage-status" role="status">
            {move || match state.get().notice() {
                Some(notice) => view! { <span class="notice">{notice}</span> }.into_any(),
                None => view! { <span class="saved">"Saved in this browser only."</span> }.into_any(),
            }}
        </p>
    }
}

/// Which numbers the ladder shows: typed, the imported total, or one segment.
#[component]
pub fn SourcePicker(workspace: RwSignal<Workspace>) -> impl IntoView {
    let value = move || match workspace.with(|w| w.source) {
        Source::Typed => "typed".to_string(),
        Source::Total => "total".to_string(),
        Source::Segment(i) => format!("segment-{i}"),
    };
    // The names alone, so typing in the form doesn't rebuild a long list of options.
    let names =
        Memo::new(move |_| workspace.with(|w| w.segments.iter().map(|s| s.name.clone()).collect::<Vec<_>>()));
    let options = move || {
        names.with(|names| {
            let mut out = vec![
                ("typed".to_string(), "Typed numbers".to_string()),
                ("total".to_string(), format!("Imported: total of {} segments", names.len())),
            ];
            out.extend(
                names
                    .iter()
                    .enumerate()
                    .map(|(i, name)| (format!("segment-{i}"), format!("Imported: {name}"))),
            );
            out.into_iter().map(|(v, label)| view! { <option value=v>{label}</option> }).collect_view()
        })
    };
    view! {
        <div class="source" hidden=move || workspace.with(|w| w.segments.is_empty())>
            <label for="source">"Showing"</label>
            <select
                id="source"
                prop:value=value
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let source = match v.as_str() {
                        "typed" => Source::Typed,
                        "total" => Source::Total,
                        other => other
                            .strip_prefix("segment-")
                            .and_then(|i| i.parse().ok())
                            .map(Source::Segment)
                            .unwrap_or(Source::Total),
                    };
                    workspace.update(|w| w.source = source);
                }
            >
                {options}
            </select>
        </div>
    }
}

/// Every imported segment side by side, sortable: the cheapest message is not always the
/// cheapest customer.
#[component]
pub fn SegmentTable(
    workspace: RwSignal<Workspace>,
    #[prop(into)] format: Signal<IntlFormatter>,
) -> impl IntoView {
    let sort = RwSignal::new((SortKey::Name, false));
    // Rows shown at once: a long table is hard to read and costly to re-render while sliders move.
    let limit = RwSignal::new(SEGMENT_PAGE);
    let header = move |label: &'static str, key: SortKey| {
        let aria = move || match sort.get() {
            (k, false) if k == key => "ascending",
            (k, true) if k == key => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button
                    type="button"
                    class="sort"
                    on:click=move |_| sort.update(|(k, desc)| {
                        if *k == key {
                            *desc = !*desc;
                        } else {
                            *k = key;
                            *desc = false;
                        }
                    })
                >
                    {label}
                </button>
            </th>
        }
    };
    // Only what the table shows: form edits elsewhere don’t rebuild its rows.
    let data = Memo::new(move |_| {
        workspace
            .with(|w| (w.segments.clone(), parse_form(&w.form, DecimalSep::Dot).input.other_cost, w.source))
    });
    let rows = move || {
        let f = format.get();
        let (key, descending) = sort.get();
        data.with(|(segments, other, source)| {
            segment_rows(segments, *other, key, descending)
                .into_iter()
                .take(limit.get())
                .map(|row| {
                    let index = row.index;
                    let cells = row
                        .metrics
                        .iter()
                        .map(|(id, v)| view! { <td class="num">{value_view(*v, id.unit(), &f)}</td> })
                        .collect_view();
                    view! {
                        <tr class:shown=*source == Source::Segment(index)>
                            <th scope="row">
                                <button type="button" class="link" on:click=move |_| workspace.update(|w| w.source = Source::Segment(index))>
                                    {row.name.clone()}
                                </button>
                            </th>
                            <td>{row.period.clone().unwrap_or_else(|| "—".into())}</td>
                            <td class="num">{row.spend.map(|s| f.money(s)).unwrap_or_else(|| "—".into())}</td>
                            <td class="num">{row.started.map(|c| f.count(c)).unwrap_or_else(|| "—".into())}</td>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="segments-heading" hidden=move || workspace.with(|w| w.segments.is_empty())>
            <h2 id="segments-heading">"Segments"</h2>
            <div class="table-scroll">
                <table class="data segments" id="segments">
                    <caption>"Imported segments: sort by any column; pick a name to see its ladder"</caption>
                    <thead>
                        <tr>
                            {header("Segment", SortKey::Name)}
                            <th scope="col">"Period"</th>
                            {header("Spend", SortKey::Spend)}
                            {header("Conversations", SortKey::Started)}
                            {SEGMENT_METRICS.map(|id| header(id.name(), SortKey::Metric(id))).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {move || {
                let total = data.with(|d| d.0.len());
                (total > limit.get()).then(|| view! {
                    <p class="copy-row">
                        {format!("Showing {} of {total} segments in this order.", limit.get())}
                        <button type="button" on:click=move |_| limit.update(|l| *l += SEGMENT_PAGE)>"Show 50 more"</button>
                    </p>
                })
            }}
        </section>
    }
}

/// How many segment rows are shown before "Show 50 more".
pub const SEGMENT_PAGE: usize = 50;
