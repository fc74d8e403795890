//! A model test of the whole loop: random sequences of what a user does (typing, settings,
//! currency, imports of small generated files, scenarios, the sample, Clear, Undo, links)
//! applied to the workspace through `Workspace::update` and to a small reference model.
//! After every step: the model agrees, the save reads back equal, the ladder's numbers are
//! finite, and Undo after a replacement brings back exactly what was there. At the end, two
//! tabs editing different fields both keep their edits.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use messaging_ladder::core::basics::number::DecimalSep;
use messaging_ladder::core::import::analyze::Overrides;
use messaging_ladder::core::import::read::analyze;
use messaging_ladder::core::import::session::Confirmed;
use messaging_ladder::core::ladder::fields::Field;
use messaging_ladder::core::ladder::targets::{BusinessType, Setting};
use messaging_ladder::core::ladder::Value;
use messaging_ladder::core::outbound::share;
use messaging_ladder::core::scenario::{Lever, ScenarioEvent, MAX_SCENARIOS};
use messaging_ladder::core::storage::library::Library;
use messaging_ladder::core::storage::persist::{decode, encode, MemoryStore};
use messaging_ladder::core::workspace::event::{Event, Outcome};
use messaging_ladder::core::workspace::{Source, Workspace};

/// What a user does, as generated.
#[derive(Clone, Debug)]
enum Action {
    Type(usize, String),
    TypeEarlier(usize, String),
    Currency(&'static str),
    Setting(usize, String),
    Business(usize),
    Show(u8, usize),
    /// Rows of (campaign, spend, conversations, customers).
    Import(Vec<(usize, u32, u32, Option<u32>)>),
    Sample,
    Clear,
    Undo,
    /// A link copied and opened here.
    Link,
    Scenario(ScenarioEvent),
}

/// What a user types: numbers in both grammars, blanks, words, ambiguous "1.200".
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..100_000).prop_map(|n| n.to_string()),
        (0u32..100_000, 0u32..100).prop_map(|(a, b)| format!("{a}.{b:02}")),
        Just(String::new()),
        Just("1.200".to_string()),
        Just("1.234,50".to_string()),
        Just("lots".to_string()),
        Just("-3".to_string()),
    ]
}

fn scenario_event() -> impl Strategy<Value = ScenarioEvent> {
    let index = 0usize..5;
    prop_oneof![
        3 => Just(ScenarioEvent::Add),
        1 => (index.clone(), "[a-zA-Z ]{0,12}").prop_map(|(i, n)| ScenarioEvent::Rename(i, n)),
        2 => index.clone().prop_map(ScenarioEvent::Duplicate),
        1 => index.clone().prop_map(ScenarioEvent::Delete),
        1 => index.clone().prop_map(ScenarioEvent::ResetAll),
        2 => (index.clone(), 0usize..Lever::ALL.len(), 0.0f64..5_000.0)
            .prop_map(|(i, l, v)| ScenarioEvent::SetLever(i, Lever::ALL[l], v)),
        1 => (index, 0usize..Lever::ALL.len()).prop_map(|(i, l)| ScenarioEvent::ResetLever(i, Lever::ALL[l])),
    ]
}

fn action() -> impl Strategy<Value = Action> {
    let row = (0usize..3, 0u32..2_000, 0u32..600, proptest::option::of(0u32..40));
    prop_oneof![
        4 => (0usize..Field::ALL.len(), typed()).prop_map(|(f, t)| Action::Type(f, t)),
        1 => (0usize..Field::ALL.len(), typed()).prop_map(|(f, t)| Action::TypeEarlier(f, t)),
        1 => prop_oneof![Just("USD"), Just("EUR"), Just("BRL"), Just("usd"), Just("XX")].prop_map(Action::Currency),
        1 => (0usize..Setting::ALL.len(), typed()).prop_map(|(s, t)| Action::Setting(s, t)),
        1 => (0usize..BusinessType::ALL.len()).prop_map(Action::Business),
        1 => (0u8..4, 0usize..4).prop_map(|(k, i)| Action::Show(k, i)),
        1 => proptest::collection::vec(row, 1..5).prop_map(Action::Import),
        1 => Just(Action::Sample),
        1 => Just(Action::Clear),
        1 => Just(Action::Undo),
        1 => Just(Action::Link),
        5 => scenario_event().prop_map(Action::Scenario),
    ]
}

