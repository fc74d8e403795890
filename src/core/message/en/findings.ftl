# The diagnosis's findings: sentences with the user's numbers
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.

## The diagnosis's findings
# Their sentences are built from the names below, passed in as arguments: a step's name
# ($step), a stage's name, and the business's outcome ($outcome, $outcomes).
# A step's name inside a sentence: "the qualification step", "Limiting step: qualification".
step-name-reply = reply
step-name-qualification = qualification
step-name-handoff = handoff
step-name-close = close
# A step's name starting a line: "Reply rate 10% higher".
step-title-reply = Reply
step-title-qualification = Qualification
step-title-handoff = Handoff
step-title-close = Close
# A stage's name inside a sentence: "The ladder stops at sales handoffs."
stage-name-started = conversations started
stage-name-replied = replies
stage-name-qualified = qualified conversations
stage-name-handed-off = sales handoffs
stage-name-customer = customers
# What the business calls its last stage, one entry per business type. The sentences take the
# noun as an argument rather than being written once per business type: $outcome is the noun
# for the count the sentence gives (or for one), $outcomes the noun in general ("costs more
# customers"), which is these entries' default variant, written when no $count is given.
outcome-customers = { $count ->
    [one] customer
   *[other] customers
    }
outcome-orders = { $count ->
    [one] order
   *[other] orders
    }
outcome-accepted-leads = { $count ->
    [one] accepted lead
   *[other] accepted leads
    }
