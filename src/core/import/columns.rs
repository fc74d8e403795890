//! What each column means: roles guessed from header names as real exports write them (the
//! names are in [`super::headers`]), with the traps avoided: a "cost per …" column is never
//! spend, and currency comes from the spend header.

use super::crm_headers as crm;
use super::headers::{self as names, Names, DERIVED, DERIVED_WORDS};
use crate::core::message::Id;

/// The meaning of a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Role {
    Ignore,
    Name,
    PeriodStart,
    PeriodEnd,
    Spend,
    Started,
    Replies,
    Qualified,
    Handoffs,
    Customers,
    Revenue,
    Impressions,
    LinkClicks,
    /// Meta's generic "Results"; counted as conversations only for the messaging indicator.
    Results,
    ResultIndicator,
    /// One row per conversation or deal, with its outcome.
    Status,
    /// How far a deal got in the pipeline, beside a won/lost/open status (Pipedrive's
    /// "Deal - Stage"): decides how far an open or lost deal reached.
    Stage,
    /// A deal's or order's value in an outcome log.
    Value,
    /// The channel a deal or chat came from (HubSpot's "Original Traffic Source", a UTM
    /// source): rows of other channels can be left out.
    Source,
    /// The day a deal was won (Pipedrive's "Deal - Won time").
    WonDate,
    /// The day a deal was lost (Pipedrive's "Deal - Lost time").
    LostDate,
    /// The day a deal closed, won or lost by its status (HubSpot's "Close Date"); on an open
    /// deal it is the rep's expected date, not an outcome.
    CloseDate,
    /// The day a conversation was qualified (a log's "Qualified at").
    QualifiedDate,
    /// The day a conversation was handed to sales or booked (a log's "Booked on").
    HandoffDate,
}

impl Role {
    pub const ALL: [Role; 24] = [
        Role::Ignore,
        Role::Name,
        Role::PeriodStart,
        Role::PeriodEnd,
        Role::Spend,
        Role::Started,
        Role::Replies,
        Role::Qualified,
        Role::Handoffs,
        Role::Customers,
        Role::Revenue,
        Role::Impressions,
        Role::LinkClicks,
        Role::Results,
        Role::ResultIndicator,
        Role::Status,
        Role::Stage,
        Role::Value,
        Role::Source,
        Role::WonDate,
        Role::LostDate,
        Role::CloseDate,
        Role::QualifiedDate,
        Role::HandoffDate,
    ];

    /// Its name in the preview: "Conversations started".
    pub fn label(self) -> Id {
        match self {
            Role::Ignore => Id::ImpRoleIgnore,
            Role::Name => Id::ImpRoleName,
            Role::PeriodStart => Id::ImpRolePeriodStart,
            Role::PeriodEnd => Id::ImpRolePeriodEnd,
            Role::Spend => Id::ImpRoleSpend,
            Role::Started => Id::ImpRoleStarted,
            Role::Replies => Id::ImpRoleReplies,
            Role::Qualified => Id::ImpRoleQualified,
            Role::Handoffs => Id::ImpRoleHandoffs,
            Role::Customers => Id::ImpRoleCustomers,
            Role::Revenue => Id::ImpRoleRevenue,
            Role::Impressions => Id::ImpRoleImpressions,
            Role::LinkClicks => Id::ImpRoleLinkClicks,
            Role::Results => Id::ImpRoleResults,
            Role::ResultIndicator => Id::ImpRoleResultIndicator,
            Role::Status => Id::ImpRoleStatus,
            Role::Stage => Id::ImpRoleStage,
            Role::Value => Id::ImpRoleValue,
            Role::Source => Id::ImpRoleSource,
            Role::WonDate => Id::ImpRoleWonDate,
            Role::LostDate => Id::ImpRoleLostDate,
            Role::CloseDate => Id::ImpRoleCloseDate,
            Role::QualifiedDate => Id::ImpRoleQualifiedDate,
            Role::HandoffDate => Id::ImpRoleHandoffDate,
        }
    }

