# Comparing segments and periods: the "Showing" choices, the segment table, inversions, outliers, why CAC moved, budget moves
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.
# Lists of items reuse dx-list-comma and dx-list-semicolon.

## The "Showing" picker
cmp-source-typed = Typed numbers
# Every imported segment added up; $count: how many (exactly 1: the only one imported).
cmp-source-total = { $count ->
    [1] Imported: total
   *[other] Imported: all { $count } added up
    }
# $name: a period's name, such as "October 2026" or the file's own name for it.
cmp-source-period = Imported: { $name }, all campaigns
# $name: a segment's label (cmp-segment-label…).
cmp-source-segment = Imported: { $name }

## Segment labels
# A segment's name as the file gives it, unchanged.
cmp-segment-label = { $name }
# A name that repeats (a campaign in two months), with its period's name: "Summer promo · October 2026".
cmp-segment-label-period = { $name } · { $period }

## The segment table
# Under a long table; $shown: the rows shown; $count: all the segments.
cmp-showing = Showing { $shown } of { $count } { $count ->
    [one] segment
   *[other] segments
    } in this order.
cmp-other-cost-note = CAC adds the other acquisition cost typed under More inputs, spread across the segments by their share of spend, so the segments’ costs add up to the account’s.

## Cheap messages, expensive customers
# $name: the segment with cheaper messages; $other: the one it is set against.
# $message, $other-message: their costs per message; $customer, $other-customer: their costs
# per customer; $times: $name's cost per customer as a multiple of $other's, such as 5.53×.
cmp-inversion = { $name } has cheaper messages than { $other } ({ $message } against { $other-message }) but dearer customers ({ $customer }, { $times } { $other }’s).
cmp-inversion-cheapest = { $name } has the cheapest messages ({ $message }) and the most expensive customers ({ $customer }, { $times } { $other }’s).
cmp-inversion-unclear = { $name } has cheaper messages than { $other } ({ $message } against { $other-message }) and looks dearer per customer ({ $customer } against { $other-customer }), but their customers per conversation can’t be told apart yet: more conversations would settle which is cheaper.
# $count: the minimum volume; $names: the segments below it, each cmp-quoted, in a list.
cmp-not-ranked = Not ranked (fewer than { $count } { $count ->
    [one] conversation
   *[other] conversations
    }): { $names }.
# A segment's name in quotation marks.
cmp-quoted = “{ $name }”
# The chart's text equivalent; $points: one cmp-point per segment, in a list (semicolons).
cmp-points-summary = Cost per message against CAC, by segment: { $points }.
# $message: cost per message; $customer: cost per customer; $spend: what the segment spent.
cmp-point = { $name }: { $message } a message, { $customer } a customer, { $spend } spent

## Outliers
# A segment outside the 99.8% limits. $share: its rate at the step (cmp-share-…);
# $range: the limits at its volume; $pooled: every segment's rate taken together.
cmp-outlier-below = { $name }: { $share }, below the range expected at that volume ({ $range } around the pooled { $pooled }).
cmp-outlier-above = { $name }: { $share }, above the range expected at that volume ({ $range } around the pooled { $pooled }).
# "9% of 350 replies qualified": $rate of the $count people at the step's start made the step.
cmp-share-reply = { $rate } of { $count } { $count ->
    [one] conversation
   *[other] conversations
    } got a reply
cmp-share-qualification = { $rate } of { $count } { $count ->
    [one] reply
   *[other] replies
    } qualified
cmp-share-handoff = { $rate } of { $count } { $count ->
    [one] qualified conversation
   *[other] qualified conversations
    } reached sales
cmp-share-close = { $rate } of { $count } { $count ->
    [one] sales handoff
   *[other] sales handoffs
    } closed
# The plot's text equivalent. $metric: the step's rate, such as "Qualification rate";
# $pooled: every segment's rate taken together; $points: one cmp-funnel-point… per segment,
# in a list (semicolons).
cmp-funnel-summary = { $metric } by segment against volume, pooled { $pooled }: { $points }.
# A segment's $rate of the $count people at the step's start.
cmp-funnel-point = { $name } { $rate } of { $count }
cmp-funnel-point-watch = { $name } { $rate } of { $count } (outside the 95% range)
cmp-funnel-point-below = { $name } { $rate } of { $count } (below the 99.8% range)
cmp-funnel-point-above = { $name } { $rate } of { $count } (above the 99.8% range)

## Why CAC moved
# When the later period's deals are still closing (time to close): how the two periods' customers
# were made comparable. $earlier, $later: the periods' names; $so-far and $projected: customers
# won so far and projected once every deal has closed.
cmp-like-projected = Compared like with like: { $later }’s deals are still closing, so its customers count at their projected final number, { $projected } ({ $so-far } so far).
cmp-like-projected-both = Compared like with like: deals of both periods are still closing, so both count customers at their projected final numbers: { $earlier } { $earlier-projected } ({ $earlier-so-far } so far), { $later } { $projected } ({ $so-far } so far).
# $days: the later period's age; $removed: the earlier period's wins that came later than that.
cmp-like-same-age = Compared like with like: { $later }’s deals are still closing and too young to project, so { $earlier } counts only the customers won within { $days ->
    [one] { $days } day
   *[other] { $days } days
    } of its start, as old as { $later } is now ({ $removed ->
    [one] { $removed } later win
   *[other] { $removed } later wins
    } left out).