# Two sentences, one after the other.
dx-then = { $first } { $then }
# Lists, built from the right: the last two joined ("b and c"), then each item before them
# joined to the rest of the list ($rest): "a, b and c"; "a, b or c"; "a; b; c".
dx-list-and = { $first } and { $rest }
dx-list-or = { $first } or { $rest }
dx-list-comma = { $first }, { $rest }
dx-list-semicolon = { $first }; { $rest }
# $outcome: the business's noun for $count of them (or for one, below).
dx-more-outcomes = about { $count } more { $outcome }
dx-less-than-one-more = less than 1 more { $outcome }
# The badge above the headline.
dx-badge-limiting = Limiting step: { $step }
dx-badge-provisional = Provisional: { $step }
dx-badge-meets-targets = All steps on target
dx-badge-nothing-clear = No clear weak step
dx-badge-not-enough-data = Not enough data
# The headline.
dx-headline-reply = Most chats end after the first message
dx-headline-qualification = Chats are cheap, but too few are a fit
dx-headline-handoff = Qualified chats stall before they reach sales
# For a lead seller, whose close step is the buyer accepting the lead.
dx-headline-close-leads = Buyers reject too many of the leads
dx-headline-close = Handoffs don’t turn into { $outcomes }
dx-headline-provisional = The { $step } step looks below target, but it is too early to be sure
dx-headline-meets-targets = Every step meets its target: the lever is volume
dx-headline-nothing-clear = No step is clearly below target yet
dx-headline-not-enough-data = Not enough data to judge any step yet
# Likely causes, by verdict.
dx-causes-reply = The first response: how fast it arrives, whether it is easy to answer, and whether it matches what the ad promised. A slow or generic opener loses people who were interested a minute ago.
dx-causes-qualification = Traffic quality and offer clarity: who the ads reach and what they promise, and whether the chat asks the questions that separate buyers from browsers.
dx-causes-handoff = The chat flow after someone qualifies: how fast and how clearly the next step (booking, quote, call, checkout) is offered, and whether handoffs are recorded at all.
dx-causes-close-leads = Lead quality as the buyer defines it: whether the chat checks the buyer's acceptance criteria before the lead is delivered, and whether the ads promise what the buyer's offer delivers.
dx-causes-close = The sales process, pricing, what the chat led people to expect, and how well the offer fits the people the ads bring.
dx-causes-meets-targets = Reach and creative: the chat and sales steps do their job, so more of the same kind of conversations is the lever.
dx-causes-nothing-clear = The steps marked "can't tell yet": at today's volume their rates could be on either side of the target. The table says how many more conversations would settle each one.
dx-causes-nothing-clear-projected = Closing's projected final rate could be on either side of its target: deals still open will settle it as they close, more conversations won't. Look again once they have.
dx-causes-not-enough-data = Enter every stage's count. A step is judged once enough people are at its starting stage and the counts shrink from stage to stage.
# What to try, by verdict.
dx-action-reply-fast = Answer within minutes while the ads run; an instant first reply that asks one easy question beats a slow perfect one.
dx-action-reply-question = Open with a single question tied to the ad's offer instead of a menu or a wall of text.
dx-action-reply-ad = Check that the ad says what the chat is for, so people arrive ready to talk.
dx-action-qualification-ad = Say in the ad who the offer is for (area, budget, use case) so poor fits don't start chats.
dx-action-qualification-budget = Move budget away from audiences and placements that bring many chats but few qualified ones.
dx-action-qualification-questions = Ask one or two qualifying questions early in the chat: need, timing, location or budget.
dx-action-qualification-define = Write down what "qualified" means and tag it the same way every time.
dx-action-handoff-offer = Offer the next step (booking link, call slot, quote form, checkout link) as soon as someone qualifies.
dx-action-handoff-time = Measure the time from qualified to first contact by sales, and cut it.
dx-action-handoff-tag = Make sure every handoff is tagged: handoffs that aren't recorded look like drop-off.
dx-action-close-leads-reasons = Get the buyer's rejection reasons and turn the top two into chat questions.
dx-action-close-leads-check = Check the leads' details (contact data, location, eligibility) before delivering them.
dx-action-close-leads-cut = Cut audiences and placements whose leads are rejected most, judged by cost per accepted lead.
dx-action-close-review = Review lost deals: was it price, timing, or a gap between the ad's promise and the offer?
dx-action-close-price = Make the price or a price range clear before the handoff, so sales time goes to people who can buy.
dx-action-close-follow-up = Follow up quickly and more than once: chat leads go cold within a day or two.
dx-action-meets-targets-audiences = Test new audiences or broader targeting, judged by cost per qualified conversation, not cost per message.
dx-action-meets-targets-creative = Test new creative angles while keeping the message that attracts qualified people.
dx-action-meets-targets-budget = Raise budget in steps and check that the step rates hold as volume grows.
# How fixing it can go too far, by verdict.
dx-risk-reply = A pushier opener can lift replies from people who were never going to buy: watch the qualification rate as you change it.
dx-risk-qualification = Don't pile questions on up front: heavy qualification also turns away real buyers who wanted a quick answer first. Expect cost per message to rise a little; judge by cost per qualified conversation.
dx-risk-handoff = Rushing everyone to a call can lose people who wanted a price or an answer in the chat first.
dx-risk-close-leads = Filtering hard before delivery cuts volume too: compare cost per accepted lead before and after, not the acceptance rate alone.
dx-risk-close = Discounting to close more can lift customers and sink revenue per customer: watch ROAS, not just the close rate.
dx-risk-meets-targets = Scaling fast usually brings in weaker prospects first: watch the qualification rate as spend grows.
# The summary's last sentence: the first action above, inside a sentence.
dx-try-reply = First thing to try: answer within minutes while the ads run; an instant first reply that asks one easy question beats a slow perfect one.
dx-try-qualification = First thing to try: say in the ad who the offer is for (area, budget, use case) so poor fits don't start chats.
dx-try-handoff = First thing to try: offer the next step (booking link, call slot, quote form, checkout link) as soon as someone qualifies.
dx-try-close-leads = First thing to try: get the buyer's rejection reasons and turn the top two into chat questions.
dx-try-close = First thing to try: review lost deals: was it price, timing, or a gap between the ad's promise and the offer?
# The evidence for the step that limits the business.
# $reached of $from: the step's two counts; $rate: its rate; $range: the rate's 95% range;
# $target: its target rate.
dx-evidence-reply = { $reached } of { $from } conversations started got a reply: { $rate } (95% range { $range }), below the { $target } target.
dx-evidence-qualification = { $reached } of { $from } replies qualified: { $rate } (95% range { $range }), below the { $target } target.
dx-evidence-handoff = { $reached } of { $from } qualified conversations reached a sales handoff: { $rate } (95% range { $range }), below the { $target } target.
# A step counted from an earlier stage than its own, as the stages between aren't counted:
# $from-stage and $stage are stage names (stage-name-…); $target is the product of the targets
# of the steps it spans.
dx-evidence-folded = { $reached } of { $from } { $from-stage } became { $stage }: { $rate } (95% range { $range }), below the { $target } target (the targets of the steps it spans, multiplied).
dx-evidence-close = { $reached } of { $from } sales handoffs closed: { $rate } (95% range { $range }), below the { $target } target.
# Closing while deals are still open: $so-far is the close rate so far; $rate and $range the
# final close rate projected from older months' deals.
dx-evidence-close-projected = { $reached } of { $from } sales handoffs have closed so far ({ $so-far }); with the open deals closing as older months' did, the close rate is projected to end at { $rate } (95% range { $range }), below the { $target } target.
# A closing rate judged on its projection whose range holds the target: $so-far is the rate so
# far; $rate and $range the projected final rate.
dx-evidence-projected-unclear = The { $step } rate is projected to end at { $rate } (95% range { $range }), { $so-far } so far: it could be on either side of the { $target } target until more of the open deals close.
# $date: the day the youngest deals can be judged.
dx-evidence-too-early = The { $step } step has { $reached } of { $from } so far ({ $rate }), but too few older deals have closed to project the rest: it can be judged on { $date }.
# $target: the step's target rate; $more: the outcomes it would add ("about 14 more
# customers", dx-more-outcomes); $cac: the cost per customer then; $revenue: the revenue added.
dx-reaching = Reaching { $target } would mean { $more }.
dx-reaching-cac = Reaching { $target } would mean { $more }, CAC { $cac }.
dx-reaching-revenue = Reaching { $target } would mean { $more } and { $revenue } more revenue.
dx-reaching-cac-revenue = Reaching { $target } would mean { $more }, CAC { $cac } and { $revenue } more revenue.
# $cost: what one costs in ad spend; $times: that as a multiple of $message-cost, the cost per message.
dx-cost-qualified = Each qualified conversation costs { $cost } in ad spend, { $times } the { $message-cost } cost per message.
dx-cost-handoff = Each sales handoff costs { $cost } in ad spend, { $times } the { $message-cost } cost per message.
dx-cost-customer = Each customer costs { $cost } in ad spend, { $times } the { $message-cost } cost per message.
dx-evidence-immature = The reporting window is shorter than the sales cycle, so some of these deals may still close: treat this as provisional.
# $started conversations brought $customers: the first and last stages' counts.
dx-evidence-meets-targets = Every step's 95% range is above its target; { $started } { $started ->
    [one] conversation
   *[other] conversations
    } brought { $customers } { $outcome }.
