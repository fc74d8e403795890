# What leaves the page (report, CSV, links, embed), what is kept (storage, backups), what if (scenarios, goal seek) and the workspace's own notices
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.

## The printed report
out-report-example = Example numbers, made up
out-report-typed = Typed numbers
out-report-all-segments = All imported segments
# $period: the imported data's dates, such as "October 2026" or "2026-10-01 – 2026-11-30".
out-report-all-segments-in = All imported segments, { $period }
# $period: an imported period's name, such as "October 2026".
out-report-all-campaigns-in = All campaigns, { $period }
# $segment: an imported segment's name; $period: its dates, such as "October 2026".
out-report-segment-in = { $segment }, { $period }
# The line under the report's title. $what: which numbers it shows (out-report-…, or a
# segment's name); $date: the day it is printed, such as 2026-12-01.
out-report-subtitle = { $what } · printed { $date }
out-finding-inversions = Cheap messages, expensive customers
out-finding-cac-moved = Why CAC moved
out-finding-outliers = Segments that really differ
# The columns of the ladder's table in the report as Markdown.
out-md-stage = Stage
out-md-count = Count
out-md-step-rate = Step rate
out-md-cost-per-stage = Cost per stage

## CSV downloads (column headings and units in the file)
out-csv-metric = Metric
out-csv-value = Value
out-csv-unit = Unit
out-csv-formula = Formula
out-csv-note = Note
out-csv-segment = Segment
out-csv-period-start = Period start
out-csv-period-end = Period end
out-csv-spend = Spend
out-csv-started = Conversations started
# A column saying what a CAC counts while its deals are still closing: closing-cac-mark-projected, closing-cac-mark-so-far or nothing.
out-csv-cac-counts = CAC counts
# A money column's heading. $column: its name, such as "Spend"; $currency: an ISO code, such as USD.
out-csv-in-currency = { $column } ({ $currency })
# $currency: an ISO code, such as USD.
out-csv-unit-money = money ({ $currency })
out-csv-unit-rate = rate (decimal)
out-csv-unit-multiple = multiple
out-csv-unit-count = count

## Share links that can't be opened
out-link-not-a-link = This address doesn't hold a shared workspace.
# $version: the link's format number, such as 2.
out-link-newer = This link was made by a newer version of Messaging Ladder (format { $version }). Reload the page to get the latest version, then open the link again.
out-link-too-long = This link is too large to open safely. Share fewer segments, or export a CSV instead.
out-link-damaged = This link is damaged or cut short (its checksum doesn't match). Copy the whole link again; chat apps sometimes cut long links.
# $problem: what is wrong with its data (out-problem-…).
out-link-invalid = This link holds data that can't be used: { $problem }.
# What is wrong with a workspace from a link or a backup, ending another sentence
# (out-link-invalid, store-backup-unusable).
out-problem-not-text = unexpected content (not UTF-8)
# $detail: the JSON reader's own description of what it met, in English.
out-problem-unexpected = unexpected content ({ $detail })
# $count: how many segments it holds; $max: the most a link may hold.
out-problem-too-many-segments = { $count ->
    [one] { $count } segment
   *[other] { $count } segments
    }, more than the { $max } a link may hold
# $segment: a segment's name (its first 40 characters).
out-problem-count-too-large = a count in “{ $segment }” is larger than 10¹²
# $segment: a segment's name (its first 40 characters).
out-problem-negative-amount = a negative amount in “{ $segment }”
# $segment: a segment's name (its first 40 characters).
out-problem-amount-too-large = an amount in “{ $segment }” larger than 10¹²
out-problem-long-segment-name = a segment name longer than 500 characters
out-problem-long-date = a period’s date longer than 40 characters
out-problem-long-field = a field longer than 200 characters

## Embedding in a client portal
# What an embed without a name of its own is called: its title, and the frame's title in the snippet.
out-embed-plain-name = Click-to-message ads calculator
out-embed-note = The frame is sandboxed but keeps the calculator's own origin (allow-same-origin): it loads from any static host with no special headers, keeps each visitor's work where the browser allows storage in frames (where it doesn't, the frame says so and offers a backup and a link), and can't reach the portal's page, cookies or storage because the calculator is served from another domain. Serve it from a different domain than the portal: on the same domain, allow-same-origin would let the frame lift its own sandbox. allow="clipboard-write" lets Copy link work; allow-downloads lets the CSV and backup downloads through. The script sizes the frame to its content; nothing the frame posts carries your numbers.
# $file: the downloaded file's name.
out-embed-downloading = Downloading “{ $file }”. If no file appears, the page around this calculator doesn’t let its frame download (the frame’s sandbox needs allow-downloads): use Copy link, open the link in a new tab and download from there.

## Saved workspaces and storage
# The names a workspace gets when nobody named it (kept as its name).
store-first-name = My workspace
# $number: its place in the list, from 1.
store-workspace-number = Workspace { $number }
store-shared-name = Shared with me
# $position: its place in the backup, from 1.
store-restored-name = Restored { $position }
# The workspace picker's options. $name: a workspace's name (the open one is shown by its name alone).
store-choice-open = { $name }
# $name: a workspace's name; $when: when it was changed (store-changed-…).
store-choice-other = { $name } · changed { $when }
# When a workspace was changed, after "changed".
store-changed-just-now = just now
store-changed-minutes = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
    }
store-changed-hours = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
    }
