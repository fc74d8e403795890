//! The ladder itself: stage counts in, every stage row and metric out. Pure arithmetic on exact
//! inputs; a value that cannot be computed is [`Value::Unknown`] with the reason, never NaN or ∞.

use super::fields::{Field, FieldKind};
use super::money::Money;

/// One input as the ladder sees it: typed and valid, left blank, or typed but unusable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Entry<T> {
    Given(T),
    #[default]
    Missing,
    Invalid,
}

impl<T: Copy> Entry<T> {
    pub fn given(self) -> Option<T> {
        match self {
            Entry::Given(v) => Some(v),
            _ => None,
        }
    }
}

/// Everything the ladder is computed from.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LadderInput {
    pub spend: Entry<Money>,
    pub started: Entry<u64>,
    pub replies: Entry<u64>,
    pub qualified: Entry<u64>,
    pub handoffs: Entry<u64>,
    pub customers: Entry<u64>,
    pub revenue: Entry<Money>,
    pub impressions: Entry<u64>,
    pub link_clicks: Entry<u64>,
    pub other_cost: Entry<Money>,
}

impl LadderInput {
    /// The count behind a count field; money fields read as `Missing`.
    pub fn count(&self, field: Field) -> Entry<u64> {
        match field {
            Field::Started => self.started,
            Field::Replies => self.replies,
            Field::Qualified => self.qualified,
            Field::Handoffs => self.handoffs,
            Field::Customers => self.customers,
            Field::Impressions => self.impressions,
            Field::LinkClicks => self.link_clicks,
            Field::Spend | Field::Revenue | Field::OtherCost => Entry::Missing,
        }
    }

    /// The amount behind a money field; count fields read as `Missing`.
    pub fn money(&self, field: Field) -> Entry<Money> {
        match field {
            Field::Spend => self.spend,
            Field::Revenue => self.revenue,
            Field::OtherCost => self.other_cost,
            _ => Entry::Missing,
        }
    }
}

/// The rungs of the ladder, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Stage {
    Started,
    Replied,
    Qualified,
    HandedOff,
    Customer,
}

impl Stage {
    pub const ALL: [Stage; 5] =
        [Stage::Started, Stage::Replied, Stage::Qualified, Stage::HandedOff, Stage::Customer];

    pub fn field(self) -> Field {
        match self {
            Stage::Started => Field::Started,
            Stage::Replied => Field::Replies,
            Stage::Qualified => Field::Qualified,
            Stage::HandedOff => Field::Handoffs,
            Stage::Customer => Field::Customers,
        }
    }

    pub fn label(self) -> &'static str {
        self.field().label()
    }

    /// A stable identifier for storage and element ids.
    pub fn id(self) -> &'static str {
        match self {
            Stage::Started => "started",
            Stage::Replied => "replied",
            Stage::Qualified => "qualified",
            Stage::HandedOff => "handed-off",
            Stage::Customer => "customer",
        }
    }

    pub fn from_id(id: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.id() == id)
    }

    pub fn previous(self) -> Option<Stage> {
        match self {
            Stage::Started => None,
            Stage::Replied => Some(Stage::Started),
            Stage::Qualified => Some(Stage::Replied),
            Stage::HandedOff => Some(Stage::Qualified),
            Stage::Customer => Some(Stage::HandedOff),
        }
    }
}

/// A step between two stages, judged by its step rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Reply,
    Qualification,
    Handoff,
    Close,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Reply, Step::Qualification, Step::Handoff, Step::Close];

    /// The stage the step starts from (its rate's denominator).
    pub fn from(self) -> Stage {
        self.to().previous().expect("every step ends on a stage with a predecessor")
    }

    /// The stage the step reaches (its rate's numerator).
    pub fn to(self) -> Stage {
        match self {
            Step::Reply => Stage::Replied,
            Step::Qualification => Stage::Qualified,
            Step::Handoff => Stage::HandedOff,
            Step::Close => Stage::Customer,
        }
    }

    pub fn rate_metric(self) -> MetricId {
        match self {
            Step::Reply => MetricId::ReplyRate,
            Step::Qualification => MetricId::QualificationRate,
            Step::Handoff => MetricId::HandoffRate,
            Step::Close => MetricId::CloseRate,
        }
    }

    /// The step's name in a sentence ("the qualification step").
    pub fn name(self) -> &'static str {
        match self {
            Step::Reply => "reply",
            Step::Qualification => "qualification",
            Step::Handoff => "handoff",
            Step::Close => "close",
        }
    }
}

/// Why a value can't be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The field is blank.
    Missing(Field),
    /// The field holds text that isn't a usable number.
    Invalid(Field),
    /// The field is zero, so dividing by it means nothing.
    NoneYet(Field),
    /// The first stage has no step before it.
    FirstStep,
}

