//! Imports of the files people really have (fixtures under tests/fixtures/import): each shape,
//! every encoding, the number formats, every rejection message, and atomicity. Expected
//! values are added up by hand from the fixtures.

use messaging_ladder::core::basics::money::Money;
use messaging_ladder::core::basics::number::DecimalSep;
use messaging_ladder::core::comparison::segment::{total, Segment};
use messaging_ladder::core::import::analyze::{Overrides, Preview, Sample, Shape};
use messaging_ladder::core::import::columns::Role;
use messaging_ladder::core::import::decode::Encoding;
use messaging_ladder::core::import::error::ErrorKind;
use messaging_ladder::core::import::join::JoinMode;
use messaging_ladder::core::import::read::{analyze, analyze_bytes};
use messaging_ladder::core::import::stream::{Analyzer, Stop};
use messaging_ladder::core::ladder::{MetricId, Stage};
use messaging_ladder::core::message::english;
use messaging_ladder::core::workspace::{Source, Workspace};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn import(name: &str) -> Preview {
    analyze_bytes(name, &fixture(name), &Overrides::default(), DecimalSep::Dot).unwrap()
}

/// The preview's notes, in English.
fn notes(p: &Preview) -> Vec<String> {
    p.notes.iter().map(|n| english(&n.message())).collect()
}

fn seg(name: &str) -> Segment {
    Segment { name: name.to_string(), ..Segment::default() }
}

#[test]
fn meta_per_day_export_in_euros_with_semicolons_and_decimal_commas() {
    let p = import("meta-per-day-eur.csv");
    assert_eq!(
        (p.shape, p.delimiter.name(), p.currency.as_deref()),
        (Shape::MetaAds, "semicolon", Some("EUR"))
    );
    assert_eq!(english(&p.looks_like()), "A Meta Ads Manager export: 5 rows, 2 segments, spend in EUR.");
    let roles: Vec<Role> = p.columns.iter().map(|c| c.role).collect();
    assert_eq!(
        roles,
        [
            Role::PeriodStart,
            Role::PeriodEnd,
            Role::Name,
            Role::Spend,
            Role::Started,
            Role::Ignore,
            Role::Impressions
        ]
    );
    assert_eq!(english(&p.columns[3].decimal.reason()), "decimal comma (as in “12,50”)");
    assert_eq!(english(&p.columns[6].decimal.reason()), "whole numbers grouped with dots (as in “1.234”)");
    let values = |v: &[&str]| v.iter().map(|v| Sample::Value(v.to_string())).collect::<Vec<_>>();
    assert_eq!(p.columns[3].samples, values(&["12.5", "30", "13.75"]));
    // Madrid: 12,50 + 13,75 + 0,05 (the third row spells the name differently); Barcelona:
    // 30,00 + 1.020,10. Impressions 1.234 + 1.100 + 10 and 2.345 + 80.000.
    assert_eq!(
        p.segments,
        [
            Segment {
                period: Some("2026-10-01 – 2026-10-03".into()),
                spend: Some(Money::from_cents(2630)),
                started: Some(10),
                impressions: Some(2344),
                ..seg("Madrid – lookalike")
            },
            Segment {
                period: Some("2026-10-01 – 2026-10-02".into()),
                spend: Some(Money::from_cents(105_010)),
                started: Some(412),
                impressions: Some(82_345),
                ..seg("Barcelona broad")
            },
        ]
    );
    assert_eq!(notes(&p), ["5 rows were grouped into 2 segments by name (per-day rows are added up)."]);
    assert_eq!(total(&p.segments).spend, Some(Money::from_cents(107_640)));
}

#[test]
fn meta_results_count_as_conversations_only_for_the_messaging_indicator() {
    let p = import("meta-results-indicator.csv");
    assert_eq!(p.shape, Shape::MetaAds);
    assert_eq!(p.columns[4].role, Role::Ignore, "Cost per results is never spend");
    // The lead-form row bought leads, not conversations: left out with its 300.00.
    let started: Vec<Option<u64>> = p.segments.iter().map(|s| s.started).collect();
    assert_eq!(started, [Some(500), Some(33)]);
    assert_eq!(p.segments[0].revenue, Some(Money::from_units(5400)));
    assert_eq!(p.segments[1].spend, Some(Money::from_cents(9999)));
    assert_eq!(p.segments[1].customers, Some(2));
    assert_eq!(total(&p.segments).spend, Some(Money::from_cents(125_000 + 9_999)));
    assert_eq!(
        notes(&p),
        ["1 row of other results (lead), USD 300.00 spent, left out: only rows of messaging conversations count, with the spend on them."]
    );
}

