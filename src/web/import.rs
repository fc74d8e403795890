//! The import panel: paste cells or drop/pick a file, see what it looks like and how each
//! column is read, correct roles, separators and statuses, then apply. Until "Apply" the
//! workspace is untouched, so a failed or cancelled import changes nothing.

use leptos::prelude::*;

use wasm_bindgen_futures::JsFuture;

use crate::core::import::analyze::{analyze_bytes, ImportError, Overrides, Preview, Shape};
use crate::core::import::columns::{normalize, Role};
use crate::core::import::join::join;
use crate::core::ladder::Stage;
use crate::core::number::DecimalSep;
use crate::core::text::Formatter;
use crate::core::workspace::Workspace;

use super::format::IntlFormatter;

/// Reads a picked or dropped file's bytes.
fn read_file(
    file: web_sys::File,
    pending: RwSignal<Option<(String, Vec<u8>)>>,
    error: RwSignal<Option<String>>,
) {
    let name = file.name();
    let promise = file.array_buffer();
    leptos::task::spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(buffer) => pending.set(Some((name, js_sys::Uint8Array::new(&buffer).to_vec()))),
            Err(_) => {
                error.set(Some(format!("{name}: the browser could not read this file. Try saving it again.")))
            }
        }
    });
}

/// Paste or upload, preview, adjust, apply.
#[component]
pub fn ImportPanel(
    workspace: RwSignal<Workspace>,
    #[prop(into)] format: Signal<IntlFormatter>,
    sep: DecimalSep,
) -> impl IntoView {
    let paste = RwSignal::new(String::new());
    let pending = RwSignal::new(None::<(String, Vec<u8>)>);
    let overrides = RwSignal::new(Overrides::default());
    let read_error = RwSignal::new(None::<String>);
    let applied = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    // Join an outcome log onto imported ad data (true) or replace what is imported (false).
    let join_mode = RwSignal::new(true);
    let memory_checked = RwSignal::new(false);
    let used_memory = RwSignal::new(false);
    let preview: Memo<Option<Result<Preview, ImportError>>> = Memo::new(move |_| {
        pending
            .with(|p| p.as_ref().map(|(name, bytes)| overrides.with(|o| analyze_bytes(name, bytes, o, sep))))
    });
    // A layout seen before gets the corrections the user made last time.
    Effect::new(move |_| {
        if memory_checked.get() {
            return;
        }
        if let Some(Ok(p)) = preview.get() {
            memory_checked.set(true);
            if let Some(remembered) = workspace.with_untracked(|w| w.remembered(&p)) {
                overrides.set(remembered);
                used_memory.set(true);
            }
        }
    });
    let reset = move || {
        overrides.set(Overrides::default());
        memory_checked.set(false);
        used_memory.set(false);
        join_mode.set(true);
    };
    let start = move |name: String, bytes: Vec<u8>| {
        reset();
        read_error.set(None);
        applied.set(None);
        pending.set(Some((name, bytes)));
    };
    let read_paste = move |_| start("Pasted cells".to_string(), paste.get_untracked().into_bytes());
    let pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            reset();
            applied.set(None);
            read_file(file, pending, read_error);
        }
        input.set_value("");
    };
    let drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            reset();
            applied.set(None);
            read_file(file, pending, read_error);
        }
    };
    let cancel = move |_| {
        pending.set(None);
        overrides.set(Overrides::default());
    };
    let apply = move |_| {
        if let Some(Ok(p)) = preview.get_untracked() {
            let joining = join_mode.get_untracked() && workspace.with_untracked(|w| w.can_join(&p));
            let message = workspace.try_update(|w| {
                w.remember(&p, &overrides.get_untracked());
                if joining {
                    let j = w.apply_join(&p);
                    format!(
                        "Joined {} onto the ad data: {} matched by name. The ladder now shows the total.",
                        p.source,
                        p.segments.len() - j.unmatched_outcomes.len()
                    )
                } else {
                    w.apply_import(&p);
                    format!(
                        "Imported {} segment{} from {}. The ladder now shows their total.",
                        p.segments.len(),
                        if p.segments.len() == 1 { "" } else { "s" },
                        p.source
                    )
                }
            });
            applied.set(message);
            pending.set(None);
        }
    };

    let preview_view = move || {
        let f = format.get();
        match preview.get() {
            None => ().into_any(),
            Some(Err(e)) => view! {
                <div class="import-error" role="alert">
                    <p><strong>"Can’t import: "</strong>{e.0}</p>
                    <p>"Nothing was changed."</p>
                    <button type="button" on:click=cancel>"Dismiss"</button>
                </div>
            }
            .into_any(),
            Some(Ok(p)) => {
                let join_view =
                    workspace.with(|w| w.can_join(&p)).then(|| join_choice(workspace, &p, join_mode));
                view! {
                    {move || used_memory.get().then(|| view! {
                        <p class="import-done" role="status">"Using the column choices you made last time for files with these columns."</p>
                    })}
                    {join_view}
                    {preview_body(p, f, overrides, apply, cancel)}
                }
                .into_any()
            }
        }
    };

    view! {
        <div
            class="import"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=drop
        >
            <div class="field">
                <label for="paste">"Paste cells from a spreadsheet"</label>
                <textarea
                    id="paste"
                    rows="3"
                    spellcheck="false"
                    aria-describedby="paste-hint"
                    prop:value=move || paste.get()
                    on:input=move |ev| paste.set(event_target_value(&ev))
                ></textarea>
                <p class="hint" id="paste-hint">
                    "With or without a header row. A single row or column of numbers is read in ladder order: spend, conversations, replies, qualified, handoffs, customers, revenue."
                </p>
                <button type="button" on:click=read_paste disabled=move || paste.with(|t| t.trim().is_empty())>
                    "Preview pasted cells"
                </button>
            </div>
            <div class="field">
                <label for="file">"Or upload an export (CSV or TSV)"</label>
                <input id="file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" on:change=pick />
                <p class="hint">"Meta Ads Manager, HubSpot or Pipedrive exports, or a conversation log. You can also drop a file here. It is read in this browser only."</p>
            </div>
            {move || read_error.get().map(|e| view! { <p class="import-error" role="alert">{e}</p> })}
            {move || applied.get().map(|m| view! { <p class="import-done" role="status">{m}</p> })}
            {preview_view}
        </div>
    }
}

