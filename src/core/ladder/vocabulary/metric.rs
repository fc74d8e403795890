//! Every metric the ladder reports: its unit, formula (numerator and denominator by field),
//! and which direction is better. Its name and meaning are in `ladder::words`.

use super::field::{Field, FieldKind};
use super::stage::Step;

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
    /// The unit its value is written in.
    pub fn unit(self) -> Unit {
        match self {
            Operand::Field(field) => field.unit(),
            Operand::SpendPlusOther => Unit::Money,
        }
    }
}

impl Field {
    /// The unit a field's value is written in.
    pub fn unit(self) -> Unit {
        match self.kind() {
            FieldKind::Money => Unit::Money,
            FieldKind::Count => Unit::Count,
        }
    }
}

impl Step {
    /// The metric that is this step's rate.
    pub fn rate_metric(self) -> MetricId {
        match self {
            Step::Reply => MetricId::ReplyRate,
            Step::Qualification => MetricId::QualificationRate,
            Step::Handoff => MetricId::HandoffRate,
            Step::Close => MetricId::CloseRate,
        }
    }
}
