//! What the ladder's vocabulary is called, from the message catalogue (`en/ladder.ftl`): a
//! field's label, hint and "none yet", a metric's name, formula and meaning, a stage's and a
//! step's name, and why a value is unknown. Kept apart from the vocabulary so the ground floor
//! imports no messages. Names other parts still take as text (`Field::label`,
//! `MetricId::name`, `Step::name`) are borrowed from the English catalogue: one source of the
//! words.

use super::vocabulary::{Field, FieldKind, MetricId, Operand, Stage, Step, Unit};
use super::Reason;
use crate::core::message::{Arg, Id, Message};

/// A message as another's argument.
pub(super) fn msg(message: Message) -> Arg {
    Arg::Message(Box::new(message))
}

impl Unit {
    /// A number in this unit as a message's argument, so the page writes it its way.
    pub fn arg(self, v: f64) -> Arg {
        match self {
            Unit::Money => Arg::Money(v),
            Unit::Percent => Arg::Percent(v),
            Unit::Multiple => Arg::Multiple(v),
            Unit::Count => Arg::Count(v.round().max(0.0) as u64),
            Unit::Decimal => Arg::Decimal(v),
        }
    }
}

impl Field {
    fn label_id(self) -> Id {
        match self {
            Field::Spend => Id::LadderFieldSpend,
            Field::Started => Id::LadderFieldStarted,
            Field::Replies => Id::LadderFieldReplies,
            Field::Qualified => Id::LadderFieldQualified,
            Field::Handoffs => Id::LadderFieldHandoffs,
            Field::Customers => Id::LadderFieldCustomers,
            Field::Revenue => Id::LadderFieldRevenue,
            Field::Impressions => Id::LadderFieldImpressions,
            Field::LinkClicks => Id::LadderFieldLinkClicks,
            Field::OtherCost => Id::LadderFieldOtherCost,
        }
    }

    /// The label shown to the user; also the number's name in formulas and reasons.
    pub fn title(self) -> Message {
        Message::of(self.label_id())
    }

    /// The label as text, from the English catalogue.
    pub fn label(self) -> &'static str {
        crate::core::message::word(self.label_id())
    }

    /// The hint under the field saying what to count, with the currency money is typed in:
    /// "Ad spend for the period. In EUR."
    pub fn hint_in(self, currency: &str) -> Message {
        let id = match self {
            Field::Spend => Id::LadderHintSpend,
            Field::Started => Id::LadderHintStarted,
            Field::Replies => Id::LadderHintReplies,
            Field::Qualified => Id::LadderHintQualified,
            Field::Handoffs => Id::LadderHintHandoffs,
            Field::Customers => Id::LadderHintCustomers,
            Field::Revenue => Id::LadderHintRevenue,
            Field::Impressions => Id::LadderHintImpressions,
            Field::LinkClicks => Id::LadderHintLinkClicks,
            Field::OtherCost => Id::LadderHintOtherCost,
        };
        match self.kind() {
            FieldKind::Money => Message::of(id).with("currency", Arg::Text(currency.to_string())),
            FieldKind::Count => Message::of(id),
        }
    }

    /// How a value of zero reads in a reason ("no customers yet").
    pub fn none_yet(self) -> Message {
        Message::of(match self {
            Field::Spend => Id::LadderNoneYetSpend,
            Field::Started => Id::LadderNoneYetStarted,
            Field::Replies => Id::LadderNoneYetReplies,
            Field::Qualified => Id::LadderNoneYetQualified,
            Field::Handoffs => Id::LadderNoneYetHandoffs,
            Field::Customers => Id::LadderNoneYetCustomers,
            Field::Revenue => Id::LadderNoneYetRevenue,
            Field::Impressions => Id::LadderNoneYetImpressions,
            Field::LinkClicks => Id::LadderNoneYetLinkClicks,
            Field::OtherCost => Id::LadderNoneYetOtherCost,
        })
    }
}

impl Stage {
    /// The stage's name starting a label: its field's ("Replies").
    pub fn title(self) -> Message {
        self.field().title()
    }

    /// The stage's name as text, from the English catalogue.
    pub fn label(self) -> &'static str {
        self.field().label()
    }

    /// The stage's name inside a sentence: "more than qualified conversations".
    pub fn in_sentence(self) -> Message {
        Message::of(match self {
            Stage::Started => Id::StageNameStarted,
            Stage::Replied => Id::StageNameReplied,
            Stage::Qualified => Id::StageNameQualified,
            Stage::HandedOff => Id::StageNameHandedOff,
            Stage::Customer => Id::StageNameCustomer,
        })
    }
}

