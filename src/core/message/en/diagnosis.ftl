# The diagnosis panel
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.

## The diagnosis
data-checks = Data checks
step-column = Step
rate-column = Rate
range-column = 95% range
target-column = Target
verdict-column = Verdict
if-at-target-column = If it reached target
# $noun: the business's outcome in general, such as "customers" (outcome-customers…).
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
steps-caption = Each step against its target (95% range from the Wilson score interval, or from the projection for a close rate still arriving)
levers-region = Levers table
levers-caption = What a 10% improvement is worth, best first
diagnosis-heading = Where the ladder breaks
summary-heading = Summary for a client email
copy-summary = Copy summary
copy-markdown = Copy as Markdown
summary-copied = Copied to the clipboard.
summary-no-clipboard = The clipboard isn’t available here: select the summary and copy it.
judged-only-when = A step is judged only when its whole 95% range is on one side of the target, and only with enough people at its start. Targets are starting assumptions: set your own under Targets and settings.
