//! Uncertainty of a step rate: the 95% Wilson score interval, and how many observations it
//! would take for an interval around the same rate to clear a target.

/// z for a two-sided 95% interval.
pub const Z95: f64 = 1.959_963_984_540_054;

/// The Wilson score interval for `successes` out of `trials` at the given z, as (low, high).
/// `None` when there are no trials. Always within [0, 1] for `successes <= trials`.
pub fn wilson(successes: u64, trials: u64, z: f64) -> Option<(f64, f64)> {
    if trials == 0 || successes > trials {
        return None;
    }
    let n = trials as f64;
    let p = successes as f64 / n;
    let z2 = z * z;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = z / denominator * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    // The interval always contains p; clamping guards the float rounding at p = 0 and p = 1.
    Some(((centre - half).clamp(0.0, p), (centre + half).clamp(p, 1.0)))
}

/// Newcombe's hybrid score interval (his method 10) for the difference of two rates,
/// `x1/n1 − x2/n2`, at 95%: built from the two Wilson intervals. `None` without trials.
pub fn newcombe(x1: u64, n1: u64, x2: u64, n2: u64) -> Option<(f64, f64)> {
    let (l1, u1) = wilson(x1, n1, Z95)?;
    let (l2, u2) = wilson(x2, n2, Z95)?;
    let (p1, p2) = (x1 as f64 / n1 as f64, x2 as f64 / n2 as f64);
    let d = p1 - p2;
    Some((
        d - ((p1 - l1).powi(2) + (u2 - p2).powi(2)).sqrt(),
        d + ((u1 - p1).powi(2) + (p2 - l2).powi(2)).sqrt(),
    ))
}

/// Largest number of trials [`trials_to_separate`] will consider.
pub const MAX_TRIALS: u64 = 1_000_000_000;

/// The fewest trials beyond `so_far` (the trials whose interval didn't separate them) at which
/// a rate of `rate` would give a 95% interval that excludes `target`, assuming the rate holds.
/// `None` when the rate sits on the target (no volume would tell them apart) or it would take
/// more than [`MAX_TRIALS`]. Searched above `so_far` since rounding the successes can make a
/// smaller volume separate them, which would say "0 more" of a rate that isn't settled.
pub fn trials_to_separate(rate: f64, target: f64, so_far: u64) -> Option<u64> {
    if !(0.0..=1.0).contains(&rate) || !(0.0..=1.0).contains(&target) || (rate - target).abs() < 1e-9 {
        return None;
    }
    let separated = |n: u64| {
        let successes = (rate * n as f64).round() as u64;
        wilson(successes.min(n), n, Z95).is_some_and(|(lo, hi)| hi < target || lo > target)
    };
    if so_far >= MAX_TRIALS || !separated(MAX_TRIALS) {
        return None;
    }
    // Separation is monotone in n up to rounding of the successes; bisect on the boundary.
    let (mut lo, mut hi) = (so_far + 1, MAX_TRIALS);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if separated(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Some(lo)
}

#[cfg(test)]
mod tests {
    use super::newcombe;

    #[test]
    fn newcombes_interval_matches_his_published_values() {
        // Newcombe (1998), Statistics in Medicine 17:873–890, table II, method 10.
        let round = |(lo, hi): (f64, f64)| ((lo * 1e4).round() / 1e4, (hi * 1e4).round() / 1e4);
        assert_eq!(newcombe(56, 70, 48, 80).map(round), Some((0.0524, 0.3339)));
        assert_eq!(newcombe(9, 10, 3, 10).map(round), Some((0.1705, 0.8090)));
        assert_eq!(newcombe(5, 56, 0, 29).map(round), Some((-0.0381, 0.1926)));
        assert_eq!(newcombe(1, 0, 1, 2), None);
    }

    use super::*;

    fn round4(x: f64) -> f64 {
        (x * 10_000.0).round() / 10_000.0
    }

    /// Newcombe (1998), "Two-sided confidence intervals for the single proportion",
    /// Statistics in Medicine 17:857–872, Table II, method 3 (score interval without
    /// continuity correction).
    #[test]
    fn matches_newcombes_published_wilson_intervals_to_four_decimals() {
        let cases = [
            (81, 263, 0.2553, 0.3662),
            (15, 148, 0.0624, 0.1605),
            (0, 20, 0.0000, 0.1611),
            (1, 29, 0.0061, 0.1718),
        ];
        for (k, n, lo, hi) in cases {
            let (got_lo, got_hi) = wilson(k, n, Z95).unwrap();
            assert_eq!((round4(got_lo), round4(got_hi)), (lo, hi), "{k}/{n}");
        }
    }

    #[test]
    fn no_interval_without_trials_or_with_more_successes_than_trials() {
        assert_eq!(wilson(0, 0, Z95), None);
        assert_eq!(wilson(5, 4, Z95), None);
        assert_eq!(wilson(4, 4, Z95).unwrap().1, 1.0);
    }

    #[test]
    fn trials_needed_shrink_as_the_gap_grows() {
        // 20% against 40%: a small sample already separates them.
        let wide = trials_to_separate(0.2, 0.4, 0).unwrap();
        let narrow = trials_to_separate(0.35, 0.4, 0).unwrap();
        assert!(wide < narrow, "{wide} vs {narrow}");
        // At the answer the interval excludes the target; one fewer and it does not.
        let n = narrow;
        let (_, hi) = wilson((0.35 * n as f64).round() as u64, n, Z95).unwrap();
        assert!(hi < 0.4);
        let (_, hi) = wilson((0.35 * (n - 1) as f64).round() as u64, n - 1, Z95).unwrap();
        assert!(hi >= 0.4);
        assert_eq!(trials_to_separate(0.3, 0.3, 0), None);
    }

    #[test]
    fn trials_needed_are_counted_beyond_the_ones_so_far() {
        // 110 of 251 (43.8%) against 50%: the interval is 37.83%–50.010%, so it can't tell.
        let (_, hi) = wilson(110, 251, Z95).unwrap();
        assert!(hi > 0.5 && hi < 0.5002, "{hi}");
        // At 243 trials the rate's 106.49 successes round to 106: 39.13%–51.55%, not separated
        // either, but rounding makes some smaller volumes separate (245: 107 of 245 reaches
        // 49.97%), so a search from one trial would answer at or below 251: "0 more".
        let (_, hi) = wilson(107, 245, Z95).unwrap();
        assert!(hi < 0.5, "{hi}");
        // Beyond the 251 so far, rounding still alternates: 252 (110.44 → 110 successes)
        // reaches 49.82%, 253 (110.88 → 111) 50.03%, … 259 (113.51 → 114) 50.10%. From 260
        // (113.94 → 114: 49.92%) on, every volume clears 50% (261: 49.74%, 262: 49.95%,
        // 263: 49.77%): the bisection's boundary is 260.
        assert_eq!(trials_to_separate(110.0 / 251.0, 0.5, 251), Some(260));
        for (successes, trials, separates) in
            [(110, 252, true), (111, 253, false), (114, 259, false), (114, 260, true)]
        {
            let (_, hi) = wilson(successes, trials, Z95).unwrap();
            assert_eq!(hi < 0.5, separates, "{successes} of {trials}: {hi}");
        }
    }
}