#[test]
fn a_result_type_per_row_counts_only_the_messaging_rows_and_leaves_the_others_out_with_their_spend() {
    let p = import("meta-result-type-daily.csv");
    assert_eq!(p.shape, Shape::MetaAds);
    // Two WhatsApp days: 40 + 35 conversations for 100.00 + 95.50. The reach and engagement
    // rows (150.00 + 60.00 + 30.00 = 240.00) bought other results.
    assert_eq!(p.segments.len(), 1);
    assert_eq!(p.segments[0].name, "WhatsApp – quotes");
    assert_eq!(p.segments[0].started, Some(75));
    assert_eq!(p.segments[0].spend, Some(Money::from_cents(19_550)));
    assert!(notes(&p)
        .contains(&"2 rows were grouped into 1 segment by name (per-day rows are added up).".to_string()));
    assert!(notes(&p).contains(
        &"3 rows of other results (Reach, Post engagements), USD 240.00 spent, left out: only rows of messaging conversations count, with the spend on them.".to_string()
    ), "{:?}", notes(&p));
}

#[test]
fn aggregate_rows_with_quotes_money_symbols_and_a_totals_row() {
    let p = import("aggregate-with-totals.csv");
    assert_eq!((p.shape, p.delimiter.name()), (Shape::Aggregate, "comma"));
    let names: Vec<&str> = p.segments.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Spring, big sale", "Summer \"hot\" deals", "Brand"]);
    assert_eq!(notes(&p), ["Line 5 is a totals row: left out so nothing is counted twice."]);
    let t = total(&p.segments);
    // 1,234.50 + 565.50 + 0.01 = 1,800.01, exactly what the file's own total says.
    assert_eq!(t.spend, Some(Money::from_cents(180_001)));
    assert_eq!(
        (t.started, t.replies, t.qualified, t.handoffs, t.customers),
        (Some(801), Some(541), Some(138), Some(77), Some(23))
    );
    assert_eq!(t.revenue, Some(Money::from_units(9000)));
}

#[test]
fn hubspot_deals_count_cumulatively_by_stage() {
    let p = import("hubspot-deals.csv");
    assert_eq!(p.shape, Shape::OutcomeLog);
    assert_eq!(
        english(&p.looks_like()),
        "An outcome log (CRM deals or a conversation audit): 5 conversations counted into 1 segment."
    );
    // Two Closed Won; Closed Lost, Appointment Scheduled and Contract Sent reached sales.
    // Every deal reached a sales stage, so the file can't count replies or qualified ones.
    assert_eq!(
        p.segments,
        [Segment {
            period: Some("2026-10-02 – 2026-10-07".into()),
            started: Some(5),
            replies: None,
            qualified: None,
            handoffs: Some(5),
            customers: Some(2),
            // Only won deals count as revenue: 4,500 + 2,500.50.
            revenue: Some(Money::from_cents(700_050)),
            ..seg("All conversations")
        }]
    );
    let won = p.statuses.iter().find(|s| s.status == "Closed Won").unwrap();
    assert_eq!((won.rows, won.stage), (2, Stage::Customer));
}

