# Time to close: how long deals take to be won, each month's close rate so far and projected,
# when each month can be judged, and how well the projection did on the user's own past data.

closing-heading = Time to close
# $deals: deals with dates in the CRM export; $date: the day the data runs to, as the locale writes dates (Nov 30, 2026).
closing-lede = { $deals ->
    [one] { $deals } deal with dates, as of { $date }.
   *[other] { $deals } deals with dates, as of { $date }.
    }
# $median and $p90: days. "Won deals" are those won by the as-of date and, by the censored
# estimate, those still open that will be.
closing-days = Half of the deals that are won are won within { $median ->
    [one] { $median } day
   *[other] { $median } days
    } of their start, and 90% within { $p90 ->
    [one] { $p90 } day
   *[other] { $p90 } days
    }.
closing-no-wins = No deal was won by then, so there is no telling yet how long closing takes.
# How soon an earlier stage is reached, where the log dates it ("Qualified at", "Booked on").
# $stage: closing-stage-qualified or closing-stage-handed-off; $median and $p90: days since the
# conversation started; $reached of $count: how many have reached it so far.
closing-stage-days = { $stage }: half of the conversations that get there do so within { $median ->
    [one] { $median } day
   *[other] { $median } days
    } of their start, and 90% within { $p90 ->
    [one] { $p90 } day
   *[other] { $p90 } days
    } ({ $reached } of { $count } so far).
closing-stage-none = { $stage }: none by then.
closing-stage-qualified = Qualified
closing-stage-handed-off = Handed off or booked
closing-caption = Each month’s deals: their close rate so far, the rate projected when they have had time to close, and when they can be judged
# The second table's caption: each cohort's customers, cost and revenue.
closing-money-caption = What each month’s customers come to, cost and bring: so far, and once their deals have had time to close
closing-money-caption-weeks = What each week’s customers come to, cost and bring: so far, and once their deals have had time to close
closing-caption-weeks = Each week’s deals: their close rate so far, the rate projected when they have had time to close, and when they can be judged
closing-col-started = Started in
closing-col-age = Age
closing-col-deals = Deals
closing-col-won = Won so far
closing-col-rate = Close rate so far
closing-col-projected = Projected close rate (95% range)
closing-col-judge = Judge on
# With the ad data's spend for the same months: what a customer cost so far, and once the
# month's deals have closed as projected.
closing-col-cac = CAC so far
# The customers a month's deals are projected to end with, and the revenue they bring.
closing-col-customers = Projected customers (95% range)
closing-col-revenue = Revenue so far
closing-col-revenue-projected = Projected revenue (95% range)
closing-col-cac-projected = Projected CAC (95% range)
# $cac, $low, $high: amounts of money.
closing-cac = { $cac }
closing-cac-projected = { $cac } ({ $low }–{ $high })
closing-cac-projected-open = { $cac } ({ $low } or more)
closing-cac-none = — (no customer yet)
# $customers, $low, $high: whole customers.
closing-customers-projected = { $customers } ({ $low }–{ $high })
closing-customers = { $customers }
# $revenue, $low, $high: money.
closing-revenue = { $revenue }
closing-revenue-projected = { $revenue } ({ $low }–{ $high })
closing-revenue-none = — (no revenue yet)
closing-cac-not-projected = — (not projected)
closing-cac-no-spend = — (no ad spend for this period)
# $days: the cohort's age in days.
closing-age = { $days ->
    [one] { $days } day
   *[other] { $days } days
    }
# $rate: a percentage; $range: its 95% range (20%–31%).
closing-projected = { $rate } ({ $range })
closing-final = { $rate } (final: { $range })
closing-too-early = Too early to project
# $have and $need: won deals in the months (or weeks) old enough to be judged.
closing-too-few = Too few to project: { $have ->
    [one] { $have } win
   *[other] { $have } wins
    } among deals old enough to judge, { $need } needed
closing-no-development = Too early to project: no earlier month has been followed long enough to show how its wins grew
# Not projected because the backtest (below the table) was too far off on this data.
closing-off-on-its-past = Not projected: tried on this data’s own past, the projections were too far off to rely on (see below)
# $date: a day, as the locale writes dates.
closing-judged = { $date } (passed)
closing-judge-later = { $date }
closing-judge-unknown = Not known yet
# $days: how many days earlier; $points: the mean error in rate points (2.1); $count: months compared.
closing-backtest = Projected from { $days } days earlier, the close rates were off by { $points } points on average ({ $count ->
    [one] { $count } month compared
   *[other] { $count } months compared
    }).
# As closing-backtest, when the cohorts are weeks: $count is weeks compared.
closing-backtest-weeks = Projected from { $days } days earlier, the close rates were off by { $points } points on average ({ $count ->
    [one] { $count } week compared
   *[other] { $count } weeks compared
    }).
closing-backtest-bad = Projected from { $days } days earlier, the close rates were off by { $points } points on average: too far off on this data to rely on the projections.
closing-backtest-none = There is not yet enough history to check the projections against what happened since.
# The curve of days to close. $days: days since a deal started.
closing-chart-caption = How soon the deals that end up won are won
closing-chart-days = days since the deal started →
closing-chart-share = share of eventual wins
# The vertical axis when earlier stages' curves are drawn beside the wins'.
closing-chart-share-stages = share of those that get there
# The legend's name for the curve of wins, beside the earlier stages' (closing-stage-…).
closing-chart-won = Won
closing-chart-median = median { $days ->
    [one] { $days } day
   *[other] { $days } days
    }
closing-chart-p90 = 90% by { $days ->
    [one] { $days } day
   *[other] { $days } days
    }
# The chart's text equivalent: $q25, $q50, $q75, $q90 and $last are days since the start.
closing-chart-summary = A quarter of the deals that end up won are won within { $q25 ->
    [one] { $q25 } day
   *[other] { $q25 } days
    } of their start, half within { $q50 }, three quarters within { $q75 }, 90% within { $q90 } and the last within { $last }.
closing-method-summary = How this is computed
closing-method = Days to close are estimated with deals still open counted up to their age (censored), and lost deals as a competing outcome (cumulative incidence). A month is judged once its last day plus the 90th percentile of days to close has passed. A younger month’s final close rate is projected from how the older months’ wins grew month by month (chain ladder: each month’s wins so far × the factors by which the older months’ wins grew afterwards), with Mack’s standard error for the growth and the binomial error for the deals, as a 95% range. Nothing is projected until the months that can be judged hold at least 20 wins.
# Under closing-method: how a campaign's CAC in a month still closing is projected.
closing-method-campaigns = Where campaigns share a month whose deals are still closing, each campaign’s customers so far grow by the factor the month’s are projected to grow by (its final wins over its wins so far), as if its deals close at the month’s pace: a campaign started late in the month, or closing slower than the others, is projected too low until its deals have had time.
# Under the segment table and the inversions while some segments' deals are still closing.
# $periods: the periods' names, in a list.
closing-segments-projected = Still closing: the CAC of { $periods } counts the customers projected still to come, marked “projected” (see Time to close).
closing-segments-so-far = Still closing: the CAC of { $periods } counts only the customers won so far, marked “so far”; too few older deals have closed to project the rest (see Time to close).
# Both of the above, one after the other.
closing-segments-both = { $projected } { $so-far }
# Stands for a period in closing-segments-* when segments have no period of their own.
closing-all-deals = all the deals
# A mark beside a CAC in the segment table and the ranks table.
closing-cac-mark-projected = projected
closing-cac-mark-so-far = so far
