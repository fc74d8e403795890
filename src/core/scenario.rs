//! What-if scenarios and goal seek. A scenario is the baseline ladder with some levers
//! overridden (spend, cost per message, the four step rates, revenue per customer, other
//! cost); projecting it runs the same formulas as the ladder. Goal seek solves the ladder,
//! a product of rates, for one lever exactly, and says when a goal is out of reach.

use serde::{Deserialize, Serialize};

use super::fields::Field;
use super::ladder::{metrics_from, Entry, Ladder, Metric, MetricId, Reason, Step};

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

    pub fn label(self) -> &'static str {
        match self {
            Lever::Spend => "Spend",
            Lever::CostPerMessage => "Cost per message",
            Lever::ReplyRate => "Reply rate",
            Lever::QualificationRate => "Qualification rate",
            Lever::HandoffRate => "Handoff rate",
            Lever::CloseRate => "Close rate",
            Lever::RevenuePerCustomer => "Revenue per customer",
            Lever::OtherCost => "Other acquisition cost",
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
}

impl LeverValues {
    /// The baseline from a ladder: needs spend, conversations started and every step's counts.
    pub fn from_ladder(ladder: &Ladder) -> Result<LeverValues, String> {
        let input = &ladder.input;
        let spend = input.spend.given().ok_or("Enter spend to build scenarios.")?.as_f64();
        let started = input
            .started
            .given()
            .filter(|s| *s > 0)
            .ok_or("Enter conversations started to build scenarios.")?;
        let mut rates = [0.0; 4];
        for step in Step::ALL {
            let (reached, from) = ladder
                .step_counts(step)
                .ok_or_else(|| format!("Enter {} to build scenarios.", step.to().label().to_lowercase()))?;
            if from == 0 || reached > from {
                return Err(format!(
                    "The {} step needs consistent counts ({} of {}) to build scenarios.",
                    step.name(),
                    reached,
                    from
                ));
            }
            rates[step as usize] = reached as f64 / from as f64;
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
        })
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