    /// What a column of counts counts, inside a sentence: "… are counted in whole people"
    /// ("conversations started"). Other roles are named by their label.
    pub fn counted_name(self) -> Id {
        match self {
            Role::Started => Id::ImpCountedStarted,
            Role::Replies => Id::ImpCountedReplies,
            Role::Qualified => Id::ImpCountedQualified,
            Role::Handoffs => Id::ImpCountedHandoffs,
            Role::Customers => Id::ImpCountedCustomers,
            Role::Impressions => Id::ImpCountedImpressions,
            Role::LinkClicks => Id::ImpCountedLinkClicks,
            Role::Results => Id::ImpCountedResults,
            other => other.label(),
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Role::Ignore => "ignore",
            Role::Name => "name",
            Role::PeriodStart => "period-start",
            Role::PeriodEnd => "period-end",
            Role::Spend => "spend",
            Role::Started => "started",
            Role::Replies => "replies",
            Role::Qualified => "qualified",
            Role::Handoffs => "handoffs",
            Role::Customers => "customers",
            Role::Revenue => "revenue",
            Role::Impressions => "impressions",
            Role::LinkClicks => "link-clicks",
            Role::Results => "results",
            Role::ResultIndicator => "result-indicator",
            Role::Status => "status",
            Role::Stage => "stage",
            Role::Value => "value",
            Role::Source => "source",
            Role::WonDate => "won-date",
            Role::LostDate => "lost-date",
            Role::CloseDate => "close-date",
            Role::QualifiedDate => "qualified-date",
            Role::HandoffDate => "handoff-date",
        }
    }

    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Roles whose cells are numbers.
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            Role::Spend
                | Role::Started
                | Role::Replies
                | Role::Qualified
                | Role::Handoffs
                | Role::Customers
                | Role::Revenue
                | Role::Impressions
                | Role::LinkClicks
                | Role::Results
                | Role::Value
        )
    }

    /// Roles whose numbers are money rather than counts.
    pub fn is_money(self) -> bool {
        matches!(self, Role::Spend | Role::Revenue | Role::Value)
    }
}

/// Lowercase, single-spaced, with a trailing "(USD)"-style currency removed.
pub fn normalize(header: &str) -> String {
    // Meta writes typographic apostrophes ("Nom de l’ensemble de publicités"); the names
    // here are kept with the plain one.
    let lower = header.trim().to_lowercase().replace('’', "'");
    let without_currency = match lower.rfind('(') {
        Some(i)
            if lower.ends_with(')')
                && lower[i + 1..lower.len() - 1].chars().all(|c| c.is_ascii_alphabetic()) =>
        {
            lower[..i].to_string()
        }
        _ => lower,
    };
    without_currency.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The currency code in a spend header, as in "Amount spent (EUR)".
pub fn currency_in(header: &str) -> Option<String> {
    let t = header.trim();
    let open = t.rfind('(')?;
    let code = t[open + 1..].strip_suffix(')')?.trim();
    (code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic())).then(|| code.to_uppercase())
}

/// Whether a header names a number derived from others (a cost per something, a rate, a
/// frequency, a return on spend): never an input.
pub fn is_derived(header: &str) -> bool {
    derived(&normalize(header))
}

fn derived(normalized: &str) -> bool {
    DERIVED.matches(normalized) || DERIVED_WORDS.iter().any(|w| normalized.contains(w))
}

/// Guesses a column's role from its header alone ([`super::structure`] then looks at the
/// values for what the header didn't say).
pub fn guess_role(header: &str) -> Role {
    let h = normalize(header);
    if derived(&h) {
        return Role::Ignore;
    }
    ROLES.iter().find(|(_, names)| names.matches(&h)).map_or(Role::Ignore, |(role, _)| *role)
}

