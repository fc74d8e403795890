//! The calendar as day numbers: ISO dates (`2026-10-31`) to days since 1970-01-01 and back,
//! and months counted from year 0. No words: what dates are called is `dates.rs`'s.

/// Days since 1970-01-01 for an ISO date (`2026-10-31`), or `None` if it isn't one.
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.trim().get(..10)?.split('-');
    let (y, m, d): (i64, i64, i64) =
        (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// Days since 1970-01-01 of year `y`, month `m` (1–12), day `d`: Howard Hinnant's
/// days-from-civil.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month 1–12, day) of a day number: Howard Hinnant's civil-from-days, the inverse of
/// [`days_from_civil`].
pub fn civil(day: i64) -> (i64, i64, i64) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The ISO date (`2026-10-31`) of a day number: the inverse of [`day_number`].
pub fn iso_date(day: i64) -> String {
    let (y, m, d) = civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The ISO date (UTC) of a moment given in milliseconds since 1970, as `Date.now()` gives it.
pub fn iso_date_of_ms(ms: f64) -> String {
    iso_date((ms / 86_400_000.0).floor() as i64)
}

/// Months since year 0 (year × 12 + month − 1) of an ISO date's first seven characters.
pub fn month_number(date: &str) -> Option<i64> {
    let b = date.trim_start().as_bytes();
    if b.len() < 7 || b[4] != b'-' || !b[..4].iter().chain(&b[5..7]).all(u8::is_ascii_digit) {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    let (y, m) = (digits(0..4), digits(5..7));
    (1..=12).contains(&m).then_some(y * 12 + m - 1)
}
