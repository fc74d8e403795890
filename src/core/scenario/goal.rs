//! Goal seek: the ladder is a product of rates, so "what must this lever be for that goal?"
//! has a closed-form answer; out-of-reach goals say why and what comes nearest.

use super::lever::{Lever, LeverValues};
use crate::core::diagnosis::stage_name;
use crate::core::ladder::{MetricId, Step};
use crate::core::message::{Arg, Id, Message};

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

    /// Its name, in the picker and in a sentence: "CAC".
    pub fn label(self) -> Id {
        match self {
            Goal::Cac => Id::ScnGoalCac,
            Goal::Customers => Id::ScnGoalCustomers,
            Goal::Roas => Id::ScnGoalRoas,
            Goal::CostPerQualified => Id::ScnGoalCostPerQualified,
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
    Unreachable { why: Message, nearest: Option<(f64, f64)> },
    /// This lever doesn't move this goal.
    NotALever(Message),
}

/// Solves for the lever value that makes the goal equal `target`, others unchanged.
pub fn goal_seek(base: &LeverValues, goal: Goal, target: f64, lever: Lever) -> Answer {
    let s = base.spend;
    let c = base.cost_per_message;
    let o = base.other_cost;
    let r: f64 = base.rates.iter().product();
    let named = |id: Id| Arg::Message(Box::new(Message::of(id)));
    let not_a_lever = || {
        Answer::NotALever(
            Message::of(Id::ScnNotALever)
                .with("lever", named(lever.label()))
                .with("goal", named(goal.label())),
        )
    };
    if !base.counted(lever) {
        let stage = Arg::Message(Box::new(stage_name(lever.step().expect("only rates fold").to())));
        return Answer::NotALever(Message::of(Id::ScnLeverNotCounted).with("stage", stage));
    }
    if !(target.is_finite() && target > 0.0) {
        let why = Message::of(Id::ScnChooseAboveZero).with("goal", named(goal.label()));
        return Answer::Unreachable { why, nearest: None };
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
                return Answer::NotALever(Message::of(Id::ScnCacWithoutOtherCost));
            }
            let floor = c / r;
            if target * r <= c {
                let why = Message::of(Id::ScnCacFloor).with("floor", Arg::Money(floor));
                return Answer::Unreachable { why, nearest: None };
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
        return Answer::Unreachable { why: Message::of(Id::ScnNoValue), nearest: None };
    };
    if lever.is_rate() && value > 1.0 {
        let mut at_best = *base;
        at_best.set(lever, 1.0);
        let why = Message::of(Id::ScnAboveHundred)
            .with("lever", named(lever.name()))
            .with("rate", Arg::Percent(value));
        return Answer::Unreachable { why, nearest: goal.value(&at_best).map(|g| (1.0, g)) };
    }
    if value < 0.0 {
        let mut at_zero = *base;
        at_zero.set(lever, 0.0);
        let why = Message::of(Id::ScnNegative).with("lever", named(lever.name()));
        return Answer::Unreachable { why, nearest: goal.value(&at_zero).map(|g| (0.0, g)) };
    }
    Answer::Set(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::number::DecimalSep;
    use crate::core::scenario::Scenario;
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
        let why = crate::core::message::english(&why);
        assert_eq!(why, "It would need a close rate of 255.3%, above 100%.");
        assert_eq!(rate, 1.0);
        assert!((cac - 2400.0 / 47.0).abs() < 1e-9);
        assert!(matches!(goal_seek(&base, Goal::Customers, 20.0, Lever::OtherCost), Answer::NotALever(_)));
    }

    #[test]
    fn with_replies_not_counted_qualification_counts_from_conversations_started() {
        use crate::core::ladder::fields::Field;
        use crate::core::message::english;
        // The sample without replies, as a Meta export joined with a CRM has it: $1,800 + $600,
        // 600 started, 78 qualified, 47 handed off, 14 customers.
        let mut ws = Workspace::sample();
        ws.form.set(Field::Replies, String::new());
        let ladder = ws.evaluate(DecimalSep::Dot).ladder;
        let base = LeverValues::from_ladder(&ladder).unwrap();
        // Reply folded into qualification: 1 × 78/600 = 13%, then 47/78 and 14/47 as before.
        assert_eq!(base.rates, [1.0, 0.13, 47.0 / 78.0, 14.0 / 47.0]);
        assert_eq!(base.uncounted, [true, false, false, false]);
        assert!(!base.counted(Lever::ReplyRate) && base.counted(Lever::QualificationRate));
        assert_eq!(
            english(&base.label(Lever::QualificationRate)),
            "Qualification rate (from conversations started)"
        );
        assert_eq!(english(&base.label(Lever::HandoffRate)), english(&Message::of(Id::ScnLeverHandoffRate)));
        assert_eq!(
            english(&base.not_counted().unwrap()),
            "These numbers don’t count replies: the step after is counted from the stage before, \
             and there is no lever for replies."
        );
        // CAC is the ladder's, 2,400 / 14; the reply rate stays a dash, as on the ladder.
        assert!((base.metric(MetricId::Cac).unwrap() - 2400.0 / 14.0).abs() < 1e-9);
        assert_eq!(
            (base.metric(MetricId::ReplyRate), base.metric(MetricId::QualificationRate)),
            (None, None)
        );
        // "What qualification rate for a $150 CAC?": 16 customers, 16/14 of 13% = 14.857%.
        let Answer::Set(q) = goal_seek(&base, Goal::Cac, 150.0, Lever::QualificationRate) else { panic!() };
        assert!((q - 0.13 * 16.0 / 14.0).abs() < 1e-12);
        // The reply rate is no lever: goal seek says so, and an old link's override is ignored.
        let Answer::NotALever(why) = goal_seek(&base, Goal::Cac, 150.0, Lever::ReplyRate) else { panic!() };
        assert!(english(&why).starts_with("These numbers don’t count replies"));
        let mut old = Scenario::default();
        old.set(Lever::ReplyRate, 0.5);
        assert_eq!(old.apply(&base).rates, base.rates);
        // Customers not counted can't be folded: there is nothing to end on.
        ws.form.set(Field::Customers, String::new());
        let needs = LeverValues::from_ladder(&ws.evaluate(DecimalSep::Dot).ladder).unwrap_err();
        assert_eq!(english(&needs), "Enter customers to build scenarios.");
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
