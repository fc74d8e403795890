//! The split on numbers worked by hand, and its invariants.

use super::*;
use crate::core::basics::number::DecimalSep;
use crate::core::basics::text::PlainFormatter;
use crate::core::ladder::compute;
use crate::core::ladder::fields::{Field, FormText};

fn ladder(counts: [&str; 6], other: &str) -> Ladder {
    let fields =
        [Field::Spend, Field::Started, Field::Replies, Field::Qualified, Field::Handoffs, Field::Customers];
    let mut form = FormText::default();
    for (field, text) in fields.iter().zip(counts) {
        form.set(*field, text.to_string());
    }
    form.set(Field::OtherCost, other.to_string());
    compute(&crate::core::ladder::fields::parse_form(&form, DecimalSep::Dot).input)
}

fn f() -> PlainFormatter {
    PlainFormatter { currency: "USD".into() }
}

#[test]
fn cac_rose_although_messages_got_cheaper() {
    // Before: 2,000 / 1,000 = 2.00 a message; 600 replied, 144 qualified (24%), 72 handed off,
    // 24 customers: CAC 2,000 / 24 = 83.33.
    // After: 2,160 / 1,500 = 1.44 a message (−28%); 900 replied (60%), 144 qualified (16%),
    // 72, 24: CAC 2,160 / 24 = 90.00.
    // ln(90 / 83.33) = ln 1.08 = 0.07696 = ln 0.72 (−0.32850) − ln(0.16 / 0.24) (+0.40547).
    // Money: 6.67 × −0.32850 / 0.07696 = −28.456, 6.67 × 0.40547 / 0.07696 = 35.123; in cents
    // −2,845.63 and 3,512.30 round down to −2,846 and 3,512 (666), and the cent left over goes
    // to the larger remainder: −28.45 and 35.12, adding up to 6.67.
    let before = ladder(["2000", "1000", "600", "144", "72", "24"], "");
    let after = ladder(["2160", "1500", "900", "144", "72", "24"], "");
    let s = split(&before, &after).unwrap();
    assert!((s.cac_before - 2000.0 / 24.0).abs() < 1e-9 && (s.cac_after - 90.0).abs() < 1e-9);
    let amounts: Vec<f64> = s.parts.iter().map(|p| p.amount).collect();
    assert_eq!(amounts, [-28.45, 0.0, 35.12, 0.0, 0.0, 0.0]);
    assert!((s.parts[0].log_term - 0.72f64.ln()).abs() < 1e-12);
    assert!((s.parts[2].log_term + (0.16f64 / 0.24).ln()).abs() < 1e-12);
    assert_eq!(
        s.sentence.render(&f()),
        "CAC rose from USD 83.33 to USD 90.00 although cost per message fell 28%: qualification fell from 24% to 16%."
    );
    // Qualification 144 / 600 against 144 / 900 is beyond noise; reply 60% both times is not,
    // and no volume would separate equal rates.
    assert!(s.steps[1].real);
    assert!(!s.steps[0].real);
    assert_eq!(s.steps[0].more_to_settle, None);
    assert_eq!(s.steps[1].verdict().render(&f()), "Beyond noise");
    // 144 / 900 − 144 / 600 = −8 points; Newcombe's range −12.2 to −3.9.
    assert_eq!(s.steps[1].range_text().render(&f()), "−12.2 to −3.9 pts");
    assert_eq!(s.steps[0].verdict().render(&f()), "Could be noise");
    // The waterfall walks from 83.33 down 28.45 and up 35.12 to 90.00.
    let bars = waterfall(&s);
    assert_eq!(bars.len(), 8);
    assert_eq!(
        bars.iter().map(|b| b.label.render(&f())).collect::<Vec<_>>(),
        ["Before", "Messages", "Reply", "Qualified", "Handoff", "Close", "Other", "Now"]
    );
    assert_eq!(s.parts[2].factor.label().render(&f()), "Qualification rate");
    assert!((bars[1].to - (2000.0 / 24.0 - 28.45)).abs() < 1e-9);
    assert!((bars[3].to - bars[6].to).abs() < 1e-9 && (bars[6].to - 90.0).abs() < 0.005);
    assert_eq!(
        waterfall_summary(&s).render(&f()),
        "CAC USD 83.33; cost per message −USD 28.45; reply rate +USD 0.00; qualification rate +USD 35.12; handoff rate +USD 0.00; close rate +USD 0.00; other cost per unit of spend +USD 0.00; CAC now USD 90.00."
    );
}

