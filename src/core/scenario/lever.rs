//! The levers a scenario moves and their values: the baseline's, read from the ladder, or a
//! scenario's after its overrides, projected through the ladder's own formulas.

use serde::{Deserialize, Serialize};

use crate::core::comparison::words::series;
use crate::core::diagnosis::{stage_name, step_name};
use crate::core::ladder::fields::Field;
use crate::core::ladder::{metrics_from, Entry, Ladder, Metric, MetricId, Reason, Stage, Step};
use crate::core::message::{Arg, Id, Message};

/// The levers a scenario can move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lever {
    Spend,
    CostPerMessage,
    ReplyRate,
    QualificationRate,
    HandoffRate,
    CloseRate,
    RevenuePerCustomer,
    OtherCost,
}

impl Lever {
    pub const ALL: [Lever; 8] = [
        Lever::Spend,
        Lever::CostPerMessage,
        Lever::ReplyRate,
        Lever::QualificationRate,
        Lever::HandoffRate,
        Lever::CloseRate,
        Lever::RevenuePerCustomer,
        Lever::OtherCost,
    ];

    /// Its label beside its field, and its name starting a sentence: "Close rate".
    pub fn label(self) -> Id {
        match self {
            Lever::Spend => Id::ScnLeverSpend,
            Lever::CostPerMessage => Id::ScnLeverCostPerMessage,
            Lever::ReplyRate => Id::ScnLeverReplyRate,
            Lever::QualificationRate => Id::ScnLeverQualificationRate,
            Lever::HandoffRate => Id::ScnLeverHandoffRate,
            Lever::CloseRate => Id::ScnLeverCloseRate,
            Lever::RevenuePerCustomer => Id::ScnLeverRevenuePerCustomer,
            Lever::OtherCost => Id::ScnLeverOtherCost,
        }
    }

    /// Its name inside a sentence: "Set close rate to 34%".
    pub fn name(self) -> Id {
        match self {
            Lever::Spend => Id::ScnLeverNameSpend,
            Lever::CostPerMessage => Id::ScnLeverNameCostPerMessage,
            Lever::ReplyRate => Id::ScnLeverNameReplyRate,
            Lever::QualificationRate => Id::ScnLeverNameQualificationRate,
            Lever::HandoffRate => Id::ScnLeverNameHandoffRate,
            Lever::CloseRate => Id::ScnLeverNameCloseRate,
            Lever::RevenuePerCustomer => Id::ScnLeverNameRevenuePerCustomer,
            Lever::OtherCost => Id::ScnLeverNameOtherCost,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Lever::Spend => "spend",
            Lever::CostPerMessage => "cost-per-message",
            Lever::ReplyRate => "reply-rate",
            Lever::QualificationRate => "qualification-rate",
            Lever::HandoffRate => "handoff-rate",
            Lever::CloseRate => "close-rate",
            Lever::RevenuePerCustomer => "revenue-per-customer",
            Lever::OtherCost => "other-cost",
        }
    }

    pub fn from_id(id: &str) -> Option<Lever> {
        Lever::ALL.into_iter().find(|l| l.id() == id)
    }

    /// Rates are fractions in [0, 1]; the rest are money.
    pub fn is_rate(self) -> bool {
        self.step().is_some()
    }

    pub fn step(self) -> Option<Step> {
        match self {
            Lever::ReplyRate => Some(Step::Reply),
            Lever::QualificationRate => Some(Step::Qualification),
            Lever::HandoffRate => Some(Step::Handoff),
            Lever::CloseRate => Some(Step::Close),
            _ => None,
        }
    }
}

/// Every lever's value: the baseline's, or a scenario's after its overrides.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeverValues {
    pub spend: f64,
    pub cost_per_message: f64,
    pub rates: [f64; 4],
    pub revenue_per_customer: Option<f64>,
    pub other_cost: f64,
    /// Steps to a stage the data doesn't count: their rate is 1 and not a lever.
    pub uncounted: [bool; 4],
}

impl LeverValues {
    /// The baseline from a ladder: needs spend, conversations started and customers, and
    /// consistent counts; else what is missing, to say in place of the scenarios. A stage
    /// between them that isn't counted (a Meta export joined with a CRM has no replies) is
    /// folded: its step's rate is 1 and not a lever, and the next step's rate is counted from
    /// the stage before it, so the product of the rates, and so CAC, is the ladder's.
    pub fn from_ladder(ladder: &Ladder) -> Result<LeverValues, Message> {
        let input = &ladder.input;
        let spend = input.spend.given().ok_or_else(|| Message::of(Id::ScnNeedsSpend))?.as_f64();
        let started =
            input.started.given().filter(|s| *s > 0).ok_or_else(|| Message::of(Id::ScnNeedsStarted))?;
        let counts = Stage::ALL.map(|stage| input.count(stage.field()).given());
        let mut rates = [1.0; 4];
        let mut uncounted = [false; 4];
        // The last stage counted before the step looked at.
        let mut last = 0;
        for step in Step::ALL {
            let to = step as usize + 1;
            let Some(reached) = counts[to] else {
                if counts[to + 1..].iter().any(Option::is_some) {
                    uncounted[step as usize] = true;
                    continue;
                }
                return Err(Message::of(Id::ScnNeedsStage)
                    .with("stage", Arg::Message(Box::new(stage_name(step.to())))));
            };
            let from = counts[last].unwrap_or(0);
            if from == 0 || reached > from {
                return Err(Message::of(Id::ScnNeedsConsistent)
                    .with("step", Arg::Message(Box::new(folded_name(step_name(step), &uncounted, step))))
                    .with("reached", Arg::Count(reached))
                    .with("from", Arg::Count(from)));
            }
            rates[step as usize] = reached as f64 / from as f64;
            last = to;
        }
        let customers = input.customers.given().unwrap_or(0);
        let revenue_per_customer = match (input.revenue.given(), customers) {
            (Some(r), c) if c > 0 => Some(r.as_f64() / c as f64),
            _ => None,
        };
        let other_cost = match input.other_cost {
            Entry::Given(m) => m.as_f64(),
            _ => 0.0,
        };
        Ok(LeverValues {
            spend,
            cost_per_message: spend / started as f64,
            rates,
            revenue_per_customer,
            other_cost,
            uncounted,
        })
    }