#[test]
fn conversation_audit_in_every_encoding_gives_the_same_counts() {
    let text = String::from_utf8(fixture("conversation-audit.tsv")).unwrap();
    let mut utf16le = vec![0xFF, 0xFE];
    let mut utf16be = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        utf16le.extend_from_slice(&unit.to_le_bytes());
        utf16be.extend_from_slice(&unit.to_be_bytes());
    }
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    let variants = [
        (text.as_bytes().to_vec(), Encoding::Utf8),
        (bom, Encoding::Utf8Bom),
        (utf16le, Encoding::Utf16Le),
        (utf16be, Encoding::Utf16Be),
    ];
    for (bytes, encoding) in variants {
        let p = analyze_bytes("audit.tsv", &bytes, &Overrides::default(), DecimalSep::Dot).unwrap();
        assert_eq!(p.encoding, Some(encoding));
        assert_eq!(p.delimiter, "tab");
        assert_eq!(
            p.segments,
            [
                Segment {
                    period: Some("2026-10-01 – 2026-10-02".into()),
                    started: Some(3),
                    replies: Some(3),
                    qualified: Some(2),
                    handoffs: Some(1),
                    customers: Some(1),
                    revenue: Some(Money::from_units(1200)),
                    ..seg("Quotes A")
                },
                Segment {
                    period: Some("2026-10-02 – 2026-10-05".into()),
                    started: Some(4),
                    replies: Some(2),
                    qualified: Some(1),
                    handoffs: Some(1),
                    customers: Some(0),
                    ..seg("Quotes B")
                },
            ],
            "{encoding:?}"
        );
    }
}

#[test]
fn unknown_statuses_are_said_and_can_be_mapped() {
    let text = String::from_utf8(fixture("conversation-audit.tsv")).unwrap();
    let p = analyze("audit.tsv", &text, &Overrides::default(), DecimalSep::Dot).unwrap();
    assert_eq!(
        notes(&p),
        ["Statuses not recognised, counted as started only until you map them: “waiting on price” (1 row)."]
    );
    let mut overrides = Overrides::default();
    overrides.statuses.insert("waiting on price".into(), Stage::Qualified);
    let p = analyze("audit.tsv", &text, &overrides, DecimalSep::Dot).unwrap();
    assert!(p.notes.is_empty());
    assert_eq!((p.segments[1].replies, p.segments[1].qualified), (Some(3), Some(2)));
}

#[test]
fn windows_1252_bytes_are_read_when_not_utf8() {
    let bytes = b"Campa\xF1a;Spend;Conversations\nMadrid \x96 centro;\x8012,40;31\n";
    let p = analyze_bytes("legacy.csv", bytes, &Overrides::default(), DecimalSep::Dot).unwrap();
    assert_eq!(p.encoding, Some(Encoding::Windows1252));
    assert_eq!(p.columns[0].header, "Campaña");
    assert_eq!(p.segments[0].name, "Madrid – centro");
    assert_eq!(p.segments[0].spend, Some(Money::from_cents(1240)));
}

#[test]
fn a_pasted_row_or_column_of_numbers_maps_onto_the_ladder_in_order() {
    let p =
        analyze("Pasted cells", "1800\t600\t390\t78\t47\t14\t6300\n", &Overrides::default(), DecimalSep::Dot)
            .unwrap();
    assert_eq!(p.shape, Shape::Unlabeled);
    assert_eq!(
        english(&p.looks_like()),
        "Numbers without labels, read in ladder order: Spend, Conversations started, Replies, Qualified conversations, Sales handoffs, Customers, Revenue."
    );
    let s = &p.segments[0];
    assert_eq!(
        (s.spend, s.started, s.customers, s.revenue),
        (Some(Money::from_units(1800)), Some(600), Some(14), Some(Money::from_units(6300)))
    );
    let column =
        analyze("Pasted cells", "1,800.50\n600\n390\n", &Overrides::default(), DecimalSep::Dot).unwrap();
    let s = &column.segments[0];
    assert_eq!(
        (s.spend, s.started, s.replies, s.qualified),
        (Some(Money::from_cents(180_050)), Some(600), Some(390), None)
    );
}

#[test]
fn role_and_decimal_overrides_change_the_reading() {
    let text = "Name,Budget,Chats\nA,\"1,5\",10\n";
    let p = analyze("x.csv", text, &Overrides::default(), DecimalSep::Dot).unwrap();
    assert_eq!(p.columns[1].role, Role::Ignore);
    let mut overrides = Overrides::default();
    overrides.roles.insert(1, Role::Spend);
    let p = analyze("x.csv", text, &overrides, DecimalSep::Dot).unwrap();
    assert_eq!(p.segments[0].spend, Some(Money::from_cents(150)), "“1,5” is a decimal comma by itself");
    overrides.decimals.insert(1, DecimalSep::Dot);
    let p = analyze("x.csv", text, &overrides, DecimalSep::Dot).unwrap();
    assert_eq!(english(&p.columns[1].decimal.reason()), "set by you");
    assert_eq!(p.segments[0].spend, Some(Money::from_units(15)));
}