/// The roles in the order they are tried: the first whose names match a header wins.
const ROLES: [(Role, &Names); 23] = [
    (Role::Name, &names::NAME),
    (Role::PeriodStart, &names::PERIOD_START),
    (Role::PeriodEnd, &names::PERIOD_END),
    (Role::Spend, &names::SPEND),
    (Role::Started, &names::STARTED),
    (Role::Replies, &names::REPLIES),
    (Role::Qualified, &names::QUALIFIED),
    (Role::Handoffs, &names::HANDOFFS),
    (Role::Customers, &names::CUSTOMERS),
    (Role::Revenue, &names::REVENUE),
    (Role::Impressions, &names::IMPRESSIONS),
    (Role::LinkClicks, &names::LINK_CLICKS),
    (Role::Results, &names::RESULTS),
    (Role::ResultIndicator, &names::RESULT_INDICATOR),
    (Role::Status, &crm::STATUS),
    (Role::Stage, &crm::STAGE),
    (Role::Value, &crm::VALUE),
    (Role::Source, &crm::SOURCE),
    (Role::WonDate, &crm::WON_DATE),
    (Role::LostDate, &crm::LOST_DATE),
    (Role::CloseDate, &crm::CLOSE_DATE),
    (Role::QualifiedDate, &crm::QUALIFIED_DATE),
    (Role::HandoffDate, &crm::HANDOFF_DATE),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_headers_in_three_languages() {
        assert_eq!(guess_role("Amount spent (USD)"), Role::Spend);
        assert_eq!(guess_role("Amount spent (VND)"), Role::Spend);
        assert_eq!(guess_role("Importe gastado (EUR)"), Role::Spend);
        assert_eq!(guess_role("Valor usado (BRL)"), Role::Spend);
        assert_eq!(guess_role("Messaging conversations started"), Role::Started);
        assert_eq!(guess_role("Reporting starts"), Role::PeriodStart);
        assert_eq!(guess_role("Inicio del informe"), Role::PeriodStart);
        assert_eq!(guess_role("Indicador de resultados"), Role::ResultIndicator);
        assert_eq!(guess_role("Ad set name"), Role::Name);
        // As French, German, Italian and Arabic exports write them (docs/glossary).
        assert_eq!(guess_role("Conversations par messages démarrées"), Role::Started);
        assert_eq!(guess_role("Nom de l’ensemble de publicités"), Role::Name);
        assert_eq!(guess_role("Clics sur un lien"), Role::LinkClicks);
        assert_eq!(guess_role("Berichtsstart"), Role::PeriodStart);
        assert_eq!(guess_role("Berichtsende"), Role::PeriodEnd);
        assert_eq!(guess_role("Name der Kampagne"), Role::Name);
        assert_eq!(guess_role("Indikator für Ergebnisse"), Role::ResultIndicator);
        assert_eq!(guess_role("Clic sul link"), Role::LinkClicks);
        assert_eq!(guess_role("المبلغ الذي تم إنفاقه (EGP)"), Role::Spend);
        assert_eq!(guess_role("بداية التقارير"), Role::PeriodStart);
        assert_eq!(guess_role("اسم مجموعة الإعلانات"), Role::Name);
        assert_eq!(guess_role("مرات الظهور"), Role::Impressions);
        assert_eq!(guess_role("التكلفة لكل نتيجة"), Role::Ignore);
    }

    #[test]
    fn cost_per_columns_are_never_spend() {
        for h in [
            "Cost per results",
            "Cost per messaging conversation started (USD)",
            "Custo por resultados",
            "CPC (cost per link click)",
            "Purchase ROAS (return on ad spend)",
            "CTR (link click-through rate)",
        ] {
            assert_eq!(guess_role(h), Role::Ignore, "{h}");
        }
        assert_eq!(guess_role("New messaging contacts"), Role::Ignore);
    }

    #[test]
    fn crm_and_log_headers() {
        // HubSpot's one stage column holds the outcome (closed won, closed lost): a status.
        assert_eq!(guess_role("Deal Stage"), Role::Status);
        // Pipedrive keeps the two apart: won / lost / open, and how far the deal got.
        assert_eq!(guess_role("Deal - Status"), Role::Status);
        assert_eq!(guess_role("Deal - Stage"), Role::Stage);
        assert_eq!(guess_role("Deal - Deal created"), Role::PeriodStart);
        assert_eq!(guess_role("Amount"), Role::Value);
        assert_eq!(guess_role("Deal - Value"), Role::Value);
        // The period of a deal log is when deals were created; when each ended is read beside it.
        assert_eq!(guess_role("Create Date"), Role::PeriodStart);
        assert_eq!(guess_role("Close Date"), Role::CloseDate);
        assert_eq!(guess_role("Deal - Won time"), Role::WonDate);
        assert_eq!(guess_role("Deal - Lost time"), Role::LostDate);
        assert_eq!(guess_role("Deal - Deal closed on"), Role::CloseDate);
        // A conversation log's dates of reaching a stage.
        assert_eq!(guess_role("Qualified at"), Role::QualifiedDate);
        assert_eq!(guess_role("Booked on"), Role::HandoffDate);
        assert_eq!(guess_role("Qualified"), Role::Qualified);
        // A rep's expectation is not an outcome.
        assert_eq!(guess_role("Deal - Expected close date"), Role::Ignore);
    }

    #[test]
    fn currency_comes_from_the_spend_header() {
        assert_eq!(currency_in("Amount spent (EUR)"), Some("EUR".into()));
        assert_eq!(currency_in("Amount spent"), None);
        assert_eq!(normalize("  Amount   spent (USD) "), "amount spent");
    }

    #[test]
    fn roles_round_trip_through_ids() {
        for r in Role::ALL {
            assert_eq!(Role::from_id(r.id()), Some(r));
        }
    }
}
