//! The import panel: paste cells or drop/pick a file, see what it looks like and how each
//! column is read, correct roles, separators and statuses, then apply. Until "Apply" the
//! workspace is untouched, so a failed or cancelled import changes nothing.

use leptos::prelude::*;

use wasm_bindgen_futures::JsFuture;

use crate::core::import::analyze::{analyze_bytes, ImportError, Overrides, Preview, SavedMapping, Shape};
use crate::core::import::columns::{normalize, Role};
use crate::core::import::join::join;
use crate::core::ladder::Stage;
use crate::core::number::DecimalSep;
use crate::core::text::Formatter;
use crate::core::workspace::Workspace;

use super::format::IntlFormatter;
use super::import_worker::{self, Job, JobEvent};

/// What is being imported: pasted text, or the picked file (kept in `file`).
#[derive(Clone, Debug, PartialEq)]
enum Input {
    Paste(String),
    File,
}

/// How a file was read, for the preview and the benchmark.
#[derive(Clone, Copy, Debug, PartialEq)]
struct ReadStats {
    bytes: f64,
    ms: f64,
    worker_ms: f64,
    parse_ms: f64,
    memory: f64,
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Reads a file on the main thread: the fallback when no worker can run.
fn read_on_main_thread(
    file: web_sys::File,
    overrides: Overrides,
    sep: DecimalSep,
    preview: RwSignal<Option<Result<Preview, ImportError>>>,
) {
    let name = file.name();
    let promise = file.array_buffer();
    leptos::task::spawn_local(async move {
        let result = match JsFuture::from(promise).await {
            Ok(buffer) => analyze_bytes(&name, &js_sys::Uint8Array::new(&buffer).to_vec(), &overrides, sep),
            Err(_) => Err(ImportError(format!(
                "{name}: the browser could not read this file. Try saving it again."
            ))),
        };
        preview.set(Some(result));
    });
}

fn megabytes(bytes: f64) -> String {
    format!("{:.1} MB", bytes / 1_000_000.0)
}

/// Paste or upload, preview, adjust, apply.
#[component]
pub fn ImportPanel(
    workspace: RwSignal<Workspace>,
    #[prop(into)] format: Signal<IntlFormatter>,
    sep: DecimalSep,
) -> impl IntoView {
    let paste = RwSignal::new(String::new());
    let input = RwSignal::new(None::<Input>);
    let file = StoredValue::new_local(None::<web_sys::File>);
    let job = StoredValue::new_local(None::<Job>);
    // Which read is current, so a finished read never stops the one that replaced it.
    let generation = StoredValue::new(0u64);
    let preview = RwSignal::new(None::<Result<Preview, ImportError>>);
    let progress = RwSignal::new(None::<(f64, f64, f64)>);
    let stats = RwSignal::new(None::<ReadStats>);
    let overrides = RwSignal::new(Overrides::default());
    let applied = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    // Join an outcome log onto imported ad data (true) or replace what is imported (false).
    let join_mode = RwSignal::new(true);
    let memory_checked = RwSignal::new(false);
    let used_memory = RwSignal::new(false);

    // A file goes to the import worker; its progress and result come back as events.
    let read_file = move |o: Overrides| {
        let Some(f) = file.get_value() else { return };
        job.set_value(None);
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        let total = f.size();
        progress.set(Some((0.0, total, 0.0)));
        let started = now();
        let fallback_file = f.clone();
        let fallback_overrides = o.clone();
        let running =
            import_worker::start(f, &SavedMapping::from_overrides(&o), sep, move |event| match event {
                // A read that was cancelled or replaced has nothing more to say.
                _ if generation.get_value() != mine => {}
                JobEvent::Progress { bytes, rows } => progress.set(Some((bytes, total, rows))),
                JobEvent::Done { result, worker_ms, parse_ms, memory } => {
                    progress.set(None);
                    stats.set(Some(ReadStats {
                        bytes: total,
                        ms: now() - started,
                        worker_ms,
                        parse_ms,
                        memory,
                    }));
                    preview.set(Some(result));
                    // The worker is done: once this message has been handled it waits as the
                    // spare for the next file (or another is started).
                    set_timeout(
                        move || {
                            if generation.get_value() == mine {
                                if let Some(done) = job.try_update_value(Option::take).flatten() {
                                    done.release();
                                }
                            }
                            import_worker::prewarm();
                        },
                        std::time::Duration::ZERO,
                    );
                }
                JobEvent::Unavailable => {
                    progress.set(None);
                    read_on_main_thread(fallback_file.clone(), fallback_overrides.clone(), sep, preview);
                }
            });
        match running {
            Some(running) => job.set_value(Some(running)),
            None => {
                if let Some(f) = file.get_value() {
                    progress.set(None);
                    read_on_main_thread(f, o, sep, preview);
                }
            }
        }
    };
    // Whatever is being imported is read again whenever a correction changes.
    Effect::new(move |_| {
        let o = overrides.get();
        match input.get() {
            None => {}
            Some(Input::Paste(text)) => {
                preview.set(Some(analyze_bytes("Pasted cells", text.as_bytes(), &o, sep)))
            }
            Some(Input::File) => read_file(o),
        }
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
    let clear = move || {
        generation.update_value(|g| *g += 1);
        job.set_value(None);
        file.set_value(None);
        input.set(None);
        preview.set(None);
        progress.set(None);
        stats.set(None);
    };
    let start = move |what: Input| {
        clear();
        overrides.set(Overrides::default());
        memory_checked.set(false);
        used_memory.set(false);
        join_mode.set(true);
        applied.set(None);
        input.set(Some(what));
    };
    let read_paste = move |_| start(Input::Paste(paste.get_untracked()));
    let take_file = move |f: web_sys::File| {
        start(Input::File);
        file.set_value(Some(f));
    };
    let pick = move |ev: leptos::ev::Event| {
        let element: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(f) = element.files().and_then(|f| f.get(0)) {
            take_file(f);
        }
        element.set_value("");
    };
    let drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(f) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            take_file(f);
        }
    };
    let cancel = move |_| {
        clear();
        overrides.set(Overrides::default());
    };
    let cancel_read = move |_| {
        clear();
        applied.set(Some("Import cancelled. Nothing was changed.".to_string()));
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
            clear();
        }
    };
    let progress_view = move || {
        let f = format.get();
        progress.get().map(|(bytes, total, rows)| {
            view! {
                <div class="import-progress">
                    <p id="progress-label">"Reading the file in the background…"</p>
                    <progress aria-labelledby="progress-label" max=total value=bytes></progress>
                    <p class="hint">{format!("{} of {} · {} rows", megabytes(bytes), megabytes(total), f.count(rows as u64))}</p>
                    <button type="button" on:click=cancel_read>"Cancel import"</button>
                </div>
            }
        })
    };