# $date: the day, such as 2026-11-28.
store-changed-on = on { $date }
# What a backup holds. $count: how many workspaces; $list: each one (store-backup-item),
# joined by store-list.
store-backup-contents = { $count ->
    [one] { $count } workspace
   *[other] { $count } workspaces
    }: { $list }.
# $name: a workspace's name; $when: when it was changed (store-changed-…).
store-backup-item = “{ $name }” (changed { $when })
# Two or more items of a list: the first, then the rest.
store-list = { $first }, { $rest }
# $mb: the largest backup read, in megabytes.
store-backup-too-large = The file is larger than { $mb } MB, more than a backup holds.
# $detail: the JSON reader's own description of what it met, in English.
store-backup-not-json = This is not a Messaging Ladder backup (not JSON: { $detail }).
store-backup-wrong-format = This is not a Messaging Ladder backup (its “format” is not “messaging-ladder-backup”).
# $version: the backup's format number, such as 2.
store-backup-newer = This backup was written by a newer version of Messaging Ladder (format { $version }). Open it there.
store-backup-no-version = This backup has no format version this app knows.
# $detail: the JSON reader's own description of what it met, in English.
store-backup-damaged = This backup is damaged ({ $detail }).
store-backup-empty = This backup holds no workspace.
# $count: how many workspaces it holds; $max: the most one restore takes.
store-backup-too-many = This backup holds { $count ->
    [one] { $count } workspace
   *[other] { $count } workspaces
    }, more than the { $max } one restore takes.
# $position: the workspace's place in the backup, from 1; $name: its name (first 40
# characters); $problem: what is wrong (out-problem-…).
store-backup-unusable = Workspace { $position } (“{ $name }”) can’t be used: { $problem }.
# Storage notices.
store-blocked = This browser blocks storage here (private mode or an embedded page), so your work stays in this tab only. Copy your numbers before closing it.
store-full = Browser storage is full, so your latest changes are kept in this tab only. Free some space for this site and they will be saved on the next change.
# $why: the browser's own name for the failure, such as InvalidStateError.
store-failed = Your latest changes could not be saved ({ $why }); they are kept in this tab and saving is retried on the next change.
# $key: the storage key the unreadable copy is kept under, such as messaging-ladder:backup:1.
store-corrupt-kept = Saved work could not be read, so the sample was loaded. The unreadable copy is kept in this browser's storage under “{ $key }”.
store-corrupt-not-kept = Saved work could not be read or backed up, so it is left untouched and your changes stay in this tab only.
# $version: the save's format number, such as 2.
store-newer = Your saved work was written by a newer version of Messaging Ladder (format { $version }). It is left untouched; changes made here stay in this tab only.

