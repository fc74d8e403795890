# Period over period: why CAC moved
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.

## Period over period
# Read after a field's label, hidden from sight: "Customers (earlier period)".
period-earlier-mark = (earlier period)
period-earlier-summary = An earlier period, to see why CAC moved (optional)
period-earlier-hint = The same numbers for the period before. The comparison appears beside the ladder.
period-earlier-label = Earlier period
period-later-label = Later period
# $earlier: the earlier period's name; $now: the later period's name.
period-comparing = Comparing { $earlier } with { $now }.
period-earlier-column = Earlier
now-column = Now
period-part-column = Part of the change
period-change-range-column = 95% range of the change
# Follows the total change in bold, such as "CAC rose by $12.40", and finishes its sentence.
period-waterfall-caption = . CAC before (left), each factor’s part of the change (up makes customers dearer) and CAC now (right).
chart-in-words = The chart in words
period-parts-region = CAC change table
period-parts-caption = What moved CAC: each factor’s part, adding up to the change
period-factor-column = Factor
period-steps-region = Step rate changes table
period-steps-caption = Each step rate’s change, against the noise (95% range from Newcombe’s method)
period-heading = Why CAC moved between periods
funnel-caption = Each bar is a stage’s share of conversations started. Step rates and costs per stage, with their formulas, are under Metrics.
grid-region = Columns of the file table