#[test]
fn every_rejection_says_what_where_and_how_to_fix_it() {
    let none = Overrides::default();
    let err = |name: &str, text: &str| analyze(name, text, &none, DecimalSep::Dot).unwrap_err().to_string();
    assert_eq!(
        err("spend.csv", "Campaign,Spend,Conversations\nA,100,10\nB,n/a,4\n"),
        "spend.csv, line 3, column 2 (“Spend”): “n/a” is not a number. Fix the cell, or set the column’s role to Ignore."
    );
    assert_eq!(
        err("neg.csv", "Campaign,Spend\nA,(100)\n"),
        "neg.csv, line 2, column 2 (“Spend”): “(100)” is negative. Spend and counts can’t be negative: fix the cell, or set the column to Ignore."
    );
    assert_eq!(
        err("half.csv", "Campaign,Conversations\nA,12.5\n"),
        "half.csv, line 2, column 2 (“Conversations”): “12.5” is not a whole number, but conversations started are counted in whole people. Check the column’s role and decimal separator."
    );
    assert_eq!(
        err("odd.csv", "Foo,Bar\nx,y\n"),
        "odd.csv: no spend or stage column was recognised (columns: “Foo”, “Bar”). Set each column’s role below, or rename the headers to names such as “Spend”, “Conversations started”, “Qualified”, “Customers”."
    );
    assert_eq!(
        err("Pasted cells", "  \n\n"),
        "Pasted cells: There are no rows to import: the text is blank."
    );
    let bytes = |b: &[u8]| analyze_bytes("report.csv", b, &none, DecimalSep::Dot).unwrap_err().to_string();
    assert_eq!(
        bytes(b""),
        "report.csv: The file is empty. Export the report again, or paste the cells instead."
    );
    assert!(bytes(b"PK\x03\x04\x14\x00\x06\x00rest")
        .starts_with("report.csv: This is an Excel workbook (.xlsx), not a CSV file"));
    assert!(bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00").starts_with("report.csv: This file is not text"));
    // Each is of its kind, for code to tell apart without reading the words.
    let kind = |name: &str, text: &str| analyze(name, text, &none, DecimalSep::Dot).unwrap_err().kind;
    let kinds = [
        kind("a.csv", "Campaign,Spend\nA,n/a\n"),
        kind("a.csv", "Campaign,Spend\nA,(100)\n"),
        kind("a.csv", "Campaign,Conversations\nA,12.5\n"),
        kind("a.csv", "Foo,Bar\nx,y\n"),
        kind("a.csv", "  \n"),
        kind("a.csv", "Campaign,Spend\nA,10\nB,1,2\n"),
    ];
    use ErrorKind::*;
    assert_eq!(
        kinds,
        [
            NotANumber,
            Negative,
            NotWhole { role: Role::Started },
            NoLadderColumns { headers: vec!["Foo".into(), "Bar".into()] },
            NoRows,
            Ragged { found: 3, expected: 2 }
        ]
    );
    let byte_kind = |b: &[u8]| analyze_bytes("r.csv", b, &none, DecimalSep::Dot).unwrap_err().kind;
    assert_eq!([byte_kind(b""), byte_kind(b"PK\x03\x04\x14\x00\x06\x00rest")], [Empty, Workbook]);
}

#[test]
fn an_import_changes_the_workspace_only_when_applied() {
    let mut ws = Workspace::sample();
    ws.form.set(messaging_ladder::core::ladder::fields::Field::Spend, "1750".into()); // the user's own, not the sample
    let before = ws.clone();
    let failed = analyze("bad.csv", "Foo,Bar\nx,y\n", &Overrides::default(), DecimalSep::Dot);
    assert!(failed.is_err());
    let preview = import("meta-per-day-eur.csv");
    assert_eq!(ws, before, "analysing a file touches nothing");
    ws.apply_import(&preview);
    assert_eq!(ws.segments.len(), 2);
    assert_eq!((ws.source, ws.currency.as_str()), (Source::Total, "EUR"));
    assert_eq!(ws.form, before.form, "typed numbers are kept");
    // The ladder now shows the imported total: 1,076.40 EUR over 422 conversations.
    let ladder = ws.evaluate(DecimalSep::Dot).ladder;
    assert_eq!((ladder.metric(MetricId::CostPerMessage).known().unwrap() * 100.0).round(), 255.0);
    ws.source = Source::Segment(0);
    let ladder = ws.evaluate(DecimalSep::Dot).ladder;
    assert_eq!((ladder.metric(MetricId::CostPerMessage).known().unwrap() * 1000.0).round(), 2630.0);
}

#[test]
fn an_outcome_log_joins_onto_the_ad_export_by_campaign_name() {
    let ads = analyze(
        "meta.csv",
        "Campaign name,Amount spent (USD),Messaging conversations started\nQuotes A,300.00,100\nQuotes B,200.00,80\nBrand,50.00,20\n",
        &Overrides::default(),
        DecimalSep::Dot,
    )
    .unwrap();
    let mut ws = Workspace::default();
    ws.apply_import(&ads);
    let log = import("conversation-audit.tsv");
    assert!(ws.can_join(&log));
    let joined = ws.apply_join(&log, JoinMode::ByName);
    assert_eq!(joined.unmatched_ads, ["Brand"]);
    assert!(joined.unmatched_outcomes.is_empty());
    // Quotes A: spend and conversations from the ads, outcomes from the log.
    let a = &ws.segments[0];
    assert_eq!(
        (a.spend, a.started, a.replies, a.qualified, a.customers),
        (Some(Money::from_units(300)), Some(100), Some(3), Some(2), Some(1))
    );
    assert_eq!(a.revenue, Some(Money::from_units(1200)));
    assert_eq!(ws.source, Source::Total);
}

#[test]
fn a_mapping_is_remembered_for_files_with_the_same_columns() {
    let text = "Name,Budget,Chats\nA,15,10\n";
    let mut overrides = Overrides::default();
    overrides.roles.insert(1, Role::Spend);
    let first = analyze("june.csv", text, &overrides, DecimalSep::Dot).unwrap();
    let mut ws = Workspace::default();
    ws.apply_import(&first);
    ws.remember(&first, &overrides);
    // Next month's file, same columns (headers spelled with other case and spacing).
    let next = analyze("july.csv", "name, BUDGET ,chats\nB,30,12\n", &Overrides::default(), DecimalSep::Dot)
        .unwrap();
    assert_eq!(next.columns[1].role, Role::Ignore);
    let remembered = ws.remembered(&next).unwrap();
    assert_eq!(remembered, overrides);
    let again = analyze("july.csv", "name, BUDGET ,chats\nB,30,12\n", &remembered, DecimalSep::Dot).unwrap();
    assert_eq!(again.segments[0].spend, Some(Money::from_units(30)));
    // The memory is saved with the workspace.
    let stored = messaging_ladder::core::storage::persist::encode(&ws);
    assert_eq!(messaging_ladder::core::storage::persist::decode(&stored).unwrap().mappings, ws.mappings);
    // A different layout gets nothing.
    let other = analyze("x.csv", "Campaign,Spend\nA,1\n", &Overrides::default(), DecimalSep::Dot).unwrap();
    assert_eq!(ws.remembered(&other), None);
}

#[test]
fn imported_dates_set_the_window_and_periods_compare_cost_per_message() {
    let text = "Month,Reporting starts,Reporting ends,Amount spent (USD),Messaging conversations started,Replies,Qualified,Handoffs,Customers\n\
September,2026-09-01,2026-09-30,2400.00,1000,600,200,100,30\n\
October,2026-10-01,2026-10-31,3000.00,1000,600,200,100,30\n";
    let mut overrides = Overrides::default();
    overrides.roles.insert(0, Role::Name);
    let preview = analyze("months.csv", text, &overrides, DecimalSep::Dot).unwrap();
    let mut ws = Workspace::default();
    ws.apply_import(&preview);
    ws.targets.set(messaging_ladder::core::ladder::targets::Setting::SalesCycleDays, "90".into());
    let eval = ws.evaluate(DecimalSep::Dot);
    // 1 September to 31 October: 61 days.
    assert_eq!(eval.targets.settings.window_days, Some(61));
    let format = messaging_ladder::core::basics::text::PlainFormatter { currency: "USD".into() };
    let checks: Vec<String> = eval.diagnosis.checks.iter().map(|c| c.message.render(&format)).collect();
    assert_eq!(checks[0], "Results may be immature: the 61-day reporting window (from the imported dates) is shorter than the 90-day sales cycle, so late stages will still grow. Handoff and close verdicts are provisional.");
    assert!(checks[1].starts_with("Cost per message rose from USD 2.40 in September to USD 3.00 in October (+25%). That usually points at delivery"), "{}", checks[1]);
}

/// Feeds `bytes` in chunks of `size`, as the import worker does with `Blob.stream()`,
/// reading again as Windows-1252 when asked to.
fn streamed(name: &str, bytes: &[u8], size: usize) -> Result<Preview, String> {
    let mut encoding = None;
    'again: loop {
        let mut analyzer = Analyzer::for_bytes(name, &Overrides::default(), DecimalSep::Dot, encoding);
        for chunk in bytes.chunks(size) {
            match analyzer.push(chunk) {
                Ok(()) => {}
                Err(Stop::NotUtf8) => {
                    encoding = Some(Encoding::Windows1252);
                    continue 'again;
                }
                Err(Stop::Failed(e)) => return Err(e.to_string()),
            }
        }
        return match analyzer.finish() {
            Ok(p) => Ok(p),
            Err(Stop::NotUtf8) => {
                encoding = Some(Encoding::Windows1252);
                continue 'again;
            }
            Err(Stop::Failed(e)) => Err(e.to_string()),
        };
    }
}