## What if: scenarios and goal seek
scn-full = Four scenarios is the most
# A new scenario's name. $number: its place, from 1.
scn-default-name = Scenario { $number }
# A copy's name. $name: the scenario copied.
scn-copy-name = { $name } (copy)
# $lever: a lever (scn-lever-…); $scenario: the scenario's name.
scn-slider-label = { $lever } ({ $scenario }) slider
# The levers, as labels and starting a sentence.
scn-lever-spend = Spend
scn-lever-cost-per-message = Cost per message
scn-lever-reply-rate = Reply rate
scn-lever-qualification-rate = Qualification rate
scn-lever-handoff-rate = Handoff rate
scn-lever-close-rate = Close rate
scn-lever-revenue-per-customer = Revenue per customer
scn-lever-other-cost = Other acquisition cost
# The levers inside a sentence: "Set close rate to 34%".
scn-lever-name-spend = spend
scn-lever-name-cost-per-message = cost per message
scn-lever-name-reply-rate = reply rate
scn-lever-name-qualification-rate = qualification rate
scn-lever-name-handoff-rate = handoff rate
scn-lever-name-close-rate = close rate
scn-lever-name-revenue-per-customer = revenue per customer
scn-lever-name-other-cost = other acquisition cost
# The goals goal seek aims at, in the picker and in a sentence.
scn-goal-cac = CAC
scn-goal-customers = Customers
scn-goal-roas = ROAS
scn-goal-cost-per-qualified = Cost per qualified conversation
# Why scenarios can't be built from the ladder shown.
scn-needs-spend = Enter spend to build scenarios.
scn-needs-started = Enter conversations started to build scenarios.
# $stage: a stage's name inside a sentence (stage-name-…), such as "qualified conversations".
scn-needs-stage = Enter { $stage } to build scenarios.
# Above the scenarios when a stage between conversations started and customers isn't counted
# (a Meta export joined with a CRM has no replies). $stages: the stages' names (stage-name-…), in a list.
scn-not-counted = These numbers don’t count { $stages }: the step after is counted from the stage before, and there is no lever for { $stages }.
# Goal seek, asked for the rate of a step to a stage not counted. $stage: its name (stage-name-…).
scn-lever-not-counted = These numbers don’t count { $stage }, so that step’s rate can’t be set: pick the next step’s rate, counted from the stage before.
# While imported deals are still closing: $rate is the projected final close rate the scenarios
# start from, $so-far the close rate so far.
scn-projected-baseline = Closing starts at its projected final rate, { $rate } ({ $so-far } so far), as deals started lately are still closing.
# $step: a step's name inside a sentence (step-name-…), such as "qualification"; $reached:
# the count at its end; $from: the count at its start.
scn-needs-consistent = The { $step } step needs consistent counts ({ $reached } of { $from }) to build scenarios.
# Goal seek's answers. $lever: a lever inside a sentence (scn-lever-name-…); $value: the
# value it must have; $now: its value today (or "—").
scn-answer-set = Set { $lever } to { $value } (now { $now }).
# $why: why the goal is out of reach (scn-…); $lever: the lever (scn-lever-…); $value: its
# value that comes nearest; $goal: the goal (scn-goal-…); $reached: the goal's value there.
scn-answer-nearest = Not reachable: { $why } The nearest: { $lever } at { $value } gives { $goal } { $reached }.
# $why: why the goal is out of reach (scn-…).
scn-answer-unreachable = Not reachable: { $why }
# $lever: a lever (scn-lever-…); $goal: a goal (scn-goal-…).
scn-not-a-lever = { $lever } doesn’t change { $goal }.
# $goal: a goal (scn-goal-…).
scn-choose-above-zero = Choose a { $goal } above zero.
scn-cac-without-other-cost = Without other acquisition cost, CAC doesn’t depend on spend: every conversation costs the same.
# $floor: the lowest CAC spending can reach (money).
scn-cac-floor = More spend only spreads the other cost thinner: CAC can’t go below { $floor } (cost per message ÷ all step rates) by spending.
scn-no-value = The baseline has a zero rate or no revenue, so no value of this lever gets there.
# $lever: a rate lever inside a sentence (scn-lever-name-…); $rate: the rate it would need.
scn-above-hundred = It would need a { $lever } of { $rate }, above 100%.
# $lever: a lever inside a sentence (scn-lever-name-…).
scn-negative = It would need a negative { $lever }.
# $goal: a goal (scn-goal-…); $target: the value typed for it; $lever: a lever inside a
# sentence (scn-lever-name-…). The name of a scenario made from goal seek's answer.
scn-goal-scenario-name = { $goal } { $target } via { $lever }
# The comparison table's rows: customers, then each metric.
scn-row-customers = Customers
# $metric: a metric's name, such as "Cost per message".
scn-row-metric = { $metric }
# A scenario's change against the baseline, its parts on lines of their own (shown as
# spaces in a wide table). $amount: the change, signed, such as "−USD 11.43" or "+14".
scn-change-better = ▲ better:
    { $amount }
