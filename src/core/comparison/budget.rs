//! "Move this much budget from one segment to another": the account's conversations,
//! customers, CAC and revenue at the segments' current ladders, with a stated
//! diminishing-returns assumption. A segment whose spend changes from s to s′ pays
//! cost per message × (s′ ÷ s)^k, so its conversations (and every later stage, at its own
//! rates) scale by (s′ ÷ s)^(1−k); k = 0 is "every extra dollar buys messages at today's
//! price". The naive move (to the cheapest messages) is shown beside the right one (to the
//! cheapest customers).

use crate::core::basics::money::Money;
use crate::core::basics::number::NumberError;
use crate::core::comparison::segment::Segment;
use crate::core::ladder::{Entry, Unit};
use crate::core::message::{Arg, Id, Message};
use crate::core::scenario::{Lever, LeverValues, Scenario};

/// The exponent assumed unless the user sets another (what it means is said under its field,
/// `cmp-exponent-note`, beside the article's warning on moving budget by cost per message,
/// `cmp-budget-warning`).
pub const DEFAULT_EXPONENT: f64 = 0.3;

/// The note under the exponent's field, worked through at [`DEFAULT_EXPONENT`]: doubling a
/// segment's spend makes its messages 2^k times dearer, so it brings 2 ÷ 2^k times the
/// conversations. Its numbers are arguments, so they follow the page's number format.
pub fn exponent_note() -> Message {
    let k = DEFAULT_EXPONENT;
    let factor = 2f64.powf(k);
    Message::of(Id::CmpExponentNote)
        .with("k", Arg::Decimal(k))
        .with("dearer", Arg::Percent(factor - 1.0))
        .with("factor", Arg::Multiple(factor))
        .with("more", Arg::Percent(2.0 / factor - 1.0))
        .with("all", Arg::Percent(1.0))
        .with("zero", Arg::Decimal(0.0))
}

/// The account after a move, at the segments' current ladders.
#[derive(Clone, Debug, PartialEq)]
pub struct Account {
    pub spend: f64,
    pub started: f64,
    pub replies: f64,
    pub qualified: f64,
    pub handoffs: f64,
    pub customers: f64,
    /// Known when every segment with customers has revenue.
    pub revenue: Option<f64>,
    /// (Spend + other cost) ÷ customers.
    pub cac: Option<f64>,
}

/// A row of the move's table: its label, the value it reads, and its unit.
pub struct Row {
    pub label: Id,
    pub value: fn(&Account) -> Option<f64>,
    pub unit: Unit,
}

/// The move's table, top to bottom.
pub const ROWS: [Row; 4] = [
    // People are whole: a projection of 21.5 customers reads "22" (the CAC carries the rest).
    Row { label: Id::CmpBudgetRowConversations, value: |o| Some(o.started), unit: Unit::Count },
    Row { label: Id::CmpBudgetRowCustomers, value: |o| Some(o.customers), unit: Unit::Count },
    Row { label: Id::CmpBudgetRowCac, value: |o| o.cac, unit: Unit::Money },
    Row { label: Id::CmpBudgetRowRevenue, value: |o| o.revenue, unit: Unit::Money },
];

/// A segment's counts as floats, in ladder order, when all are known.
fn counts(s: &Segment) -> Option<[f64; 5]> {
    Some([s.started?, s.replies?, s.qualified?, s.handoffs?, s.customers?].map(|c| c as f64))
}

