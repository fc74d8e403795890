//! Component tests in headless Chromium: each component mounted on its own with the shared
//! state (`state::Shared`) made here and provided as `Calculator` provides it, driven through
//! real DOM events, and read back from the DOM.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use messaging_ladder::core::ladder::fields::Field;
use messaging_ladder::core::ladder::targets::BusinessType;
use messaging_ladder::core::storage::persist::StorageState;
use messaging_ladder::core::workspace::Workspace;
use messaging_ladder::web::app::Calculator;
use messaging_ladder::web::components::{
    DiagnosisPanel, FieldInput, FunnelChart, MetricsTable, StorageNotice, TargetsPanel,
};
use messaging_ladder::web::state::{Shared, WorkspaceSignals};
use messaging_ladder::web::storage::BrowserStore;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let document = document();
    let section = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&section).unwrap();
    section.unchecked_into()
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn texts_of(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length()).map(|i| nodes.get(i).unwrap().text_content().unwrap_or_default()).collect()
}

/// The page's shared state for `workspace`, as `Calculator` makes it, in `en-US` (so numbers
/// are written `$1,800.00` and read with a decimal point whatever the browser's locale).
fn shared_for(workspace: Workspace) -> Shared {
    // The state's effects need the executor, as the page starts it before making its state.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    Shared::new(WorkspaceSignals::new(workspace), "en-US", Signal::stored(String::new()))
}

/// Mounts `view` into `root` with `shared` provided, as `Calculator` provides it.
fn mount_with<V: IntoView + 'static>(
    root: web_sys::HtmlElement,
    shared: Shared,
    view: impl FnOnce() -> V + 'static,
) -> impl Sized {
    mount_to(root, move || {
        provide_context(shared);
        view()
    })
}

