//! What the time-to-close panel shows, in words: how long closing takes, each cohort's row
//! (observed, projected or why not, when it can be judged), the backtest, and how it is all
//! computed. Built from the workspace's dated deals; the shell only lays it out.

use super::backtest::{backtest, trusted_table, BACKTEST_DAYS};
use super::chart::{curve_chart_with, CurveChart};
use super::cohorts::{CohortRow, NotProjected};
use super::cost::{cohort_cac, cohort_revenue, projected_customers, PeriodMoney, SoFarAndProjected};
use super::dated::Dated;
use super::periods::CohortBy;
use super::survival::win_curve;
use super::Deal;
use crate::core::basics::calendar::iso_date;
use crate::core::basics::dates::{period_name, Period};
use crate::core::message::{Arg, Id, Message};

/// The panel, as messages.
#[derive(Clone, Debug, PartialEq)]
pub struct ClosingView {
    /// How many dated deals, as of when.
    pub lede: Message,
    /// Median and 90th-percentile days to close, or that nothing was won.
    pub days: Message,
    /// The same for each earlier stage the log dates (qualified, handed off), one line each.
    pub stages: Vec<Message>,
    /// The curve of days to close, when any deal was won.
    pub chart: Option<CurveChart>,
    pub caption: Message,
    /// The caption of the table of each cohort's customers, cost and revenue.
    pub money_caption: Message,
    pub rows: Vec<CohortLine>,
    /// Whether any row has its CAC: the table's CAC columns are shown.
    pub with_cac: bool,
    /// Whether any row has its revenue: the table's revenue columns are shown.
    pub with_revenue: bool,
    /// One line per backtest that could be run, or that none could.
    pub backtests: Vec<Message>,
}

/// One cohort's row.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortLine {
    pub period: Message,
    pub age: Message,
    pub deals: u64,
    pub wins: u64,
    pub observed: f64,
    pub projected: Message,
    pub judge: Message,
    /// Whether its rate can be judged as final.
    pub mature: bool,
    /// What its customers cost, so far and projected, when its period's cost is known.
    pub cac: Option<SoFarAndProjected>,
    /// The customers it is projected to end with, and their range.
    pub customers: Message,
    /// What its customers brought, so far and projected, when its period's revenue is known.
    pub revenue: Option<SoFarAndProjected>,
}

/// The panel for `dated`'s deals; `costs` are the ad data's periods, each with its first day,
/// all-in cost and revenue, for the CAC and revenue of the cohorts that are those periods.
pub fn closing_view(dated: &Dated, costs: &[PeriodMoney]) -> ClosingView {
    let (deals, as_of) = (&dated.deals, dated.as_of);
    let by = CohortBy::choose(deals, as_of);
    let curve = win_curve(deals, as_of);
    let days = match (curve.day_for_share(0.5), curve.day_for_share(0.9)) {
        (Some(median), Some(p90)) => Message::of(Id::ClosingDays)
            .with("median", Arg::Count(median.max(0) as u64))
            .with("p90", Arg::Count(p90.max(0) as u64)),
        _ => Message::of(Id::ClosingNoWins),
    };
    let period = |start: i64| costs.iter().find(|p| p.first == start);
    let rows: Vec<CohortLine> = trusted_table(deals, as_of, by)
        .iter()
        .map(|row| CohortLine {
            cac: period(row.period_start).map(|p| cohort_cac(row, p.cost)),
            revenue: period(row.period_start).and_then(|p| p.revenue).map(|r| cohort_revenue(row, r)),
            ..line(row)
        })
        .collect();
    let mut backtests: Vec<Message> = BACKTEST_DAYS
        .iter()
        .filter_map(|&days| backtest(deals, as_of, days, by).map(|b| (days, b)))
        .map(|(days, b)| {
            let points = Arg::Decimal(b.mean_abs_error * 100.0);
            let said = |id| Message::of(id).with("days", Arg::Count(days as u64)).with("points", points);
            let count = Arg::Count(b.compared as u64);
            match (b.acceptable, by) {
                (false, _) => said(Id::ClosingBacktestBad),
                (true, CohortBy::Month) => said(Id::ClosingBacktest).with("count", count),
                (true, CohortBy::Week) => said(Id::ClosingBacktestWeeks).with("count", count),
            }
        })
        .collect();
    if backtests.is_empty() {
        backtests.push(Message::of(Id::ClosingBacktestNone));
    }
    ClosingView {
        lede: Message::of(Id::ClosingLede)
            .with("deals", Arg::Count(dated.started() as u64))
            .with("date", Arg::Date(as_of)),
        days,
        stages: stage_curves(dated)
            .map(|(name, deals)| stage_line(Message::of(name), deals, as_of))
            .collect(),
        chart: curve_chart_with(
            &curve,
            stage_curves(dated).map(|(id, deals)| (Message::of(id), win_curve(deals, as_of))).collect(),
        ),
        caption: Message::of(match by {
            CohortBy::Month => Id::ClosingCaption,
            CohortBy::Week => Id::ClosingCaptionWeeks,
        }),
        money_caption: Message::of(match by {
            CohortBy::Month => Id::ClosingMoneyCaption,
            CohortBy::Week => Id::ClosingMoneyCaptionWeeks,
        }),
        with_cac: rows.iter().any(|r| r.cac.is_some()),
        with_revenue: rows.iter().any(|r| r.revenue.is_some()),
        rows,
        backtests,
    }
}

/// The earlier stages the log dates, named, with their deals ("won" on reaching the stage).
fn stage_curves(dated: &Dated) -> impl Iterator<Item = (Id, &[Deal])> {
    [(Id::ClosingStageQualified, &dated.qualified), (Id::ClosingStageHandedOff, &dated.handed_off)]
        .into_iter()
        .filter(|(_, deals)| !deals.is_empty())
        .map(|(id, deals)| (id, deals.as_slice()))
}