/// The account with `amount` moved from segment `from` to segment `to`. `None` when either
/// segment lacks spend or a count, or the amount is more than `from` spends.
pub fn shift(
    segments: &[Segment],
    from: usize,
    to: usize,
    amount: f64,
    exponent: f64,
    other_cost: Entry<Money>,
) -> Option<Account> {
    let spend_of = |i: usize| segments.get(i)?.spend.map(Money::as_f64);
    let (spend_from, spend_to) = (spend_of(from)?, spend_of(to)?);
    if !(0.0..=spend_from).contains(&amount) || spend_to <= 0.0 || from == to && amount > 0.0 {
        return None;
    }
    counts(&segments[from])?;
    counts(&segments[to])?;
    let mut total = Account {
        spend: 0.0,
        started: 0.0,
        replies: 0.0,
        qualified: 0.0,
        handoffs: 0.0,
        customers: 0.0,
        revenue: Some(0.0),
        cac: None,
    };
    for (i, s) in segments.iter().enumerate() {
        let Some(c) = counts(s) else { continue };
        let spend = s.spend.map_or(0.0, Money::as_f64);
        let after = match i {
            _ if i == from && i == to => spend,
            _ if i == from => spend - amount,
            _ if i == to => spend + amount,
            _ => spend,
        };
        let scale = if spend > 0.0 { (after / spend).powf(1.0 - exponent) } else { 1.0 };
        total.spend += after;
        total.started += c[0] * scale;
        total.replies += c[1] * scale;
        total.qualified += c[2] * scale;
        total.handoffs += c[3] * scale;
        total.customers += c[4] * scale;
        total.revenue = match (total.revenue, s.revenue, s.customers) {
            (Some(r), Some(v), _) => Some(r + v.as_f64() * scale),
            (Some(r), None, Some(0)) => Some(r),
            _ => None,
        };
    }
    let other = match other_cost {
        Entry::Given(m) => m.as_f64(),
        _ => 0.0,
    };
    total.cac = (total.customers > 0.0).then(|| (total.spend + other) / total.customers);
    Some(total)
}

/// The segment with the cheapest messages, and the one with the cheapest customers, among
/// those with spend and every count (customers above zero for the second).
pub fn cheapest(segments: &[Segment], except: usize) -> (Option<usize>, Option<usize>) {
    let candidates = || {
        segments
            .iter()
            .enumerate()
            .filter(move |(i, s)| *i != except && counts(s).is_some() && s.spend.is_some_and(|m| m.0 > 0))
    };
    let per = |s: &Segment, by: fn(&Segment) -> u64| s.spend.map_or(0.0, Money::as_f64) / by(s).max(1) as f64;
    let min_by = |by: fn(&Segment) -> u64, need: fn(&Segment) -> bool| {
        candidates()
            .filter(|(_, s)| need(s))
            .min_by(|(_, a), (_, b)| per(a, by).total_cmp(&per(b, by)))
            .map(|(i, _)| i)
    };
    (
        min_by(|s| s.started.unwrap_or(0), |s| s.started.unwrap_or(0) > 0),
        min_by(|s| s.customers.unwrap_or(0), |s| s.customers.unwrap_or(0) > 0),
    )
}

/// The account after a move as scenario levers, so it joins the scenario comparison: the same
/// total spend and other cost, cost per message and step rates from the moved totals.
pub fn as_scenario(name: &str, after: &Account, baseline: &LeverValues) -> Scenario {
    let mut s = Scenario { name: crate::core::basics::text::clip(name, 60), ..Scenario::default() };
    let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
    s.set(Lever::Spend, after.spend);
    s.set(Lever::CostPerMessage, ratio(after.spend, after.started));
    s.set(Lever::ReplyRate, ratio(after.replies, after.started));
    s.set(Lever::QualificationRate, ratio(after.qualified, after.replies));
    s.set(Lever::HandoffRate, ratio(after.handoffs, after.qualified));
    s.set(Lever::CloseRate, ratio(after.customers, after.handoffs));
    if let Some(revenue) = after.revenue {
        s.set(Lever::RevenuePerCustomer, ratio(revenue, after.customers));
    }
    s.set(Lever::OtherCost, baseline.other_cost);
    s
}