impl Reason {
    /// Plain words shown after the "—".
    pub fn text(self) -> String {
        match self {
            Reason::Missing(field) if Field::MORE.contains(&field) => {
                format!("add {} under More inputs", field.label())
            }
            Reason::Missing(field) => format!("enter {}", field.label()),
            Reason::Invalid(field) => format!("fix {} above", field.label()),
            Reason::NoneYet(field) => field.none_yet().to_string(),
            Reason::FirstStep => "first step of the ladder".to_string(),
        }
    }
}

/// A computed number, or the reason there is none. `Known` values are always finite.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Known(f64),
    Unknown(Reason),
}

impl Value {
    pub fn known(self) -> Option<f64> {
        match self {
            Value::Known(v) => Some(v),
            Value::Unknown(_) => None,
        }
    }
}

/// How a metric's number is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Money,
    /// A fraction shown as a percentage (0.25 → 25%).
    Percent,
    /// A multiple such as ROAS (2.5 → 2.5×).
    Multiple,
    Count,
    /// A quantity with one decimal, such as an expected number of extra customers.
    Decimal,
}

/// Every metric the ladder reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetricId {
    CostPerMessage,
    ReplyRate,
    QualificationRate,
    CostPerQualified,
    HandoffRate,
    CostPerHandoff,
    CloseRate,
    Cpa,
    Cac,
    RevenuePerConversation,
    Roas,
    RevenuePerCustomer,
    Cpm,
    Ctr,
    CostPerClick,
    ClickToConversation,
}

impl MetricId {
    pub const CORE: [MetricId; 12] = [
        MetricId::CostPerMessage,
        MetricId::ReplyRate,
        MetricId::QualificationRate,
        MetricId::CostPerQualified,
        MetricId::HandoffRate,
        MetricId::CostPerHandoff,
        MetricId::CloseRate,
        MetricId::Cpa,
        MetricId::Cac,
        MetricId::RevenuePerConversation,
        MetricId::Roas,
        MetricId::RevenuePerCustomer,
    ];
    pub const DELIVERY: [MetricId; 4] =
        [MetricId::Cpm, MetricId::Ctr, MetricId::CostPerClick, MetricId::ClickToConversation];

