//! What the import tests that compare two periods share: the pair of period names
//! `PeriodComparison::between` holds, as messages.

use messaging_ladder::core::basics::dates::{period_name, Period};
use messaging_ladder::core::message::Arg;

/// The names of the periods from `earlier` to `later`, each its first and last ISO day.
pub fn between(earlier: (&str, &str), later: (&str, &str)) -> (Arg, Arg) {
    let name = |(start, end): (&str, &str)| Arg::Message(Box::new(period_name(&Period::new(start, end))));
    (name(earlier), name(later))
}
