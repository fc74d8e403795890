//! The pure core: ladder math, input validation, diagnosis and the storage format. Plain Rust
//! with no web or UI types; everything here is tested natively with `cargo test`.

pub mod basics;
pub mod closing;
pub mod comparison;
pub mod diagnosis;
pub mod import;
pub mod ladder;
pub mod message;
pub mod outbound;
pub mod scenario;
pub mod storage;
pub mod workspace;
