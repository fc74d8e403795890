# The app's words in English. One entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }. Translations sit beside
# this file with the same entries.

undo = Undo
cancel = Cancel
dismiss = Dismiss
nothing-changed = Nothing was changed.

## The page
skip-to-results = Skip to results
app-tagline = Cost per message, in context: from the first chat to customers and revenue.
load-sample = Load sample
clear = Clear
copy-link = Copy link
print-report = Print report
present = Present
leave-presentation = Leave presentation
frame-not-kept = Work in this frame isn’t kept after it closes. To keep it, copy a link or download a backup:
bring-your-data = Bring your data
your-numbers = Your numbers
your-numbers-lede = One period, one campaign or the whole account. Leave a stage blank if you don’t track it yet.
use-typed-numbers = Use typed numbers
targets-heading = Targets and settings
targets-lede = What each step is judged against. Presets are starting assumptions: edit them to match your business.
to-inputs = Type or import your numbers ↓
funnel-heading = Funnel
metrics-heading = Metrics
metrics-region = Metrics table
download-ladder = Download ladder (CSV)
nothing-sent = Everything is computed in this browser. Nothing you type is sent anywhere.

## The ladder shown
saved-here = Saved in this browser only.
showing-label = Showing
formula-summary = Formula
metrics-caption = The ladder: every metric from message to revenue
value-column = Value
how-computed-column = How it’s computed

## The diagnosis
data-checks = Data checks
step-column = Step
rate-column = Rate
range-column = 95% range
target-column = Target
verdict-column = Verdict
if-at-target-column = If it reached target
lever-more = More { $noun }
lever-cac-after = CAC after
lever-more-revenue = More revenue
lever-column = Lever
likely-causes = Likely causes
what-to-try = What to try
dont-overcorrect = Don’t overcorrect
other-below = Other steps below target
largest-drop = Largest drop-off
steps-region = Step verdicts table
steps-caption = Each step against its target (95% range from the Wilson score interval)
levers-region = Levers table
levers-caption = What a 10% improvement is worth, best first
diagnosis-heading = Where the ladder breaks
summary-heading = Summary for a client email
copy-summary = Copy summary
copy-markdown = Copy as Markdown
summary-copied = Copied to the clipboard.
summary-no-clipboard = The clipboard isn’t available here: select the summary and copy it.
judged-only-when = A step is judged only when its whole 95% range is on one side of the target, and only with enough people at its start. Targets are starting assumptions: set your own under Targets and settings.

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

## The workspace bar
workspaces-region = Workspaces
workspace-label = Workspace
workspace-manage = Rename, new, duplicate, delete, backup
workspace-name = Name
workspace-new = New
workspace-duplicate = Duplicate
workspace-delete = Delete
workspace-download-backup = Download backup
workspace-restore-backup = Restore backup
restore-region = Restore a backup
# $contents: what the backup holds, such as "3 workspaces: Acme (changed 5 minutes ago), …".
restore-holds = This backup holds { $contents }
restore-beside = They are added beside your workspaces; nothing is overwritten.
restore-add = Add them
restore-unreadable = The file could not be read as text.
bar-created = New workspace: name it in the Name field.
bar-duplicated = Duplicated “{ $name }”.
bar-deleted = Deleted “{ $name }”.
bar-back = “{ $name }” is back.
bar-restored = Added { $count ->
    [one] { $count } workspace
   *[other] { $count } workspaces
    } from the backup. Pick one above to open it.
bar-opened-shared = Opened “{ $name }” from a link, as a workspace of its own. The workspace you had is unchanged; switch back to it above.

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

## The import panel
import-reading-in-background = Reading the file in the background…
import-cancel = Cancel import
# Shown in bold, followed by a space and the reason the import failed.
import-cant-import = Can’t import:
import-paste-label = Paste cells from a spreadsheet
import-paste-hint = With or without a header row. A single row or column of numbers is read in ladder order: spend, conversations, replies, qualified, handoffs, customers, revenue.
import-preview-pasted = Preview pasted cells
import-upload-label = Or upload an export (CSV or TSV)
import-upload-hint = Meta Ads Manager, HubSpot or Pipedrive exports, or a conversation log. You can also drop a file here. It is read in this browser only.
preview-rows-column = Rows
preview-counts-up-to-column = Counts up to
# $status: a status value as written in the imported file, such as "Won" or "Qualified".
preview-stage-reached-by = Stage reached by “{ $status }”
preview-stages-caption = Pipeline stages: how far an open or lost deal got
preview-stages-region = Pipeline stages table
preview-stage-column = Stage
preview-statuses-caption = Statuses: each row counts at the stage it reached and every stage before
preview-statuses-region = Statuses table
preview-status-column = Status
# $column: the name of the file's column that says where each row came from, such as "Source".
preview-keep-sources = Keep the rows from these sources (“{ $column }”)
spend-column = Spend
preview-chats-column = Chats
preview-customers-column = Customers
preview-revenue-column = Revenue
preview-periods = Periods
preview-heading = Preview: nothing is changed until you apply
# Shown in bold, followed by a space and what the input seems to be, such as "a Meta Ads Manager export".
preview-looks-like = Looks like:
preview-columns-heading = Columns: how each is read (change any role or separator)
preview-segments-region = Segments to import table
# $count: how many segments (campaigns, periods…) the import would create.
preview-segments-caption = Segments to import: { $count }
segment-column = Segment
# $count: how many more segments there are beyond the ones listed in the table.
preview-and-more = …and { $count } more.
preview-apply = Apply import

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

## Outliers
outliers-none = No segment is outside the range expected at its volume.
# The funnel plot's horizontal axis label; the arrow points along the axis.
outliers-axis-people = people at the step’s start →
# The funnel plot's vertical axis label; the arrow points up the axis.
outliers-axis-rate = rate ↑
outliers-caption = Each segment’s rate against its volume. The line is the pooled rate; the inner and outer funnels are the 95% and 99.8% ranges expected at each volume, so a small segment’s extreme rate inside them is not a finding.
outliers-heading = Outliers: which segments really differ

## The input form
# Marks a warning on an input, before the warning itself (as error-mark marks an error).
form-check-mark = Check:
form-more-inputs = More inputs (optional): impressions, clicks, other costs
form-currency = Currency

## Targets and settings
targets-business-type = Business type
# Follows the business type's note when the user has changed a preset target.
targets-edited = Targets edited from the preset.
targets-rates = Target rates

## Chart downloads
chart-download-svg = Download SVG
chart-download-png = Download PNG

## Embedding in a client portal
# $example: a colour in six hex digits (0f4c5c), the same as the field's placeholder.
embed-accent-problem = Six hex digits, such as { $example }.
embed-summary = Embed in a client portal
embed-theme = Theme
embed-theme-auto = Follow the visitor’s setting
embed-theme-light = Light
embed-theme-dark = Dark
embed-accent = Accent colour (hex)
embed-paste-here = Paste this into the portal page
embed-copy-snippet = Copy snippet
embed-copied = Copied.
embed-no-clipboard = The clipboard isn’t available here: select the text and copy it.