#[test]
fn any_chunking_of_any_file_gives_the_same_preview() {
    let mut files: Vec<(String, Vec<u8>)> = [
        "aggregate-with-totals.csv",
        "conversation-audit.tsv",
        "hubspot-deals.csv",
        "meta-per-day-eur.csv",
        "meta-results-indicator.csv",
        "meta-result-type-daily.csv",
    ]
    .iter()
    .map(|n| (n.to_string(), fixture(n)))
    .collect();
    let audit = String::from_utf8(fixture("conversation-audit.tsv")).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in audit.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    files.push(("audit-utf16.tsv".into(), utf16));
    // Windows-1252 whose first non-UTF-8 byte comes after the first 8 KiB: read again.
    let mut late = b"Campaign,Spend,Conversations\n".to_vec();
    for i in 0..400 {
        late.extend_from_slice(format!("Plain {i},1.50,3\n").as_bytes());
    }
    late.extend_from_slice(b"Campa\xF1a \x80,2.00,4\n");
    files.push(("late-1252.csv".into(), late));
    files.push(("ragged.csv".into(), b"Name,Spend\nA,1\nB,2,3\n".to_vec()));
    files.push(("bad-number.csv".into(), b"Name,Spend\nA,1\nB,lots\n".to_vec()));
    for (name, bytes) in &files {
        let whole =
            analyze_bytes(name, bytes, &Overrides::default(), DecimalSep::Dot).map_err(|e| e.to_string());
        for size in [1, 2, 3, 7, 64, 1000, 8191, 8192, 8193, 65536] {
            assert_eq!(streamed(name, bytes, size), whole, "{name} in chunks of {size}");
        }
    }
    let late_bytes = &files.iter().find(|(n, _)| n == "late-1252.csv").unwrap().1;
    let late = analyze_bytes("late-1252.csv", late_bytes, &Overrides::default(), DecimalSep::Dot).unwrap();
    assert_eq!(late.encoding, Some(Encoding::Windows1252));
    assert_eq!(late.segments.last().unwrap().name, "Campaña €");
    assert_eq!(total(&late.segments).spend, Some(Money(602_000_000)));
}