#[wasm_bindgen_test]
async fn metrics_table_formats_values_and_explains_blanks() {
    let root = container();
    let mut ws = Workspace::sample();
    ws.form.set(Field::Customers, "0".into());
    let shared = shared_for(ws);
    let workspace = shared.workspace;
    let _mount = mount_with(root.clone(), shared, || view! { <MetricsTable /> });
    tick().await;
    assert_eq!(text_of(&root, "#metric-cost-per-message td.value"), "$3.00");
    assert_eq!(text_of(&root, "#metric-roas td.value"), "3.5×");
    assert_eq!(text_of(&root, "#metric-cac td.value"), "—no customers yet");
    assert_eq!(text_of(&root, "#metric-cost-per-message .formula-numbers"), "$1,800.00 ÷ 600 = $3.00");
    // Delivery rows show only while impressions or clicks are entered.
    assert!(!root.query_selector("#metric-cpm").unwrap().unwrap().has_attribute("hidden"));
    workspace.update(|w| {
        w.form.set(Field::Impressions, String::new());
        w.form.set(Field::LinkClicks, String::new());
    });
    tick().await;
    assert!(root.query_selector("#metric-cpm").unwrap().unwrap().has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn field_input_forwards_typing_and_shows_the_error_beside_it() {
    let root = container();
    let shared = shared_for(Workspace::sample());
    let workspace = shared.workspace;
    let _mount = mount_with(root.clone(), shared, || view! { <FieldInput field=Field::Spend /> });
    tick().await;
    let input: web_sys::HtmlInputElement =
        root.query_selector("input#spend").unwrap().unwrap().unchecked_into();
    assert_eq!(input.value(), "1800");
    assert_eq!(text_of(&root, "label[for=spend]"), "Spend");
    input.set_value("-3");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    tick().await;
    assert_eq!(workspace.with_untracked(|w| w.form.spend.clone()), "-3");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(text_of(&root, "#spend-message"), "Error: Can’t be negative. Type 0 or a positive number.");
    assert_eq!(input.get_attribute("aria-describedby").as_deref(), Some("spend-hint spend-message"));
}

#[wasm_bindgen_test]
async fn funnel_flags_a_stage_larger_than_the_one_before() {
    let root = container();
    let mut ws = Workspace::sample();
    ws.form.set(Field::Handoffs, "90".into()); // more than 78 qualified
    let _mount = mount_with(root.clone(), shared_for(ws), || view! { <FunnelChart /> });
    tick().await;
    let flagged = root.query_selector_all("g.stage.inconsistent").unwrap();
    assert_eq!(flagged.length(), 1);
    let row = flagged.get(0).unwrap().text_content().unwrap();
    assert!(row.starts_with("Sales handoffs · 90⚠ more than qualified conversations"), "{row}");
}

#[wasm_bindgen_test]
async fn diagnosis_panel_names_the_weakest_step() {
    let root = container();
    let _mount = mount_with(root.clone(), shared_for(Workspace::sample()), || view! { <DiagnosisPanel /> });
    tick().await;
    // One sentence as the anchor; the wording of the others is the core's to pin
    // (`tests/diagnosis_rules.rs` `service_business_sample_is_limited_by_qualification`).
    assert_eq!(text_of(&root, ".verdict"), "Limiting step: qualification");
    assert!(root.query_selector(".verdict.weak").unwrap().is_some(), "a limiting step is marked weak");
    assert_eq!(texts_of(&root, ".headline").len(), 1);
    assert!(!text_of(&root, ".headline").is_empty());
    // A paragraph for each line of evidence, its money written by the page's formatter.
    let evidence = texts_of(&root, ".evidence");
    assert_eq!(evidence.len(), 3, "{evidence:?}");
    assert!(evidence.iter().all(|s| !s.is_empty() && !s.contains("USD")), "{evidence:?}");
    assert!(evidence[1..].iter().all(|s| s.contains('$')), "{evidence:?}");
    assert_eq!(root.query_selector_all(".actions li").unwrap().length(), 4);
    assert_eq!(texts_of(&root, "#step-verdicts tbody tr.verdict-below th"), ["Qualification rate"]);
    // Four step rates worth the same share one row: cost per message, the rates, revenue.
    assert_eq!(root.query_selector_all("#levers tbody tr").unwrap().length(), 3);
    // The sample is said to be an example over the verdict; the summary's money is the page's.
    assert!(text_of(&root, ".example-note").starts_with("Example numbers: a made-up home-services business"));
    let summary = text_of(&root, "#summary");
    assert!(
        summary.contains("$1,800.00") && summary.contains("$3.00") && !summary.contains("USD"),
        "{summary}"
    );
}

#[wasm_bindgen_test]
async fn funnel_chart_describes_itself_for_screen_readers() {
    let root = container();
    let _mount = mount_with(root.clone(), shared_for(Workspace::sample()), || view! { <FunnelChart /> });
    tick().await;
    let svg = root.query_selector("svg").unwrap().unwrap();
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Funnel: Conversations started 600, Replies 390, Qualified conversations 78, Sales handoffs 47, Customers 14.")
    );
    assert_eq!(root.query_selector_all("rect.bar").unwrap().length(), 5);
    // Counts and shares only: the step rates are the metrics table's, shown once.
    assert!(text_of(&root, "svg").contains("Qualified conversations · 7813% of started"));
    assert!(!text_of(&root, "svg").contains("vs previous step"));
}

#[wasm_bindgen_test]
async fn storage_notice_speaks_only_when_work_is_not_saved() {
    let root = container();
    let state = RwSignal::new(StorageState::Saving);
    let _mount = mount_to(root.clone(), move || view! { <StorageNotice state /> });
    tick().await;
    assert_eq!(text_of(&root, "[role=status]"), "Saved in this browser only.");
    state.set(StorageState::Full);
    tick().await;
    assert!(text_of(&root, "[role=status]").starts_with("Browser storage is full"));
}

#[wasm_bindgen_test]
async fn calculator_with_blocked_storage_still_works() {
    let root = container();
    let _mount = mount_to(root.clone(), || view! { <Calculator store=BrowserStore::blocked() /> });
    // The page builds its panels in steps (`later::run`); here, all at once.
    messaging_ladder::web::later::flush();
    tick().await;
    assert!(text_of(&root, ".storage-status").contains("blocks storage here"));
    assert_eq!(text_of(&root, "#metric-cost-per-message td.value"), "$3.00");
    let input: web_sys::HtmlInputElement =
        root.query_selector("input#started").unwrap().unwrap().unchecked_into();
    input.set_value("900");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    tick().await;
    assert_eq!(text_of(&root, "#metric-cost-per-message td.value"), "$2.00");
}

#[wasm_bindgen_test]
async fn targets_panel_switches_presets_and_flags_bad_targets() {
    let root = container();
    let shared = shared_for(Workspace::sample());
    let workspace = shared.workspace;
    let _mount = mount_with(root.clone(), shared, || view! { <TargetsPanel /> });
    tick().await;
    let target: web_sys::HtmlInputElement =
        root.query_selector("#target-qualification").unwrap().unwrap().unchecked_into();
    assert_eq!(target.placeholder(), "40");
    let select: web_sys::HtmlSelectElement =
        root.query_selector("#business").unwrap().unwrap().unchecked_into();
    select.set_value("lead-seller");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    tick().await;
    assert_eq!(workspace.with_untracked(|w| w.targets.business), BusinessType::LeadSeller);
    assert_eq!(target.placeholder(), "50");
    assert!(text_of(&root, "#business-note").starts_with("Selling leads"));
    target.set_value("140");
    target.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    tick().await;
    assert_eq!(target.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        text_of(&root, "#target-qualification-message"),
        "Error: A target is a percentage above 0 and at most 100, such as 40."
    );
    assert!(text_of(&root, "#business-note").ends_with("Targets edited from the preset."));
}

#[wasm_bindgen_test]
async fn a_scenario_edit_wakes_only_the_scenarios() {
    use messaging_ladder::core::scenario::{Lever, Scenario};

    let mut whole = Workspace::sample();
    whole.scenarios.push(Scenario { name: "What if".into(), ..Scenario::default() });
    let signals = WorkspaceSignals::new(whole.clone());
    assert!(signals.rest.with_untracked(|w| w.scenarios.is_empty()));
    assert_eq!(signals.get_untracked(), whole);

    let rest_runs = StoredValue::new(0);
    let any_runs = StoredValue::new(0);
    let _rest = Effect::new(move |_| {
        signals.rest.track();
        rest_runs.update_value(|n| *n += 1);
    });
    let _any = Effect::new(move |_| {
        signals.track();
        any_runs.update_value(|n| *n += 1);
    });
    tick().await;
    let (rest_before, any_before) = (rest_runs.get_value(), any_runs.get_value());

    // The path the page takes: a scenario event sent through the one update path.
    use messaging_ladder::core::scenario::ScenarioEvent;
    use messaging_ladder::core::workspace::event::{Event, Outcome};
    let outcome = signals.send(Event::Scenario(ScenarioEvent::SetLever(0, Lever::QualificationRate, 0.5)));
    assert_eq!(outcome, Outcome::Changed);
    tick().await;
    assert_eq!(rest_runs.get_value(), rest_before, "the ladder side re-ran for a scenario edit");
    assert_eq!(any_runs.get_value(), any_before + 1, "saving did not see the scenario edit");
    assert_eq!(signals.get_untracked().scenarios[0].get(Lever::QualificationRate), Some(0.5));
    // The same value again changes nothing and wakes nothing.
    let again = signals.send(Event::Scenario(ScenarioEvent::SetLever(0, Lever::QualificationRate, 0.5)));
    assert_eq!(again, Outcome::Unchanged);
    tick().await;
    assert_eq!(any_runs.get_value(), any_before + 1, "an unchanged scenario woke the page");

    let mut other = Workspace::sample();
    other.currency = "EUR".into();
    signals.replace(other.clone());
    tick().await;
    assert_eq!(signals.get_untracked(), other);
    assert!(signals.scenarios.with_untracked(Vec::is_empty));
    assert_eq!(rest_runs.get_value(), rest_before + 1);
}
