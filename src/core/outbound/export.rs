//! CSV downloads a client can open: the ladder (metric, value, unit, formula) and the segment
//! table (every column shown). RFC 4180 (CRLF lines, fields with a comma, quote or line break
//! quoted, quotes doubled), UTF-8 with a byte-order mark so Excel reads it as UTF-8, values
//! exact and plain: money with two decimals from exact sums, rates as decimals (0.65, not 65%),
//! blank where a value can't be computed, with the reason beside it. A name that starts like a
//! spreadsheet formula (= + - @) is written with a leading apostrophe, so opening the file
//! never runs it.

use crate::core::basics::money::Money;
use crate::core::closing::Closing;
use crate::core::comparison::segment::{SegmentRow, SEGMENT_METRICS};
use crate::core::ladder::{Ladder, Unit, Value};
use crate::core::message::{plain, Arg, Id, Message};
use crate::core::workspace::Workspace;

const BOM: &str = "\u{feff}";

/// One field, quoted when it must be.
pub fn field(text: &str) -> String {
    let text = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    };
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn line(fields: &[String]) -> String {
    fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",") + "\r\n"
}

/// Exact money with two decimals (half away from zero at the cent): "1234.50".
pub fn money(m: Money) -> String {
    let cents = m.cents().abs();
    format!("{}{}.{:02}", if m.0 < 0 { "-" } else { "" }, cents / 100, cents % 100)
}

/// A computed value as plain text: money to the cent, rates and multiples to six decimals
/// (trailing zeros dropped), counts whole.
pub fn number(v: f64, unit: Unit) -> String {
    match unit {
        // A quotient that is a half cent exactly (620.05 ÷ 2 = 310.025) is a hair under it in
        // binary: rounded as a hand computation rounds it, away from zero.
        Unit::Money => {
            let cents = v * 100.0;
            format!("{:.2}", (cents + cents.signum() * 1e-6).round() / 100.0)
        }
        Unit::Count => format!("{}", v.round()),
        _ => {
            let s = format!("{v:.6}");
            let s = s.trim_end_matches('0').trim_end_matches('.');
            if s == "-0" {
                "0".into()
            } else {
                s.to_string()
            }
        }
    }
}

/// A column's heading, or another word of the file (in the app's words).
fn word(id: Id) -> String {
    plain(&Message::of(id))
}

/// A heading with the currency its money is in: "Spend (USD)".
fn in_currency(column: &str, currency: &str) -> String {
    plain(
        &Message::of(Id::OutCsvInCurrency)
            .with("column", Arg::Text(column.to_string()))
            .with("currency", Arg::Text(currency.to_string())),
    )
}

/// What a metric's unit is called in the file: "money (USD)", "rate (decimal)".
fn unit_name(unit: Unit, currency: &str) -> String {
    match unit {
        Unit::Money => {
            plain(&Message::of(Id::OutCsvUnitMoney).with("currency", Arg::Text(currency.to_string())))
        }
        Unit::Percent => word(Id::OutCsvUnitRate),
        Unit::Multiple => word(Id::OutCsvUnitMultiple),
        Unit::Count | Unit::Decimal => word(Id::OutCsvUnitCount),
    }
}

/// The ladder as CSV: one row per metric, with its unit and formula.
pub fn ladder_csv(ladder: &Ladder, currency: &str) -> String {
    let mut out = String::from(BOM);
    let header = [Id::OutCsvMetric, Id::OutCsvValue, Id::OutCsvUnit, Id::OutCsvFormula, Id::OutCsvNote];
    out += &line(&header.map(word));
    for m in &ladder.metrics {
        let unit = m.id.unit();
        let (value, note) = match m.value {
            Value::Known(v) => (number(v, unit), String::new()),
            Value::Unknown(reason) => (String::new(), plain(&reason.text())),
        };
        out +=
            &line(&[m.id.name().to_string(), value, unit_name(unit, currency), plain(&m.id.formula()), note]);
    }
    out
}

/// The segment table as CSV, in the order shown, with exact spend from the segments' sums.
pub fn segments_csv(workspace: &Workspace, rows: &[SegmentRow]) -> String {
    let mut out = String::from(BOM);
    let currency = workspace.currency.as_str();
    let mut header = vec![
        word(Id::OutCsvSegment),
        word(Id::OutCsvPeriodStart),
        word(Id::OutCsvPeriodEnd),
        in_currency(&word(Id::OutCsvSpend), currency),
        word(Id::OutCsvStarted),
    ];
    header.extend(SEGMENT_METRICS.iter().map(|id| match id.unit() {
        Unit::Money => in_currency(id.name(), currency),
        _ => id.name().to_string(),
    }));
    // What a CAC counts, only when some segment's deals are still closing.
    let closing = rows.iter().any(|r| r.closing.is_some());
    if closing {
        header.push(word(Id::OutCsvCacCounts));
    }
    out += &line(&header);
    for row in rows {
        let segment = workspace.segments.get(row.index);
        let mut fields = vec![
            row.name.clone(),
            row.period.as_ref().map(|p| p.start.clone()).unwrap_or_default(),
            row.period.as_ref().map(|p| p.end.clone()).unwrap_or_default(),
            segment.and_then(|s| s.spend).map(money).unwrap_or_default(),
            row.started.map(|n| n.to_string()).unwrap_or_default(),
        ];
        for id in SEGMENT_METRICS {
            let value = row.metrics.iter().find(|(m, _)| *m == id).map(|(_, v)| *v);
            fields.push(match value {
                Some(Value::Known(v)) => number(v, id.unit()),
                _ => String::new(),
            });
        }
        if closing {
            fields.push(match row.closing {
                Some(Closing::Projected) => word(Id::ClosingCacMarkProjected),
                Some(Closing::SoFar) => word(Id::ClosingCacMarkSoFar),
                None => String::new(),
            });
        }
        out += &line(&fields);
    }
    out
}

/// A download's file name: the workspace's name made safe, what it holds and the date:
/// "acme-dental-ladder-2026-12-01.csv".
pub fn file_name(workspace_name: &str, what: &str, now: f64) -> String {
    file_name_as(workspace_name, what, "csv", now)
}

/// A download's file name with its own extension: "acme-dental-funnel-2026-12-01.png".
pub fn file_name_as(workspace_name: &str, what: &str, extension: &str, now: f64) -> String {
    let mut slug = String::new();
    for c in workspace_name.to_lowercase().chars() {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "messaging-ladder" } else { slug };
    let date = crate::core::basics::calendar::iso_date_of_ms(now);
    format!("{}-{what}-{date}.{extension}", slug.chars().take(40).collect::<String>())
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod language_tests {
    use crate::core::basics::language::Language;
    use crate::core::ladder::{compute, LadderInput};
    use crate::core::message::{load_catalogue, speak};

    #[test]
    fn csv_headings_are_in_the_language_spoken() {
        let ladder = compute(&LadderInput::default());
        assert!(super::ladder_csv(&ladder, "USD").starts_with("\u{feff}Metric,Value,Unit,Formula,Note"));
        load_catalogue(Language::Spanish, "out-csv-metric = Métrica\nout-csv-value = Valor").unwrap();
        speak(Language::Spanish);
        let csv = super::ladder_csv(&ladder, "USD");
        speak(Language::English);
        assert!(csv.starts_with("\u{feff}Métrica,Valor,Unit,"), "a heading the file lacks is English: {csv}");
    }
}
