//! The rungs of the ladder (stages) and the steps between them.

use super::field::Field;

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
}
