# The import's own words: why an input can't be imported, the preview's notes and descriptions, how an outcome log would join the ad data
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.
# A "(a list)" argument is items joined by imp-list; names from the file come quoted by imp-quoted.

## Where an import problem is
# $file: the file's name (or imp-pasted-cells); $line and $column: numbers counted from 1;
# $header: the column's header as written in the file; $problem: one of the problems below.
imp-in-file = { $file }: { $problem }
imp-on-line = { $file }, line { $line }: { $problem }
imp-in-cell = { $file }, line { $line }, column { $column } (“{ $header }”): { $problem }
imp-in-column = { $file }, column { $column } (“{ $header }”): { $problem }

## Why an import can't go ahead
# Most follow "file, line …: " (a lower-case start is kept as it was); those of the file
# as a whole start with a capital.
imp-empty = The file is empty. Export the report again, or paste the cells instead.
imp-workbook = This is an Excel workbook (.xlsx), not a CSV file, even if its name ends in .csv. In Excel or Sheets, use File › Save as (or Download) › CSV, then upload that file.
imp-binary = This file is not text (it contains binary data). Upload a CSV or TSV export, or paste the cells instead.
# $byte: where the text breaks, counted in bytes from the start of the file.
imp-bad-utf16 = The file says it is UTF-16 but breaks off at byte { $byte }. Export it again as CSV UTF-8.
imp-undecodable = the text could not be decoded.
imp-no-rows = There are no rows to import: the text is blank.
# $found: the values on this line; $expected: the values on the first row.
imp-ragged = { $found } { $found ->
    [one] value
   *[other] values
    }, but the first row has { $expected }. A value probably contains the delimiter without quotes (a campaign name with a comma, say): put such values in double quotes, or export the file again.
# $value: the cell as written in the file. "Ignore" is the role imp-role-ignore.
imp-not-a-number = “{ $value }” is not a number. Fix the cell, or set the column’s role to Ignore.
imp-negative = “{ $value }” is negative. Spend and counts can’t be negative: fix the cell, or set the column to Ignore.
# $counts: what the column counts, inside a sentence (imp-counted-…).
imp-not-whole = “{ $value }” is not a whole number, but { $counts } are counted in whole people. Check the column’s role and decimal separator.
imp-counted-started = conversations started
imp-counted-replies = replies
imp-counted-qualified = qualified conversations
imp-counted-handoffs = sales handoffs
imp-counted-customers = customers
imp-counted-impressions = impressions
imp-counted-link-clicks = link clicks
imp-counted-results = results (Meta)
# $results: the other results, as the file names them (a list, such as "Reach, Leads").
imp-other-results-only = every row is of another result ({ $results }), so there are no messaging conversations to import. Export campaigns whose result is messaging conversations started.
# $columns: the file's headers, each quoted (a list).
imp-no-ladder-columns = no spend or stage column was recognised (columns: { $columns }). Set each column’s role below, or rename the headers to names such as “Spend”, “Conversations started”, “Qualified”, “Customers”.
imp-unreadable = the browser could not read this file. Try saving it again.
imp-worker-unreadable = The import worker sent back something unreadable.
imp-worker-no-file = The import worker was sent no file.
# The answer of an import worker from an older version of the app, which doesn't say why.
imp-unknown = the import stopped for a reason this version of the app can’t tell. Reload the page and try again.

## Lists and names inside the sentences
# A name as written in the file, quoted.
imp-quoted = “{ $name }”
# A list: its first item, then the rest (itself a list, or the last item).
imp-list = { $first }, { $rest }

## Notes under the preview
# $count: how many columns (2 or more); $role: the role's name (imp-role-…); $columns:
# their headers, quoted (a list); $first: the header of the one that is read.
imp-shared-role = { $count } { $count ->
    [one] column looks
   *[other] columns look
    } like “{ $role }” ({ $columns }): only the first, “{ $first }”, is read. Change a column’s role to read another.
# $results: the other results (a list, such as "Reach, Post engagements"); $amount: the
# spend on those rows (imp-amount, or a plain amount when the currency isn't known).
imp-other-results = { $rows } { $rows ->
    [one] row
   *[other] rows
    } of other results ({ $results }), { $amount } spent, left out: only rows of messaging conversations count, with the spend on them.