# A step that can't be judged yet; $count: the conversations started that would tell.
dx-cant-tell-more = The { $step } rate { $rate } (95% range { $range }) could be on either side of the { $target } target: about { $count } more { $count ->
    [one] conversation
   *[other] conversations
    } started would tell.
dx-cant-tell-close = The { $step } rate { $rate } (95% range { $range }) could be on either side of the { $target } target: it sits so close to the target that more volume won't separate them.
# $count: the minimum volume.
dx-evidence-not-enough-data = Each step needs at least { $count } { $count ->
    [one] person
   *[other] people
    } at its starting stage, and consistent counts, before its rate means much.
# Another step below target: $rate against its $target; $more: as in dx-reaching.
dx-other-below = The { $step } step is also below target: { $rate } against { $target }.
dx-other-below-worth = The { $step } step is also below target: { $rate } against { $target }, worth { $more } at target.
dx-other-below-provisional = The { $step } step is also below target: { $rate } against { $target } (provisional: the window is shorter than the sales cycle).
dx-other-below-projected = The { $step } step is also below target: projected { $rate } against { $target } ({ $so-far } so far).
dx-other-below-worth-provisional = The { $step } step is also below target: { $rate } against { $target }, worth { $more } at target (provisional: the window is shorter than the sales cycle).
# The largest drop-off. $lost: the share lost at the step.
dx-naive-same = This is also the largest drop-off on the ladder ({ $lost } lost at this step).
# $step: the step with the largest drop-off, $target its target; $limiting: the step the
# diagnosis names. One entry for each way $step compares with its target.
dx-naive-doing-well = The largest drop-off is at the { $step } step ({ $lost } lost), but { $step } rates are naturally lower than the others: against its { $target } target it is doing well, while the { $limiting } step costs more { $outcomes }.
dx-naive-also-short = The largest drop-off is at the { $step } step ({ $lost } lost), but { $step } rates are naturally lower than the others: against its { $target } target it is also short, while the { $limiting } step costs more { $outcomes }.
dx-naive-not-clearly-short = The largest drop-off is at the { $step } step ({ $lost } lost), but { $step } rates are naturally lower than the others: against its { $target } target it is not clearly short, while the { $limiting } step costs more { $outcomes }.
# Cost per message against cost per customer. $count: conversations per customer.
dx-context = A message costs { $message-cost }, one of your { $outcomes } { $customer-cost } in ad spend: it took about { $count } { $count ->
    [one] conversation
   *[other] conversations
    } to win one { $outcome }.
