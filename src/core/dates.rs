//! Dates as imported data writes them: ISO dates as day numbers, and a segment's
//! [`Period`] (its first and last day).

/// Days since 1970-01-01 for an ISO date (`2026-10-31`), or `None` if it isn't one.
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.trim().get(..10)?.split('-');
    let (y, m, d): (i64, i64, i64) =
        (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days-from-civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The dates a segment covers: its first and last day as they were written in the data
/// (ISO dates where the export has them). Saved and shared as the text "start – end" (or
/// one date when both are the same), which is also how saves from before this type read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    pub start: String,
    pub end: String,
}

impl Period {
    pub fn new(start: &str, end: &str) -> Period {
        Period { start: start.to_string(), end: end.to_string() }
    }

    /// (first day, last day) as day numbers, when both are ISO dates.
    pub fn days(&self) -> Option<(i64, i64)> {
        Some((day_number(&self.start)?, day_number(&self.end)?))
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.start == self.end {
            f.write_str(&self.start)
        } else {
            write!(f, "{} – {}", self.start, self.end)
        }
    }
}

impl From<&str> for Period {
    /// "start – end", or one date for both.
    fn from(text: &str) -> Period {
        let (start, end) = text.split_once(" – ").unwrap_or((text, text));
        Period::new(start.trim(), end.trim())
    }
}

impl serde::Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Period, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Period::from(text.as_ref()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_saved_as_the_text_older_saves_hold() {
        let p = Period::new("2026-10-01", "2026-10-31");
        assert_eq!(serde_json::to_string(&p).unwrap(), r#""2026-10-01 – 2026-10-31""#);
        assert_eq!(serde_json::from_str::<Period>(r#""2026-10-01 – 2026-10-31""#).unwrap(), p);
        let day: Period = serde_json::from_str(r#""2026-10-02""#).unwrap();
        assert_eq!(
            (day.start.as_str(), day.end.as_str(), day.to_string().as_str()),
            ("2026-10-02", "2026-10-02", "2026-10-02")
        );
        assert_eq!(Period::from("Week 41").days(), None, "not a date: kept, but no span");
        assert_eq!(p.days().map(|(a, b)| b - a), Some(30));
    }
}
