//! The pure core: ladder math, input validation, diagnosis and the storage format. Plain Rust
//! with no web or UI types; everything here is tested natively with `cargo test`.

pub mod backup;
pub mod budget;
pub mod business;
pub mod dates;
pub mod diagnosis;
pub mod doubt;
pub mod embed;
pub mod event;
pub mod explain;
pub mod export;
pub mod fields;
pub mod funnel_plot;
pub mod grouping;
pub mod import;
pub mod inversion;
pub mod join_choice;
pub mod ladder;
pub mod library;
pub mod merge;
pub mod money;
pub mod number;
pub mod page;
pub mod period_split;
pub mod periods;
pub mod persist;
pub mod report;
pub mod scenario;
pub mod segment;
pub mod share;
pub mod source_choice;
pub mod stats;
pub mod targets;
pub mod text;
pub mod vocabulary;
pub mod workspace;
