//! What-if scenarios and goal seek for live sales calls: up to four named copies of the
//! baseline with levers on sliders and number fields kept in step, a side-by-side table with
//! the change against baseline, and "what must this lever be to reach that goal?".

use leptos::prelude::*;

use crate::core::ladder::{MetricId, Unit};
use crate::core::scenario::{goal_seek, Answer, Goal, Lever, LeverValues, Scenario, MAX_SCENARIOS};
use crate::core::text::Formatter;
use crate::core::workspace::Evaluation;

use super::format::IntlFormatter;
use super::state::WorkspaceSignals;

/// The slider's range for a lever: rates 0–100%, money up to three times the baseline.
fn slider_max(lever: Lever, base: &LeverValues) -> f64 {
    if lever.is_rate() {
        100.0
    } else {
        (base.get(lever).unwrap_or(0.0) * 3.0).max(10.0).ceil()
    }
}

/// A lever's value as shown in its field: percent for rates, plain amounts for money.
fn shown(lever: Lever, value: f64) -> String {
    if lever.is_rate() {
        format!("{:.1}", value * 100.0)
    } else {
        format!("{:.2}", value)
    }
}

fn parse_shown(lever: Lever, text: &str) -> Option<f64> {
    let v: f64 = text.trim().trim_end_matches('%').replace(',', ".").parse().ok()?;
    v.is_finite().then_some(if lever.is_rate() { v / 100.0 } else { v })
}

/// One scenario: its name, every lever on a slider and a number field, and its actions.
#[component]
fn ScenarioCard(
    signals: WorkspaceSignals,
    index: usize,
    /// This scenario's levers after its overrides (see `ScenariosPanel`).
    applied: Memo<Option<LeverValues>>,
    #[prop(into)] baseline: Signal<Option<LeverValues>>,
    #[prop(into)] format: Signal<IntlFormatter>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let scenarios = signals.scenarios;
    let name =
        Memo::new(move |_| scenarios.with(|all| all.get(index).map(|s| s.name.clone()).unwrap_or_default()));
    let name = move || name.get();
    let update = move |f: &dyn Fn(&mut Scenario)| {
        scenarios.update(|all| {
            if let Some(s) = all.get_mut(index) {
                f(s);
            }
        })
    };
    let levers = Lever::ALL
        .into_iter()
        .map(|lever| {
            let id = format!("s{index}-{}", lever.id());
            // Memos: moving one lever re-renders that lever's inputs only.
            let value = Memo::new(move |_| applied.with(|a| a.as_ref().and_then(|v| v.get(lever))));
            let overridden = Memo::new(move |_| {
                scenarios.with(|all| all.get(index).is_some_and(|s| s.get(lever).is_some()))
            });
            let value = move || value.get();
            let overridden = move || overridden.get();
            let set_from = move |text: String, from_slider: bool| {
                let v = if from_slider {
                    text.parse::<f64>().ok().map(|v| if lever.is_rate() { v / 100.0 } else { v })
                } else {
                    parse_shown(lever, &text)
                };
                if let Some(v) = v {
                    update(&|s| s.set(lever, v));
                }
            };
            let unit = move || if lever.is_rate() { "%".to_string() } else { format.get().currency.clone() };
            view! {
                <div class="lever" class:changed=overridden>
                    <label for=id.clone()>{lever.label()}</label>
                    <input
                        type="range"
                        id=format!("{id}-slider")
                        aria-label=move || format!("{} ({}) slider", lever.label(), name())
                        min="0"
                        max=move || baseline.get().map(|b| slider_max(lever, &b)).unwrap_or(100.0)
                        step=if lever.is_rate() { "0.1" } else { "any" }
                        prop:value=move || value().map(|v| if lever.is_rate() { v * 100.0 } else { v }).unwrap_or(0.0).to_string()
                        on:input=move |ev| set_from(event_target_value(&ev), true)
                        disabled=move || value().is_none()
                    />
                    <span class="lever-field">
                        <input
                            type="text"
                            inputmode="decimal"
                            id=id
                            prop:value=move || value().map(|v| shown(lever, v)).unwrap_or_default()
                            on:change=move |ev| set_from(event_target_value(&ev), false)
                            disabled=move || value().is_none()
                        />
                        <span class="unit after" aria-hidden="true">{unit}</span>
                    </span>
                    // Shown by `.lever.changed` (CSS), its room kept while hidden so the
                    // levers don't move the moment a slider is first dragged.
                    <button type="button" class="link reset-lever" on:click=move |_| update(&|s| s.reset(lever))>
                        "Reset"
                    </button>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="scenario" aria-label=move || format!("Scenario: {}", name())>
            <div class="scenario-head">
                <label class="visually-hidden" for=format!("s{index}-name")>"Scenario name"</label>
                <input
                    id=format!("s{index}-name")
                    class="scenario-name"
                    type="text"
                    maxlength="60"
                    prop:value=name
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        update(&|s| s.name = text.clone())
                    }
                />
                <button type="button" on:click=move |_| scenarios.update(|all| {
                    if all.len() < MAX_SCENARIOS {
                        if let Some(s) = all.get(index).cloned() {
                            all.push(Scenario { name: format!("{} (copy)", s.name), ..s });
                        }
                    }
                })>"Duplicate"</button>
                <button type="button" on:click=move |_| update(&|s| s.overrides.clear())>"Reset to baseline"</button>
                <button type="button" on:click=move |_| {
                    if let Some(fragment) = crate::core::share::encode_scenario(&signals.get_untracked(), index) {
                        let link = super::share::address_with(&fragment);
                        super::clipboard::copy_text(link, move |ok| copied.set(Some(ok)));
                    }
                }>"Copy link"</button>
                {super::clipboard::copy_status(
                    copied,
                    "Link to this scenario copied.",
                    "The clipboard isn’t available here: use Copy link at the top.",
                )}
                <button type="button" on:click=move |_| scenarios.update(|all| {
                    if index < all.len() {
                        all.remove(index);
                    }
                })>"Delete"</button>
            </div>
            <div class="levers">{levers}</div>
        </section>
    }
}

/// How a scenario's value compares with the baseline's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Change {
    Better,
    Worse,
    /// Equal, or nothing to compare (a value missing on either side).
    Neither,
}

