//! The header names CRM deal exports write, by role: HubSpot and Pipedrive in English,
//! Portuguese (Brazil) and Spanish, and hand-kept outcome logs. Compared as
//! [`super::headers`]' are. The Portuguese and Spanish names were read off exports and
//! importers written against them (HubSpot's "Etapa do negócio", Pipedrive's "Negócio - Ganho
//! em"), not translated here.

use super::headers::Names;

pub(super) const STATUS: Names = Names {
    exact: &[
        "status",
        "deal stage",
        "deal - status",
        "outcome",
        "estado",
        "lead status",
        // HubSpot's deal stage and Pipedrive's status in Portuguese and Spanish exports.
        // "Trato - Estado" is seen in public code written against a Spanish Pipedrive export
        // (beside "Trato - Trato creado", "Trato - Valor", "Trato - Fecha de cierre prevista");
        // that code reads no won or lost time, so the Spanish names of those below are inferred
        // (a column of dates only on won, or only on lost, rows is found by its values:
        // `date_roles`).
        "etapa do negócio",
        "negócio - status",
        "etapa del negocio",
        "negocio - estado",
        "trato - estado",
    ],
    prefixes: &[],
};

/// A pipeline stage beside a won / lost / open status (Pipedrive); alone, it is read as the
/// status.
pub(super) const STAGE: Names = Names {
    exact: &[
        "deal - stage",
        "stage",
        "pipeline stage",
        "negócio - etapa",
        "negocio - etapa",
        "trato - etapa",
    ],
    prefixes: &[],
};

/// When a deal was won, lost, or closed either way (by its status), as CRMs export them; a
/// rep's expected close date is none of these.
pub(super) const WON_DATE: Names = Names {
    exact: &[
        "deal - won time",
        "won time",
        "won date",
        "date won",
        "won on",
        "deal - won date",
        "closed won date",
        "negócio - ganho em",
        "negócio - data de ganho",
        "negocio - fecha de ganado",
        "trato - fecha de ganado",
    ],
    prefixes: &[],
};
pub(super) const LOST_DATE: Names = Names {
    exact: &[
        "deal - lost time",
        "lost time",
        "lost date",
        "date lost",
        "lost on",
        "deal - lost date",
        "closed lost date",
        "negócio - data de perda",
        "negocio - fecha de perdido",
        "trato - fecha de perdido",
    ],
    prefixes: &[],
};
pub(super) const CLOSE_DATE: Names = Names {
    exact: &[
        "close date",
        "closed date",
        "date closed",
        "closed on",
        "deal - deal closed on",
        "deal - close date",
        "data de fechamento",
        "negócio - negócio fechado em",
        "fecha de cierre",
        "negocio - negocio cerrado el",
    ],
    prefixes: &[],
};

/// The day a conversation was qualified, in a conversation log.
pub(super) const QUALIFIED_DATE: Names = Names {
    exact: &[
        "qualified at",
        "qualified on",
        "qualified date",
        "date qualified",
        "qualification date",
        // HubSpot's lifecycle dates: an MQL is qualified, an SQL handed to sales.
        "became a marketing qualified lead date",
        "mql date",
    ],
    prefixes: &[],
};
/// The day a conversation was handed to sales or booked, in a conversation log.
pub(super) const HANDOFF_DATE: Names = Names {
    exact: &[
        "booked on",
        "booked at",
        "booking date",
        "date booked",
        "handed off at",
        "handed off on",
        "handoff date",
        "meeting booked on",
        "meeting booked at",
        "became a sales qualified lead date",
        "sql date",
    ],
    prefixes: &[],
};

/// The channel a CRM's deal or contact came from (HubSpot, Pipedrive, UTM parameters).
pub(super) const SOURCE: Names = Names {
    exact: &[
        "original traffic source",
        "original source",
        "original source type",
        "latest traffic source",
        "deal - source channel",
        "deal - source",
        "deal - source origin",
        "fonte original do tráfego",
        "negócio - canal de origem",
        "negócio - origem",
        "fuente original de tráfico",
        "fuente de tráfico más reciente",
        "negocio - canal de origen",
        "negocio - origen",
        "source channel",
        "lead source",
        "deal - lead source",
        "utm_source",
        "utm source",
        "deal - utm_source",
        "utm_medium",
        "deal - utm_medium",
    ],
    prefixes: &[],
};

pub(super) const VALUE: Names = Names {
    exact: &[
        "amount",
        "deal - value",
        "value",
        "deal value",
        "order value",
        // HubSpot's amount and Pipedrive's value in Portuguese and Spanish exports.
        "valor",
        "valor na moeda da empresa",
        "negócio - valor",
        "negocio - valor",
        "trato - valor",
    ],
    prefixes: &[],
};
