//! The imported segments compared: the segment table, grouping by name and by period, inversions, the funnel plot, budget moves, why CAC moved, and the "Showing" choices.

pub mod budget;
pub mod funnel_plot;
pub mod grouping;
pub mod inversion;
pub mod period_split;
pub mod periods;
pub mod segment;
pub mod source_choice;
pub(crate) mod words;
