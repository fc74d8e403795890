//! The chain ladder worked by hand on four monthly cohorts.

use super::*;
use crate::core::closing::fixtures::{day, four_months};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

#[test]
fn the_triangle_as_of_a_month_end() {
    let rows = triangle(&four_months(), day("2026-04-30"), CohortBy::Month);
    let seen: Vec<(u64, Vec<u64>, usize)> =
        rows.iter().map(|r| (r.deals, r.cumulative.clone(), r.full)).collect();
    assert_eq!(
        seen,
        vec![(20, vec![4, 8, 10, 11], 4), (20, vec![5, 9, 12], 3), (25, vec![6, 12], 2), (30, vec![6], 1),]
    );
    assert_eq!(rows[0].key, 2026 * 12);
    assert_eq!((rows[3].wins(), rows[3].latest(), rows[0].latest()), (6, 0, 3));
}

#[test]
fn the_current_month_is_the_latest_diagonal_but_not_fully_observed() {
    // As of 15 April, April has not ended: every row still runs to April (the wins of
    // 3 April count), but April's cells are not fully observed.
    let rows = triangle(&four_months(), day("2026-04-15"), CohortBy::Month);
    let seen: Vec<(Vec<u64>, usize)> = rows.iter().map(|r| (r.cumulative.clone(), r.full)).collect();
    assert_eq!(seen, vec![(vec![4, 8, 10, 11], 3), (vec![5, 9, 12], 2), (vec![6, 12], 1), (vec![6], 0)]);
    // So f_0 rests on January and February only: (8 + 9) / (4 + 5) = 17/9; f_1 on
    // January: 10/8. One cohort behind f_1, so σ²_1 takes σ²_0.
    // σ²_0 = 1/(2 − 1) · [4 · (8/4 − 17/9)² + 5 · (9/5 − 17/9)²] = 4/81 + 16/405 = 4/45.
    let factors = factors(&rows);
    assert_eq!(factors.len(), 2);
    assert!(close(factors[0].f, 17.0 / 9.0) && close(factors[1].f, 1.25));
    assert!(close(factors[0].sigma2, 4.0 / 45.0) && close(factors[1].sigma2, 4.0 / 45.0));
    assert_eq!((factors[0].cohorts, factors[1].cohorts), (2, 1));
}

#[test]
fn chain_ladder_factors_and_mack_errors_by_hand() {
    let rows = triangle(&four_months(), day("2026-04-30"), CohortBy::Month);
    let factors = factors(&rows);
    // f_0 = (8 + 9 + 12) / (4 + 5 + 6) = 29/15, over three cohorts;
    // f_1 = (10 + 12) / (8 + 9) = 22/17, over two; f_2 = 11/10, over January alone.
    let (f0, f1, f2) = (29.0 / 15.0, 22.0 / 17.0, 1.1);
    // σ²_0 = 1/2 · [4 · (2 − 29/15)² + 5 · (9/5 − 29/15)² + 6 · (2 − 29/15)²]
    //      = 1/2 · (4 + 20 + 6)/225 = 1/15.
    // σ²_1 = 1/1 · [8 · (10/8 − 22/17)² + 9 · (12/9 − 22/17)²] = 9/578 + 8/578 = 1/34.
    // σ²_2 (one cohort): min(σ⁴_1/σ²_0, σ²_0, σ²_1) = min(15/1156, 1/15, 1/34) = 15/1156.
    let (s0, s1, s2) = (1.0 / 15.0, 1.0 / 34.0, 15.0 / 1156.0);
    let want = [(f0, s0, 15.0, 3), (f1, s1, 17.0, 2), (f2, s2, 10.0, 1)];
    assert_eq!(factors.len(), 3);
    for (got, &(f, s, base, cohorts)) in factors.iter().zip(&want) {
        assert!(close(got.f, f) && close(got.sigma2, s), "{got:?}");
        assert_eq!((got.base, got.cohorts), (base, cohorts));
    }

    // January has nothing left to develop.
    assert_eq!(develop(11.0, 3, &factors), Developed { ultimate: 11.0, mse: 0.0 });
    // February: 12 · 11/10 = 13.2; mse = 13.2² · σ²_2/f_2² · (1/12 + 1/10) = 99/289.
    let feb = develop(12.0, 2, &factors);
    assert!(close(feb.ultimate, 13.2) && close(feb.mse, 99.0 / 289.0), "{feb:?}");
    // March: 12 · 22/17 · 11/10 = 1452/85 ≈ 17.082; on the way Ĉ_2 = 264/17.
    // mse = (1452/85)² · [σ²_1/f_1² · (1/12 + 1/17) + σ²_2/f_2² · (17/264 + 1/10)]
    //     = (1452/85)² · (29/11616 + 5425/3077272) ≈ 1.242946, se ≈ 1.114875.
    let mar = develop(12.0, 1, &factors);
    let mar_mse = (1452.0_f64 / 85.0).powi(2) * (29.0 / 11616.0 + 5425.0 / 3_077_272.0);
    assert!(close(mar.ultimate, 1452.0 / 85.0) && close(mar.mse, mar_mse), "{mar:?}");
    assert!((mar.mse - 1.242_946).abs() < 1e-6);
    // April: 6 · 29/15 · 22/17 · 11/10 = 7018/425 ≈ 16.513; Ĉ_1 = 11.6, Ĉ_2 = 15.0118.
    // mse = Ĉ_ult² · [σ²_0/f_0² (1/6 + 1/15) + σ²_1/f_1² (1/11.6 + 1/17)
    //                 + σ²_2/f_2² (1/Ĉ_2 + 1/10)] ≈ 2.316522, se ≈ 1.522012.
    let apr = develop(6.0, 0, &factors);
    let c2 = 11.6 * f1;
    let apr_mse = (7018.0_f64 / 425.0).powi(2)
        * (s0 / (f0 * f0) * (1.0 / 6.0 + 1.0 / 15.0)
            + s1 / (f1 * f1) * (1.0 / 11.6 + 1.0 / 17.0)
            + s2 / (f2 * f2) * (1.0 / c2 + 0.1));
    assert!(close(apr.ultimate, 7018.0 / 425.0) && close(apr.mse, apr_mse), "{apr:?}");
    assert!((apr.mse - 2.316_522).abs() < 1e-6);
}

#[test]
fn empty_columns_develop_nothing() {
    // Two cohorts with no wins by their first month: f_0 = 1 and σ²_0 = 0.
    let rows = [
        Row { key: 0, deals: 5, cumulative: vec![0, 2, 3], full: 3 },
        Row { key: 1, deals: 5, cumulative: vec![0, 1], full: 2 },
        Row { key: 2, deals: 5, cumulative: vec![0], full: 1 },
    ];
    let fs = factors(&rows);
    assert_eq!(fs[0], Factor { f: 1.0, sigma2: 0.0, base: 0.0, cohorts: 2 });
    // f_1 = 3/2 from one cohort: σ²_1 copies σ²_0 = 0.
    assert!(close(fs[1].f, 1.5) && fs[1].sigma2 == 0.0);
    assert_eq!(develop(0.0, 0, &fs), Developed { ultimate: 0.0, mse: 0.0 });
    assert!(factors(&[]).is_empty());
}