    let preview_view = move || {
        let f = format.get();
        if progress.with(Option::is_some) {
            return ().into_any();
        }
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
                    {preview_body(p, f, stats.get_untracked(), overrides, apply, cancel)}
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
            on:dragenter=move |_| import_worker::prewarm()
            on:pointerover=move |_| import_worker::prewarm()
            on:focusin=move |_| import_worker::prewarm()
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
            {progress_view}
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
    stats: Option<ReadStats>,
    overrides: RwSignal<Overrides>,
    apply: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
    cancel: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
) -> impl IntoView {
    let facts = [
        Some(p.source.clone()),
        p.encoding.map(|e| format!("read as {}", e.label())),
        Some(format!("{}-separated", p.delimiter)),
        Some(format!("{} data row{}", f.count(p.rows as u64), if p.rows == 1 { "" } else { "s" })),
        stats.filter(|s| s.ms > 0.0).map(|s| {
            format!("read in {:.2} s ({:.0} MB/s)", s.ms / 1000.0, s.bytes / 1_000_000.0 / (s.ms / 1000.0))
        }),
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
                        <td class="num">{f.count(s.rows as u64)}</td>
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
            <div class="table-scroll">
                <table class="data statuses">
                    <caption>"Statuses: each row counts at the stage it reached and every stage before"</caption>
                    <thead><tr><th scope="col">"Status"</th><th scope="col">"Rows"</th><th scope="col">"Counts up to"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
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
            <p
                class="hint read-facts"
                data-bytes=stats.map(|s| s.bytes)
                data-ms=stats.map(|s| s.ms)
                data-worker-ms=stats.map(|s| s.worker_ms)
                data-parse-ms=stats.map(|s| s.parse_ms)
                data-wasm-memory=stats.map(|s| s.memory)
            >
                {facts}
            </p>
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
