//! Dates as imported data writes them: ISO dates as day numbers, and a segment's
//! [`Period`] (its first and last day).

use crate::core::basics::calendar::{day_number, iso_date, month_number};
use crate::core::message::{Arg, Id, Message};

/// How imported rows with dates are grouped into periods.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Grouping {
    /// By month when the rows fall in two months or more and none spans two, else one total.
    #[default]
    Auto,
    /// One total per name, whatever the dates.
    Whole,
    /// Calendar months.
    Month,
    /// Weeks from Monday to Sunday.
    Week,
}

impl Grouping {
    pub const CHOICES: [Grouping; 4] = [Grouping::Auto, Grouping::Whole, Grouping::Month, Grouping::Week];

    pub fn id(self) -> &'static str {
        match self {
            Grouping::Auto => "auto",
            Grouping::Whole => "whole",
            Grouping::Month => "month",
            Grouping::Week => "week",
        }
    }

    pub fn from_id(id: &str) -> Grouping {
        Grouping::CHOICES.into_iter().find(|g| g.id() == id).unwrap_or_default()
    }

    /// Whether rows were split into periods.
    pub fn splits(self) -> bool {
        matches!(self, Grouping::Month | Grouping::Week)
    }

    /// The choice as the import preview offers it.
    pub fn label(self) -> Message {
        Message::of(match self {
            Grouping::Auto => Id::LadderGroupingAuto,
            Grouping::Whole => Id::LadderGroupingWhole,
            Grouping::Month => Id::LadderGroupingMonth,
            Grouping::Week => Id::LadderGroupingWeek,
        })
    }

    /// The period holding `date` (an ISO date, perhaps with a time after it), as a key that
    /// sorts in time: a month number or the day number of the week's Monday. `None` for a
    /// grouping that doesn't split, or a date that isn't ISO. Months read only the first
    /// seven characters, so a long outcome log pays little for it.
    pub fn bucket(self, date: &str) -> Option<i64> {
        match self {
            Grouping::Auto | Grouping::Month => month_number(date),
            Grouping::Week => day_number(date).map(|d| d - (d + 3).rem_euclid(7)),
            Grouping::Whole => None,
        }
    }

    /// The first and last day of the period keyed `bucket`.
    pub fn period(self, bucket: i64) -> Period {
        match self {
            Grouping::Week => Period { start: iso_date(bucket), end: iso_date(bucket + 6) },
            _ => {
                let (y, m) = (bucket.div_euclid(12), bucket.rem_euclid(12) + 1);
                let next = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                let first_of_next = day_number(&format!("{:04}-{:02}-01", next.0, next.1)).unwrap_or(0);
                Period { start: format!("{y:04}-{m:02}-01"), end: iso_date(first_of_next - 1) }
            }
        }
    }
}

const MONTHS: [Id; 12] = [
    Id::MonthJanuary,
    Id::MonthFebruary,
    Id::MonthMarch,
    Id::MonthApril,
    Id::MonthMay,
    Id::MonthJune,
    Id::MonthJuly,
    Id::MonthAugust,
    Id::MonthSeptember,
    Id::MonthOctober,
    Id::MonthNovember,
    Id::MonthDecember,
];

/// What a period is called: "October 2026" for a calendar month, else its days ("Oct 5 – 11,
/// 2026" for a Monday-to-Sunday week: dates as the locale writes them, ISO in files), or
/// the text of a period whose dates aren't ISO dates.
pub fn period_name(period: &Period) -> Message {
    if let Some((a, b)) = period.days() {
        if let Some(month) = month_number(&period.start) {
            if Grouping::Month.period(month) == *period {
                return Message::of(Id::PeriodMonth)
                    .with("month", Arg::Message(Box::new(Message::of(MONTHS[month.rem_euclid(12) as usize]))))
                    .with("year", Arg::Year(month.div_euclid(12)));
            }
        }
        // Other dated spans, weeks among them: their days as the locale writes a range of
        // dates, which reads the same at the start of a sentence and inside one ("Comparing
        // Oct 5 – 11, 2026 with …"), in every language.
        if a == b {
            return Message::of(Id::PeriodDay).with("date", Arg::Date(a));
        }
        return Message::of(Id::PeriodSpan).with("days", Arg::Days(a, b));
    }
    Message::of(Id::PeriodDates).with("dates", Arg::Text(period.to_string()))
}

/// [`period_name`] as text in the language spoken now, for a period that names a segment.
pub fn period_label(period: &Period) -> String {
    crate::core::message::plain(&period_name(period))
}

/// Whether `name` is what [`period_label`] calls `period`, or what it called a week before
/// weeks were named by their days ("Week of 2026-11-23", which older saves hold).
pub fn names_period(name: &str, period: &Period) -> bool {
    name == period_label(period) || name.strip_prefix("Week of ") == Some(period.start.as_str())
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

    #[test]
    fn dates_group_into_months_and_weeks() {
        for day in [-1, 0, 59, 20_782, 20_819] {
            assert_eq!(day_number(&iso_date(day)), Some(day), "{day}");
        }
        assert_eq!(iso_date(20_782), "2026-11-25");
        // 2026 × 12 + 10 − 1 = 24 321.
        assert_eq!(Grouping::Month.bucket("2026-10-31 23:59"), Some(24_321));
        assert_eq!(Grouping::Month.bucket("31/10/2026"), None);
        assert_eq!(Grouping::Month.period(24_321), Period::new("2026-10-01", "2026-10-31"));
        assert_eq!(Grouping::Month.period(24_313), Period::new("2026-02-01", "2026-02-28"));
        assert_eq!(Grouping::Month.period(2024 * 12 + 1), Period::new("2024-02-01", "2024-02-29"), "leap");
        assert_eq!(Grouping::Month.period(2026 * 12 + 11), Period::new("2026-12-01", "2026-12-31"));
        // 2026-11-25 is a Wednesday: its week runs Monday 23 to Sunday 29 November.
        let week = Grouping::Week.bucket("2026-11-25").unwrap();
        assert_eq!(Grouping::Week.period(week), Period::new("2026-11-23", "2026-11-29"));
        assert_eq!(Grouping::Week.bucket("2026-11-29"), Some(week));
        assert_eq!(Grouping::Week.bucket("2026-11-30"), Some(week + 7));
        assert_eq!(Grouping::Whole.bucket("2026-11-25"), None);
        assert_eq!(period_label(&Period::new("2026-10-01", "2026-10-31")), "October 2026");
        assert_eq!(period_label(&Period::new("2026-11-23", "2026-11-29")), "2026-11-23 – 2026-11-29");
        // A week an older save named the way it was named then is still its period.
        assert!(names_period("Week of 2026-11-23", &Period::new("2026-11-23", "2026-11-29")));
        assert!(names_period("2026-11-23 – 2026-11-29", &Period::new("2026-11-23", "2026-11-29")));
        assert!(!names_period("Week of 2026-11-23", &Period::new("2026-11-30", "2026-12-06")));
        assert_eq!(period_label(&Period::new("2026-10-01", "2026-10-30")), "2026-10-01 – 2026-10-30");
        assert_eq!(Grouping::from_id("week"), Grouping::Week);
        assert_eq!(Grouping::from_id("fortnight"), Grouping::Auto);
    }
}