/// The reference: what each action must leave, written the simplest way.
#[derive(Clone, Debug, PartialEq)]
struct Model {
    form: Vec<String>,
    earlier: Vec<String>,
    currency: String,
    scenarios: usize,
}

impl Model {
    fn of(w: &Workspace) -> Model {
        Model {
            form: Field::ALL.iter().map(|f| w.form.get(*f).to_string()).collect(),
            earlier: Field::ALL.iter().map(|f| w.earlier.get(*f).to_string()).collect(),
            currency: w.currency.clone(),
            scenarios: w.scenarios.len(),
        }
    }
}

const NAMES: [&str; 3] = ["Summer promo", "Retargeting", "Brand – WhatsApp"];

fn csv(rows: &[(usize, u32, u32, Option<u32>)]) -> String {
    let with_customers = rows.iter().all(|r| r.3.is_some());
    let mut text = String::from(if with_customers {
        "Campaign,Spend,Chats,Customers\n"
    } else {
        "Campaign,Spend,Chats\n"
    });
    for (name, spend, chats, customers) in rows {
        text += &format!("{},{},{}", NAMES[*name], spend, chats);
        if with_customers {
            text += &format!(",{}", customers.unwrap_or(0));
        }
        text.push('\n');
    }
    text
}

/// Carries out one action on the workspace and the model; the undo stack holds what the
/// last replacements replaced.
fn step(
    ws: &mut Workspace,
    model: &mut Model,
    undo: &mut Vec<Workspace>,
    action: Action,
) -> Result<(), TestCaseError> {
    let before = ws.clone();
    let outcome = match action {
        Action::Type(f, text) => {
            model.form[f] = text.clone();
            ws.update(Event::EditField(Field::ALL[f], text))
        }
        Action::TypeEarlier(f, text) => {
            model.earlier[f] = text.clone();
            ws.update(Event::EditEarlier(Field::ALL[f], text))
        }
        Action::Currency(code) => {
            if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
                model.currency = code.to_string();
            }
            ws.update(Event::SetCurrency(code.to_string()))
        }
        Action::Setting(s, text) => ws.update(Event::EditSetting(Setting::ALL[s], text)),
        Action::Business(b) => ws.update(Event::ChooseBusiness(BusinessType::ALL[b], DecimalSep::Dot)),
        Action::Show(kind, i) => {
            let source = match kind {
                0 => Source::Typed,
                1 => Source::Total,
                2 => Source::Segment(i),
                _ => Source::Period(i),
            };
            let exists = match source {
                Source::Segment(i) => i < ws.segments.len(),
                Source::Period(i) => i < ws.periods().len(),
                _ => true,
            };
            let out = ws.update(Event::Show(source));
            prop_assert_eq!(ws.source == source, exists || before.source == source, "Show({:?})", source);
            out
        }
        Action::Import(rows) => {
            let text = csv(&rows);
            let preview = analyze("generated.csv", &text, &Overrides::default(), DecimalSep::Dot)
                .map_err(|e| TestCaseError::fail(format!("{text}: {e:?}")))?;
            let out = ws.update(Event::ApplyImport(Confirmed {
                preview,
                overrides: Overrides::default(),
                join: None,
            }));
            prop_assert!(matches!(out, Outcome::Imported(_)), "{:?}", out);
            let distinct: std::collections::BTreeSet<usize> = rows.iter().map(|r| r.0).collect();
            prop_assert_eq!(ws.segments.len(), distinct.len(), "{}", text);
            prop_assert_eq!(ws.source, Source::Total);
            // An import may replace the example's numbers: the model takes up the form.
            *model = Model { scenarios: model.scenarios, currency: model.currency.clone(), ..Model::of(ws) };
            out
        }
        Action::Sample => {
            let out = ws.update(Event::LoadSample);
            *model = Model { currency: model.currency.clone(), ..Model::of(&Workspace::sample()) };
            out
        }
        Action::Clear => {
            let out = ws.update(Event::Clear);
            *model = Model {
                form: vec![String::new(); Field::ALL.len()],
                earlier: vec![String::new(); Field::ALL.len()],
                currency: model.currency.clone(),
                scenarios: 0,
            };
            prop_assert!(ws.segments.is_empty() && ws.source == Source::Typed);
            out
        }
        Action::Undo => match undo.pop() {
            Some(previous) => {
                ws.update(Event::Undo(previous.clone()));
                prop_assert_eq!(&*ws, &previous, "undo brings back exactly what was replaced");
                *model = Model::of(ws);
                return Ok(());
            }
            None => return Ok(()),
        },
        Action::Link => {
            let link = share::encode(ws);
            let shared = share::decode(&link).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            let out = ws.update(Event::OpenShared(shared));
            // What a link carries arrives whole.
            prop_assert_eq!(Model::of(ws), Model::of(&before));
            prop_assert_eq!(&ws.segments, &before.segments);
            prop_assert_eq!(&ws.targets, &before.targets);
            out
        }
        Action::Scenario(event) => {
            let n = model.scenarios;
            match &event {
                ScenarioEvent::Add if n < MAX_SCENARIOS => model.scenarios += 1,
                ScenarioEvent::Duplicate(i) if *i < n && n < MAX_SCENARIOS => model.scenarios += 1,
                ScenarioEvent::Delete(i) if *i < n => model.scenarios -= 1,
                _ => {}
            }
            ws.update(Event::Scenario(event))
        }
    };
    match outcome {
        Outcome::Replaced { previous, .. } => {
            prop_assert_eq!(&*previous, &before, "a replacement hands back what it replaced");
            undo.push(*previous);
        }
        Outcome::Unchanged => prop_assert_eq!(&*ws, &before, "'unchanged' changed something"),
        Outcome::Changed | Outcome::Imported(_) => {
            prop_assert_ne!(&*ws, &before, "a change that changed nothing")
        }
    }
    Ok(())
}

