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
