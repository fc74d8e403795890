//! What is kept in the browser: the save format, the named workspaces, two tabs' merge, and backups.

pub mod backup;
pub mod library;
pub mod merge;
pub mod persist;
