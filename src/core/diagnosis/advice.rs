//! The fixed words for each verdict: the headline, likely causes, actions and the risk of
//! overcorrecting.

use super::Verdict;
use crate::core::ladder::targets::BusinessType;
use crate::core::ladder::Step;

pub(super) fn headline(verdict: Verdict, business: BusinessType) -> String {
    let outcome = business.outcome();
    match verdict {
        Verdict::Limiting(Step::Reply) => "Most chats end after the first message".into(),
        Verdict::Limiting(Step::Qualification) => "Chats are cheap, but too few are a fit".into(),
        Verdict::Limiting(Step::Handoff) => "Qualified chats stall before they reach sales".into(),
        Verdict::Limiting(Step::Close) if business == BusinessType::LeadSeller => {
            "Buyers reject too many of the leads".into()
        }
        Verdict::Limiting(Step::Close) => format!("Handoffs don’t turn into {outcome}"),
        Verdict::Provisional(step) => {
            format!("The {} step looks below target, but it is too early to be sure", step.name())
        }
        Verdict::MeetsTargets => "Every step meets its target: the lever is volume".into(),
        Verdict::NothingClear => "No step is clearly below target yet".into(),
        Verdict::NotEnoughData => "Not enough data to judge any step yet".into(),
    }
}

/// The fixed words for each verdict.
pub(super) struct Advice {
    pub(super) causes: Option<&'static str>,
    pub(super) actions: &'static [&'static str],
    pub(super) risk: Option<&'static str>,
}

pub(super) fn advice(verdict: Verdict, business: BusinessType) -> Advice {
    let step = match verdict {
        Verdict::Limiting(s) | Verdict::Provisional(s) => Some(s),
        _ => None,
    };
    match (step, verdict) {
        (Some(Step::Reply), _) => Advice {
            causes: Some("The first response: how fast it arrives, whether it is easy to answer, and whether it matches what the ad promised. A slow or generic opener loses people who were interested a minute ago."),
            actions: &[
                "Answer within minutes while the ads run; an instant first reply that asks one easy question beats a slow perfect one.",
                "Open with a single question tied to the ad's offer instead of a menu or a wall of text.",
                "Check that the ad says what the chat is for, so people arrive ready to talk.",
            ],
            risk: Some("A pushier opener can lift replies from people who were never going to buy: watch the qualification rate as you change it."),
        },
        (Some(Step::Qualification), _) => Advice {
            causes: Some("Traffic quality and offer clarity: who the ads reach and what they promise, and whether the chat asks the questions that separate buyers from browsers."),
            actions: &[
                "Say in the ad who the offer is for (area, budget, use case) so poor fits don't start chats.",
                "Move budget away from audiences and placements that bring many chats but few qualified ones.",
                "Ask one or two qualifying questions early in the chat: need, timing, location or budget.",
                "Write down what \"qualified\" means and tag it the same way every time.",
            ],
            risk: Some("Don't pile questions on up front: heavy qualification also turns away real buyers who wanted a quick answer first. Expect cost per message to rise a little; judge by cost per qualified conversation."),
        },
        (Some(Step::Handoff), _) => Advice {
            causes: Some("The chat flow after someone qualifies: how fast and how clearly the next step (booking, quote, call, checkout) is offered, and whether handoffs are recorded at all."),
            actions: &[
                "Offer the next step (booking link, call slot, quote form, checkout link) as soon as someone qualifies.",
                "Measure the time from qualified to first contact by sales, and cut it.",
                "Make sure every handoff is tagged: handoffs that aren't recorded look like drop-off.",
            ],
            risk: Some("Rushing everyone to a call can lose people who wanted a price or an answer in the chat first."),
        },
        (Some(Step::Close), _) if business == BusinessType::LeadSeller => Advice {
            causes: Some("Lead quality as the buyer defines it: whether the chat checks the buyer's acceptance criteria before the lead is delivered, and whether the ads promise what the buyer's offer delivers."),
            actions: &[
                "Get the buyer's rejection reasons and turn the top two into chat questions.",
                "Check the leads' details (contact data, location, eligibility) before delivering them.",
                "Cut audiences and placements whose leads are rejected most, judged by cost per accepted lead.",
            ],
            risk: Some("Filtering hard before delivery cuts volume too: compare cost per accepted lead before and after, not the acceptance rate alone."),
        },
        (Some(Step::Close), _) => Advice {
            causes: Some("The sales process, pricing, what the chat led people to expect, and how well the offer fits the people the ads bring."),
            actions: &[
                "Review lost deals: was it price, timing, or a gap between the ad's promise and the offer?",
                "Make the price or a price range clear before the handoff, so sales time goes to people who can buy.",
                "Follow up quickly and more than once: chat leads go cold within a day or two.",
            ],
            risk: Some("Discounting to close more can lift customers and sink revenue per customer: watch ROAS, not just the close rate."),
        },
        (None, Verdict::MeetsTargets) => Advice {
            causes: Some("Reach and creative: the chat and sales steps do their job, so more of the same kind of conversations is the lever."),
            actions: &[
                "Test new audiences or broader targeting, judged by cost per qualified conversation, not cost per message.",
                "Test new creative angles while keeping the message that attracts qualified people.",
                "Raise budget in steps and check that the step rates hold as volume grows.",
            ],
            risk: Some("Scaling fast usually brings in weaker prospects first: watch the qualification rate as spend grows."),
        },
        (None, Verdict::NothingClear) => Advice {
            causes: Some("The steps marked \"can't tell yet\": at today's volume their rates could be on either side of the target. The table says how many more conversations would settle each one."),
            actions: &[],
            risk: None,
        },
        _ => Advice {
            causes: Some("Enter every stage's count. A step is judged once enough people are at its starting stage and the counts shrink from stage to stage."),
            actions: &[],
            risk: None,
        },
    }
}
