# Outliers, the input form, targets, chart downloads, the embed dialog
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.

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
# What the page's words and numbers follow. $language: the language's own name ("Deutsch").
settings-language-heading = Language and number format
settings-words = Words: { $language }
# $number and $money: a sample number and amount as this browser writes them; $locale: the browser's locale tag (de-DE).
settings-numbers = Numbers and money: { $number } and { $money } ({ $locale })
settings-language-hint = The words follow the Language menu at the top. Numbers, money and dates follow your browser’s region, so the two can differ: English words with German numbers, for instance.

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