/// A scenario cell's second line, always there so rows don't jump as a lever moves: the
/// change against baseline ("▲ better:" and `amount(now, before)`), "no change", or nothing
/// when a value is missing. Its parts are joined by line breaks: shown as spaces in a wide
/// table, and as lines of their own when several scenarios make the columns narrow (CSS).
fn change_line(
    value: Option<f64>,
    base: Option<f64>,
    lower_is_better: bool,
    amount: impl FnOnce(f64, f64) -> String,
) -> (String, Change) {
    match (value, base) {
        (Some(now), Some(before)) if (now - before).abs() > 1e-9 => {
            let better = if lower_is_better { now < before } else { now > before };
            let text = format!("{}\n{}", if better { "▲ better:" } else { "▼ worse:" }, amount(now, before));
            (text, if better { Change::Better } else { Change::Worse })
        }
        (Some(_), Some(_)) => ("no change".to_string(), Change::Neither),
        _ => (String::new(), Change::Neither),
    }
}

/// A difference with its sign, a true minus for a decrease: "+14", "−$11.54", "−50%".
fn signed(diff: f64, shown: impl Fn(f64) -> String) -> String {
    format!("{}{}", if diff >= 0.0 { "+" } else { "−" }, shown(diff.abs()))
}

/// A metric's change: the amount (points for rates) and, against a non-zero baseline, the
/// percentage on the next line (see [`change_line`]).
fn metric_change(id: MetricId, now: f64, before: f64, f: &IntlFormatter) -> String {
    let unit = id.unit();
    let amount = match unit {
        Unit::Percent => signed(now - before, |d| format!("{:.1} pts", d * 100.0)),
        _ => signed(now - before, |d| f.number(d, unit)),
    };
    if before != 0.0 {
        format!("{amount}\n({})", signed(now / before - 1.0, |d| format!("{:.0}%", d * 100.0)))
    } else {
        amount
    }
}