/// A log far larger than any fixture: rows are folded as they pass, the counts add up.
#[test]
fn a_large_conversation_log_streams_into_exact_counts() {
    let statuses = ["unqualified", "qualified", "sales-ready", "converted", "new"];
    let mut log = b"Date,Campaign,Status,Value\n".to_vec();
    for i in 0..50_000u32 {
        let status = statuses[(i % 5) as usize];
        let value = if status == "converted" { "120.50" } else { "" };
        log.extend_from_slice(
            format!("2026-10-{:02},Camp {},{status},{value}\n", 1 + i % 28, i % 3).as_bytes(),
        );
    }
    let p = streamed("big.csv", &log, 65536).unwrap();
    assert_eq!(p.rows, 50_000);
    assert_eq!(
        english(&p.looks_like()),
        "An outcome log (CRM deals or a conversation audit): 50,000 conversations counted into 3 segments."
    );
    let t = total(&p.segments);
    // 10,000 rows per status; converted reaches every stage, new only started.
    assert_eq!(
        (t.started, t.replies, t.qualified, t.handoffs, t.customers),
        (Some(50_000), Some(40_000), Some(30_000), Some(20_000), Some(10_000))
    );
    assert_eq!(t.revenue, Some(Money(10_000 * 120_500_000)));
    assert_eq!(p.segments.len(), 3);
    assert_eq!(
        p.segments[0].period.as_ref().map(|p| p.to_string()).as_deref(),
        Some("2026-10-01 – 2026-10-28")
    );
}