/// For an outcome log arriving after ad data: join by name, or replace.
fn join_choice(workspace: RwSignal<Workspace>, p: &Preview, join_mode: RwSignal<bool>) -> impl IntoView {
    let j = workspace.with_untracked(|w| join(&w.segments, &p.segments));
    let matched = p.segments.len() - j.unmatched_outcomes.len();
    let list = |names: &[String]| names.iter().map(|n| format!("“{n}”")).collect::<Vec<_>>().join(", ");
    view! {
        <fieldset class="join">
            <legend>"This is an outcome log, and ad data is already imported"</legend>
            <label>
                <input type="radio" name="join-mode" prop:checked=move || join_mode.get() on:change=move |_| join_mode.set(true) />
                " Join it onto the ad data by campaign name: spend and conversations from the ads, outcomes from this file"
            </label>
            <label>
                <input type="radio" name="join-mode" prop:checked=move || !join_mode.get() on:change=move |_| join_mode.set(false) />
                " Replace the imported data with this file"
            </label>
            <p class="hint">{format!("{matched} of {} names match the ad data.", p.segments.len())}</p>
            {(!j.unmatched_ads.is_empty()).then(|| view! { <p class="hint">{format!("No outcomes for: {}.", list(&j.unmatched_ads))}</p> })}
            {(!j.unmatched_outcomes.is_empty()).then(|| view! { <p class="hint">{format!("No ad data for: {} (kept as their own segments; fix the names to join them).", list(&j.unmatched_outcomes))}</p> })}
            {(!j.more_logged_than_started.is_empty()).then(|| view! { <p class="hint">{format!("More logged conversations than the ads started for: {}. Check the attribution window.", list(&j.more_logged_than_started))}</p> })}
        </fieldset>
    }
}