scn-change-worse = ▼ worse:
    { $amount }
# $amount: the change, signed; $percent: it as a share of the baseline, signed, such as "−7%".
scn-change-better-percent = ▲ better:
    { $amount }
    ({ $percent })
# $amount: the change, signed; $percent: it as a share of the baseline, signed, such as "−50%".
scn-change-worse-percent = ▼ worse:
    { $amount }
    ({ $percent })
# A rate's change in percentage points. $points: the number, such as 10.0.
scn-points = { $points } pts
scn-no-change = no change

## The workspace's own notices
# Said beside Undo, after the whole workspace was replaced.
ws-sample-loaded = Example numbers loaded.
ws-cleared = Cleared.
ws-opened-shared = Opened the shared numbers.
ws-example-note = Example numbers: a made-up home-services business, not your data. Type your own numbers or import an export to replace them.
ws-link-copied = Link copied. It carries these numbers inside the address; nothing is uploaded.
# Labels the field holding the link, to copy by hand.
ws-copy-by-hand = The clipboard isn’t available here. Copy this link:
# $cost: the other acquisition cost typed in the form (money).
ws-typed-other-cost = The ladder shows imported data. Of these numbers only the other acquisition cost ({ $cost }) is used: it is added to the imported data’s CAC, shared across campaigns by spend.
ws-typed-unused = The ladder shows imported data, so these numbers are not used right now.
# The two ladders compared when an earlier period is typed beside the ladder, inside a
# sentence: "Comparing the earlier period typed with the ladder shown."
ws-earlier-typed = the earlier period typed
ws-ladder-shown = the ladder shown
# The same inside the cost per message check: "rose from $2.50 in the earlier period to $3.00 in this one".
ws-earlier-period = the earlier period
ws-this-period = this one
# After an import. $count: how many segments; $file: the file's name.
ws-imported = Imported { $count ->
    [one] { $count } segment
   *[other] { $count } segments
    } from { $file }. The ladder now shows their total.
# $file: the outcome log's name; $matched: how many of its names are campaigns in the ad
# data; $names: how many names it has.
ws-joined-by-name = Joined { $file } onto the ad data: { $matched } of { $names ->
    [one] { $names } name
   *[other] { $names } names
    } matched.
# The same, the ad data having several periods.
ws-joined-by-name-periods = Joined { $file } onto the ad data: { $matched } of { $names ->
    [one] { $names } name
   *[other] { $names } names
    } matched, each period to its own.
# $file: the outcome log's name.
ws-joined-account = Joined { $file } onto the ad data’s total: its outcomes are the account’s, not a campaign’s.
# $count: logged conversations dated outside every period of the ad data.
ws-left-out = { $count ->
    [one] { $count } logged conversation
   *[other] { $count } logged conversations
    } outside the ad data’s periods left out.
ws-shows-total = The ladder now shows the total.
# Two sentences, one after the other.
ws-then = { $first } { $then }
# Joining an outcome log onto imported ad data: the choice.
ws-join-legend = This is an outcome log, and ad data is already imported
ws-join-by-name = Join it onto the ad data by campaign name: spend and conversations from the ads, outcomes from this file
ws-join-account-ignoring-names = Join it onto the ad data’s total, ignoring its names: outcomes for the whole account
ws-join-account = Join it onto the ad data’s total: this file has no campaign column, so its outcomes are the whole account’s
ws-join-replace = Replace the imported data with this file
ws-join-ask = None of this file’s names is a campaign in the ad data, so it isn’t joined unless you say how. Fix the names in the file, or choose below.
ws-names-caption = Names in this file and campaigns in the ad data
ws-names-in-file = In this file
ws-names-in-ads = In the ad data
