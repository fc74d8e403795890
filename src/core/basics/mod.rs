//! The ground floor: exact money, the number grammar, statistics, dates, and sentences with their formatter.

pub mod dates;
pub mod money;
pub mod number;
pub mod stats;
pub mod text;