/// Baseline and scenarios side by side, with the change against baseline. Rows and cells
/// stay in the page while a slider moves; only their text changes.
#[component]
fn ComparisonTable(
    scenarios: RwSignal<Vec<Scenario>>,
    applied: [Memo<Option<LeverValues>>; MAX_SCENARIOS],
    #[prop(into)] baseline: Signal<Option<LeverValues>>,
    #[prop(into)] format: Signal<IntlFormatter>,
) -> impl IntoView {
    // Each column's metrics (None = baseline missing). The baseline and each scenario have
    // their own memo, so a lever moving in one scenario re-writes that column's cells only.
    fn project(v: &LeverValues) -> Vec<Option<f64>> {
        std::iter::once(Some(v.counts()[4])).chain(MetricId::CORE.iter().map(|id| v.metric(*id))).collect()
    }
    let base_column = Memo::new(move |_| baseline.with(|b| b.as_ref().map(project)));
    let scenario_columns: [Memo<Option<Vec<Option<f64>>>>; MAX_SCENARIOS] =
        applied.map(|levers| Memo::new(move |_| levers.with(|v| v.as_ref().map(project))));
    let names =
        Memo::new(move |_| scenarios.with(|all| all.iter().map(|s| s.name.clone()).collect::<Vec<_>>()));
    let count = Memo::new(move |_| names.with(Vec::len));
    // Row 0 is customers (a decimal count); rows 1.. are the core metrics.
    let row = move |r: usize| {
        let label = if r == 0 { "Customers" } else { MetricId::CORE[r - 1].name() };
        let text = move |col: Option<usize>| {
            let pick = |c: &Option<Vec<Option<f64>>>| c.as_ref().and_then(|v| v[r]);
            let base_value = base_column.with(pick);
            let value = match col {
                None => base_value,
                Some(i) => scenario_columns.get(i).and_then(|column| column.with(pick)),
            };
            format.with(|f| {
                let shown =
                    |v: f64| if r == 0 { f.decimal(v) } else { f.number(v, MetricId::CORE[r - 1].unit()) };
                let value_text = value.map(shown).unwrap_or_else(|| "—".into());
                let change = match col {
                    None => (String::new(), Change::Neither),
                    Some(_) if r == 0 => change_line(value, base_value, false, |now, before| {
                        signed(now - before, |d| f.decimal(d))
                    }),
                    Some(_) => {
                        let id = MetricId::CORE[r - 1];
                        change_line(value, base_value, id.lower_is_better(), |now, before| {
                            metric_change(id, now, before, f)
                        })
                    }
                };
                (value_text, change)
            })
        };
        view! {
            <tr>
                <th scope="row">{label}</th>
                <td class="num">{move || text(None).0}</td>
                <For
                    each=move || 0..count.get()
                    key=|i| *i
                    children=move |i| {
                        // A memo per cell: a lever moving re-writes only the cells it changes.
                        let cell = Memo::new(move |_| text(Some(i)));
                        view! {
                            <td class="num">
                                {move || cell.with(|(value, _)| value.clone())}
                                <span
                                    class="change"
                                    class:good=move || cell.with(|(_, (_, c))| *c == Change::Better)
                                    class:bad=move || cell.with(|(_, (_, c))| *c == Change::Worse)
                                >
                                    {move || cell.with(|(_, (text, _))| text.clone())}
                                </span>
                            </td>
                        }
                    }
                />
            </tr>
        }
    };
    view! {
        <div class="table-scroll" hidden=move || baseline.get().is_none()>
            // Fixed layout (style/main.css): columns keep their widths while numbers change, so
            // a drag re-lays out the changed cells, not every column. `--columns` (baseline and
            // scenarios) sets the table's least width; past the card's width it scrolls. With three
            // or more scenarios (`narrow`), a change's parts take lines of their own.
            <table
                class=move || {
                    if count.get() >= 3 { "data comparison narrow" } else { "data comparison" }
                }
                id="comparison"
                style=move || format!("--columns: {}", count.get() + 1)
            >
                <caption>"Baseline and scenarios side by side"</caption>
                <colgroup>
                    <col class="metric-col" />
                </colgroup>
                <thead>
                    <tr>
                        <th scope="col">"Metric"</th>
                        <th scope="col">"Baseline"</th>
                        <For each=move || 0..count.get() key=|i| *i let:i>
                            <th scope="col">{move || names.with(|n| n.get(i).cloned().unwrap_or_default())}</th>
                        </For>
                    </tr>
                </thead>
                <tbody>{(0..=MetricId::CORE.len()).map(row).collect_view()}</tbody>
            </table>
        </div>
    }
}