/// What must hold after every step.
fn check(ws: &Workspace, model: &Model) -> Result<(), TestCaseError> {
    prop_assert_eq!(&Model::of(ws), model);
    prop_assert!(ws.scenarios.len() <= MAX_SCENARIOS);
    let saved = encode(ws);
    let read = decode(&saved).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
    prop_assert_eq!(&read, ws, "the save reads back as it was");
    for sep in [DecimalSep::Dot, DecimalSep::Comma] {
        let e = ws.evaluate(sep);
        for m in &e.ladder.metrics {
            if let Value::Known(v) = m.value {
                prop_assert!(v.is_finite(), "{:?} = {}", m.id, v);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_actions_keeps_the_workspace_whole(actions in proptest::collection::vec(action(), 1..40)) {
        let mut ws = Workspace::sample();
        let mut model = Model::of(&ws);
        let mut undo = Vec::new();
        for action in actions {
            step(&mut ws, &mut model, &mut undo, action)?;
            check(&ws, &model)?;
        }
        // Two tabs on the workspace as it ended: each edits a field of its own and saves;
        // both edits survive, in storage and in what each tab shows.
        let mut store = MemoryStore::default();
        let (mut first, _) = Library::open(&mut store, 0.0);
        first.save(&mut store, &ws, 1.0);
        let (mut a, mine_a) = Library::open(&mut store, 2.0);
        let (mut b, mine_b) = Library::open(&mut store, 2.0);
        prop_assert_eq!(&mine_a, &ws);
        let mut edit_a = mine_a.clone();
        edit_a.update(Event::EditField(Field::Spend, "4321".into()));
        let mut edit_b = mine_b.clone();
        edit_b.update(Event::EditField(Field::Replies, "123".into()));
        a.save(&mut store, &edit_a, 3.0);
        let merged = b.save(&mut store, &edit_b, 4.0).unwrap_or(edit_b);
        prop_assert_eq!((merged.form.get(Field::Spend), merged.form.get(Field::Replies)), ("4321", "123"));
        let shown = a.external_change(&mut store, &edit_a).unwrap_or(edit_a);
        prop_assert_eq!(&shown, &merged);
        let (_, reopened) = Library::open(&mut store, 5.0);
        prop_assert_eq!(reopened, merged);
    }
}
