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

    /// The amount in whole cents, rounded half away from zero: 12.345 is 1235, −12.345 is −1235.
    pub fn cents(self) -> i64 {
        // Unsigned, so the largest amounts (a fuzzed file's sums) round without overflowing.
        let (half, cent) = ((MICROS_PER_UNIT / 200) as u64, (MICROS_PER_UNIT / 100) as u64);
        let cents = ((self.0.unsigned_abs() + half) / cent) as i64;
        if self.0 < 0 {
            -cents
        } else {
            cents
        }
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// Splits this amount across `weights` in proportion, to the millionth, so the parts add
    /// up to the whole exactly (largest remainder: the rounding is given to the largest
    /// fractions first). `None` when the weights add up to zero or less.
    pub fn spread(self, weights: &[Money]) -> Option<Vec<Money>> {
        let total: i128 = weights.iter().map(|w| w.0.max(0) as i128).sum();
        if total <= 0 {
            return None;
        }
        let whole = self.0 as i128;
        let mut parts: Vec<(i128, i128)> = weights
            .iter()
            .map(|w| {
                let scaled = whole * w.0.max(0) as i128;
                (scaled.div_euclid(total), scaled.rem_euclid(total))
            })
            .collect();
        let mut left = whole - parts.iter().map(|(q, _)| q).sum::<i128>();
        let mut order: Vec<usize> = (0..parts.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(parts[i].1));
        for i in order {
            if left <= 0 {
                break;
            }
            parts[i].0 += 1;
            left -= 1;
        }
        Some(parts.into_iter().map(|(q, _)| Money(q as i64)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_amounts_round_to_cents_without_overflowing() {
        // Found by fuzzing (paste): rows of other results summing to near i64::MAX micros
        // overflowed the rounding in the left-out note.
        assert_eq!(Money(i64::MAX).cents(), 922_337_203_685_478);
        assert_eq!(Money(i64::MIN).cents(), -922_337_203_685_478);
        assert_eq!(Money(12_345_000).cents(), 1235);
        assert_eq!(Money(-12_345_000).cents(), -1235);
    }

    #[test]
    fn cents_round_half_away_from_zero() {
        assert_eq!(Money(12_345_000).cents(), 1235);
        assert_eq!(Money(12_344_999).cents(), 1234);
        assert_eq!(Money(-12_345_000).cents(), -1235);
        assert_eq!(Money(-4_999).cents(), 0);
    }

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

    #[test]
    fn a_spread_is_proportional_and_adds_up_exactly() {
        // 1,500 over spends of 100 and 300: a quarter and three quarters.
        let parts = Money::from_units(1500).spread(&[Money::from_units(100), Money::from_units(300)]);
        assert_eq!(parts, Some(vec![Money::from_units(375), Money::from_units(1125)]));
        // 1.00 over three equal spends: 333,334 + 333,333 + 333,333 millionths.
        let thirds = Money::from_units(1).spread(&[Money::from_units(5); 3]).unwrap();
        assert_eq!(thirds, vec![Money(333_334), Money(333_333), Money(333_333)]);
        assert_eq!(thirds.iter().map(|m| m.0).sum::<i64>(), 1_000_000);
        assert_eq!(Money::from_units(10).spread(&[Money::ZERO, Money::ZERO]), None);
    }
}