/// How soon the deals that reach a stage reach it ("reached" is a win in `deals`), and how
/// many have by the "as of" day.
fn stage_line(stage: Message, deals: &[Deal], as_of: i64) -> Message {
    let curve = win_curve(deals, as_of);
    let count = |d: &&Deal| d.start <= as_of;
    let started: u64 = deals.iter().filter(count).map(|d| u64::from(d.count)).sum();
    let reached: u64 = deals.iter().filter(|d| d.won_by(as_of).is_some()).map(|d| u64::from(d.count)).sum();
    let stage = Arg::Message(Box::new(stage));
    match (curve.day_for_share(0.5), curve.day_for_share(0.9)) {
        (Some(median), Some(p90)) => Message::of(Id::ClosingStageDays)
            .with("stage", stage)
            .with("median", Arg::Count(median.max(0) as u64))
            .with("p90", Arg::Count(p90.max(0) as u64))
            .with("reached", Arg::Count(reached))
            .with("count", Arg::Count(started)),
        _ => Message::of(Id::ClosingStageNone).with("stage", stage),
    }
}

fn line(row: &CohortRow) -> CohortLine {
    let period = period_name(&Period::new(&iso_date(row.period_start), &iso_date(row.period_end)));
    let projected = match row.projection {
        Ok(p) => Message::of(if row.mature { Id::ClosingFinal } else { Id::ClosingProjected })
            .with("rate", Arg::Percent(p.rate))
            .with("range", Arg::PercentRange(p.low, p.high)),
        Err(NotProjected::NoMatureCohort) => Message::of(Id::ClosingTooEarly),
        Err(NotProjected::TooFewMatureWins { have, need }) => {
            Message::of(Id::ClosingTooFew).with("have", Arg::Count(have)).with("need", Arg::Count(need))
        }
        Err(NotProjected::NoDevelopmentYet) => Message::of(Id::ClosingNoDevelopment),
        Err(NotProjected::OffOnItsPast) => Message::of(Id::ClosingOffOnItsPast),
    };
    let judge = match row.judge_on {
        Some(day) if row.mature => Message::of(Id::ClosingJudged).with("date", Arg::Date(day)),
        Some(day) => Message::of(Id::ClosingJudgeLater).with("date", Arg::Date(day)),
        None => Message::of(Id::ClosingJudgeUnknown),
    };
    CohortLine {
        period,
        age: Message::of(Id::ClosingAge).with("days", Arg::Count(row.age_days.max(0) as u64)),
        deals: row.deals,
        wins: row.wins,
        observed: row.observed_rate,
        projected,
        judge,
        mature: row.mature,
        cac: None,
        customers: projected_customers(row),
        revenue: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::calendar::day_number;
    use crate::core::closing::{Deal, Outcome};
    use crate::core::message::english;

    #[test]
    fn a_pipedrive_month_reads_as_days_to_close_and_a_row_too_early_to_judge() {
        let day = |d: &str| day_number(d).unwrap();
        // Four deals of October 2026: won after 17 and 15 days, one lost, one open.
        let dated = Dated::new(vec![
            Deal::new(day("2026-10-07"), Outcome::Won(day("2026-10-24"))),
            Deal::new(day("2026-10-15"), Outcome::Won(day("2026-10-30"))),
            Deal::new(day("2026-10-03"), Outcome::Lost(day("2026-10-22"))),
            Deal::new(day("2026-10-20"), Outcome::Open),
        ]);
        let view = closing_view(&dated, &[]);
        assert_eq!(english(&view.lede), "4 deals with dates, as of 2026-10-30.");
        // Cumulative incidence of winning, by day since the start: 4 at risk at day 15 (the
        // open deal is 10 days old, so it is censored before: 3 at risk), one win: 1/3; at day
        // 17 two at risk (the loss at day 19 is later), one win: S = 2/3, +2/3 × 1/2 = 2/3.
        // The plateau is 2/3; half of it (1/3) is reached on day 15, 90% (0.6) on day 17.
        assert_eq!(
            english(&view.days),
            "Half of the deals that are won are won within 15 days of their start, and 90% within 17 days."
        );
        // Less than three months of data: cohorts are the weeks the deals started in.
        assert_eq!(english(&view.caption), english(&Message::of(Id::ClosingCaptionWeeks)));
        let periods: Vec<String> = view.rows.iter().map(|r| english(&r.period)).collect();
        assert_eq!(
            periods,
            [
                "2026-09-28 – 2026-10-04",
                "2026-10-05 – 2026-10-11",
                "2026-10-12 – 2026-10-18",
                "2026-10-19 – 2026-10-25"
            ]
        );
        // The week of 10-05 ends on 10-11; with 17 days to close it can be judged on 10-28.
        let second = &view.rows[1];
        assert_eq!((second.deals, second.wins, second.mature), (1, 1, true));
        assert_eq!(english(&second.judge), "2026-10-28 (passed)");
        assert_eq!(english(&second.age), "25 days");
        // The last week is judged only on 2026-11-11; its one deal is open. The weeks judged
        // by 10-30 are those of 09-28 (on 10-21: the loss) and 10-05 (on 10-28: one win);
        // 10-12's is judged on 11-04. No projection without 20 wins among them.
        let last = &view.rows[3];
        assert_eq!(english(&last.judge), "2026-11-11");
        assert_eq!(
            english(&last.projected),
            "Too few to project: 1 win among deals old enough to judge, 20 needed"
        );
        assert_eq!(english(&view.backtests[0]), english(&Message::of(Id::ClosingBacktestNone)));
    }
}
