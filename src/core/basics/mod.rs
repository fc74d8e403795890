//! The ground floor: exact money, the number grammar, statistics, dates, plural categories, and sentences with their formatter.

pub mod dates;
pub mod language;
pub mod money;
pub mod number;
pub mod plural;
pub mod stats;
pub mod text;