fn preview_body(
    p: Preview,
    f: IntlFormatter,
    overrides: RwSignal<Overrides>,
    apply: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
    cancel: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
) -> impl IntoView {
    let facts = [
        Some(p.source.clone()),
        p.encoding.map(|e| format!("read as {}", e.label())),
        Some(format!("{}-separated", p.delimiter)),
        Some(format!("{} data row{}", p.rows, if p.rows == 1 { "" } else { "s" })),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let columns = p
        .columns
        .iter()
        .map(|c| {
            let index = c.index;
            let role = c.role;
            let numeric = role.is_numeric();
            let sep_value = match c.decimal.sep {
                DecimalSep::Dot => "dot",
                DecimalSep::Comma => "comma",
            };
            view! {
                <li class="column">
                    <p class="column-name">{c.header.clone()}</p>
                    <label for=format!("role-{index}")>
                        <span class="visually-hidden">{format!("Role of column {}", c.header)}</span>
                        <span aria-hidden="true">"Role"</span>
                    </label>
                    <select
                        id=format!("role-{index}")
                        prop:value=role.id()
                        on:change=move |ev| {
                            if let Some(r) = Role::from_id(&event_target_value(&ev)) {
                                overrides.update(|o| {
                                    o.roles.insert(index, r);
                                });
                            }
                        }
                    >
                        {Role::ALL.map(|r| view! { <option value=r.id() selected=r == role>{r.label()}</option> }).collect_view()}
                    </select>
                    {numeric.then(|| view! {
                        <label for=format!("decimal-{index}")>
                            <span class="visually-hidden">{format!("Decimal separator of column {}", c.header)}</span>
                            <span aria-hidden="true">"Numbers"</span>
                        </label>
                        <select
                            id=format!("decimal-{index}")
                            prop:value=sep_value
                            on:change=move |ev| {
                                let sep = if event_target_value(&ev) == "comma" { DecimalSep::Comma } else { DecimalSep::Dot };
                                overrides.update(|o| {
                                    o.decimals.insert(index, sep);
                                });
                            }
                        >
                            <option value="dot" selected=sep_value == "dot">"Decimal point (1,234.5)"</option>
                            <option value="comma" selected=sep_value == "comma">"Decimal comma (1.234,5)"</option>
                        </select>
                        <p class="hint">{format!("Decided: {}", c.decimal.reason)}</p>
                    })}
                    <p class="samples">{format!("First values: {}", c.samples.join(" · "))}</p>
                </li>
            }
        })
        .collect_view();
    let statuses = (p.shape == Shape::OutcomeLog).then(|| {
        let rows = p
            .statuses
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let key = normalize(&s.status);
                let current = s.stage.id();
                view! {
                    <tr class:unknown=!s.known>
                        <th scope="row">{s.status.clone()}</th>
                        <td>{s.rows}</td>
                        <td>
                            <label class="visually-hidden" for=format!("status-{i}")>{format!("Stage reached by “{}”", s.status)}</label>
                            <select
                                id=format!("status-{i}")
                                prop:value=current
                                on:change=move |ev| {
                                    if let Some(stage) = Stage::from_id(&event_target_value(&ev)) {
                                        let key = key.clone();
                                        overrides.update(|o| {
                                            o.statuses.insert(key, stage);
                                        });
                                    }
                                }
                            >
                                {Stage::ALL.map(|st| view! { <option value=st.id() selected=st.id() == current>{st.label()}</option> }).collect_view()}
                            </select>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="data statuses">
                <caption>"Statuses: each row counts at the stage it reached and every stage before"</caption>
                <thead><tr><th scope="col">"Status"</th><th scope="col">"Rows"</th><th scope="col">"Counts up to"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    let money =
        |m: Option<crate::core::money::Money>| m.map(|m| f.money(m.as_f64())).unwrap_or_else(|| "—".into());
    let count = |c: Option<u64>| c.map(|c| f.count(c)).unwrap_or_else(|| "—".into());
    let segment_rows = p
        .segments
        .iter()
        .take(12)
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{s.name.clone()}</th>
                    <td class="num">{money(s.spend)}</td>
                    <td class="num">{count(s.started)}</td>
                    <td class="num">{count(s.customers)}</td>
                    <td class="num">{money(s.revenue)}</td>
                </tr>
            }
        })
        .collect_view();
    let more = p.segments.len().saturating_sub(12);
    view! {
        <section class="import-preview" aria-labelledby="preview-heading">
            <h3 id="preview-heading">"Preview: nothing is changed until you apply"</h3>
            <p class="looks-like"><strong>"Looks like: "</strong>{p.looks_like.clone()}</p>
            <p class="hint">{facts}</p>
            {(!p.notes.is_empty()).then(|| view! { <ul class="notes">{p.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul> })}
            <h4 id="columns-heading">"Columns: how each is read (change any role or separator)"</h4>
            <ul class="column-list" aria-labelledby="columns-heading">{columns}</ul>
            {statuses}
            <div class="table-scroll">
                <table class="data segments-preview">
                    <caption>{format!("Segments to import: {}", p.segments.len())}</caption>
                    <thead><tr><th scope="col">"Segment"</th><th scope="col">"Spend"</th><th scope="col">"Chats"</th><th scope="col">"Customers"</th><th scope="col">"Revenue"</th></tr></thead>
                    <tbody>{segment_rows}</tbody>
                </table>
            </div>
            {(more > 0).then(|| view! { <p class="hint">{format!("…and {more} more.")}</p> })}
            <p class="copy-row">
                <button type="button" class="primary" on:click=apply>"Apply import"</button>
                <button type="button" on:click=cancel>"Cancel"</button>
            </p>
        </section>
    }
}
