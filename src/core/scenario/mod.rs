//! What-if scenarios and goal seek. A scenario is the baseline ladder with some levers
//! overridden (spend, cost per message, the four step rates, revenue per customer, other
//! cost); projecting it runs the same formulas as the ladder. Goal seek solves the ladder,
//! a product of rates, for one lever exactly, and says when a goal is out of reach.

use serde::{Deserialize, Serialize};

use crate::core::message::{plain, Arg, Id, Message};

mod baseline;
pub mod compare;
mod goal;
mod lever;
pub mod typed;

pub use baseline::baseline;
pub use goal::{goal_seek, Answer, Goal};
pub use lever::{Lever, LeverValues};

/// A named copy of the baseline with some levers overridden.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    pub name: String,
    /// Overridden levers; the rest follow the baseline.
    pub overrides: Vec<(Lever, f64)>,
}

/// At most this many scenarios sit beside the baseline.
pub const MAX_SCENARIOS: usize = 4;

impl Scenario {
    pub fn get(&self, lever: Lever) -> Option<f64> {
        self.overrides.iter().find(|(l, _)| *l == lever).map(|(_, v)| *v)
    }

    /// Sets a lever, clamped to what it can be (rates within 0–100%, money not negative).
    pub fn set(&mut self, lever: Lever, value: f64) {
        let value = if !value.is_finite() {
            0.0
        } else if lever.is_rate() {
            value.clamp(0.0, 1.0)
        } else {
            value.clamp(0.0, 1e12)
        };
        match self.overrides.iter_mut().find(|(l, _)| *l == lever) {
            Some(slot) => slot.1 = value,
            None => self.overrides.push((lever, value)),
        }
    }

    pub fn reset(&mut self, lever: Lever) {
        self.overrides.retain(|(l, _)| *l != lever);
    }

    /// The baseline with this scenario's overrides applied.
    pub fn apply(&self, baseline: &LeverValues) -> LeverValues {
        let mut values = *baseline;
        for (lever, value) in &self.overrides {
            values.set(*lever, *value);
        }
        values
    }
}

/// The longest scenario name kept.
pub const MAX_NAME_CHARS: usize = 60;

/// Something done to the scenarios.
#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioEvent {
    /// A new scenario, "Scenario N", equal to the baseline.
    Add,
    /// A new scenario with one lever set, named by its caller (goal seek's answer).
    AddWith {
        name: String,
        lever: Lever,
        value: f64,
    },
    Rename(usize, String),
    /// A whole scenario made elsewhere (a budget move), added as it is.
    Insert(Scenario),
    /// A copy of scenario `i`, "… (copy)".
    Duplicate(usize),
    Delete(usize),
    /// Every lever of scenario `i` back to the baseline.
    ResetAll(usize),
    SetLever(usize, Lever, f64),
    ResetLever(usize, Lever),
}

/// Whether another scenario fits beside the baseline: the one place the limit is checked.
pub fn can_add(scenarios: &[Scenario]) -> bool {
    scenarios.len() < MAX_SCENARIOS
}

/// Carries out `event` on the list; an event naming a scenario that isn't there, or adding
/// past the limit, changes nothing. Returns whether anything changed.
pub fn update(scenarios: &mut Vec<Scenario>, event: ScenarioEvent) -> bool {
    // Each arm says whether it changed anything, so a slider drag (the hot path) copies nothing.
    let name = |text: String| text.chars().take(MAX_NAME_CHARS).collect::<String>();
    match event {
        ScenarioEvent::Add if can_add(scenarios) => {
            let number = Arg::Count(scenarios.len() as u64 + 1);
            let name = plain(&Message::of(Id::ScnDefaultName).with("number", number));
            scenarios.push(Scenario { name, ..Scenario::default() });
            true
        }
        ScenarioEvent::AddWith { name: text, lever, value } if can_add(scenarios) => {
            let mut s = Scenario { name: name(text), ..Scenario::default() };
            s.set(lever, value);
            scenarios.push(s);
            true
        }
        ScenarioEvent::Duplicate(i) if can_add(scenarios) && i < scenarios.len() => {
            let s = scenarios[i].clone();
            let copy = Message::of(Id::ScnCopyName).with("name", Arg::Text(s.name.clone()));
            scenarios.push(Scenario { name: name(plain(&copy)), ..s });
            true
        }
        ScenarioEvent::Insert(mut s) if can_add(scenarios) => {
            s.name = name(s.name);
            scenarios.push(s);
            true
        }
        ScenarioEvent::Add
        | ScenarioEvent::AddWith { .. }
        | ScenarioEvent::Insert(_)
        | ScenarioEvent::Duplicate(_) => false,
        ScenarioEvent::Delete(i) if i < scenarios.len() => {
            scenarios.remove(i);
            true
        }
        ScenarioEvent::Delete(_) => false,
        ScenarioEvent::Rename(i, text) => scenarios.get_mut(i).is_some_and(|s| {
            let next = name(text);
            let changed = s.name != next;
            s.name = next;
            changed
        }),
        ScenarioEvent::ResetAll(i) => scenarios.get_mut(i).is_some_and(|s| {
            let changed = !s.overrides.is_empty();
            s.overrides.clear();
            changed
        }),
        ScenarioEvent::SetLever(i, lever, value) => scenarios.get_mut(i).is_some_and(|s| {
            let before = s.get(lever);
            s.set(lever, value);
            s.get(lever) != before
        }),
        ScenarioEvent::ResetLever(i, lever) => scenarios.get_mut(i).is_some_and(|s| {
            let changed = s.get(lever).is_some();
            s.reset(lever);
            changed
        }),
    }
}