    pub fn name(self) -> &'static str {
        match self {
            MetricId::CostPerMessage => "Cost per message",
            MetricId::ReplyRate => "Reply rate",
            MetricId::QualificationRate => "Qualification rate",
            MetricId::CostPerQualified => "Cost per qualified conversation",
            MetricId::HandoffRate => "Handoff rate",
            MetricId::CostPerHandoff => "Cost per sales handoff",
            MetricId::CloseRate => "Close rate",
            MetricId::Cpa => "CPA (cost per customer)",
            MetricId::Cac => "CAC (all-in cost per customer)",
            MetricId::RevenuePerConversation => "Revenue per conversation",
            MetricId::Roas => "ROAS",
            MetricId::RevenuePerCustomer => "Average revenue per customer",
            MetricId::Cpm => "CPM (cost per 1,000 impressions)",
            MetricId::Ctr => "CTR (link click-through rate)",
            MetricId::CostPerClick => "Cost per link click",
            MetricId::ClickToConversation => "Click-to-conversation rate",
        }
    }

    /// A stable identifier for element ids.
    pub fn id(self) -> &'static str {
        match self {
            MetricId::CostPerMessage => "cost-per-message",
            MetricId::ReplyRate => "reply-rate",
            MetricId::QualificationRate => "qualification-rate",
            MetricId::CostPerQualified => "cost-per-qualified",
            MetricId::HandoffRate => "handoff-rate",
            MetricId::CostPerHandoff => "cost-per-handoff",
            MetricId::CloseRate => "close-rate",
            MetricId::Cpa => "cpa",
            MetricId::Cac => "cac",
            MetricId::RevenuePerConversation => "revenue-per-conversation",
            MetricId::Roas => "roas",
            MetricId::RevenuePerCustomer => "revenue-per-customer",
            MetricId::Cpm => "cpm",
            MetricId::Ctr => "ctr",
            MetricId::CostPerClick => "cost-per-click",
            MetricId::ClickToConversation => "click-to-conversation",
        }
    }

    pub fn unit(self) -> Unit {
        match self {
            MetricId::ReplyRate
            | MetricId::QualificationRate
            | MetricId::HandoffRate
            | MetricId::CloseRate
            | MetricId::Ctr
            | MetricId::ClickToConversation => Unit::Percent,
            MetricId::Roas => Unit::Multiple,
            _ => Unit::Money,
        }
    }

    /// The numerator and denominator, by name.
    pub fn operands(self) -> (Operand, Field) {
        use Field::*;
        match self {
            MetricId::CostPerMessage => (Operand::Field(Spend), Started),
            MetricId::ReplyRate => (Operand::Field(Replies), Started),
            MetricId::QualificationRate => (Operand::Field(Qualified), Replies),
            MetricId::CostPerQualified => (Operand::Field(Spend), Qualified),
            MetricId::HandoffRate => (Operand::Field(Handoffs), Qualified),
            MetricId::CostPerHandoff => (Operand::Field(Spend), Handoffs),
            MetricId::CloseRate => (Operand::Field(Customers), Handoffs),
            MetricId::Cpa => (Operand::Field(Spend), Customers),
            MetricId::Cac => (Operand::SpendPlusOther, Customers),
            MetricId::RevenuePerConversation => (Operand::Field(Revenue), Started),
            MetricId::Roas => (Operand::Field(Revenue), Spend),
            MetricId::RevenuePerCustomer => (Operand::Field(Revenue), Customers),
            MetricId::Cpm => (Operand::Field(Spend), Impressions),
            MetricId::Ctr => (Operand::Field(LinkClicks), Impressions),
            MetricId::CostPerClick => (Operand::Field(Spend), LinkClicks),
            MetricId::ClickToConversation => (Operand::Field(Started), LinkClicks),
        }
    }

    /// Multiplier applied after dividing (1,000 for CPM).
    pub fn scale(self) -> f64 {
        match self {
            MetricId::Cpm => 1000.0,
            _ => 1.0,
        }
    }

    /// The formula in words, e.g. "Spend ÷ Conversations started".
    pub fn formula(self) -> String {
        let (numerator, denominator) = self.operands();
        let scale = if self.scale() == 1000.0 { " × 1,000" } else { "" };
        format!("{} ÷ {}{scale}", numerator.label(), denominator.label())
    }

    /// What the metric tells you, in one sentence.
    pub fn meaning(self) -> &'static str {
        match self {
            MetricId::CostPerMessage => {
                "How cheaply the ads start conversations. Says nothing about who they are with."
            }
            MetricId::ReplyRate => "How many people keep talking after the first message.",
            MetricId::QualificationRate => "How many people who replied fit what you sell.",
            MetricId::CostPerQualified => "What one conversation worth having costs.",
            MetricId::HandoffRate => "How many qualified chats reach a booking, quote, call or checkout.",
            MetricId::CostPerHandoff => "What one real next step with sales costs.",
            MetricId::CloseRate => "How many handoffs become customers.",
            MetricId::Cpa => "Ad spend per customer.",
            MetricId::Cac => {
                "Everything it took to win a customer: ad spend plus sales labour, tools and fees."
            }
            MetricId::RevenuePerConversation => "What each conversation started is worth on average.",
            MetricId::Roas => "Revenue per unit of ad spend. Above 1× the ads earned back what they cost.",
            MetricId::RevenuePerCustomer => "Average order or deal value.",
            MetricId::Cpm => "What 1,000 ad impressions cost.",
            MetricId::Ctr => "How many impressions led to a link click.",
            MetricId::CostPerClick => "What one link click costs.",
            MetricId::ClickToConversation => "How many link clicks became a conversation.",
        }
    }

    /// `Some(true)` when a lower value is better (costs), `Some(false)` when higher is better.
    pub fn lower_is_better(self) -> bool {
        self.unit() == Unit::Money
            && !matches!(self, MetricId::RevenuePerConversation | MetricId::RevenuePerCustomer)
    }
}

/// The numerator of a metric: one field, or spend plus other acquisition cost (for CAC).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    Field(Field),
    SpendPlusOther,
}

impl Operand {
    pub fn label(self) -> &'static str {
        match self {
            Operand::Field(field) => field.label(),
            Operand::SpendPlusOther => "(Spend + Other acquisition cost)",
        }
    }
}

/// One metric with its value and the numbers it was computed from, for the formula view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metric {
    pub id: MetricId,
    pub value: Value,
    /// The numerator as a number, when it is known.
    pub numerator: Option<f64>,
    /// The denominator as a number, when it is known.
    pub denominator: Option<f64>,
}

/// One rung: its count, rate from the rung before, share of conversations started, and cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StageRow {
    pub stage: Stage,
    pub count: Entry<u64>,
    pub step_rate: Value,
    pub share_of_started: Value,
    pub cost_per: Value,
    /// Larger than the stage before it: likely inconsistent tagging.
    pub inconsistent: bool,
}

/// The computed ladder.
#[derive(Clone, Debug, PartialEq)]
pub struct Ladder {
    pub input: LadderInput,
    pub stages: Vec<StageRow>,
    pub metrics: Vec<Metric>,
}