# The summary for a client email: these sentences one after the other.
dx-summary-spend = { $spend } in ad spend started { $started } { $started ->
    [one] conversation
   *[other] conversations
    }.
# $cost: the cost per message.
dx-summary-spend-each = { $spend } in ad spend started { $started } { $started ->
    [one] conversation
   *[other] conversations
    } at { $cost } each.
# Each stage's count and its step rate; $cac: cost per customer, all costs in; $roas: a multiple.
dx-summary-ladder = { $replied } replied ({ $reply-rate }), { $qualified } qualified ({ $qualification-rate }), { $handed-off } reached sales ({ $handoff-rate }) and { $customers } became { $outcomes } ({ $close-rate }).
dx-summary-ladder-cac = { $replied } replied ({ $reply-rate }), { $qualified } qualified ({ $qualification-rate }), { $handed-off } reached sales ({ $handoff-rate }) and { $customers } became { $outcomes } ({ $close-rate }), at { $cac } each all-in.
dx-summary-ladder-roas = { $replied } replied ({ $reply-rate }), { $qualified } qualified ({ $qualification-rate }), { $handed-off } reached sales ({ $handoff-rate }) and { $customers } became { $outcomes } ({ $close-rate }) and a ROAS of { $roas }.
dx-summary-ladder-cac-roas = { $replied } replied ({ $reply-rate }), { $qualified } qualified ({ $qualification-rate }), { $handed-off } reached sales ({ $handoff-rate }) and { $customers } became { $outcomes } ({ $close-rate }), at { $cac } each all-in and a ROAS of { $roas }.
# $more: as in dx-reaching.
dx-summary-step = The step holding results back is { $step }: { $rate } against a { $target } target.
dx-summary-step-reaching = The step holding results back is { $step }: { $rate } against a { $target } target; reaching it would mean { $more }.
dx-summary-step-projected = The step holding results back is { $step }: projected to end at { $rate } against a { $target } target, with deals still closing.
dx-summary-step-provisional = The step holding results back is { $step }: { $rate } against a { $target } target (provisional, as the window is shorter than the sales cycle).
dx-summary-step-provisional-reaching = The step holding results back is { $step }: { $rate } against a { $target } target (provisional, as the window is shorter than the sales cycle); reaching it would mean { $more }.
# $headline: the headline (dx-headline-…) as a sentence.
dx-summary-headline = { $headline }.
# The summary over the sample's made-up numbers.
dx-example-summary = Example with made-up numbers: { $summary }
# Data checks. $reached-stage ($reached of them) and $from-stage ($from): the step's two stages.
dx-check-inconsistent = Counts look inconsistent: { $reached-stage } ({ $reached }) is larger than { $from-stage } ({ $from }).
dx-check-no-verdict = Check how conversations are tagged; there is no verdict on the { $step } step until the counts agree.
# $stage: the last stage with a count.
dx-check-stops-at = The ladder stops at { $stage }.
dx-check-no-start = The ladder has no starting count.
# Stages not counted though a later one is: $stages (stage names, a list) are folded into the
# $step step (step-name-…), which is judged from $from (a stage name); $sources: where to find them.
dx-check-folded = Not counted here: { $stages }. The { $step } step is judged from { $from } instead, against its target and theirs multiplied; add { $stages } ({ $sources }) to judge each step on its own.
# $stages: the stages without a count (a list); $sources: where to find each (a list of
# dx-source-…); $steps: the $count steps they leave unjudged (a list).
dx-check-add = Add { $stages } ({ $sources }) to judge the { $steps } { $count ->
    [one] step
   *[other] steps
    }.