    pub fn set(&mut self, lever: Lever, value: f64) {
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
        metrics_from(
            |field| match field {
                Field::Spend => Ok(self.spend),
                Field::Started => Ok(counts[0]),
                Field::Replies => Ok(counts[1]),
                Field::Qualified => Ok(counts[2]),
                Field::Handoffs => Ok(counts[3]),
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

/// What goal seek aims at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    Cac,
    Customers,
    Roas,
    CostPerQualified,
}

impl Goal {
    pub const ALL: [Goal; 4] = [Goal::Cac, Goal::Customers, Goal::Roas, Goal::CostPerQualified];

    pub fn label(self) -> &'static str {
        match self {
            Goal::Cac => "CAC",
            Goal::Customers => "Customers",
            Goal::Roas => "ROAS",
            Goal::CostPerQualified => "Cost per qualified conversation",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Goal::Cac => "cac",
            Goal::Customers => "customers",
            Goal::Roas => "roas",
            Goal::CostPerQualified => "cost-per-qualified",
        }
    }

    pub fn from_id(id: &str) -> Option<Goal> {
        Goal::ALL.into_iter().find(|g| g.id() == id)
    }

    /// The goal's current value for some lever values.
    pub fn value(self, v: &LeverValues) -> Option<f64> {
        match self {
            Goal::Cac => v.metric(MetricId::Cac),
            Goal::Customers => Some(v.counts()[4]),
            Goal::Roas => v.metric(MetricId::Roas),
            Goal::CostPerQualified => v.metric(MetricId::CostPerQualified),
        }
    }
}

/// Goal seek's answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Set the lever to this value.
    Set(f64),
    /// The goal can't be reached with this lever; `nearest` is the lever value that comes
    /// closest and the goal value it gives.
    Unreachable { why: String, nearest: Option<(f64, f64)> },
    /// This lever doesn't move this goal.
    NotALever(String),
}

/// Solves for the lever value that makes the goal equal `target`, others unchanged.
pub fn goal_seek(base: &LeverValues, goal: Goal, target: f64, lever: Lever) -> Answer {
    let s = base.spend;
    let c = base.cost_per_message;
    let o = base.other_cost;
    let r: f64 = base.rates.iter().product();
    let not_a_lever = || Answer::NotALever(format!("{} doesn’t change {}.", lever.label(), goal.label()));
    if !(target.is_finite() && target > 0.0) {
        return Answer::Unreachable { why: format!("Choose a {} above zero.", goal.label()), nearest: None };
    }
    // For a rate lever, the product of the other three rates.
    let others = |step: Step| -> f64 {
        base.rates.iter().enumerate().filter(|(i, _)| *i != step as usize).map(|(_, r)| *r).product()
    };
    let solved: Option<f64> = match (goal, lever) {
        (Goal::Customers, Lever::Spend) => (r > 0.0).then(|| target * c / r),
        (Goal::Customers, Lever::CostPerMessage) => Some(s * r / target),
        (Goal::Customers, l) if l.is_rate() => {
            let rest = others(l.step().expect("rate")) * s / c;
            (rest > 0.0).then(|| target / rest)
        }
        (Goal::Customers, _) => return not_a_lever(),
        (Goal::Cac, Lever::Spend) => {
            if o == 0.0 {
                return Answer::NotALever(
                    "Without other acquisition cost, CAC doesn’t depend on spend: every conversation costs the same."
                        .to_string(),
                );
            }
            let floor = c / r;
            if target * r <= c {
                return Answer::Unreachable {
                    why: format!(
                        "More spend only spreads the other cost thinner: CAC can’t go below {:.2} (cost per message ÷ all step rates) by spending.",
                        floor
                    ),
                    nearest: None,
                };
            }
            Some(o * c / (target * r - c))
        }
        (Goal::Cac, Lever::CostPerMessage) => Some(target * s * r / (s + o)),
        (Goal::Cac, Lever::OtherCost) => Some(target * s * r / c - s),
        (Goal::Cac, l) if l.is_rate() => {
            let rest = others(l.step().expect("rate"));
            (rest > 0.0).then(|| (s + o) * c / (target * s * rest))
        }
        (Goal::Cac, _) => return not_a_lever(),
        (Goal::Roas, Lever::RevenuePerCustomer) => (r > 0.0).then(|| target * c / r),
        (Goal::Roas, Lever::CostPerMessage) => base.revenue_per_customer.map(|v| v * r / target),
        (Goal::Roas, l) if l.is_rate() => {
            let v = base.revenue_per_customer;
            let rest = others(l.step().expect("rate"));
            v.filter(|v| *v > 0.0 && rest > 0.0).map(|v| target * c / (v * rest))
        }
        (Goal::Roas, _) => return not_a_lever(),
        (Goal::CostPerQualified, Lever::CostPerMessage) => Some(target * base.rates[0] * base.rates[1]),
        (Goal::CostPerQualified, Lever::ReplyRate) => {
            (base.rates[1] > 0.0).then(|| c / (target * base.rates[1]))
        }
        (Goal::CostPerQualified, Lever::QualificationRate) => {
            (base.rates[0] > 0.0).then(|| c / (target * base.rates[0]))
        }
        (Goal::CostPerQualified, _) => return not_a_lever(),
    };
    let Some(value) = solved.filter(|v| v.is_finite()) else {
        return Answer::Unreachable {
            why: "The baseline has a zero rate or no revenue, so no value of this lever gets there."
                .to_string(),
            nearest: None,
        };
    };
    if lever.is_rate() && value > 1.0 {
        let mut at_best = *base;
        at_best.set(lever, 1.0);
        return Answer::Unreachable {
            why: format!(
                "It would need a {} of {:.1}%, above 100%.",
                lever.label().to_lowercase(),
                value * 100.0
            ),
            nearest: goal.value(&at_best).map(|g| (1.0, g)),
        };
    }
    if value < 0.0 {
        let mut at_zero = *base;
        at_zero.set(lever, 0.0);
        return Answer::Unreachable {
            why: format!("It would need a negative {}.", lever.label().to_lowercase()),
            nearest: goal.value(&at_zero).map(|g| (0.0, g)),
        };
    }
    Answer::Set(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::number::DecimalSep;
    use crate::core::workspace::Workspace;

    fn sample() -> LeverValues {
        LeverValues::from_ladder(&Workspace::sample().evaluate(DecimalSep::Dot).ladder).unwrap()
    }

    #[test]
    fn the_baseline_reproduces_the_ladder() {
        let base = sample();
        let ladder = Workspace::sample().evaluate(DecimalSep::Dot).ladder;
        for id in MetricId::CORE {
            let (a, b) = (base.metric(id).unwrap(), ladder.metric(id).known().unwrap());
            assert!((a - b).abs() < 1e-9, "{id:?}: {a} vs {b}");
        }
    }

    #[test]
    fn doubling_qualification_doubles_customers_and_halves_cac() {
        let base = sample();
        let mut doubled = Scenario { name: "Double qualification".into(), ..Default::default() };
        doubled.set(Lever::QualificationRate, 0.4);
        let v = doubled.apply(&base);
        assert!((v.counts()[4] - 28.0).abs() < 1e-9); // 14 × 2
        assert!((v.metric(MetricId::Cac).unwrap() - 2400.0 / 28.0).abs() < 1e-9);
        // Rates are clamped to 100%, money to zero and above.
        doubled.set(Lever::CloseRate, 1.7);
        doubled.set(Lever::Spend, -5.0);
        assert_eq!((doubled.get(Lever::CloseRate), doubled.get(Lever::Spend)), (Some(1.0), Some(0.0)));
    }

    #[test]
    fn goal_seek_answers_the_sales_call_questions() {
        let base = sample();
        // "What close rate do we need for a $150 CAC?" (2400 / 150 = 16 customers = 47 × close)
        let Answer::Set(close) = goal_seek(&base, Goal::Cac, 150.0, Lever::CloseRate) else { panic!() };
        assert!((close - 16.0 / 47.0).abs() < 1e-12);
        // A $20 CAC would need a close rate above 100%: said, with the nearest reachable.
        let Answer::Unreachable { why, nearest: Some((rate, cac)) } =
            goal_seek(&base, Goal::Cac, 20.0, Lever::CloseRate)
        else {
            panic!()
        };
        assert!(why.starts_with("It would need a close rate of"), "{why}");
        assert_eq!(rate, 1.0);
        assert!((cac - 2400.0 / 47.0).abs() < 1e-9);
        assert!(matches!(goal_seek(&base, Goal::Customers, 20.0, Lever::OtherCost), Answer::NotALever(_)));
    }

    #[test]
    fn every_reachable_answer_round_trips_to_the_cent() {
        let base = sample();
        for goal in Goal::ALL {
            let now = goal.value(&base).unwrap();
            for target in [now * 0.8, now * 1.25] {
                for lever in Lever::ALL {
                    if let Answer::Set(v) = goal_seek(&base, goal, target, lever) {
                        let mut applied = Scenario::default();
                        applied.set(lever, v);
                        let got = goal.value(&applied.apply(&base)).unwrap();
                        assert!((got - target).abs() < 0.005, "{goal:?} via {lever:?}: {got} vs {target}");
                    }
                }
            }
        }
    }
}
