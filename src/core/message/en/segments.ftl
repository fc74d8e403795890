# Segments, budget moves, inversions
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.

## Segments
# Moving budget from one segment to another.
budget-region = Account after the move table
budget-caption = The account after the move, at each segment’s current ladder
budget-your-move-column = Your move
# A column: the move to the segment whose messages cost least.
budget-naive-column = To the cheapest messages
# A column: the move to the segment whose customers cost least.
budget-right-column = To the cheapest customers
budget-heading = Move budget between segments
budget-from = From
budget-to = To
budget-amount = Amount
budget-exponent = Diminishing returns (0–1)
budget-apply = Apply as a scenario
# The segment table.
segments-period-column = Period
segments-conversations-column = Conversations
segments-heading = Segments
segments-region = Imported segments table
segments-caption = Imported segments: sort by any column; pick a name to see its ladder
segments-download = Download segments (CSV)
# $count: how many more rows the button shows.
segments-show-more = Show { $count } more
# Cheap messages, expensive customers.
inversions-none = No segment has cheaper messages and dearer customers than another.
# $count: how many more inversion sentences are folded away under this summary.
inversions-more = { $count } more
# A cell of the ranks table, "#2 · $1.20".
# $rank: the segment's rank by this cost (1 is the cheapest).
# $value: the cost itself, already written as money or a number.
inversions-ranked-value = #{ $rank } · { $value }
# $name: a segment left out of the ranking.
inversions-not-ranked = { $name } (not ranked)
# The chart's shaded top-left corner.
inversions-corner = cheap messages, dear customers
# The chart's horizontal axis.
inversions-axis-cost = cost per message →
# The chart's vertical axis.
inversions-axis-cac = CAC ↑
inversions-heading = Cheap messages, expensive customers?
inversions-figcaption = Each segment by its cost per message (across) and CAC (up), sized by spend. The shaded corner is where cheap messages bring dear customers.
inversions-region = Segment ranks table
inversions-caption = Each segment’s rank by cost at each step (#1 is the cheapest; for ROAS, the highest)