impl Step {
    /// The step's name inside a sentence ("the qualification step").
    pub fn in_sentence(self) -> Message {
        Message::of(match self {
            Step::Reply => Id::StepNameReply,
            Step::Qualification => Id::StepNameQualification,
            Step::Handoff => Id::StepNameHandoff,
            Step::Close => Id::StepNameClose,
        })
    }

    /// The step's name as text, from the English catalogue.
    pub fn name(self) -> &'static str {
        crate::core::message::word(self.in_sentence().id)
    }
}

impl MetricId {
    fn name_id(self) -> Id {
        match self {
            MetricId::CostPerMessage => Id::LadderMetricCostPerMessage,
            MetricId::ReplyRate => Id::LadderMetricReplyRate,
            MetricId::QualificationRate => Id::LadderMetricQualificationRate,
            MetricId::CostPerQualified => Id::LadderMetricCostPerQualified,
            MetricId::HandoffRate => Id::LadderMetricHandoffRate,
            MetricId::CostPerHandoff => Id::LadderMetricCostPerHandoff,
            MetricId::CloseRate => Id::LadderMetricCloseRate,
            MetricId::Cpa => Id::LadderMetricCpa,
            MetricId::Cac => Id::LadderMetricCac,
            MetricId::RevenuePerConversation => Id::LadderMetricRevenuePerConversation,
            MetricId::Roas => Id::LadderMetricRoas,
            MetricId::RevenuePerCustomer => Id::LadderMetricRevenuePerCustomer,
            MetricId::Cpm => Id::LadderMetricCpm,
            MetricId::Ctr => Id::LadderMetricCtr,
            MetricId::CostPerClick => Id::LadderMetricCostPerClick,
            MetricId::ClickToConversation => Id::LadderMetricClickToConversation,
        }
    }

    /// The metric's name: "Cost per message".
    pub fn title(self) -> Message {
        Message::of(self.name_id())
    }

    /// The metric's name as text, from the English catalogue.
    pub fn name(self) -> &'static str {
        crate::core::message::word(self.name_id())
    }

    /// The formula in words, e.g. "Spend ÷ Conversations started".
    pub fn formula(self) -> Message {
        let (numerator, denominator) = self.operands();
        let id = if self.scale() == 1000.0 { Id::LadderFormulaPerThousand } else { Id::LadderFormula };
        Message::of(id)
            .with("numerator", msg(numerator.title()))
            .with("denominator", msg(denominator.title()))
    }

    /// What the metric tells you, in one sentence.
    pub fn meaning(self) -> Message {
        Message::of(match self {
            MetricId::CostPerMessage => Id::LadderMeaningCostPerMessage,
            MetricId::ReplyRate => Id::LadderMeaningReplyRate,
            MetricId::QualificationRate => Id::LadderMeaningQualificationRate,
            MetricId::CostPerQualified => Id::LadderMeaningCostPerQualified,
            MetricId::HandoffRate => Id::LadderMeaningHandoffRate,
            MetricId::CostPerHandoff => Id::LadderMeaningCostPerHandoff,
            MetricId::CloseRate => Id::LadderMeaningCloseRate,
            MetricId::Cpa => Id::LadderMeaningCpa,
            MetricId::Cac => Id::LadderMeaningCac,
            MetricId::RevenuePerConversation => Id::LadderMeaningRevenuePerConversation,
            MetricId::Roas => Id::LadderMeaningRoas,
            MetricId::RevenuePerCustomer => Id::LadderMeaningRevenuePerCustomer,
            MetricId::Cpm => Id::LadderMeaningCpm,
            MetricId::Ctr => Id::LadderMeaningCtr,
            MetricId::CostPerClick => Id::LadderMeaningCostPerClick,
            MetricId::ClickToConversation => Id::LadderMeaningClickToConversation,
        })
    }
}

impl Operand {
    /// The numerator's name in a formula: a field's label, or "(Spend + Other acquisition cost)".
    pub fn title(self) -> Message {
        match self {
            Operand::Field(field) => field.title(),
            Operand::SpendPlusOther => Message::of(Id::LadderSpendPlusOther)
                .with("spend", msg(Field::Spend.title()))
                .with("other", msg(Field::OtherCost.title())),
        }
    }
}

impl Reason {
    /// Plain words shown after the "—": "enter Customers", "no customers yet".
    pub fn text(self) -> Message {
        let about = |id: Id, field: Field| Message::of(id).with("field", msg(field.title()));
        match self {
            Reason::Missing(field) if Field::MORE.contains(&field) => about(Id::LadderReasonAddMore, field),
            Reason::Missing(field) => about(Id::LadderReasonEnter, field),
            Reason::Invalid(field) => about(Id::LadderReasonFix, field),
            Reason::NoneYet(field) => field.none_yet(),
            Reason::FirstStep => Message::of(Id::LadderReasonFirstStep),
        }
    }
}
