//! What leaves the page: share links, CSV and chart exports, the report, and the embed.

pub mod embed;
pub mod export;
pub mod report;
pub mod share;
