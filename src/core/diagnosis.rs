//! First-version diagnosis: which step of the ladder to work on, in plain words. A pure function
//! of the [`Ladder`]: each step rate is compared with a rough reference rate, thin or
//! inconsistent steps are set aside instead of judged, and the step furthest below its reference
//! is named. A later, statistically careful engine replaces [`diagnose`] behind the same output.

use super::ladder::{Ladder, MetricId, Stage, Step, Value};
use super::text::Sentence;

/// A step's rate means little below this many at its starting stage.
pub const MIN_DENOMINATOR: u64 = 30;

/// Fewer customers than this, with every step healthy, reads as "too little volume".
pub const LOW_VOLUME_CUSTOMERS: u64 = 10;

/// Rough reference rates used until targets can be set: starting points, not benchmarks.
pub fn reference_rate(step: Step) -> f64 {
    match step {
        Step::Reply => 0.60,
        Step::Qualification => 0.40,
        Step::Handoff => 0.50,
        Step::Close => 0.25,
    }
}

/// What could be said about one step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StepStatus {
    /// Measured on enough data: `reached` of `from` made it, a rate of `rate`.
    Measured { rate: f64, reached: u64, from: u64 },
    /// Too few at the starting stage to judge.
    TooThin { reached: u64, from: u64 },
    /// More reached the later stage than were in the earlier one.
    Inconsistent { reached: u64, from: u64 },
    /// One of the two counts is blank or invalid.
    Missing,
}

/// The overall finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// This step is furthest below its reference.
    Weakest(Step),
    /// Every measured step is at or above reference, but few customers come out.
    LowVolume,
    /// Every measured step is at or above reference, and volume is fine.
    NoneStandsOut,
    /// No step has enough consistent data to judge.
    NotEnoughData,
}

/// Everything the diagnosis panel shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnosis {
    pub verdict: Verdict,
    pub headline: String,
    /// What the numbers show, with the user's values.
    pub evidence: Vec<Sentence>,
    /// Where to look for the cause.
    pub look_at: Option<String>,
    /// Concrete things to try.
    pub actions: Vec<&'static str>,
    /// The way fixing this can go too far.
    pub risk: Option<&'static str>,
    /// Other steps below reference, thin data and inconsistent counts.
    pub notes: Vec<Sentence>,
    /// Cost per message set against cost per customer.
    pub context: Option<Sentence>,
    pub steps: Vec<(Step, StepStatus)>,
}

/// Judges one step from the ladder's counts.
pub fn step_status(ladder: &Ladder, step: Step) -> StepStatus {
    match ladder.step_counts(step) {
        None => StepStatus::Missing,
        Some((reached, from)) if reached > from => StepStatus::Inconsistent { reached, from },
        Some((reached, from)) if from < MIN_DENOMINATOR => StepStatus::TooThin { reached, from },
        Some((reached, from)) => StepStatus::Measured { rate: reached as f64 / from as f64, reached, from },
    }
}

