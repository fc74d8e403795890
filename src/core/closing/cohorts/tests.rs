//! Cohort rows worked by hand on the four monthly cohorts, and when projection is withheld.

use super::*;
use crate::core::closing::fixtures::{cohort, day, four_months};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

#[test]
fn four_monthly_cohorts_as_of_the_end_of_april() {
    let as_of = day("2026-04-30");
    let rows = cohort_table(&four_months(), as_of, CohortBy::Month);
    assert_eq!(rows.len(), 4);
    let plain: Vec<(i64, i64, u64, u64, i64)> =
        rows.iter().map(|r| (r.period_start, r.period_end, r.deals, r.wins, r.age_days)).collect();
    assert_eq!(
        plain,
        vec![
            (day("2026-01-01"), day("2026-01-31"), 20, 11, 119),
            (day("2026-02-01"), day("2026-02-28"), 20, 12, 88),
            (day("2026-03-01"), day("2026-03-31"), 25, 12, 60),
            (day("2026-04-01"), day("2026-04-30"), 30, 6, 29),
        ]
    );
    // p90 = 61 days (see the judge's test): January is judged on 2 April, February on
    // 30 April (today: mature), March on 31 May, April on 30 June.
    let judged: Vec<(Option<i64>, bool)> = rows.iter().map(|r| (r.judge_on, r.mature)).collect();
    assert_eq!(
        judged,
        vec![
            (Some(day("2026-04-02")), true),
            (Some(day("2026-04-30")), true),
            (Some(day("2026-05-31")), false),
            (Some(day("2026-06-30")), false),
        ]
    );
    // Mature cohorts keep their observed rate and Wilson interval: 11/20 and 12/20.
    for row in &rows[..2] {
        let want = wilson(row.wins, row.deals, Z95).map(|(low, high)| Projection {
            rate: row.observed_rate,
            low,
            high,
            wins: row.wins as f64,
            mse: 0.0,
        });
        assert_eq!(row.projection.ok(), want);
    }
    assert!(close(rows[0].observed_rate, 0.55) && close(rows[1].observed_rate, 0.6));
    // 11 + 12 = 23 mature wins ≥ 20, so the young cohorts are projected (factors and Mack's
    // errors in the triangle's test):
    // March: Ĉ_ult = 1452/85 ≈ 17.082 of 25, p ≈ 0.683294; se² ≈ 1.242946;
    //   half = 1.96 · √(1.242946 + 25 · p(1 − p)) / 25 ≈ 0.202217 → 0.481077 to 0.885511.
    // April: Ĉ_ult = 7018/425 ≈ 16.513 of 30, p ≈ 0.550431; se² ≈ 2.316522;
    //   half = 1.96 · √(2.316522 + 30 · p(1 − p)) / 30 ≈ 0.203897 → 0.346534 to 0.754329.
    let mar_mse = (1452.0_f64 / 85.0).powi(2) * (29.0 / 11616.0 + 5425.0 / 3_077_272.0);
    for (row, ultimate, mse, low, high) in [
        (&rows[2], 1452.0 / 85.0, mar_mse, 0.481_077_08, 0.885_511_15),
        (&rows[3], 7018.0 / 425.0, 2.316_521_53, 0.346_534_17, 0.754_328_57),
    ] {
        let Ok(p) = row.projection else { panic!("{row:?}") };
        let n = row.deals as f64;
        let rate = ultimate / n;
        let half = Z95 * (mse + rate * (1.0 - rate) * n).sqrt() / n;
        assert!(close(p.rate, rate) && close(p.wins, ultimate), "{p:?}");
        assert!((p.mse - mse).abs() < 1e-7, "{p:?}");
        assert!((p.low - (rate - half)).abs() < 1e-9 && (p.high - (rate + half)).abs() < 1e-9, "{p:?}");
        assert!((p.low - low).abs() < 1e-7 && (p.high - high).abs() < 1e-7, "{p:?}");
        assert!(p.low >= row.observed_rate);
    }
}

#[test]
fn no_projection_without_twenty_mature_wins() {
    let deals = four_months();
    // 31 March: p90 = 61, and January is judged only on 2 April.
    let rows = cohort_table(&deals, day("2026-03-31"), CohortBy::Month);
    assert!(rows.iter().all(|r| !r.mature && r.projection == Err(NotProjected::NoMatureCohort)));
    // 29 April: January is mature with 11 wins; February is judged tomorrow.
    let rows = cohort_table(&deals, day("2026-04-29"), CohortBy::Month);
    assert!(rows[0].mature && rows[0].projection.is_ok());
    let too_few: Result<Projection, NotProjected> =
        Err(NotProjected::TooFewMatureWins { have: 11, need: MIN_MATURE_WINS });
    assert!(rows[1..].iter().all(|r| r.projection == too_few), "{rows:?}");
    // Nothing won at all: no p90, so no judge-on date.
    let lost = cohort("2026-01-01", 5, &[], 5, "2026-01-02");
    let rows = cohort_table(&lost, day("2026-06-30"), CohortBy::Month);
    assert_eq!((rows[0].judge_on, rows[0].mature), (None, false));
    assert_eq!(rows[0].projection, Err(NotProjected::NoMatureCohort));
}

#[test]
fn no_projection_before_any_cohort_has_two_whole_periods() {
    // Deals close within two days, so January (25 wins) is mature on 2 February; but on
    // 10 February no cohort has been watched through two whole months.
    let mut deals = cohort("2026-01-01", 30, &[("2026-01-03", 25)], 0, "");
    deals.extend(cohort("2026-02-01", 10, &[("2026-02-03", 3)], 0, ""));
    let rows = cohort_table(&deals, day("2026-02-10"), CohortBy::Month);
    assert_eq!((rows[0].judge_on, rows[0].mature), (Some(day("2026-02-02")), true));
    assert!(rows[0].projection.is_ok());
    assert_eq!(rows[1].projection, Err(NotProjected::NoDevelopmentYet));
}
