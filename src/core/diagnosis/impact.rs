//! What a change is worth: a step reaching its target, and the 10% lever ranking, through
//! the ladder's own metric formulas.

use super::levers::rate_lever;
use super::names::msg;
use super::{Effect, Lift, LEVER_STEP};
use crate::core::ladder::fields::Field;
use crate::core::ladder::targets::Noun;
use crate::core::ladder::{metrics_from, Ladder, MetricId, Reason, Step};
use crate::core::message::{Id, Message};

/// The four step rates, when every count is known and consistent; a stage not counted though
/// a later one is folded: its step's rate is 1 and the next is counted from the stage before
/// ([`Ladder::folded_counts`]), so their product is the ladder's.
pub(super) fn rates(ladder: &Ladder) -> Option<[f64; 4]> {
    let mut out = [1.0; 4];
    for step in Step::ALL {
        if ladder.folded_away(step) {
            continue;
        }
        let (reached, from, _) = ladder.folded_counts(step)?;
        if reached > from || from == 0 {
            return None;
        }
        out[step as usize] = reached as f64 / from as f64;
    }
    Some(out)
}

/// Builds an [`Effect`] from the customers after a change and the revenue multiplier: the
/// ladder's own formulas on its inputs with customers (and revenue, at today's revenue per
/// customer times the factor) replaced.
pub(super) fn effect(
    ladder: &Ladder,
    customers_after: f64,
    revenue_per_customer_factor: f64,
) -> Option<Effect> {
    let customers = ladder.input.customers.given()? as f64;
    let per_customer = ladder.metric(MetricId::RevenuePerCustomer).known();
    let revenue_now = ladder.input.revenue.given().map(|r| r.as_f64());
    let revenue_after = per_customer.map(|per| customers_after * per * revenue_per_customer_factor);
    let after = metrics_from(
        |field| match field {
            Field::Customers => Ok(customers_after),
            Field::Revenue => revenue_after.ok_or(Reason::Missing(Field::Revenue)),
            other => ladder.input.value(other),
        },
        false,
    );
    let cac = after.iter().find(|m| m.id == MetricId::Cac).and_then(|m| m.value.known());
    Some(Effect {
        customers: customers_after,
        extra_customers: customers_after - customers,
        cac,
        extra_revenue: revenue_after.zip(revenue_now).map(|(after, now)| after - now),
    })
}

/// The effect of one step's rate becoming `new_rate`, the rest of the ladder unchanged.
pub(super) fn step_effect(ladder: &Ladder, step: Step, new_rate: f64) -> Option<Effect> {
    let started = ladder.input.started.given()? as f64;
    let mut rates = rates_allowing_zero_at(ladder, step)?;
    rates[step as usize] = new_rate.min(1.0);
    effect(ladder, started * rates.iter().product::<f64>(), 1.0)
}

/// Like [`rates`], but a zero rate at `step` is allowed to leave later denominators at zero
/// only when `step` is the last one (close), since then nothing after it is needed.
pub(super) fn rates_allowing_zero_at(ladder: &Ladder, step: Step) -> Option<[f64; 4]> {
    if let Some(r) = rates(ladder) {
        return Some(r);
    }
    if step != Step::Close {
        return None;
    }
    let mut out = [1.0; 4];
    for s in Step::ALL {
        if ladder.folded_away(s) {
            continue;
        }
        let (reached, from, _) = ladder.folded_counts(s)?;
        if reached > from || (from == 0 && s != Step::Close) {
            return None;
        }
        out[s as usize] = if from == 0 { 0.0 } else { reached as f64 / from as f64 };
    }
    Some(out)
}

/// Every lever at a 10% relative improvement, most effective first.
pub fn levers(ladder: &Ladder, outcome: Noun) -> Vec<Lift> {
    let (Some(rates), Some(customers)) = (rates(ladder), ladder.input.customers.given()) else {
        return Vec::new();
    };
    if customers == 0 {
        return Vec::new();
    }
    let customers = customers as f64;
    let mut out = Vec::new();
    if let Some(e) = effect(ladder, customers / (1.0 - LEVER_STEP), 1.0) {
        out.push(Lift { name: Message::of(Id::DxLeverCostPerMessage), step: None, effect: e });
    }
    // A step folded into the next has no rate of its own to lift.
    for step in Step::ALL.into_iter().filter(|s| !ladder.folded_away(*s)) {
        let rate = rates[step as usize];
        let lifted = (rate * (1.0 + LEVER_STEP)).min(1.0);
        if let Some(e) = effect(ladder, customers * lifted / rate, 1.0) {
            out.push(Lift { name: rate_lever(step, &[]), step: Some(step), effect: e });
        }
    }
    if let Some(e) = effect(ladder, customers, 1.0 + LEVER_STEP) {
        let name = Message::of(Id::DxLeverRevenue).with("outcome", msg(outcome.one()));
        out.push(Lift { name, step: None, effect: e });
    }
    // Rounded keys, so levers equal but for float noise tie and keep ladder order.
    let key = |l: &Lift| {
        (
            (l.effect.extra_revenue.unwrap_or(0.0) * 100.0).round() as i64,
            (l.effect.extra_customers * 1e6).round() as i64,
        )
    };
    out.sort_by_key(|l| std::cmp::Reverse(key(l)));
    out
}
