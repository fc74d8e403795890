use super::*;
use crate::core::basics::dates::Period;
use crate::core::basics::number::DecimalSep;
use crate::core::comparison::segment::{Segment, SortKey};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/export/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn fields_are_quoted_as_rfc_4180_says_and_formulas_are_defused() {
    assert_eq!(field("plain"), "plain");
    assert_eq!(field("Summer, promo"), "\"Summer, promo\"");
    assert_eq!(field("the \"best\" ad"), "\"the \"\"best\"\" ad\"");
    assert_eq!(field("two\nlines"), "\"two\nlines\"");
    assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(field("-5 promo"), "'-5 promo");
    assert_eq!(money(Money::from_cents(123_450)), "1234.50");
    assert_eq!(money(Money(1_005_000)), "1.01", "half a cent rounds away from zero");
    assert_eq!(money(Money(-2_500_000)), "-2.50");
    assert_eq!(number(0.65, Unit::Percent), "0.65");
    assert_eq!(number(1.0 / 3.0, Unit::Percent), "0.333333");
    assert_eq!(number(3.0, Unit::Money), "3.00");
}

#[test]
fn the_sample_ladder_as_csv() {
    let ws = Workspace::sample();
    let ladder = ws.evaluate(DecimalSep::Dot).ladder;
    let csv = ladder_csv(&ladder, "USD");
    if std::env::var("PRINT").is_ok() {
        println!("{csv}");
    }
    assert_eq!(csv, fixture("ladder-sample.csv"));
}

#[test]
fn the_segment_table_as_csv_in_the_order_shown() {
    let ws = Workspace {
        segments: vec![
            Segment {
                name: "Summer, promo".into(),
                period: Some(Period::new("2026-10-01", "2026-10-31")),
                spend: Some(Money::from_cents(62_005)),
                started: Some(1000),
                replies: Some(700),
                qualified: Some(80),
                handoffs: Some(30),
                customers: Some(2),
                revenue: Some(Money::from_units(900)),
                ..Default::default()
            },
            Segment {
                name: "=Retargeting".into(),
                spend: Some(Money::from_units(440)),
                started: Some(400),
                ..Default::default()
            },
        ],
        ..Workspace::default()
    };
    let rows = ws.segment_rows(&ws.evaluate(DecimalSep::Dot), SortKey::Spend, false);
    assert_eq!(segments_csv(&ws, &rows), fixture("segments.csv"));
    assert_eq!(
        file_name("Acme Dental – Clinic", "ladder", 1_764_583_200_000.0),
        "acme-dental-clinic-ladder-2025-12-01.csv"
    );
    assert_eq!(file_name("   ", "segments", 0.0), "messaging-ladder-segments-1970-01-01.csv");
}
