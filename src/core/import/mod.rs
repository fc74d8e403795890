//! Importing pasted cells and uploaded exports: bytes to text, text to records, columns to
//! roles and numbers, and rows folded into workspace segments as they stream past. Nothing here touches the workspace:
//! the result is a preview the user confirms, so a failed import changes nothing.

pub mod analyze;
pub mod columns;
mod crm_headers;
mod date_roles;
mod deal_dates;
pub mod decode;
pub mod error;
mod fold;
pub mod grid;
mod headers;
pub mod join;
pub mod notes;
pub mod numbers;
mod outcomes;
pub mod protocol;
pub mod read;
mod rows;
pub mod session;
mod shared;
pub mod sources;
pub mod stream;
mod structure;
pub mod table;
mod wording;
pub mod words;