# What moves CAC, heading a row of the table.
cmp-factor-cost-per-message = Cost per message
cmp-factor-reply-rate = Reply rate
cmp-factor-qualification-rate = Qualification rate
cmp-factor-handoff-rate = Handoff rate
cmp-factor-close-rate = Close rate
cmp-factor-other-cost = Other cost per unit of spend
# A step rate counted from an earlier stage, when the stage before it isn't counted in both
# periods: $factor is the rate's name, $from the stage ("conversations started").
cmp-factor-from = { $factor } (from { $from })
# The same inside a sentence.
cmp-factor-name-cost-per-message = cost per message
cmp-factor-name-reply-rate = reply rate
cmp-factor-name-qualification-rate = qualification rate
cmp-factor-name-handoff-rate = handoff rate
cmp-factor-name-close-rate = close rate
cmp-factor-name-other-cost = other cost per unit of spend
# Under the waterfall's bars: CAC before, each factor (short), CAC now.
cmp-bar-before = Before
cmp-bar-messages = Messages
cmp-bar-reply = Reply
cmp-bar-qualified = Qualified
cmp-bar-handoff = Handoff
cmp-bar-close = Close
cmp-bar-other = Other
cmp-bar-now = Now
# Over a total's bar: CAC, as money.
cmp-bar-total = { $amount }
cmp-cant-split = Both periods need spend, conversations started and at least one customer, with counts that shrink from stage to stage (a stage counted in only one of them is left out).
# $cac: CAC in both periods.
cmp-cac-held = CAC held at { $cac }: its factors' changes cancel out.
# $before, $after: CAC in the earlier and the later period. $main: the factor that pushed CAC
# most the way it moved; $against: the largest working against it (cmp-factor-rose…,
# cmp-cost-per-message-rose…).
cmp-cac-rose = CAC rose from { $before } to { $after }.
cmp-cac-rose-although = CAC rose from { $before } to { $after } although { $against }.
cmp-cac-rose-because = CAC rose from { $before } to { $after }: { $main }.
cmp-cac-rose-although-because = CAC rose from { $before } to { $after } although { $against }: { $main }.
cmp-cac-fell = CAC fell from { $before } to { $after }.
cmp-cac-fell-although = CAC fell from { $before } to { $after } although { $against }.
cmp-cac-fell-because = CAC fell from { $before } to { $after }: { $main }.
cmp-cac-fell-although-because = CAC fell from { $before } to { $after } although { $against }: { $main }.
# $change: how much, as a percentage of the earlier cost.
cmp-cost-per-message-rose = cost per message rose { $change }
cmp-cost-per-message-fell = cost per message fell { $change }
# $factor: a step's name (step-name-…) or cmp-factor-name-other-cost; $before, $after: its
# rates in the two periods.
cmp-factor-rose = { $factor } rose from { $before } to { $after }
cmp-factor-fell = { $factor } fell from { $before } to { $after }
# $moved: a step's change (cmp-factor-rose…) that its 95% range can't tell from noise.
cmp-noise-note = { $moved } (a change that could still be noise)
# An amount of money with its sign: "+$35.12", "−$28.45" (a true minus sign).
cmp-money-up = +{ $amount }
cmp-money-down = −{ $amount }
# Followed by period-waterfall-caption; $change: cmp-money-up or cmp-money-down.
cmp-cac-changed-by = CAC changed by { $change }
# The waterfall's text equivalent; $before, $after: CAC in the two periods; $parts: one
# cmp-waterfall-part per factor, in a list (semicolons).
cmp-waterfall-summary = CAC { $before }; { $parts }; CAC now { $after }.
# $factor: cmp-factor-name-…; $change: its part of CAC's change, cmp-money-up or -down.
cmp-waterfall-part = { $factor } { $change }
# A step rate's change in percentage points: its 95% range. $low, $high: the ends, written
# with their sign and one decimal, such as "−12.2".
cmp-points-range = { $low } to { $high } pts
# A step rate's change judged against the noise.
cmp-verdict-real = Beyond noise
cmp-verdict-noise = Could be noise
# $count: how many more people at the step's start, in each period, would settle it.
cmp-verdict-noise-settle = Could be noise: about { $count } more at its start in each period would settle it

## Moving budget between segments
cmp-exponent-note = How much dearer messages get as a segment's spend grows: at { $k }, doubling a segment's spend makes its messages about { $dearer } dearer (2^{ $k } = { $factor }), so it brings { $more } more conversations, not { $all }. { $zero } means more spend buys messages at today's price.
cmp-budget-warning = Cheap messages at scale tend to find people who like to chat but not to buy: judge a move by cost per customer, not cost per message.
cmp-exponent-range = The exponent is between 0 and 1: 0 for today's prices, 1 for no extra conversations at all.
# Rows of the table of the account after the move.
cmp-budget-row-conversations = Conversations
cmp-budget-row-customers = Customers
cmp-budget-row-cac = CAC
cmp-budget-row-revenue = Revenue
# $amount moved from the segment $from to the segment $to; $after, $before: the account's
# customers after and before the move, in whole people.
cmp-move = Moving { $amount } from { $from } to { $to }: about { $after } { $after ->
    [one] customer
   *[other] customers
    } instead of { $before }.
# As cmp-move, with CAC after ($cac-after) and before ($cac-before) the move.
cmp-move-cac = Moving { $amount } from { $from } to { $to }: about { $after } { $after ->
    [one] customer
   *[other] customers
    } instead of { $before }, CAC { $cac-after } instead of { $cac-before }.
# The move's name as a scenario; $amount: as the user typed it.
cmp-move-name = Move { $amount } from { $from } to { $to }