/// Names the step to work on and says why, with what to look at and try.
pub fn diagnose(ladder: &Ladder) -> Diagnosis {
    let steps: Vec<(Step, StepStatus)> = Step::ALL.iter().map(|&s| (s, step_status(ladder, s))).collect();
    let measured: Vec<(Step, f64)> = steps
        .iter()
        .filter_map(|(step, status)| match status {
            StepStatus::Measured { rate, .. } => Some((*step, rate / reference_rate(*step))),
            _ => None,
        })
        .collect();
    let weakest = measured
        .iter()
        .copied()
        .filter(|(_, ratio)| *ratio < 1.0)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(step, _)| step);
    let customers = ladder.input.customers.given();
    let verdict = match weakest {
        Some(step) => Verdict::Weakest(step),
        None if measured.is_empty() => Verdict::NotEnoughData,
        None if customers.is_some_and(|c| c < LOW_VOLUME_CUSTOMERS) => Verdict::LowVolume,
        None => Verdict::NoneStandsOut,
    };

    let mut notes = Vec::new();
    for (step, status) in &steps {
        match *status {
            StepStatus::Measured { rate, .. } if Some(*step) != weakest && rate < reference_rate(*step) => {
                notes.push(
                    Sentence::new()
                        .text(&format!("The {} step is also below its reference: ", step.name()))
                        .percent(rate)
                        .text(" against ")
                        .percent(reference_rate(*step))
                        .text("."),
                );
            }
            StepStatus::TooThin { from, .. } => notes.push(
                Sentence::new()
                    .text(&format!("The {} rate rests on only ", step.name()))
                    .count(from)
                    .text(&format!(
                        " {}: too few to judge (it takes at least ",
                        step.from().label().to_lowercase()
                    ))
                    .count(MIN_DENOMINATOR)
                    .text(")."),
            ),
            StepStatus::Inconsistent { reached, from } => notes.push(
                Sentence::new()
                    .text(&format!("{} (", step.to().label()))
                    .count(reached)
                    .text(&format!(") is larger than {} (", step.from().label().to_lowercase()))
                    .count(from)
                    .text(&format!(
                        "), so the {} step is left out: check how conversations are tagged.",
                        step.name()
                    )),
            ),
            _ => {}
        }
    }

    let advice = advice(verdict);
    Diagnosis {
        verdict,
        headline: advice.headline.to_string(),
        evidence: evidence(ladder, verdict, &steps),
        look_at: advice.look_at.map(str::to_string),
        actions: advice.actions.to_vec(),
        risk: advice.risk,
        notes,
        context: context(ladder),
        steps,
    }
}

/// The fixed words for each verdict.
struct Advice {
    headline: &'static str,
    look_at: Option<&'static str>,
    actions: &'static [&'static str],
    risk: Option<&'static str>,
}

fn advice(verdict: Verdict) -> Advice {
    match verdict {
        Verdict::Weakest(Step::Reply) => Advice {
            headline: "Most chats end after the first message",
            look_at: Some("The first response: how fast it arrives, whether it is easy to answer, and whether it matches what the ad promised."),
            actions: &[
                "Answer within minutes while the ads are running; an instant first reply that asks one question beats a slow perfect one.",
                "Open with a single easy question tied to the ad's offer instead of a menu or a wall of text.",
                "Check that the ad makes clear what the chat is for, so people arrive ready to talk.",
            ],
            risk: Some("A pushier opener can lift replies from people who were never going to buy: watch the qualification rate as you change it."),
        },
        Verdict::Weakest(Step::Qualification) => Advice {
            headline: "Chats are cheap, but few are a fit",
            look_at: Some("Who the ads attract and what they promise, and whether the chat asks the questions that separate buyers from browsers."),
            actions: &[
                "Say in the ad who the offer is for (area, budget, use case) so poor fits don't start chats.",
                "Move budget away from audiences and placements that bring many chats but few qualified ones.",
                "Ask one or two qualifying questions early in the chat: need, timing, location or budget.",
                "Write down what \"qualified\" means and tag it the same way every time.",
            ],
            risk: Some("Don't pile questions on up front: heavy qualification also turns away real buyers who wanted a quick answer first. Expect cost per message to rise a little; judge by cost per qualified conversation."),
        },
        Verdict::Weakest(Step::Handoff) => Advice {
            headline: "Qualified chats stall before they reach sales",
            look_at: Some("The step from chat to booking, quote, call or checkout: how fast it happens and how clearly it is offered."),
            actions: &[
                "Offer the next step (booking link, call slot, quote form) as soon as someone qualifies.",
                "Measure the time from qualified to first contact by sales, and cut it.",
                "Make sure every handoff is tagged; handoffs that aren't recorded look like drop-off.",
            ],
            risk: Some("Rushing everyone to a call can lose people who wanted a price or an answer in the chat first."),
        },
        Verdict::Weakest(Step::Close) => Advice {
            headline: "Handoffs don't turn into customers",
            look_at: Some("The sales process, pricing, what the chat led people to expect, and how well the offer fits the people the ads bring."),
            actions: &[
                "Review lost deals: was it price, timing, or a gap between the ad's promise and the offer?",
                "Make the price or a price range clear before the handoff, so sales time goes to people who can buy.",
                "Follow up quickly and more than once: chat leads go cold within a day or two.",
            ],
            risk: Some("Discounting to close more can lift customers and sink revenue per customer: watch ROAS, not just the close rate."),
        },
        Verdict::LowVolume => Advice {
            headline: "The ladder works, but it is small",
            look_at: Some("Reach and creative: the chat and sales steps are doing their job, so more of the right conversations is the lever."),
            actions: &[
                "Test new audiences or broader targeting, judged by cost per qualified conversation, not cost per message.",
                "Test new creative angles while keeping the message that attracts qualified people.",
                "Raise budget in steps and check that the step rates hold as volume grows.",
            ],
            risk: Some("Scaling fast usually brings in weaker prospects first: watch the qualification rate as spend grows."),
        },
        Verdict::NoneStandsOut => Advice {
            headline: "No step stands out",
            look_at: Some("Every measured step is at or above its reference rate. Compare periods or campaigns to find where there is room left."),
            actions: &[],
            risk: None,
        },
        Verdict::NotEnoughData => Advice {
            headline: "Not enough data to name a weak step yet",
            look_at: Some("Enter the counts for each stage. A step is judged once at least 30 people are at its starting stage and the counts shrink from stage to stage."),
            actions: &[],
            risk: None,
        },
    }
}

