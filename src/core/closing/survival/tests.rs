//! The win curve worked by hand, and checked against Kaplan–Meier when nothing is lost.

use super::*;
use crate::core::closing::Outcome::{self, Lost, Open, Won};

fn deal(start: i64, outcome: Outcome) -> Deal {
    Deal::new(start, outcome)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

/// A dozen deals as of day 100, as durations (W won, L lost, C still open at that age):
/// W2 W2 L3 W5 L5 C5 W8 C10 W12 L20 C30 C40. The C40 deal was won on day 130, after the
/// "as of" day, so it counts as open; a thirteenth deal starts after it and doesn't exist yet.
fn dozen() -> Vec<Deal> {
    vec![
        deal(10, Won(12)),
        deal(20, Won(22)),
        deal(30, Lost(33)),
        deal(40, Won(45)),
        deal(95, Open),
        deal(50, Lost(55)),
        deal(0, Won(8)),
        deal(90, Open),
        deal(60, Won(72)),
        deal(5, Lost(25)),
        deal(70, Open),
        deal(60, Won(130)),
        deal(101, Won(105)),
    ]
}

#[test]
fn a_dozen_deals_worked_by_hand() {
    // t = 2:  n = 12, w = 2, l = 0. S(t−) = 1.
    //         CIF = 0 + 1 · 2/12 = 1/6;            S = 1 · (1 − 2/12) = 5/6.
    // t = 3:  n = 10, w = 0, l = 1.  CIF stays 1/6; S = 5/6 · (1 − 1/10) = 3/4.
    // t = 5:  n = 9 (W5 L5 C5 W8 C10 W12 L20 C30 C40: the deal censored at 5 is at risk),
    //         w = 1, l = 1.  CIF = 1/6 + 3/4 · 1/9 = 1/4;  S = 3/4 · (1 − 2/9) = 7/12.
    // t = 8:  n = 6, w = 1.  CIF = 1/4 + 7/12 · 1/6 = 25/72;  S = 7/12 · 5/6 = 35/72.
    // t = 10: censored only, no step.
    // t = 12: n = 4, w = 1.  CIF = 25/72 + 35/72 · 1/4 = 15/32;  S = 35/72 · 3/4 = 35/96.
    // t = 20: n = 3, l = 1.  CIF stays 15/32;  S = 35/96 · 2/3 = 35/144.
    // t = 30, 40: censored. Open beyond the last outcome (day 20): C30 and C40.
    let curve = win_curve(&dozen(), 100);
    let expected = [(2, 1.0 / 6.0), (5, 0.25), (8, 25.0 / 72.0), (12, 15.0 / 32.0)];
    assert_eq!(curve.points.len(), expected.len());
    for (&(day, share), &(want_day, want)) in curve.points.iter().zip(&expected) {
        assert_eq!(day, want_day);
        assert!(close(share, want), "day {day}: {share} vs {want}");
    }
    assert_eq!((curve.deals, curve.wins, curve.losses, curve.at_risk_end), (12, 5, 3, 2));
    assert_eq!(curve.won_by(1), 0.0);
    assert!(close(curve.won_by(7), 0.25));
    assert!(close(curve.won_by(1000), 15.0 / 32.0));
    assert!(close(curve.eventual(), 0.468_75));
    // Shares of the eventual 15/32: 16/45 ≈ 0.356 by day 2, 8/15 ≈ 0.533 by day 5,
    // 20/27 ≈ 0.741 by day 8, all of it by day 12.
    assert!(close(curve.share_of_eventual_by(2).unwrap_or(0.0), 16.0 / 45.0));
    assert!(close(curve.share_of_eventual_by(6).unwrap_or(0.0), 8.0 / 15.0));
    assert_eq!(curve.day_for_share(0.3), Some(2));
    assert_eq!(curve.day_for_share(0.5), Some(5), "median days to close");
    assert_eq!(curve.day_for_share(0.9), Some(12), "90th percentile");
    assert_eq!(curve.day_for_share(1.0), Some(12));
    assert_eq!(curve.day_for_share(0.0), None);
    assert_eq!(curve.day_for_share(f64::NAN), None);
}

#[test]
fn no_wins_no_curve() {
    let curve = win_curve(&[deal(0, Lost(3)), deal(1, Open)], 10);
    assert!(curve.points.is_empty());
    assert_eq!(curve.eventual(), 0.0);
    assert_eq!(curve.share_of_eventual_by(5), None);
    assert_eq!(curve.day_for_share(0.5), None);
    assert_eq!(curve.at_risk_end, 1);
    let empty = win_curve(&[], 10);
    assert_eq!((empty.deals, empty.at_risk_end, empty.eventual()), (0, 0, 0.0));
}

#[test]
fn an_outcome_dated_before_the_start_counts_as_day_zero() {
    let curve = win_curve(&[deal(10, Won(7)), deal(10, Open)], 20);
    assert_eq!(curve.points, vec![(0, 0.5)]);
    assert_eq!(deal(10, Won(7)).seen(20), Some(Seen::Won(0)));
    assert_eq!(deal(10, Won(30)).seen(20), Some(Seen::Open(10)));
    assert_eq!(deal(10, Won(30)).at(9), None);
}

/// One minus the Kaplan–Meier survival curve of wins, computed the textbook way.
fn one_minus_km(durations: &[(i64, bool)]) -> Vec<(i64, f64)> {
    let mut days: Vec<i64> = durations.iter().filter(|(_, won)| *won).map(|(d, _)| *d).collect();
    days.sort_unstable();
    days.dedup();
    let mut survival = 1.0;
    days.into_iter()
        .map(|t| {
            let at_risk = durations.iter().filter(|(d, _)| *d >= t).count() as f64;
            let events = durations.iter().filter(|&&(d, won)| won && d == t).count() as f64;
            survival *= 1.0 - events / at_risk;
            (t, 1.0 - survival)
        })
        .collect()
}

#[test]
fn with_no_losses_the_curve_is_one_minus_kaplan_meier() {
    // Won after 1, 1, 4, 6, 6, 9 days; open at ages 3, 4, 7, 12.
    let won = [1, 1, 4, 6, 6, 9];
    let open = [3, 4, 7, 12];
    let as_of = 100;
    let mut deals: Vec<Deal> = won.iter().map(|&d| deal(50, Won(50 + d))).collect();
    deals.extend(open.iter().map(|&age| deal(as_of - age, Open)));
    let durations: Vec<(i64, bool)> =
        won.iter().map(|&d| (d, true)).chain(open.iter().map(|&d| (d, false))).collect();
    let curve = win_curve(&deals, as_of);
    let km = one_minus_km(&durations);
    assert_eq!(curve.points.len(), km.len());
    for (&(day, share), &(km_day, km_share)) in curve.points.iter().zip(&km) {
        assert_eq!(day, km_day);
        assert!(close(share, km_share), "day {day}: {share} vs {km_share}");
    }
    // By hand: n = 10 at day 1 (2 won) → 1 − 8/10 = 0.2; day 4: n = 7, 1 won → S = 0.8 · 6/7;
    // day 6: n = 5, 2 won → S = 0.8 · 6/7 · 3/5; day 9: n = 2, 1 won → S · 1/2.
    let s = 0.8 * 6.0 / 7.0 * 3.0 / 5.0 * 0.5;
    assert!(close(curve.eventual(), 1.0 - s));
}