impl Ladder {
    pub fn metric(&self, id: MetricId) -> Value {
        self.metrics
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.value)
            .unwrap_or(Value::Unknown(Reason::Missing(id.operands().1)))
    }

    pub fn stage(&self, stage: Stage) -> &StageRow {
        &self.stages[stage as usize]
    }

    /// The step's rate numerator and denominator when both are known counts.
    pub fn step_counts(&self, step: Step) -> Option<(u64, u64)> {
        Some((self.input.count(step.to().field()).given()?, self.input.count(step.from().field()).given()?))
    }
}

/// Computes every stage row and metric from the input.
pub fn compute(input: &LadderInput) -> Ladder {
    let stages = Stage::ALL
        .iter()
        .map(|&stage| {
            let field = stage.field();
            let count = input.count(field);
            let (step_rate, inconsistent) = match stage.previous() {
                None => (Value::Unknown(Reason::FirstStep), false),
                Some(prev) => {
                    let prev_count = input.count(prev.field());
                    let inconsistent =
                        matches!((count, prev_count), (Entry::Given(a), Entry::Given(b)) if a > b);
                    let rate = divide(operand(input, field), operand(input, prev.field()), prev.field(), 1.0);
                    (rate.0, inconsistent)
                }
            };
            StageRow {
                stage,
                count,
                step_rate,
                share_of_started: divide(
                    operand(input, field),
                    operand(input, Field::Started),
                    Field::Started,
                    1.0,
                )
                .0,
                cost_per: divide(operand(input, Field::Spend), operand(input, field), field, 1.0).0,
                inconsistent,
            }
        })
        .collect();
    let show_delivery = input.impressions != Entry::Missing || input.link_clicks != Entry::Missing;
    let metrics = metrics_from(|field| operand(input, field), show_delivery);
    Ladder { input: *input, stages, metrics }
}

/// Every metric from a source of field values (typed counts, or a scenario's projected ones),
/// so the ladder and scenarios share one set of formulas.
pub fn metrics_from(values: impl Fn(Field) -> Known, delivery: bool) -> Vec<Metric> {
    MetricId::CORE
        .iter()
        .chain(if delivery { &MetricId::DELIVERY[..] } else { &[] })
        .map(|&id| metric(&values, id))
        .collect()
}

fn metric(values: &impl Fn(Field) -> Known, id: MetricId) -> Metric {
    let (numerator, denominator) = id.operands();
    let numerator = match numerator {
        Operand::SpendPlusOther => spend_plus_other(values),
        Operand::Field(field) => values(field),
    };
    let (value, numerator, denominator) = divide(numerator, values(denominator), denominator, id.scale());
    Metric { id, value, numerator, denominator }
}

/// A number that is known, or the reason it isn't.
pub type Known = Result<f64, Reason>;

fn operand(input: &LadderInput, field: Field) -> Known {
    let entry = match field.kind() {
        FieldKind::Money => match input.money(field) {
            Entry::Given(m) => Entry::Given(m.as_f64()),
            Entry::Missing => Entry::Missing,
            Entry::Invalid => Entry::Invalid,
        },
        FieldKind::Count => match input.count(field) {
            Entry::Given(c) => Entry::Given(c as f64),
            Entry::Missing => Entry::Missing,
            Entry::Invalid => Entry::Invalid,
        },
    };
    match entry {
        Entry::Given(v) => Ok(v),
        Entry::Missing => Err(Reason::Missing(field)),
        Entry::Invalid => Err(Reason::Invalid(field)),
    }
}

/// Spend plus other acquisition cost; a blank other cost counts as none.
fn spend_plus_other(values: &impl Fn(Field) -> Known) -> Known {
    let spend = values(Field::Spend)?;
    match values(Field::OtherCost) {
        Ok(other) => Ok(spend + other),
        Err(Reason::Missing(_)) => Ok(spend),
        Err(reason) => Err(reason),
    }
}

/// `numerator ÷ denominator × scale`, with the reason when it can't be computed. The
/// denominator's problems are reported first, since they decide whether a ratio exists at all.
fn divide(
    numerator: Known,
    denominator: Known,
    field: Field,
    scale: f64,
) -> (Value, Option<f64>, Option<f64>) {
    let den = match denominator {
        Ok(d) => d,
        Err(reason) => return (Value::Unknown(reason), numerator.ok(), None),
    };
    let num = match numerator {
        Ok(n) => n,
        Err(reason) => return (Value::Unknown(reason), None, Some(den)),
    };
    if den == 0.0 {
        return (Value::Unknown(Reason::NoneYet(field)), Some(num), Some(den));
    }
    let value = num / den * scale;
    debug_assert!(value.is_finite(), "inputs are bounded, so ratios are finite");
    (Value::Known(value), Some(num), Some(den))
}