    /// Whether the lever can move: every lever but the rate of a step to a stage not counted.
    pub fn counted(&self, lever: Lever) -> bool {
        lever.step().is_none_or(|step| !self.uncounted[step as usize])
    }

    /// The lever's label: "Qualification rate (from conversations started)" when the stages
    /// before it aren't counted.
    pub fn label(&self, lever: Lever) -> Message {
        let label = Message::of(lever.label());
        match lever.step() {
            Some(step) => folded_name(label, &self.uncounted, step),
            None => label,
        }
    }

    /// "Not counted in these numbers: replies. …": the stages folded, when any is.
    pub fn not_counted(&self) -> Option<Message> {
        let names: Vec<Message> = Step::ALL
            .into_iter()
            .filter(|s| self.uncounted[*s as usize])
            .map(|s| stage_name(s.to()))
            .collect();
        (!names.is_empty())
            .then(|| Message::of(Id::ScnNotCounted).with("stages", series(names, Id::DxListComma)))
    }

    pub fn get(&self, lever: Lever) -> Option<f64> {
        match lever {
            Lever::Spend => Some(self.spend),
            Lever::CostPerMessage => Some(self.cost_per_message),
            Lever::RevenuePerCustomer => self.revenue_per_customer,
            Lever::OtherCost => Some(self.other_cost),
            rate => Some(self.rates[rate.step().expect("rate levers have a step") as usize]),
        }
    }

    /// Sets the lever; a rate to a stage not counted stays 1 (see [`LeverValues::from_ladder`]).
    pub fn set(&mut self, lever: Lever, value: f64) {
        if !self.counted(lever) {
            return;
        }
        match lever {
            Lever::Spend => self.spend = value,
            Lever::CostPerMessage => self.cost_per_message = value,
            Lever::RevenuePerCustomer => self.revenue_per_customer = Some(value),
            Lever::OtherCost => self.other_cost = value,
            rate => self.rates[rate.step().expect("rate levers have a step") as usize] = value,
        }
    }

    /// Projected stage counts: started, replies, qualified, handoffs, customers.
    pub fn counts(&self) -> [f64; 5] {
        let started = if self.cost_per_message > 0.0 { self.spend / self.cost_per_message } else { 0.0 };
        let mut out = [started; 5];
        for i in 1..5 {
            out[i] = out[i - 1] * self.rates[i - 1];
        }
        out
    }

    /// Every ladder metric for these lever values, through the ladder's own formulas.
    pub fn metrics(&self) -> Vec<Metric> {
        let counts = self.counts();
        let revenue = self.revenue_per_customer.map(|v| v * counts[4]);
        // A stage not counted stays so: its rates are a dash, as on the ladder.
        let stage = |i: usize, field: Field| {
            if self.uncounted[i - 1] {
                Err(Reason::Missing(field))
            } else {
                Ok(counts[i])
            }
        };
        metrics_from(
            |field| match field {
                Field::Spend => Ok(self.spend),
                Field::Started => Ok(counts[0]),
                Field::Replies => stage(1, field),
                Field::Qualified => stage(2, field),
                Field::Handoffs => stage(3, field),
                Field::Customers => Ok(counts[4]),
                Field::Revenue => revenue.ok_or(Reason::Missing(Field::Revenue)),
                Field::OtherCost => Ok(self.other_cost),
                other => Err(Reason::Missing(other)),
            },
            false,
        )
    }

    pub fn metric(&self, id: MetricId) -> Option<f64> {
        if id == MetricId::CostPerMessage {
            return Some(self.cost_per_message);
        }
        self.metrics().into_iter().find(|m| m.id == id).and_then(|m| m.value.known())
    }
}

/// A step's name, or "… (from conversations started)" when the stages before it back to the
/// last one counted aren't counted.
fn folded_name(name: Message, uncounted: &[bool; 4], step: Step) -> Message {
    let mut first = step as usize;
    while first > 0 && uncounted[first - 1] {
        first -= 1;
    }
    if first == step as usize {
        return name;
    }
    Message::of(Id::CmpFactorFrom)
        .with("factor", Arg::Message(Box::new(name)))
        .with("from", Arg::Message(Box::new(stage_name(Step::ALL[first].from()))))
}
