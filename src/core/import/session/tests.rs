//! The import session's life: paste, correct, apply; reads replaced or cancelled; remembered
//! corrections; the "as of" day.

use super::*;
use crate::core::import::analyze::signature;
use crate::core::import::read::analyze_bytes_remembering;

const TEXT: &str = "Name,Budget,Chats\nA,15,10\nB,30,12\n";

#[test]
fn a_paste_is_previewed_corrected_and_applied() {
    let mut s = Session::new(DecimalSep::Dot);
    s.paste(TEXT, &BTreeMap::new());
    let Phase::Previewed(p) = &s.phase else { panic!("{:?}", s.phase) };
    assert_eq!(p.columns[1].role, Role::Ignore);
    assert_eq!(s.correct(Correction::Role(1, Role::Spend)), None, "a paste is read again at once");
    let Phase::Previewed(p) = &s.phase else { panic!() };
    assert_eq!(p.segments[1].spend, Some(crate::core::basics::money::Money::from_units(30)));
    let Some(Confirmed { overrides, join: None, .. }) = s.apply() else { panic!() };
    assert_eq!(overrides.roles.get(&1), Some(&Role::Spend));
    assert_eq!(s.phase, Phase::Idle);
    s.applied("Imported 2 segments.".into());
    assert_eq!(s.notice, Some(Notice::Applied("Imported 2 segments.".into())));
}

#[test]
fn a_file_read_that_was_replaced_or_cancelled_changes_nothing() {
    let mut s = Session::new(DecimalSep::Dot);
    let first = s.file(2_000_000.0, &BTreeMap::new());
    let progress = |s: &Session| s.progress_text().map(|m| english(&m));
    assert_eq!(progress(&s).as_deref(), Some("0.0 MB of 2.0 MB · 0 rows"));
    s.progress(first.generation, 1_250_000.0, 15_000.0);
    assert_eq!(progress(&s).as_deref(), Some("1.2 MB of 2.0 MB · 15,000 rows"));
    // A correction starts a new read; the old one's answer is ignored.
    let second = s.correct(Correction::Decimal(1, DecimalSep::Comma)).unwrap();
    assert!(second.generation > first.generation);
    assert_eq!(second.job.mapping.decimals.get(&1).map(String::as_str), Some("comma"));
    let late = analyze_bytes_remembering(
        "x.csv",
        TEXT.as_bytes(),
        &Overrides::default(),
        &BTreeMap::new(),
        DecimalSep::Dot,
    );
    s.finished(first.generation, late.clone(), ReadStats::default());
    assert!(matches!(s.phase, Phase::Reading { .. }));
    s.finished(
        second.generation,
        late.clone(),
        ReadStats { bytes: 5_000.0, ms: 70.0, ..ReadStats::default() },
    );
    assert_eq!(
        s.facts().map(|m| english(&m)).as_deref(),
        Some("x.csv · read as UTF-8 · comma-separated · 2 data rows · read in 70 ms")
    );
    // Cancel during a read: a late answer can't bring a preview back.
    let third = s.file(10.0, &BTreeMap::new());
    s.cancel_read();
    s.finished(third.generation, late, ReadStats::default());
    assert_eq!((&s.phase, s.notice.as_ref()), (&Phase::Idle, Some(&Notice::Cancelled)));
    assert_eq!(s.apply(), None);
}

#[test]
fn remembered_corrections_go_with_the_first_read_and_become_the_sessions() {
    let mut corrected = Overrides::default();
    corrected.roles.insert(1, Role::Spend);
    let first =
        analyze_bytes_remembering("june.csv", TEXT.as_bytes(), &corrected, &BTreeMap::new(), DecimalSep::Dot)
            .unwrap();
    let mut mappings = BTreeMap::new();
    mappings.insert(signature(&first).unwrap(), SavedMapping::from_overrides(&corrected));
    let mut s = Session::new(DecimalSep::Dot);
    let read = s.file(40.0, &mappings);
    assert_eq!(read.job.remembered, mappings, "the one read carries the memory");
    let result = analyze_bytes_remembering(
        "july.csv",
        TEXT.as_bytes(),
        &read.job.mapping.to_overrides(),
        &read.job.remembered,
        DecimalSep::Dot,
    );
    s.finished(read.generation, result, ReadStats::default());
    assert!(s.remembered);
    assert_eq!(s.overrides, corrected);
    // A further correction is the user's own: memory is no longer sent.
    let next = s.correct(Correction::Status("won".into(), Stage::Customer)).unwrap();
    assert!(next.job.remembered.is_empty());
    assert_eq!(next.job.mapping.statuses.get("won").map(String::as_str), Some("customer"));
}

#[test]
fn the_as_of_day_moves_without_reading_again_and_survives_a_correction() {
    use crate::core::basics::calendar::day_number;
    let day = |d: &str| day_number(d).unwrap();
    // Three deals: one won on 10-20, one lost on 10-12, one still open.
    let log = "Deal - Deal created,Deal - Status,Deal - Won time,Deal - Lost time,Deal - Value\n\
               2026-10-01,Won,2026-10-20,,100\n\
               2026-10-05,Lost,,2026-10-12,\n\
               2026-10-09,Open,,,\n";
    let mut s = Session::new(DecimalSep::Dot);
    s.paste(log, &BTreeMap::new());
    let as_of = |s: &Session| match &s.phase {
        Phase::Previewed(p) => p.deals.as_ref().map(|d| d.as_of),
        other => panic!("{other:?}"),
    };
    // The file's latest date: the win of 10-20.
    assert_eq!(as_of(&s), Some(day("2026-10-20")));
    // Exported on 11-30: set, with no read again.
    assert_eq!(s.correct(Correction::AsOf(Some(day("2026-11-30")))), None);
    assert_eq!(as_of(&s), Some(day("2026-11-30")));
    // A later correction reads the paste again; the day stays the user's.
    s.correct(Correction::Role(4, Role::Ignore));
    assert_eq!(as_of(&s), Some(day("2026-11-30")));
    assert!(Overrides { as_of: Some(1), ..Overrides::default() }.is_empty(), "not part of the layout");
    // Cleared: back to the file's own.
    s.correct(Correction::AsOf(None));
    assert_eq!(as_of(&s), Some(day("2026-10-20")));
    let Some(Confirmed { preview, .. }) = s.apply() else { panic!() };
    assert_eq!(preview.deals.map(|d| d.count()), Some(3));
}