dx-source-started = from Ads Manager
dx-source-replied = from your inbox or chat tool
dx-source-qualified = from a chat audit or your CRM
dx-source-handed-off = from your CRM or booking tool
dx-source-customer = from your CRM or sales records
# $window and $cycle: numbers of days.
dx-check-immature = Results may be immature: the { $window }-day reporting window is shorter than the { $cycle }-day sales cycle, so late stages will still grow.
dx-check-immature-imported = Results may be immature: the { $window }-day reporting window (from the imported dates) is shorter than the { $cycle }-day sales cycle, so late stages will still grow.
dx-check-provisional = Handoff and close verdicts are provisional.
# From the deals imported with their dates (time to close). $since: a month or week ("October
# 2026"); $date: when the youngest deals can be judged, as the locale writes dates.
dx-check-maturing = Deals started since { $since } are still closing: the close rate counts only the wins that have arrived, so it isn't judged until { $date }.
# As dx-check-maturing, when older months allow projecting: $wins is the wins still expected.
dx-check-maturing-projected = Deals started since { $since } are still closing (until { $date }): about { $wins } more { $wins ->
    [one] win is
   *[other] wins are
    } expected from them, as older months' deals closed, so the close rate is judged on its projected final value.
# $earlier and $later: the two periods' names; $rise: the rise as a percentage.
dx-check-cost-rose-between = Cost per message rose from { $before } in { $earlier } to { $now } in { $later } (+{ $rise }).
dx-check-cost-rose = Cost per message rose from { $before } to { $now } (+{ $rise }) since last period.
dx-check-cost-advice = That usually points at delivery: creative fatigue, weak relevance, audience saturation or rising competition. Check frequency, creative age and relevance before changing the chat.
# The step table's verdict cell.
dx-verdict-below = Below target
dx-verdict-above = Above target
# $count: the conversations that would tell.
dx-verdict-cant-tell-more = Can’t tell yet: about { $count } more { $count ->
    [one] conversation
   *[other] conversations
    } would tell
dx-verdict-cant-tell = Can’t tell: too close to the target to separate
# A projected rate whose range holds the target: waiting for deals to close will tell.
dx-verdict-cant-tell-yet = Can’t tell yet
# $have of the $need people the step's starting stage needs.
dx-verdict-not-enough-data = Not enough data ({ $have } of { $need } needed)
dx-verdict-inconsistent = Counts inconsistent
dx-verdict-missing = Counts missing
# A step whose stage isn't counted though a later one is: judged together with the next step.
dx-verdict-not-counted = Not counted: judged with the next step
# $verdict: one of the verdicts above, while the window is shorter than the sales cycle.
dx-verdict-provisional = { $verdict } (provisional)
# $verdict: one of the verdicts above, judged on a projected final rate; $so-far: the rate so far.
dx-verdict-projected = { $verdict } (projected; { $so-far } so far)
# $date: the day the youngest deals can be judged.
dx-verdict-too-early = Too early: judged on { $date }
# The step table's "if it reached target" cell.
dx-impact-at-target = Already at or above target
dx-impact-needs-counts = Needs every stage's count to estimate
# $outcome: the business's noun for $count of them.
dx-impact-gain = +{ $count } { $outcome }
# $gain: the outcomes added (dx-impact-gain, or dx-less-than-one-more); $cac: the cost per
# customer then; $revenue: the revenue added.
dx-impact-cac = { $gain }, CAC { $cac }
dx-impact-revenue = { $gain }, +{ $revenue } revenue
dx-impact-cac-revenue = { $gain }, CAC { $cac }, +{ $revenue } revenue
# The lever table: a gain in whole outcomes ("+14", or under one).
dx-gain-under-one = <1
dx-gain = +{ $count }
dx-lever-cost-per-message = Cost per message 10% lower (same spend)
# $steps: a step's title (step-title-…), or a list of steps starting with one:
# "Reply, qualification or close" (dx-list-or).
dx-lever-rate = { $steps } rate 10% higher
# $outcome: the business's noun for one.
dx-lever-revenue = Revenue per { $outcome } 10% higher
# $more: as in dx-reaching; $cac: the cost per customer then.
dx-levers-alike = All levers are worth the same here: a 10% lift at any step means { $more }.
dx-levers-alike-cac = All levers are worth the same here: a 10% lift at any step means { $more }, CAC { $cac }.
dx-levers-alike-choose = Choose the step that is cheapest to lift, usually the one furthest below its target.
dx-lever-note = The ladder multiplies its rates, so a 10% lift at any step lifts the last stage by the same 10%, unless that step is already near 100%. The steps furthest below target are usually where a 10% lift is cheapest to get.
# The answer in one line on a phone: $line is the badge (dx-badge-…) and what came before it.
dx-answer-cac = { $line } · CAC { $cac }
# $cost: the cost per message.
dx-answer-cost = { $line } · cost per message { $cost }
