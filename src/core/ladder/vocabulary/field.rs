//! The ladder form's fields: their labels, hints, ids and kinds (money or count).

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

    /// The label shown to the user; also the metric's name in messages.
    pub fn label(self) -> &'static str {
        match self {
            Field::Spend => "Spend",
            Field::Started => "Conversations started",
            Field::Replies => "Replies",
            Field::Qualified => "Qualified conversations",
            Field::Handoffs => "Sales handoffs",
            Field::Customers => "Customers",
            Field::Revenue => "Revenue",
            Field::Impressions => "Impressions",
            Field::LinkClicks => "Link clicks",
            Field::OtherCost => "Other acquisition cost",
        }
    }

    /// A short hint under the field saying what to count.
    pub fn hint(self) -> &'static str {
        match self {
            Field::Spend => "Ad spend for the period.",
            Field::Started => "Messaging conversations started, as Ads Manager reports them.",
            Field::Replies => "Conversations where the person answered your first reply.",
            Field::Qualified => "Conversations that met your fit criteria.",
            Field::Handoffs => "Qualified chats that reached sales, a booking, a quote or checkout.",
            Field::Customers => "People who bought.",
            Field::Revenue => "Revenue from those customers.",
            Field::Impressions => "From Ads Manager, for CPM and CTR.",
            Field::LinkClicks => "From Ads Manager, for cost per click.",
            Field::OtherCost => "Sales labour, tools, agency fee: added to spend for CAC.",
        }
    }

    /// The hint with the currency money is typed in: "Ad spend for the period. In EUR."
    pub fn hint_in(self, currency: &str) -> String {
        match self.kind() {
            FieldKind::Money => format!("{} In {currency}.", self.hint()),
            FieldKind::Count => self.hint().to_string(),
        }
    }

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

    /// How a value of zero reads in a reason ("no customers yet").
    pub fn none_yet(self) -> &'static str {
        match self {
            Field::Spend => "no spend",
            Field::Started => "no conversations started",
            Field::Replies => "no replies yet",
            Field::Qualified => "no qualified conversations yet",
            Field::Handoffs => "no sales handoffs yet",
            Field::Customers => "no customers yet",
            Field::Revenue => "no revenue yet",
            Field::Impressions => "no impressions",
            Field::LinkClicks => "no link clicks",
            Field::OtherCost => "no other cost",
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