fn evidence(ladder: &Ladder, verdict: Verdict, steps: &[(Step, StepStatus)]) -> Vec<Sentence> {
    let Verdict::Weakest(step) = verdict else {
        if verdict == Verdict::LowVolume {
            if let (Some(customers), Some(started)) =
                (ladder.input.customers.given(), ladder.input.started.given())
            {
                return vec![Sentence::new()
                    .text("Every measured step is at or above its reference, but only ")
                    .count(customers)
                    .text(if customers == 1 { " customer came from " } else { " customers came from " })
                    .count(started)
                    .text(" conversations.")];
            }
        }
        return Vec::new();
    };
    let Some(&(_, StepStatus::Measured { rate, reached, from })) = steps.iter().find(|(s, _)| *s == step)
    else {
        return Vec::new();
    };
    let what = match step {
        Step::Reply => " conversations started got a reply: ",
        Step::Qualification => " replies qualified: ",
        Step::Handoff => " qualified conversations reached a sales handoff: ",
        Step::Close => " sales handoffs became customers: ",
    };
    let mut out = vec![Sentence::new()
        .count(reached)
        .text(" of ")
        .count(from)
        .text(what)
        .percent(rate)
        .text(", against a reference of ")
        .percent(reference_rate(step))
        .text(".")];
    let cost_metric = match step {
        Step::Reply => None,
        Step::Qualification => Some((MetricId::CostPerQualified, "Each qualified conversation costs ")),
        Step::Handoff => Some((MetricId::CostPerHandoff, "Each sales handoff costs ")),
        Step::Close => Some((MetricId::Cpa, "Each customer costs ")),
    };
    if let Some((id, words)) = cost_metric {
        if let (Value::Known(cost), Value::Known(per_message)) =
            (ladder.metric(id), ladder.metric(MetricId::CostPerMessage))
        {
            if per_message > 0.0 {
                out.push(
                    Sentence::new()
                        .text(words)
                        .money(cost)
                        .text(" in ad spend, ")
                        .multiple(cost / per_message)
                        .text(" the ")
                        .money(per_message)
                        .text(" cost per message."),
                );
            }
        }
    }
    if step == Step::Reply {
        if let Some(started) = ladder.input.started.given() {
            out.push(
                Sentence::new()
                    .text("Every conversation that goes quiet is spend with no chance to qualify: ")
                    .count(started.saturating_sub(reached))
                    .text(" of them here."),
            );
        }
    }
    out
}

/// Cost per message against cost per customer: the gap this tool exists to show.
fn context(ladder: &Ladder) -> Option<Sentence> {
    let per_message = ladder.metric(MetricId::CostPerMessage).known()?;
    let per_customer = ladder.metric(MetricId::Cpa).known()?;
    let started = ladder.stage(Stage::Started).count.given()?;
    let customers = ladder.stage(Stage::Customer).count.given().filter(|c| *c > 0)?;
    if customers > started {
        return None;
    }
    Some(
        Sentence::new()
            .text("A message costs ")
            .money(per_message)
            .text(", a customer ")
            .money(per_customer)
            .text(" in ad spend: it took about ")
            .count((started as f64 / customers as f64).round() as u64)
            .text(" conversations to win one customer."),
    )
}