#[test]
fn the_parts_add_up_to_the_change_to_the_cent() {
    let periods = [
        ["1800", "600", "390", "78", "47", "14"],
        ["2500", "640", "400", "90", "40", "12"],
        ["999.99", "333", "222", "111", "55", "11"],
        ["50000", "20000", "9000", "1200", "700", "177"],
    ];
    for a in periods {
        for b in periods {
            for (o1, o2) in [("", ""), ("600", "900"), ("0", "1234.56")] {
                let s = split(&ladder(a, o1), &ladder(b, o2)).unwrap();
                let sum: i64 = s.parts.iter().map(|p| (p.amount * 100.0).round() as i64).sum();
                assert_eq!(sum, ((s.cac_after - s.cac_before) * 100.0).round() as i64, "{a:?} → {b:?}");
                let terms: f64 = s.parts.iter().map(|p| p.log_term).sum();
                assert!((terms - (s.cac_after / s.cac_before).ln()).abs() < 1e-9);
            }
        }
    }
}

#[test]
fn a_small_change_could_be_noise_and_says_what_would_settle_it() {
    // Close 10 / 40 (25%) against 14 / 40 (35%): Newcombe's interval for +10 points is about
    // −10% to +29%, so it could be noise.
    let before = ladder(["1000", "400", "200", "80", "40", "10"], "");
    let after = ladder(["1000", "400", "200", "80", "40", "14"], "");
    let s = split(&before, &after).unwrap();
    let close = &s.steps[3];
    assert!(!close.real);
    assert!(close.interval.0 < 0.0 && close.interval.1 > 0.0);
    // At about 4.5 times the volume (180 handoffs a period) 25% against 35% separates.
    let more = close.more_to_settle.unwrap();
    assert!((100..=200).contains(&more), "{more}");
    assert_eq!(
        close.verdict().render(&f()),
        format!("Could be noise: about {more} more at its start in each period would settle it")
    );
    assert_eq!(
        s.sentence.render(&f()),
        "CAC fell from USD 100.00 to USD 71.43: close rose from 25% to 35% (a change that could still be noise)."
    );
    // A stage counted in one period only (replies) is left out of both: qualification is then
    // counted from conversations started, 80 / 400 = 20% in each, and the parts still add up
    // to the change (100.00 → 71.43: −28.57, all of it the close rate's).
    let folded = split(&before, &ladder(["1000", "400", "", "80", "40", "14"], "")).unwrap();
    assert_eq!(folded.steps.len(), 3);
    assert_eq!((folded.steps[0].from, folded.steps[0].before), (Some(Stage::Started), 0.2));
    assert_eq!(folded.steps[0].label().render(&f()), "Qualification rate (from conversations started)");
    assert_eq!(folded.parts.iter().map(|p| p.amount).collect::<Vec<_>>(), [0.0, 0.0, 0.0, -28.57, 0.0]);
    // Without customers in one of them: nothing to split.
    assert_eq!(split(&before, &ladder(["1000", "400", "200", "80", "40", ""], "")), None);
}

#[test]
fn other_cost_per_unit_of_spend_is_its_own_factor() {
    // Same ladder, other cost 0 → 500 on 1,000 spend: CAC 1,000 / 10 = 100 → 1,500 / 10 = 150,
    // all of it from other cost (ln 1.5).
    let before = ladder(["1000", "400", "200", "80", "40", "10"], "");
    let after = ladder(["1000", "400", "200", "80", "40", "10"], "500");
    let s = split(&before, &after).unwrap();
    assert_eq!(s.parts[5].amount, 50.0);
    assert!(s.parts[..5].iter().all(|p| p.amount == 0.0));
    assert_eq!(
        s.sentence.render(&f()),
        "CAC rose from USD 100.00 to USD 150.00: other cost per unit of spend rose from 0% to 50%."
    );
}

#[test]
fn a_cac_that_held_shows_the_parts_that_cancelled() {
    // $1,000, 500 started, 250 replied, 100 qualified; before 50 handed off and 10 customers
    // (CAC 100.00), after 40 and 10 (CAC 100.00): handoff fell 50% → 40% (log term
    // −ln 0.8 = +0.22314), close rose 20% → 25% (−ln 1.25 = −0.22314). No change to share out,
    // so each part is its limit, CAC × its log term: +22.314 and −22.314. In cents 2,231 and
    // −2,232 (floors), one cent short of 0, which goes to the larger remainder (0.6): −2,231.
    let before = ladder(["1000", "500", "250", "100", "50", "10"], "");
    let after = ladder(["1000", "500", "250", "100", "40", "10"], "");
    let s = split(&before, &after).unwrap();
    let amounts: Vec<f64> = s.parts.iter().map(|p| p.amount).collect();
    assert_eq!(amounts, [0.0, 0.0, 0.0, 22.31, -22.31, 0.0]);
    assert_eq!(amounts.iter().sum::<f64>(), 0.0);
}
