# The ladder: its fields, metrics and formulas, why a value is unknown, the funnel, the form's and settings' checks
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.

## The form's fields
# A field's label; also the number's name in formulas and reasons ($field, $stage).
ladder-field-spend = Spend
ladder-field-started = Conversations started
ladder-field-replies = Replies
ladder-field-qualified = Qualified conversations
ladder-field-handoffs = Sales handoffs
ladder-field-customers = Customers
ladder-field-revenue = Revenue
ladder-field-impressions = Impressions
ladder-field-link-clicks = Link clicks
ladder-field-other-cost = Other acquisition cost
# The hint under a field, saying what to count. $currency: the workspace's currency code, such as EUR.
ladder-hint-spend = Ad spend for the period. In { $currency }.
ladder-hint-started = Messaging conversations started, as Ads Manager reports them.
ladder-hint-replies = Conversations where the person answered your first reply.
ladder-hint-qualified = Conversations that met your fit criteria.
ladder-hint-handoffs = Qualified chats that reached sales, a booking, a quote or checkout.
ladder-hint-customers = People who bought.
ladder-hint-revenue = Revenue from those customers. In { $currency }.
ladder-hint-impressions = From Ads Manager, for CPM and CTR.
ladder-hint-link-clicks = From Ads Manager, for cost per click.
ladder-hint-other-cost = Sales labour, tools, agency fee: added to spend for CAC. In { $currency }.

## Why a value can't be shown (after "—")
# A field that is zero, so nothing can be divided by it.
ladder-none-yet-spend = no spend
ladder-none-yet-started = no conversations started
ladder-none-yet-replies = no replies yet
ladder-none-yet-qualified = no qualified conversations yet
ladder-none-yet-handoffs = no sales handoffs yet
ladder-none-yet-customers = no customers yet
ladder-none-yet-revenue = no revenue yet
ladder-none-yet-impressions = no impressions
ladder-none-yet-link-clicks = no link clicks
ladder-none-yet-other-cost = no other cost
# $field: the field's label. "More inputs" is the form's folded section of optional fields.
ladder-reason-add-more = add { $field } under More inputs
ladder-reason-enter = enter { $field }
ladder-reason-fix = fix { $field } above
ladder-reason-first-step = first step of the ladder

## The metrics
ladder-metric-cost-per-message = Cost per message
ladder-metric-reply-rate = Reply rate
ladder-metric-qualification-rate = Qualification rate
ladder-metric-cost-per-qualified = Cost per qualified conversation
ladder-metric-handoff-rate = Handoff rate
ladder-metric-cost-per-handoff = Cost per sales handoff
ladder-metric-close-rate = Close rate
ladder-metric-cpa = CPA (cost per customer)
ladder-metric-cac = CAC (all-in cost per customer)
ladder-metric-revenue-per-conversation = Revenue per conversation
ladder-metric-roas = ROAS
ladder-metric-revenue-per-customer = Average revenue per customer
ladder-metric-cpm = CPM (cost per 1,000 impressions)
ladder-metric-ctr = CTR (link click-through rate)
ladder-metric-cost-per-click = Cost per link click
ladder-metric-click-to-conversation = Click-to-conversation rate
# What each metric tells you, in one sentence.
ladder-meaning-cost-per-message = How cheaply the ads start conversations. Says nothing about who they are with.
ladder-meaning-reply-rate = How many people keep talking after the first message.
ladder-meaning-qualification-rate = How many people who replied fit what you sell.
ladder-meaning-cost-per-qualified = What one conversation worth having costs.
ladder-meaning-handoff-rate = How many qualified chats reach a booking, quote, call or checkout.
ladder-meaning-cost-per-handoff = What one real next step with sales costs.
ladder-meaning-close-rate = How many handoffs become customers.
ladder-meaning-cpa = Ad spend per customer.
ladder-meaning-cac = Everything it took to win a customer: ad spend plus sales labour, tools and fees.
ladder-meaning-revenue-per-conversation = What each conversation started is worth on average.
ladder-meaning-roas = Revenue per unit of ad spend. Above 1× the ads earned back what they cost.
ladder-meaning-revenue-per-customer = Average order or deal value.
ladder-meaning-cpm = What 1,000 ad impressions cost.
ladder-meaning-ctr = How many impressions led to a link click.
ladder-meaning-cost-per-click = What one link click costs.
ladder-meaning-click-to-conversation = How many link clicks became a conversation.

## Formulas
# A formula in words: "Spend ÷ Conversations started". $numerator, $denominator: fields' labels.
ladder-formula = { $numerator } ÷ { $denominator }
# CPM's formula: per 1,000 impressions.
ladder-formula-per-thousand = { $numerator } ÷ { $denominator } × 1,000
# CAC's numerator. $spend, $other: the labels of Spend and Other acquisition cost.
ladder-spend-plus-other = ({ $spend } + { $other })
# The formula worked with the user's numbers: "USD 1,800.00 ÷ 600 = USD 3.00".
# $value: the result, or ladder-no-value when there is none.
ladder-worked = { $numerator } ÷ { $denominator } = { $value }
ladder-worked-per-thousand = { $numerator } ÷ { $denominator } × 1,000 = { $value }
# Stands for a number in a worked formula that isn't known.
ladder-unknown-number = ?
# $reason: why the value can't be computed, such as "enter Customers".
ladder-no-value = — ({ $reason })
# Said after "Formula", hidden from sight: "Formula for Reply rate". $metric: the metric's name.
ladder-formula-for = for { $metric }