#[test]
fn read_times_say_a_speed_only_for_files_big_enough_to_have_one() {
    use messaging_ladder::core::import::analyze::{read_facts, read_time};
    // A 5 KB file in 70 ms was "read in 0.07 s (0 MB/s)".
    let said = |bytes: f64, ms: f64| read_time(bytes, ms).map(|m| english(&m));
    assert_eq!(said(5_000.0, 70.0).as_deref(), Some("read in 70 ms"));
    // 83.3 MB in 360 ms: 83,300 KB / 360 ms = 231 MB/s.
    assert_eq!(said(83_300_000.0, 360.0).as_deref(), Some("read in 0.36 s (231 MB/s)"));
    assert_eq!(read_time(1_000.0, 0.0), None);
    let p = analyze("june.csv", "Campaign,Spend,Chats\nA,100,40\n", &Overrides::default(), DecimalSep::Dot)
        .unwrap();
    assert_eq!(
        english(&read_facts(&p, Some((5_000.0, 70.0)))),
        "june.csv · comma-separated · 1 data row · read in 70 ms"
    );
}

#[test]
fn a_file_with_a_remembered_layout_is_read_once_with_the_earlier_choices() {
    use messaging_ladder::core::import::analyze::{signature, SavedMapping};
    use messaging_ladder::core::import::columns::Role;
    use messaging_ladder::core::import::read::analyze_bytes_remembering;
    use std::collections::BTreeMap;
    let text = b"name,BUDGET,chats\nA,10,4\nB,30,12\n";
    let first = analyze_bytes("june.csv", text, &Overrides::default(), DecimalSep::Dot).unwrap();
    let mut corrected = Overrides::default();
    corrected.roles.insert(1, Role::Spend);
    let mut remembered = BTreeMap::new();
    remembered.insert(signature(&first).unwrap(), SavedMapping::from_overrides(&corrected));
    // One pass with no corrections of its own: the remembered ones are used and reported.
    let again =
        analyze_bytes_remembering("july.csv", text, &Overrides::default(), &remembered, DecimalSep::Dot)
            .unwrap();
    assert_eq!(again.remembered, Some(SavedMapping::from_overrides(&corrected)));
    assert_eq!(again.columns[1].role, Role::Spend);
    assert_eq!(again.segments[1].spend, Some(messaging_ladder::core::basics::money::Money::from_units(30)));
    // The user's own corrections win over memory.
    let mine = analyze_bytes_remembering("july.csv", text, &corrected, &remembered, DecimalSep::Dot).unwrap();
    assert_eq!(mine.remembered, None);
    // Another layout finds nothing.
    let other = analyze_bytes_remembering(
        "x.csv",
        b"a,b\n1,2\n",
        &Overrides::default(),
        &remembered,
        DecimalSep::Dot,
    );
    assert_eq!(other.map(|p| p.remembered).unwrap_or_default(), None);
}

#[test]
fn an_import_error_knows_its_file_line_column_header_and_value() {
    let e = analyze("spend.csv", "Campaign,Spend\nA,10\nB,n/a\n", &Overrides::default(), DecimalSep::Dot)
        .unwrap_err();
    assert_eq!(
        (e.file.as_str(), e.line, e.column.clone(), e.value.as_deref()),
        ("spend.csv", Some(3), Some((2, "Spend".to_string())), Some("n/a"))
    );
    // A ragged row is placed on its line.
    let ragged = analyze("r.csv", "Campaign,Spend\nA,10\nB,1,2\n", &Overrides::default(), DecimalSep::Dot)
        .unwrap_err();
    assert_eq!((ragged.line, ragged.column.clone()), (Some(3), None));
    assert!(ragged.to_string().starts_with("r.csv, line 3: 3 values, but the first row has 2."), "{ragged}");
}

