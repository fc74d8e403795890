# The page: its frame, the ladder shown, words used all over
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.

undo = Undo
cancel = Cancel
dismiss = Dismiss
nothing-changed = Nothing was changed.

## The page
skip-to-results = Skip to results
app-tagline = Cost per message, in context: from the first chat to customers and revenue.
# The label of the language menu (its choices are each language's own name).
language-label = Language
# The menu beside "Copy summary" and "Print report": the language the client reads.
report-language-label = Write the report and summary in
# Its first choice; $language is the page's language, in its own name ("Deutsch").
report-language-page = The page’s language ({ $language })
load-sample = Load sample
clear = Clear
copy-link = Copy link
print-report = Print report
# The same button when the report is written in another language than the page; $language is its tag (pt-BR).
print-report-in = Print report ({ $language })
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
