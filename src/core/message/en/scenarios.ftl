# What if: scenarios and goal seek
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.

## What if
error-mark = Error:
error-line = Error: { $problem }
reset-lever = Reset
scenario-region = Scenario: { $name }
scenario-name = Scenario name
scenario-duplicate = Duplicate
scenario-reset = Reset to baseline
scenario-link-copied = Link to this scenario copied.
scenario-no-clipboard = The clipboard isn’t available here: use Copy link at the top.
scenario-delete = Delete
comparison-region = Scenario comparison table
comparison-caption = Baseline and scenarios side by side
metric-column = Metric
baseline-column = Baseline
goal-seek-heading = Goal seek
goal-to-reach = To reach
goal-of = of
goal-what-must = , what must
goal-lever-label = The lever to solve for
goal-be = be?
goal-apply = Apply as a new scenario
what-if-heading = What if
what-if-hint = Scenarios start as copies of the ladder shown above. Move a lever and every number follows, beside today’s.
add-scenario = Add scenario