/// Found by the fuzzer (`import_file`): a file whose one row is of another result panicked.
#[test]
fn a_file_of_other_results_only_is_refused_and_says_why() {
    for (text, result) in [
        ("Campaign name,Amount spent (USD),Results,Result type\nBrand,150.00,12000,Reach\n", "Reach"),
        ("Amount spent (USD),Results,Result indicator\n150.00,12000,actions:reach\n", "reach"),
    ] {
        let e =
            analyze_bytes("reach.csv", text.as_bytes(), &Overrides::default(), DecimalSep::Dot).unwrap_err();
        assert_eq!(e.kind, ErrorKind::OtherResultsOnly { results: vec![result.to_string()] }, "{e}");
    }
}

#[test]
fn a_role_given_to_a_column_is_taken_from_the_column_only_guessed_to_have_it() {
    // The user says "Cost per results" (column 5) is the spend: "Amount spent (USD)" was
    // only guessed to be, so it stops being read as spend rather than being read first.
    let name = "meta-results-indicator.csv";
    let mut overrides = Overrides::default();
    overrides.roles.insert(4, Role::Spend);
    let p = analyze_bytes(name, &fixture(name), &overrides, DecimalSep::Dot).unwrap();
    assert_eq!(p.columns[1].role, Role::Ignore);
    assert_eq!(p.columns[4].role, Role::Spend);
    // The messaging rows' "spend" is now 2.50 + 3.03 (the lead row is left out).
    assert_eq!(total(&p.segments).spend, Some(Money::from_cents(553)));
}

#[test]
fn two_columns_of_the_same_number_are_read_as_one_whatever_the_grouping() {
    // Found by fuzzing (paste): two headers both read as spend. Each group took whichever
    // had a value, so the totals changed with the grouping (5.05 by name, 6.10 as one group).
    let text = "Ad set name;Amount spent (EUR);Messaging conversations started;Importe gastado (EUR)\n\
                Madrid;,50;5;2,50\n\
                Barcelona;1.020,10;400;2,55\n\
                Sevilla;1,05;0;\n";
    let p = analyze("Pasted cells", text, &Overrides::default(), DecimalSep::Dot).unwrap();
    assert_eq!(p.columns[1].role, Role::Spend);
    assert_eq!(p.columns[3].role, Role::Ignore, "the second spend column is left out");
    // 0.50 + 1,020.10 + 1.05.
    assert_eq!(total(&p.segments).spend, Some(Money::from_cents(102_165)));
    let mut unnamed = Overrides::default();
    unnamed.roles.insert(0, Role::Ignore);
    let one = analyze("Pasted cells", text, &unnamed, DecimalSep::Dot).unwrap();
    assert_eq!(total(&one.segments), total(&p.segments));
    // Choosing the other column reads that one instead.
    let mut other = Overrides::default();
    other.roles.insert(3, Role::Spend);
    let p = analyze("Pasted cells", text, &other, DecimalSep::Dot).unwrap();
    assert_eq!((p.columns[1].role, p.columns[3].role), (Role::Ignore, Role::Spend));
    assert_eq!(total(&p.segments).spend, Some(Money::from_cents(505)));
}

#[test]
fn rows_of_other_results_with_enormous_spend_are_left_out_without_overflowing() {
    // Found by fuzzing (paste): the left-out note rounded a spend sum near the largest amount
    // to cents and overflowed.
    let text = "Campaign name,Amount spent (USD),Results,Result indicator\n\
                Chat,50.00,20,actions:onsite_conversion.messaging_conversation_started_7d\n\
                Reach A,5999999999900.00,900,reach\n\
                Reach B,5999999999900.00,900,reach\n";
    let p = analyze("Pasted cells", text, &Overrides::default(), DecimalSep::Dot).unwrap();
    assert_eq!(total(&p.segments).spend, Some(Money::from_units(50)));
    assert!(notes(&p).iter().any(|n| n.starts_with("2 rows of other results (reach)")), "{:?}", notes(&p));
}
