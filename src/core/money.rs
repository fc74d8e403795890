//! Exact money: amounts held as integer millionths of the currency's major unit, so sums and
//! comparisons never drift; conversion to `f64` happens only for ratios shown to the user.

use serde::{Deserialize, Serialize};

/// Millionths of a major currency unit per major unit.
pub const MICROS_PER_UNIT: i64 = 1_000_000;

/// An amount of money in millionths of the major unit (1 USD = 1,000,000).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Money(pub i64);

impl Money {
    pub const ZERO: Money = Money(0);

    /// Whole major units, e.g. `Money::from_units(12)` is 12.00.
    pub const fn from_units(units: i64) -> Money {
        Money(units * MICROS_PER_UNIT)
    }

    /// Hundredths (cents), e.g. `Money::from_cents(1250)` is 12.50.
    pub const fn from_cents(cents: i64) -> Money {
        Money(cents * (MICROS_PER_UNIT / 100))
    }

    /// The amount in major units as a float, for ratios and display.
    pub fn as_f64(self) -> f64 {
        self.0 as f64 / MICROS_PER_UNIT as f64
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cents_and_units_agree() {
        assert_eq!(Money::from_cents(1250), Money(12_500_000));
        assert_eq!(Money::from_units(12), Money(12_000_000));
        assert_eq!(Money::from_cents(1250).as_f64(), 12.5);
    }

    #[test]
    fn sums_are_exact_where_floats_drift() {
        // 0.10 + 0.20 is not 0.30 in binary floating point; in micros it is.
        let sum = Money::from_cents(10).checked_add(Money::from_cents(20)).unwrap();
        assert_eq!(sum, Money::from_cents(30));
    }
}
