//! The ground floor: exact money, the number grammar, statistics, dates, plural categories, sentences with their formatter, and the marks charts are drawn from.

pub mod calendar;
pub mod chart;
pub mod dates;
pub mod language;
pub mod money;
pub mod number;
pub mod plural;
pub mod stats;
pub mod text;