/// "Moving USD 200.00 from A to B: about 38 customers instead of 40, CAC USD 80.12 instead of
/// USD 75.00." Customers in whole people: the move's projection is an estimate.
pub fn describe(amount: f64, from: &str, to: &str, before: &Account, after: &Account) -> Message {
    let cac = after.cac.zip(before.cac);
    let said = Message::of(if cac.is_some() { Id::CmpMoveCac } else { Id::CmpMove })
        .with("amount", Arg::Money(amount))
        .with("from", Arg::Text(from.to_string()))
        .with("to", Arg::Text(to.to_string()))
        .with("after", Arg::Count(after.customers.round() as u64))
        .with("before", Arg::Count(before.customers.round() as u64));
    match cac {
        Some((a, b)) => said.with("cac-after", Arg::Money(a)).with("cac-before", Arg::Money(b)),
        None => said,
    }
}

/// Why the move's typed numbers can't be read.
#[derive(Clone, Debug, PartialEq)]
pub enum MoveProblem {
    /// The amount or the exponent isn't a number the form would take.
    Number(NumberError),
    /// The exponent is above 1.
    Exponent,
}

impl MoveProblem {
    /// The problem as the argument of the line that shows it ("Error: …"): the number's own
    /// words, or `cmp-exponent-range`.
    pub fn as_arg(&self) -> Arg {
        match self {
            MoveProblem::Number(e) => Arg::Text(e.to_string()),
            MoveProblem::Exponent => Arg::Message(Box::new(Message::of(Id::CmpExponentRange))),
        }
    }
}

/// The move's typed amount and exponent, read with the form's number grammar: the amount in
/// money, the exponent a plain number from 0 to 1 (blank is the default).
pub fn read_inputs(
    amount: &str,
    exponent: &str,
    sep: crate::core::basics::number::DecimalSep,
) -> Result<(Option<f64>, f64), MoveProblem> {
    use crate::core::basics::number::parse_money;
    let amount = parse_money(amount, sep).map_err(MoveProblem::Number)?.map(Money::as_f64);
    let exponent = match parse_money(exponent, sep).map_err(MoveProblem::Number)? {
        None => DEFAULT_EXPONENT,
        Some(k) if k.as_f64() <= 1.0 => k.as_f64(),
        Some(_) => return Err(MoveProblem::Exponent),
    };
    Ok((amount, exponent))
}

/// The move's four columns (now, the user's move, the naive move and the right one, each
/// with the segment it goes to), its sentence, and the name it takes as a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Moves {
    pub now: Account,
    pub mine: Option<Account>,
    pub naive: Option<(String, Account)>,
    pub right: Option<(String, Account)>,
    pub sentence: Option<Message>,
    pub name: Message,
}

/// Everything the panel shows for moving `amount` (as typed) from `from` to `to`, with the
/// typed exponent; `None` until the amount reads and both segments have a full ladder.
pub fn moves(
    segments: &[Segment],
    other_cost: Entry<Money>,
    (from, to): (usize, usize),
    (amount, exponent): (&str, &str),
    sep: crate::core::basics::number::DecimalSep,
) -> Option<Moves> {
    let (Some(x), k) = read_inputs(amount, exponent, sep).ok()? else { return None };
    let now = shift(segments, from, from, 0.0, k, other_cost)?;
    let mine = shift(segments, from, to, x, k, other_cost);
    let (cheap_message, cheap_customer) = cheapest(segments, from);
    let to_named =
        |i: Option<usize>| Some((segments[i?].name.clone(), shift(segments, from, i?, x, k, other_cost)?));
    let (name_from, name_to) = (&segments[from].name, &segments.get(to)?.name);
    Some(Moves {
        sentence: mine.as_ref().map(|m| describe(x, name_from, name_to, &now, m)),
        name: Message::of(Id::CmpMoveName)
            .with("amount", Arg::Text(amount.trim().to_string()))
            .with("from", Arg::Text(name_from.clone()))
            .with("to", Arg::Text(name_to.clone())),
        naive: to_named(cheap_message),
        right: to_named(cheap_customer),
        now,
        mine,
    })
}

#[cfg(test)]
mod tests;
