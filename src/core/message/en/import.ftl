# The import panel and its preview
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.

## The import panel
import-reading-in-background = Reading the file in the background…
import-cancel = Cancel import
# Shown in bold, followed by a space and the reason the import failed.
import-cant-import = Can’t import:
import-paste-label = Paste cells from a spreadsheet
import-paste-hint = With or without a header row. A single row or column of numbers is read in ladder order: spend, conversations, replies, qualified, handoffs, customers, revenue.
import-preview-pasted = Preview pasted cells
import-upload-label = Or upload an export (CSV or TSV)
import-choose-file = Choose a file
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
# The day a deal export's data is as of. $date: the latest date in the file.
preview-as-of = Data as of
preview-as-of-hint = The latest date in the file is { $date }. If you exported it later, set the day you exported: deals still open are then counted as open that much longer, never as lost.
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