## The funnel chart
# A bar's label. $stage: the stage's name, such as "Replies".
ladder-bar-count = { $stage } · { $count }
ladder-bar-not-entered = { $stage } · not entered
ladder-bar-not-valid = { $stage } · not a valid count
# $share: the stage's share of conversations started, such as 65%.
ladder-share-of-started = { $share } of started
# Beside a stage larger than the one before it. $stage: the stage before, in a sentence ("replies").
ladder-more-than-stage = ⚠ more than { $stage }
# The chart's text equivalent: "Funnel: Conversations started 600, Replies 390, …". $stages: the list.
ladder-funnel = Funnel: { $stages }.
ladder-funnel-stage = { $stage } { $count }
ladder-funnel-stage-not-entered = { $stage } not entered

## The form's checks
# $typed: the text as typed; $decimal, $thousands: its two readings, such as 1.2 and 1,200.
ladder-reads-as = “{ $typed }” reads as { $decimal }. Did you mean { $thousands }? Say which, or type it without the separator.
ladder-not-whole-meant = “{ $typed }” is not a whole number. Did you mean { $thousands }?
# A button that puts the reading meant in the field. $reading: a number as written, such as 1,200.
ladder-choice = It’s { $reading }
# $named: the currency codes the text's symbol stands for ("USD or AUD"); $first: the first of them;
# $currency: the workspace's.
ladder-currency-clash = “{ $typed }” is written in { $named }, but this workspace counts in { $currency }. Pick { $first } as the currency above, or convert the amount.
# $previous: the label of the stage before; $later, $earlier: the two counts.
ladder-larger-than = Larger than { $previous } ({ $later } > { $earlier }). Each step should be a subset of the one before: check how conversations are tagged.
ladder-clicks-above-impressions = More link clicks than impressions ({ $clicks } > { $impressions }): check the export.

## Typed numbers that can't be read
# $text: the text as typed.
ladder-not-a-number = “{ $text }” is not a number. Type digits only, for example 1200 or 1,200.50.
ladder-negative = Can’t be negative. Type 0 or a positive number.
ladder-not-whole = “{ $text }” is not a whole number. Counts are whole numbers, for example 42.
ladder-too-many-decimals = Too many decimal places. Use at most 6 after the separator.
# $max: the largest value a field accepts.
ladder-too-large = Too large. The largest accepted value is { $max }.

## Targets and settings
ladder-setting-reply-target = Reply rate target
ladder-setting-qualification-target = Qualification rate target
ladder-setting-handoff-target = Handoff rate target
ladder-setting-close-target = Close rate target
ladder-setting-min-volume = Minimum volume per step
ladder-setting-sales-cycle = Typical sales cycle
ladder-setting-window = Reporting window
ladder-setting-previous-cost = Cost per message last period
# The unit written after a setting's field.
ladder-unit-percent = %
ladder-unit-people = people
ladder-unit-days = days
# $currency: the workspace's currency code, written after a money setting.
ladder-unit-currency = { $currency }
ladder-hint-target = Percent of the stage before. Blank uses the preset.
# $count: the default minimum volume.
ladder-hint-min-volume = A step with fewer people at its start is not judged. Default { $count }.
ladder-hint-sales-cycle = Days from first message to a closed sale, typically.
ladder-hint-window = Days covered by the numbers. Left blank, imported dates set it.
ladder-hint-previous-cost = Optional: to spot a rising cost per message.
# $min: the smallest value the setting takes.
ladder-at-least = Use { $min } or more.
ladder-target-negative = A target can’t be negative. Type a percentage such as 40.
ladder-target-range = A target is a percentage above 0 and at most 100, such as 40.

## Business types, which set the preset targets
ladder-business-service-quotes = Service business with quote requests
ladder-business-ecommerce-questions = Ecommerce with product questions
ladder-business-b2b-consultations = B2B consultations
ladder-business-lead-seller = Lead seller / affiliate
ladder-business-custom = My own targets
# Why these presets, under the picker. Handoff and close are the ladder's steps.
ladder-note-service-quotes = Quote requests: many chats are out of area or just price-checking, so qualification is the usual filter.
ladder-note-ecommerce-questions = Product questions: few chats show purchase intent, but those that reach checkout should buy. Handoff = sent to checkout or cart.
ladder-note-b2b-consultations = Consultations: strict fit criteria and long cycles; close means a signed deal.
ladder-note-lead-seller = Selling leads: handoff = lead delivered to the buyer, close = lead accepted by the buyer.
ladder-note-custom = Your own targets: set each rate from your history or your plan.

## Dates in imported data
# How rows with dates are grouped into periods, offered in the import preview.
ladder-grouping-auto = Automatic: months, if several
ladder-grouping-whole = One total per name
ladder-grouping-month = By month
ladder-grouping-week = By week (Mon–Sun)
# A period's name where it names a segment or a month of data. $month: a month's name below;
# $year: four digits (2026).
period-month = { $month } { $year }
# Any other span of days: $dates is "2026-10-01 – 2026-10-17" as the data has it.
period-dates = { $dates }
# A span of days, or one day, written as the locale writes dates.
period-span = { $days }
period-day = { $date }
month-january = January
month-february = February
month-march = March
month-april = April
month-may = May
month-june = June
month-july = July
month-august = August
month-september = September
month-october = October
month-november = November
month-december = December
