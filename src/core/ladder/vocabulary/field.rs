//! The ladder form's fields: their ids and kinds (money or count); their words are in
//! `ladder::words`.

/// One input field of the ladder form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Spend,
    Started,
    Replies,
    Qualified,
    Handoffs,
    Customers,
    Revenue,
    Impressions,
    LinkClicks,
    OtherCost,
}

/// Whether a field holds money or a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Money,
    Count,
}

impl Field {
    /// The always-visible fields, in ladder order.
    pub const MAIN: [Field; 7] = [
        Field::Spend,
        Field::Started,
        Field::Replies,
        Field::Qualified,
        Field::Handoffs,
        Field::Customers,
        Field::Revenue,
    ];
    /// Optional fields, collapsed by default.
    pub const MORE: [Field; 3] = [Field::Impressions, Field::LinkClicks, Field::OtherCost];

    pub const ALL: [Field; 10] = [
        Field::Spend,
        Field::Started,
        Field::Replies,
        Field::Qualified,
        Field::Handoffs,
        Field::Customers,
        Field::Revenue,
        Field::Impressions,
        Field::LinkClicks,
        Field::OtherCost,
    ];

    /// A stable identifier for element ids and storage.
    pub fn id(self) -> &'static str {
        match self {
            Field::Spend => "spend",
            Field::Started => "started",
            Field::Replies => "replies",
            Field::Qualified => "qualified",
            Field::Handoffs => "handoffs",
            Field::Customers => "customers",
            Field::Revenue => "revenue",
            Field::Impressions => "impressions",
            Field::LinkClicks => "link-clicks",
            Field::OtherCost => "other-cost",
        }
    }

    pub fn kind(self) -> FieldKind {
        match self {
            Field::Spend | Field::Revenue | Field::OtherCost => FieldKind::Money,
            _ => FieldKind::Count,
        }
    }

    /// The stage field just before this one on the ladder, for consistency checks.
    pub fn previous_stage(self) -> Option<Field> {
        match self {
            Field::Replies => Some(Field::Started),
            Field::Qualified => Some(Field::Replies),
            Field::Handoffs => Some(Field::Qualified),
            Field::Customers => Some(Field::Handoffs),
            _ => None,
        }
    }
}