/// "To reach this goal, what must this lever be?", answered exactly, with one click to try it.
#[component]
fn GoalSeek(
    scenarios: RwSignal<Vec<Scenario>>,
    #[prop(into)] baseline: Signal<Option<LeverValues>>,
    #[prop(into)] format: Signal<IntlFormatter>,
) -> impl IntoView {
    let goal = RwSignal::new(Goal::Cac);
    let lever = RwSignal::new(Lever::CloseRate);
    let target = RwSignal::new(String::new());
    let answer = move || {
        let base = baseline.get()?;
        let t: f64 = target.get().trim().trim_start_matches(['$', '€', '£']).replace(',', "").parse().ok()?;
        Some((goal_seek(&base, goal.get(), t, lever.get()), base))
    };
    let text = move || {
        let f = format.get();
        let (answer, base) = answer()?;
        let l = lever.get();
        let as_text = |v: f64| if l.is_rate() { f.percent(v) } else { f.money(v) };
        let goal_text = |v: f64| match goal.get() {
            Goal::Roas => f.multiple(v),
            Goal::Customers => f.decimal(v),
            _ => f.money(v),
        };
        Some(match answer {
            Answer::Set(v) => format!(
                "Set {} to {} (now {}).",
                l.label().to_lowercase(),
                as_text(v),
                base.get(l).map(as_text).unwrap_or_else(|| "—".into())
            ),
            Answer::Unreachable { why, nearest: Some((v, g)) } => format!(
                "Not reachable: {why} The nearest: {} at {} gives {} {}.",
                l.label(),
                as_text(v),
                goal.get().label(),
                goal_text(g)
            ),
            Answer::Unreachable { why, nearest: None } => format!("Not reachable: {why}"),
            Answer::NotALever(why) => why,
        })
    };
    let apply = move |_| {
        if let Some((Answer::Set(v), _)) = answer() {
            scenarios.update(|all| {
                if all.len() < MAX_SCENARIOS {
                    let mut s = Scenario {
                        name: format!(
                            "{} {} via {}",
                            goal.get_untracked().label(),
                            target.get_untracked().trim(),
                            lever.get_untracked().label().to_lowercase()
                        ),
                        ..Scenario::default()
                    };
                    s.set(lever.get_untracked(), v);
                    all.push(s);
                }
            });
        }
    };
    view! {
        <form class="goal-seek" on:submit=|ev| ev.prevent_default()>
            <h3>"Goal seek"</h3>
            <p class="goal-question">
                <label for="goal">"To reach"</label>
                <select id="goal" on:change=move |ev| if let Some(g) = Goal::from_id(&event_target_value(&ev)) { goal.set(g) }>
                    {Goal::ALL.map(|g| view! { <option value=g.id() selected=g == Goal::Cac>{g.label()}</option> }).collect_view()}
                </select>
                <label for="goal-target">"of"</label>
                <input id="goal-target" type="text" inputmode="decimal" placeholder="150" prop:value=move || target.get() on:input=move |ev| target.set(event_target_value(&ev)) />
                <label for="goal-lever">", what must this be:"</label>
                <select id="goal-lever" on:change=move |ev| if let Some(l) = Lever::from_id(&event_target_value(&ev)) { lever.set(l) }>
                    {Lever::ALL.map(|l| view! { <option value=l.id() selected=l == Lever::CloseRate>{l.label()}</option> }).collect_view()}
                </select>
            </p>
            <p class="goal-answer" role="status">{text}</p>
            <button
                type="button"
                on:click=apply
                disabled={move || {
                    !matches!(answer(), Some((Answer::Set(_), _))) || scenarios.with(|all| all.len() >= MAX_SCENARIOS)
                }}
            >
                "Apply as a new scenario"
            </button>
        </form>
    }
}

/// The what-if section: scenarios, their comparison, and goal seek.
#[component]
pub fn ScenariosPanel(
    signals: WorkspaceSignals,
    #[prop(into)] evaluation: Signal<Evaluation>,
    #[prop(into)] format: Signal<IntlFormatter>,
) -> impl IntoView {
    let baseline_result = Memo::new(move |_| evaluation.with(|e| LeverValues::from_ladder(&e.ladder)));
    let baseline = Signal::derive(move || baseline_result.with(|r| r.as_ref().ok().copied()));
    let scenarios = signals.scenarios;
    let count = Memo::new(move |_| scenarios.with(Vec::len));
    // Each scenario's levers after its overrides, derived once for its card and its column.
    let applied: [Memo<Option<LeverValues>>; MAX_SCENARIOS] = std::array::from_fn(|i| {
        Memo::new(move |_| {
            let base = baseline.get()?;
            scenarios.with(|all| all.get(i).map(|s| s.apply(&base)))
        })
    });
    let add = move |_| {
        scenarios.update(|all| {
            if all.len() < MAX_SCENARIOS {
                let n = all.len() + 1;
                all.push(Scenario { name: format!("Scenario {n}"), ..Scenario::default() });
            }
        })
    };
    view! {
        <section class="scenarios" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">"What if"</h2>
            {move || baseline_result.with(|r| r.as_ref().err().map(|e| view! { <p class="hint">{e.clone()}</p> }))}
            <p class="hint">"Scenarios start as copies of the ladder shown above. Move a lever and every number follows."</p>
            <For each=move || 0..count.get().min(MAX_SCENARIOS) key=|i| *i let:index>
                <ScenarioCard signals index applied=applied[index] baseline format />
            </For>
            <button
                type="button"
                on:click=add
                disabled={move || count.get() >= MAX_SCENARIOS || baseline.get().is_none()}
            >
                {move || if count.get() >= MAX_SCENARIOS { "Four scenarios is the most".to_string() } else { "Add scenario".to_string() }}
            </button>
            <ComparisonTable scenarios applied baseline format />
            <GoalSeek scenarios baseline format />
        </section>
    }
}
