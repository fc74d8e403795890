//! What each column means: roles guessed from header names as real exports write them (Meta
//! Ads Manager in English, Spanish and Portuguese, HubSpot, Pipedrive, hand-kept logs), with
//! the traps avoided: a "cost per …" column is never spend, and currency comes from the
//! spend header.

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
    /// A deal's or order's value in an outcome log.
    Value,
}

impl Role {
    pub const ALL: [Role; 17] = [
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
        Role::Value,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Role::Ignore => "Ignore",
            Role::Name => "Name (campaign, ad set or ad)",
            Role::PeriodStart => "Date or period start",
            Role::PeriodEnd => "Period end",
            Role::Spend => "Spend",
            Role::Started => "Conversations started",
            Role::Replies => "Replies",
            Role::Qualified => "Qualified conversations",
            Role::Handoffs => "Sales handoffs",
            Role::Customers => "Customers",
            Role::Revenue => "Revenue",
            Role::Impressions => "Impressions",
            Role::LinkClicks => "Link clicks",
            Role::Results => "Results (Meta)",
            Role::ResultIndicator => "Result indicator (Meta)",
            Role::Status => "Status or stage (one row per chat or deal)",
            Role::Value => "Deal or order value",
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
            Role::Value => "value",
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
    let lower = header.trim().to_lowercase();
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

/// Guesses a column's role from its header.
pub fn guess_role(header: &str) -> Role {
    let h = normalize(header);
    let is = |names: &[&str]| names.contains(&h.as_str());
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| h.starts_with(p));
    // Costs per something, rates and averages are derived numbers: never inputs.
    if starts(&[
        "cost per",
        "costo por",
        "custo por",
        "cpc",
        "cpm",
        "ctr",
        "frequency",
        "frecuencia",
        "frequência",
    ]) || h.contains("roas")
        || h.contains("rate")
    {
        return Role::Ignore;
    }
    if is(&[
        "ad name",
        "ad set name",
        "campaign name",
        "campaign",
        "ad set",
        "ad",
        "segment",
        "name",
        "source",
        "channel",
        "nombre del anuncio",
        "nombre del conjunto de anuncios",
        "nombre de la campaña",
        "nome do anúncio",
        "nome do conjunto de anúncios",
        "nome da campanha",
        "campaña",
        "campanha",
        "utm_campaign",
    ]) {
        return Role::Name;
    }
    if is(&[
        "reporting starts",
        "inicio del informe",
        "início dos relatórios",
        "レポート開始日",
        "date",
        "day",
        "fecha",
        "data",
        "create date",
        "created",
        "deal - add time",
    ]) {
        return Role::PeriodStart;
    }
    if is(&["reporting ends", "fin del informe", "término dos relatórios", "レポート終了日"]) {
        return Role::PeriodEnd;
    }
    if starts(&["amount spent", "importe gastado", "valor usado", "消化金額"])
        || is(&["spend", "ad spend", "cost", "spent"])
    {
        return Role::Spend;
    }
    if is(&[
        "messaging conversations started",
        "conversations started",
        "conversations",
        "chats",
        "messages",
        "conversaciones con mensajes iniciadas",
        "conversas por mensagem iniciadas",
        "new messaging connections",
    ]) {
        return Role::Started;
    }
    if is(&["messaging conversations replied", "replies", "replied", "responded"]) {
        return Role::Replies;
    }
    if is(&["qualified", "qualified conversations", "qualified chats", "qualified leads"]) {
        return Role::Qualified;
    }
    if is(&["handoffs", "sales handoffs", "handoff", "appointments", "bookings", "quotes", "meetings"]) {
        return Role::Handoffs;
    }
    if is(&["customers", "purchases", "sales", "won", "deals won", "orders", "compras"]) {
        return Role::Customers;
    }
    if is(&[
        "revenue",
        "purchases conversion value",
        "conversion value",
        "income",
        "valor de conversión de compras",
    ]) {
        return Role::Revenue;
    }
    if is(&["impressions", "impresiones", "impressões", "インプレッション"]) {
        return Role::Impressions;
    }
    if is(&["link clicks", "clics en el enlace", "cliques no link"]) {
        return Role::LinkClicks;
    }
    if is(&["results", "resultados", "結果"]) {
        return Role::Results;
    }
    if is(&["result indicator", "indicador de resultados", "result type"]) {
        return Role::ResultIndicator;
    }
    if is(&[
        "status",
        "deal stage",
        "deal - stage",
        "deal - status",
        "stage",
        "outcome",
        "estado",
        "lead status",
    ]) {
        return Role::Status;
    }
    if is(&["amount", "deal - value", "value", "deal value", "order value"]) {
        return Role::Value;
    }
    Role::Ignore
}

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
        assert_eq!(guess_role("Deal Stage"), Role::Status);
        assert_eq!(guess_role("Deal - Status"), Role::Status);
        assert_eq!(guess_role("Amount"), Role::Value);
        assert_eq!(guess_role("Deal - Value"), Role::Value);
        // The period of a deal log is when deals were created; close dates are blank for open deals.
        assert_eq!(guess_role("Create Date"), Role::PeriodStart);
        assert_eq!(guess_role("Close Date"), Role::Ignore);
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
