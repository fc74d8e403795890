//! The ladder's vocabulary, the ground floor every other module builds on: the form's
//! fields, the stages and steps, and the metrics with their units and formulas. Names only; no
//! arithmetic, and no words: what each is called is in `ladder::words`, from the catalogue.

mod field;
mod metric;
mod stage;

pub use field::{Field, FieldKind};
pub use metric::{MetricId, Operand, Unit};
pub use stage::{Stage, Step};
