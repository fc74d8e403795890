//! Business types: what each calls its last stage (customers, orders, accepted leads) and
//! the target rates it starts from, with why.

use serde::{Deserialize, Serialize};

use crate::core::message::{Arg, Id, Message};

/// What a business calls its last stage. Its words are messages, one entry per noun with a
/// plural select, that the diagnosis's sentences take as arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Customers,
    Orders,
    AcceptedLeads,
}

impl Noun {
    fn id(self) -> Id {
        match self {
            Noun::Customers => Id::OutcomeCustomers,
            Noun::Orders => Id::OutcomeOrders,
            Noun::AcceptedLeads => Id::OutcomeAcceptedLeads,
        }
    }

    /// The noun for `count` of them: "1 customer", "2 customers" (the count itself is
    /// written by the sentence the noun goes in).
    pub fn counted(self, count: u64) -> Message {
        Message::of(self.id()).with("count", Arg::Count(count))
    }

    /// The noun for one of them: "one customer".
    pub fn one(self) -> Message {
        self.counted(1)
    }

    /// The noun in general, as in "costs more customers": its entry's default variant.
    pub fn plural(self) -> Message {
        Message::of(self.id())
    }
}

/// Business types with preset targets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BusinessType {
    #[default]
    ServiceQuotes,
    EcommerceQuestions,
    B2bConsultations,
    LeadSeller,
    /// The user's own targets: nothing is preset.
    Custom,
}

impl BusinessType {
    pub const ALL: [BusinessType; 5] = [
        BusinessType::ServiceQuotes,
        BusinessType::EcommerceQuestions,
        BusinessType::B2bConsultations,
        BusinessType::LeadSeller,
        BusinessType::Custom,
    ];

    pub fn label(self) -> Message {
        Message::of(match self {
            BusinessType::ServiceQuotes => Id::LadderBusinessServiceQuotes,
            BusinessType::EcommerceQuestions => Id::LadderBusinessEcommerceQuestions,
            BusinessType::B2bConsultations => Id::LadderBusinessB2bConsultations,
            BusinessType::LeadSeller => Id::LadderBusinessLeadSeller,
            BusinessType::Custom => Id::LadderBusinessCustom,
        })
    }

    pub fn id(self) -> &'static str {
        match self {
            BusinessType::ServiceQuotes => "service-quotes",
            BusinessType::EcommerceQuestions => "ecommerce-questions",
            BusinessType::B2bConsultations => "b2b-consultations",
            BusinessType::LeadSeller => "lead-seller",
            BusinessType::Custom => "custom",
        }
    }

    pub fn from_id(id: &str) -> Option<BusinessType> {
        BusinessType::ALL.into_iter().find(|b| b.id() == id)
    }

    /// What the last stage means for this business.
    pub fn outcome(self) -> Noun {
        match self {
            BusinessType::LeadSeller => Noun::AcceptedLeads,
            BusinessType::EcommerceQuestions => Noun::Orders,
            _ => Noun::Customers,
        }
    }

    /// Preset target rates in percent for reply, qualification, handoff and close.
    /// `None` for [`BusinessType::Custom`].
    pub fn preset(self) -> Option<[f64; 4]> {
        match self {
            BusinessType::ServiceQuotes => Some([60.0, 40.0, 50.0, 30.0]),
            BusinessType::EcommerceQuestions => Some([55.0, 20.0, 50.0, 35.0]),
            BusinessType::B2bConsultations => Some([50.0, 25.0, 50.0, 20.0]),
            BusinessType::LeadSeller => Some([60.0, 50.0, 80.0, 70.0]),
            BusinessType::Custom => None,
        }
    }

    /// Why these presets, in a line shown under the picker.
    pub fn note(self) -> Message {
        Message::of(match self {
            BusinessType::ServiceQuotes => Id::LadderNoteServiceQuotes,
            BusinessType::EcommerceQuestions => Id::LadderNoteEcommerceQuestions,
            BusinessType::B2bConsultations => Id::LadderNoteB2bConsultations,
            BusinessType::LeadSeller => Id::LadderNoteLeadSeller,
            BusinessType::Custom => Id::LadderNoteCustom,
        })
    }
}