# $currency: a currency code, such as "EUR"; $amount: the amount, such as "1,234.50".
imp-amount = { $currency } { $amount }
# "Results" is the name of Meta's column.
imp-other-actions = Results on { $rows } { $rows ->
    [one] row
   *[other] rows
    } count other actions (their result indicator is not “messaging conversation started”), so they were not counted as conversations.
# $line: the line's number in the file.
imp-totals-row = Line { $line } is a totals row: left out so nothing is counted twice.
imp-totals-row-mismatch = Line { $line } is a totals row (its numbers don't match the rows, check the file): left out so nothing is counted twice.
# $rows: the rows added up; $segments: the segments they make.
imp-grouped-by-name = { $rows } { $rows ->
    [one] row was
   *[other] rows were
    } grouped into { $segments } { $segments ->
    [one] segment
   *[other] segments
    } by name (per-day rows are added up).
imp-grouped-by-name-and-month = { $rows } { $rows ->
    [one] row was
   *[other] rows were
    } grouped into { $segments } { $segments ->
    [one] segment
   *[other] segments
    } by name and month (per-day rows are added up).
imp-grouped-by-name-and-week = { $rows } { $rows ->
    [one] row was
   *[other] rows were
    } grouped into { $segments } { $segments ->
    [one] segment
   *[other] segments
    } by name and week (per-day rows are added up).
# $period: a month or a week, such as "October 2026" or "Week of 2026-10-05"; $first and
# $last: the first and last day its rows have, as the file writes them.
imp-part-month = { $period } has rows from { $first } to { $last } only: its figures cover part of the month.
imp-part-week = { $period } has rows from { $first } to { $last } only: its figures cover part of the week.
# $months: how many months the rows' dates span; $rows: the rows that run from one month
# into the next, or that have no date. “By month” is one of the preview's choices of periods.
imp-not-split-spanning-file = The rows’ dates span { $months } { $months ->
    [one] month
   *[other] months
    }, but { $rows } { $rows ->
    [one] row runs
   *[other] rows run
    } from one month into the next, so the file was not split into months. Choose “By month” to put each row in the month it starts in.
imp-not-split-spanning-log = The rows’ dates span { $months } { $months ->
    [one] month
   *[other] months
    }, but { $rows } { $rows ->
    [one] row runs
   *[other] rows run
    } from one month into the next, so the log was not split into months. Choose “By month” to put each row in the month it starts in.
imp-not-split-undated-file = The rows’ dates span { $months } { $months ->
    [one] month
   *[other] months
    }, but { $rows } { $rows ->
    [one] row has
   *[other] rows have
    } no date, so the file was not split into months.
imp-not-split-undated-log = The rows’ dates span { $months } { $months ->
    [one] month
   *[other] months
    }, but { $rows } { $rows ->
    [one] row has
   *[other] rows have
    } no date, so the log was not split into months.
imp-spanning-month = { $rows } { $rows ->
    [one] row runs
   *[other] rows run
    } into the next month: each is counted in the month it starts in.
imp-spanning-week = { $rows } { $rows ->
    [one] row runs
   *[other] rows run
    } into the next week: each is counted in the week it starts in.
imp-undated-month = { $rows ->
    [one] { $rows } row has no date: it is kept apart, in no month.
   *[other] { $rows } rows have no date: they are kept apart, in no month.
    }
imp-undated-week = { $rows ->
    [one] { $rows } row has no date: it is kept apart, in no week.
   *[other] { $rows } rows have no date: they are kept apart, in no week.
    }
# $periods: the months or weeks (a list, such as "October 2026, November 2026").
imp-grouped-by-month = Grouped by month: { $periods }.
imp-grouped-by-week = Grouped by week: { $periods }.
# $statuses: each status not recognised with its rows (imp-status-rows, a list).
imp-unknown-statuses = Statuses not recognised, counted as started only until you map them: { $statuses }.
# $status: a status as written in the file; $rows: how many rows have it.
imp-status-rows = “{ $status }” ({ $rows } { $rows ->
    [one] row
   *[other] rows
    })
# $stage: a stage's name, such as "Qualified conversations".
imp-entry-stage = Every row got at least as far as “{ $stage }”, so this file can’t count the stages before it: those come from the ads or stay blank.
# $column: the file's column of sources, such as "Original Traffic Source"; $count: how
# many sources it names.
imp-sources-all-kept = “{ $column }” names { $count } { $count ->
    [one] source
   *[other] sources
    }: every row is kept. Untick a source below to leave its rows out.
# $kept of all $rows rows were kept; $sources: the sources kept (imp-source-rows, a list,
# or imp-sources-none); $left: the rows left out; $others: the sources left out (a list).
imp-sources-kept = Kept { $kept } of { $rows } { $rows ->
    [one] row
   *[other] rows
    }, those whose “{ $column }” is { $sources }; left out { $left } from other sources: { $others }. Change which sources are kept below.
# As imp-sources-kept, for the app's suggestion: the sources kept look like Meta's ads.
imp-sources-kept-suggested = Kept { $kept } of { $rows } { $rows ->
    [one] row
   *[other] rows
    }, those whose “{ $column }” is { $sources } (they look like Meta’s ads); left out { $left } from other sources: { $others }. Change which sources are kept below.
imp-sources-none = none of them
# A source to keep or leave out, beside its checkbox: $source as written in the file, $rows its rows.
imp-source-choice = { $source } ({ $rows })
# $source: a source as written in the file; $rows: its rows.
imp-source-rows = “{ $source }” ({ $rows })

## How an outcome log would join the ad data
# $matched of the log's $total names are campaigns of the ad data.
imp-join-names-match = { $matched } of { $total } { $total ->
    [one] name matches
   *[other] names match
    } the ad data.
# $names: campaigns of the ad data, or names in the log, quoted (a list).
imp-join-no-outcomes = No outcomes for: { $names }.
imp-join-no-ads = No ad data for: { $names } (kept as their own segments; fix the names to join them).
imp-join-account = Its outcomes join the ad data’s total: spend and conversations (and replies, if the ads have them) from the ads; qualified, handoffs, customers and revenue from this file. It is not added as a segment, and the campaigns keep the ads’ numbers only.
# $conversations: the logged conversations left out; $customers: the customers among them
# (imp-join-customers); $parts: whose and when (imp-join-part-…, a list).
imp-join-out-of-period = { $conversations ->
    [one] { $conversations } logged conversation ({ $customers }) falls outside the ad data’s periods and is left out: { $parts }. Import ad data that covers those dates to count it.
   *[other] { $conversations } logged conversations ({ $customers }) fall outside the ad data’s periods and are left out: { $parts }. Import ad data that covers those dates to count them.
    }
imp-join-customers = { $count } { $count ->
    [one] customer
   *[other] customers
    }
# $name: a name in the log; $period: a month or a week, such as "December 2026";
# $conversations: its logged conversations.
imp-join-part-in = “{ $name }” in { $period } ({ $conversations })
imp-join-part-undated = “{ $name }” with no date ({ $conversations })
imp-join-more-logged = More logged conversations than the ads started for: { $names }. Check the attribution window.

## What the input looks like (after "Looks like:")
# $roles: the roles the columns are read as, in order (imp-role-…, a list).
imp-looks-unlabeled = Numbers without labels, read in ladder order: { $roles }.
imp-looks-aggregate = A table of { $rows } { $rows ->
    [one] row
   *[other] rows
    } with spend and stage counts, as { $segments } { $segments ->
    [one] segment
   *[other] segments
    }.
imp-looks-meta = A Meta Ads Manager export: { $rows } { $rows ->
    [one] row
   *[other] rows
    }, { $segments } { $segments ->
    [one] segment
   *[other] segments
    }.
# $currency: the spend's currency code, such as "EUR".
imp-looks-meta-currency = A Meta Ads Manager export: { $rows } { $rows ->
    [one] row
   *[other] rows
    }, { $segments } { $segments ->
    [one] segment
   *[other] segments
    }, spend in { $currency }.
# $conversations: the conversations counted (those of the sources kept).
imp-looks-log = An outcome log (CRM deals or a conversation audit): { $conversations } { $conversations ->
    [one] conversation
   *[other] conversations
    } counted into { $segments } { $segments ->
    [one] segment
   *[other] segments
    }.
# As imp-looks-log, when some rows were left out: $rows, all of the log's rows.
imp-looks-log-of = An outcome log (CRM deals or a conversation audit): { $conversations } { $conversations ->
    [one] conversation
   *[other] conversations
    } counted into { $segments } { $segments ->
    [one] segment
   *[other] segments
    } (of { $rows } { $rows ->
    [one] row
   *[other] rows
    }).

## The facts under "Looks like": the file's name, then these, one after the other
# One fact, then the rest.
imp-facts = { $first } · { $rest }
# $encoding: imp-encoding-…
imp-read-as = read as { $encoding }
imp-encoding-utf8 = UTF-8
imp-encoding-utf8-bom = UTF-8 (with BOM)
imp-encoding-utf16-le = UTF-16 LE
imp-encoding-utf16-be = UTF-16 BE
imp-encoding-windows-1252 = Windows-1252
imp-comma-separated = comma-separated
imp-semicolon-separated = semicolon-separated
imp-tab-separated = tab-separated
imp-data-rows = { $count } { $count ->
    [one] data row
   *[other] data rows
    }
# $ms: milliseconds, a whole number.
imp-read-in-ms = read in { $ms } ms
# $seconds: seconds, with two decimals; $speed: megabytes per second, a whole number.
imp-read-in-s = read in { $seconds } s ({ $speed } MB/s)

## While a file is read, and after
# $read and $total: megabytes, with one decimal; $rows: the rows read so far.
imp-progress = { $read } MB of { $total } MB · { $rows } { $rows ->
    [one] row
   *[other] rows
    }
imp-cancelled = Import cancelled. Nothing was changed.
imp-remembered = Using the column choices you made last time for files with these columns.
# What pasted cells are called where a file's name would be.
imp-pasted-cells = Pasted cells

## The table of columns: a column per file column, its role and decimal separator on top
imp-grid-caption = How each column is read: its role and, for numbers, its decimal separator; the first rows under them
imp-grid-role-row = Role
imp-grid-numbers-row = Numbers
# A text column's cell in the row of decimal separators.
imp-grid-text = — (text)
# $reason: how the separator was decided (imp-decimal-… below).
imp-grid-decided = Decided: { $reason }
# $column: the column's header as written in the file.
imp-grid-role-of = Role of column { $column }
imp-grid-separator-of = Decimal separator of column { $column }
# $row: the number of one of the first rows shown.
imp-grid-row = Row { $row }
imp-decimal-point-choice = Decimal point (1,234.5)
imp-decimal-comma-choice = Decimal comma (1.234,5)
# An empty cell of a column of numbers.
imp-blank = (blank)
# $value: a cell as written in the file.
imp-not-a-number-cell = “{ $value }” (not a number)

## How a column's decimal separator was decided
# $value: a number as written in the file.
imp-decimal-point-as-in = decimal point (as in “{ $value }”)
imp-decimal-comma-as-in = decimal comma (as in “{ $value }”)
# $point and $comma: two numbers that read only one way each; $separator: the one used
# (imp-the-decimal-…).
imp-decimal-mixed = mixed: “{ $point }” and “{ $comma }” disagree; using the { $separator }
imp-grouped-with-dots = whole numbers grouped with dots (as in “{ $value }”)
imp-grouped-with-commas = whole numbers grouped with commas (as in “{ $value }”)
imp-no-decimals = no decimals seen; using the { $separator }
imp-set-by-you = set by you
imp-the-decimal-point = decimal point
imp-the-decimal-comma = decimal comma

## The roles a column can be read as
imp-role-ignore = Ignore
imp-role-name = Name (campaign, ad set or ad)
imp-role-period-start = Date or period start
imp-role-period-end = Period end
imp-role-spend = Spend
imp-role-started = Conversations started
imp-role-replies = Replies
imp-role-qualified = Qualified conversations
imp-role-handoffs = Sales handoffs
imp-role-customers = Customers
imp-role-revenue = Revenue
imp-role-impressions = Impressions
imp-role-link-clicks = Link clicks
imp-role-results = Results (Meta)
imp-role-result-indicator = Result indicator (Meta)
imp-role-status = Status or stage (one row per chat or deal)
imp-role-stage = Pipeline stage (beside a won / lost / open status)
imp-role-value = Deal or order value
imp-role-source = Source or channel (to keep some of its rows)
# The dates a deal ended, in an outcome log: won (Pipedrive's "Deal - Won time"), lost, or a
# close date that means won or lost only on a closed deal (HubSpot's "Close Date").
imp-role-won-date = Date won
imp-role-lost-date = Date lost
imp-role-close-date = Close date (of closed deals)
imp-role-qualified-date = Date qualified
imp-role-handoff-date = Date handed off or booked
