//! The diagnosis: which step really limits the business, said honestly. Each step rate is
//! judged against a target through its 95% Wilson interval, so a verdict is given only when
//! the data supports it. Data checks (inconsistent, missing or immature counts; a rising cost
//! per message) come before any verdict. The limiting step is the step firmly below target
//! whose reaching target would add the most customers. A pure function of the ladder and the
//! settings: the page only renders what [`diagnose`] returns.

use super::fields::Field;
use super::ladder::{Entry, Ladder, MetricId, Stage, Step, Value};
use super::stats::{trials_to_separate, wilson, Z95};
use super::targets::{BusinessType, DiagnosisSettings};
use super::text::Sentence;

/// What the data says about one step against its target.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StepVerdict {
    /// The whole 95% interval is below the target.
    Below,
    /// The whole 95% interval is above the target.
    Above,
    /// The interval contains the target; `more_started` more conversations started (at
    /// today's rates) would tell, when that can be said.
    CantTell { more_started: Option<u64> },
    /// Fewer than the minimum volume at the step's starting stage.
    NotEnoughData { have: u64, need: u64 },
    /// More reached the later stage than were in the earlier one.
    Inconsistent,
    /// A count is blank or invalid.
    Missing,
}

/// The effect on the last stage of changing one thing, others unchanged.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Effect {
    /// Customers (or accepted leads, orders) after the change.
    pub customers: f64,
    pub extra_customers: f64,
    /// All-in cost per customer after the change, when cost and customers are known.
    pub cac: Option<f64>,
    /// Extra revenue at today's revenue per customer, when that is known.
    pub extra_revenue: Option<f64>,
}

/// One step, judged.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepAssessment {
    pub step: Step,
    /// (reached, from) when both counts are known.
    pub counts: Option<(u64, u64)>,
    pub rate: Option<f64>,
    /// 95% Wilson interval of the rate.
    pub interval: Option<(f64, f64)>,
    pub target: f64,
    pub verdict: StepVerdict,
    /// A late step in a window shorter than the sales cycle: its verdict is provisional.
    pub immature: bool,
    /// What reaching the target would do (no change when already at or above it).
    pub impact: Option<Effect>,
}

/// The overall finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Firmly below target, with the largest impact of those that are.
    Limiting(Step),
    /// Only late steps in an immature window are below target: the largest one, provisionally.
    Provisional(Step),
    /// Every step is firmly at or above target: volume is the lever.
    MeetsTargets,
    /// No step is firmly below target, but not all are judged or clear.
    NothingClear,
    /// No step can be judged.
    NotEnoughData,
}

/// What a data check found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckKind {
    Inconsistent,
    Missing,
    Immature,
    CostPerMessageRising,
}

/// A data check's finding, shown before any verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct DataCheck {
    pub kind: CheckKind,
    pub message: Sentence,
}

/// One row of the lever ranking: a 10% relative improvement and what it does.
#[derive(Clone, Debug, PartialEq)]
pub struct Lever {
    pub name: &'static str,
    pub effect: Effect,
}

/// Everything the diagnosis panel shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnosis {
    pub verdict: Verdict,
    pub headline: String,
    /// What the numbers show, with the user's values and targets.
    pub evidence: Vec<Sentence>,
    /// Likely causes: where to look.
    pub causes: Option<&'static str>,
    /// Two to four things to try.
    pub actions: Vec<&'static str>,
    /// How fixing this can go too far.
    pub risk: Option<&'static str>,
    /// A line for each other step below target.
    pub others: Vec<Sentence>,
    pub checks: Vec<DataCheck>,
    pub steps: Vec<StepAssessment>,
    /// The naive "largest drop-off" and, where it disagrees, why.
    pub naive: Option<Sentence>,
    /// Every lever, most effective first.
    pub levers: Vec<Lever>,
    /// Cost per message set against cost per customer.
    pub context: Option<Sentence>,
    /// A paragraph to paste into a client email.
    pub summary: Sentence,
}

/// Relative improvement used for the lever ranking.
pub const LEVER_STEP: f64 = 0.10;

/// "Can't tell yet" names the extra volume needed only up to this multiple of today's.
pub const MAX_VOLUME_MULTIPLE: u64 = 100;

/// What a rising cost per message usually means, after the numbers.
const RISING_ADVICE: &str = ". That usually points at delivery: creative fatigue, weak relevance, audience saturation or rising competition. Check frequency, creative age and relevance before changing the chat.";

/// A rising cost per message is flagged above this relative increase.
pub const COST_RISE_THRESHOLD: f64 = 0.10;

/// Judges one step.
pub fn assess(ladder: &Ladder, step: Step, settings: &DiagnosisSettings) -> StepAssessment {
    let target = settings.target(step);
    let immature = matches!(step, Step::Handoff | Step::Close) && window_is_immature(settings);
    let counts = ladder.step_counts(step);
    let (rate, interval, verdict) = match counts {
        None => (None, None, StepVerdict::Missing),
        Some((reached, from)) if reached > from => {
            // More reached than started the step; with nothing at the start there is no rate.
            ((from > 0).then(|| reached as f64 / from as f64), None, StepVerdict::Inconsistent)
        }
        Some((reached, from)) => {
            let rate = (from > 0).then(|| reached as f64 / from as f64);
            let interval = wilson(reached, from, Z95);
            let verdict = match (rate, interval) {
                _ if from < settings.min_volume => {
                    StepVerdict::NotEnoughData { have: from, need: settings.min_volume }
                }
                (Some(_), Some((_, hi))) if hi < target => StepVerdict::Below,
                (Some(_), Some((lo, _))) if lo > target => StepVerdict::Above,
                (Some(rate), Some(_)) => {
                    StepVerdict::CantTell { more_started: more_started_to_tell(ladder, rate, target, from) }
                }
                _ => StepVerdict::NotEnoughData { have: from, need: settings.min_volume },
            };
            (rate, interval, verdict)
        }
    };
    let mut assessment =
        StepAssessment { step, counts, rate, interval, target, verdict, immature, impact: None };
    assessment.impact = rate.and_then(|r| step_effect(ladder, step, r.max(target)));
    assessment
}

fn window_is_immature(settings: &DiagnosisSettings) -> bool {
    matches!((settings.window_days, settings.sales_cycle_days), (Some(w), Some(c)) if w < c)
}

/// Conversations started beyond today's that would make the interval clear the target,
/// assuming the share reaching this step and its rate hold.
fn more_started_to_tell(ladder: &Ladder, rate: f64, target: f64, from: u64) -> Option<u64> {
    let started = ladder.input.started.given()?;
    let needed_at_step = trials_to_separate(rate, target)?;
    if from == 0 {
        return None;
    }
    let needed_started = (needed_at_step as f64 * started as f64 / from as f64).ceil() as u64;
    // Beyond a hundred times today's volume, the honest answer is "too close to call".
    (needed_started <= started.saturating_mul(MAX_VOLUME_MULTIPLE))
        .then(|| needed_started.saturating_sub(started))
}

/// The four step rates, when every count is known and consistent.
fn rates(ladder: &Ladder) -> Option<[f64; 4]> {
    let mut out = [0.0; 4];
    for step in Step::ALL {
        let (reached, from) = ladder.step_counts(step)?;
        if reached > from || from == 0 {
            return None;
        }
        out[step as usize] = reached as f64 / from as f64;
    }
    Some(out)
}

/// Spend plus other acquisition cost, when spend is known.
fn total_cost(ladder: &Ladder) -> Option<f64> {
    let spend = ladder.input.spend.given()?.as_f64();
    let other = match ladder.input.other_cost {
        Entry::Given(m) => m.as_f64(),
        Entry::Missing => 0.0,
        Entry::Invalid => return None,
    };
    Some(spend + other)
}

/// Builds an [`Effect`] from the customers after a change and the revenue multiplier.
fn effect(ladder: &Ladder, customers_after: f64, revenue_per_customer_factor: f64) -> Option<Effect> {
    let customers = ladder.input.customers.given()? as f64;
    let per_customer = ladder.metric(MetricId::RevenuePerCustomer).known();
    let revenue_now = ladder.input.revenue.given().map(|r| r.as_f64());
    let extra_revenue = match (per_customer, revenue_now) {
        (Some(per), Some(now)) => Some(customers_after * per * revenue_per_customer_factor - now),
        _ => None,
    };
    Some(Effect {
        customers: customers_after,
        extra_customers: customers_after - customers,
        cac: total_cost(ladder).filter(|_| customers_after > 0.0).map(|cost| cost / customers_after),
        extra_revenue,
    })
}

/// The effect of one step's rate becoming `new_rate`, the rest of the ladder unchanged.
fn step_effect(ladder: &Ladder, step: Step, new_rate: f64) -> Option<Effect> {
    let started = ladder.input.started.given()? as f64;
    let mut rates = rates_allowing_zero_at(ladder, step)?;
    rates[step as usize] = new_rate.min(1.0);
    effect(ladder, started * rates.iter().product::<f64>(), 1.0)
}

/// Like [`rates`], but a zero rate at `step` is allowed to leave later denominators at zero
/// only when `step` is the last one (close), since then nothing after it is needed.
fn rates_allowing_zero_at(ladder: &Ladder, step: Step) -> Option<[f64; 4]> {
    if let Some(r) = rates(ladder) {
        return Some(r);
    }
    if step != Step::Close {
        return None;
    }
    let mut out = [0.0; 4];
    for s in Step::ALL {
        let (reached, from) = ladder.step_counts(s)?;
        if reached > from || (from == 0 && s != Step::Close) {
            return None;
        }
        out[s as usize] = if from == 0 { 0.0 } else { reached as f64 / from as f64 };
    }
    Some(out)
}

/// Every lever at a 10% relative improvement, most effective first.
pub fn levers(ladder: &Ladder, outcome: &'static str) -> Vec<Lever> {
    let (Some(rates), Some(customers)) = (rates(ladder), ladder.input.customers.given()) else {
        return Vec::new();
    };
    if customers == 0 {
        return Vec::new();
    }
    let customers = customers as f64;
    let mut out = Vec::new();
    if let Some(e) = effect(ladder, customers / (1.0 - LEVER_STEP), 1.0) {
        out.push(Lever { name: "Cost per message 10% lower (same spend)", effect: e });
    }
    let names = [
        "Reply rate 10% higher",
        "Qualification rate 10% higher",
        "Handoff rate 10% higher",
        "Close rate 10% higher",
    ];
    for step in Step::ALL {
        let rate = rates[step as usize];
        let lifted = (rate * (1.0 + LEVER_STEP)).min(1.0);
        if let Some(e) = effect(ladder, customers * lifted / rate, 1.0) {
            out.push(Lever { name: names[step as usize], effect: e });
        }
    }
    if let Some(e) = effect(ladder, customers, 1.0 + LEVER_STEP) {
        out.push(Lever {
            name: match outcome {
                "orders" => "Revenue per order 10% higher",
                "accepted leads" => "Revenue per accepted lead 10% higher",
                _ => "Revenue per customer 10% higher",
            },
            effect: e,
        });
    }
    // Rounded keys, so levers equal but for float noise tie and keep ladder order.
    let key = |l: &Lever| {
        (
            (l.effect.extra_revenue.unwrap_or(0.0) * 100.0).round() as i64,
            (l.effect.extra_customers * 1e6).round() as i64,
        )
    };
    out.sort_by_key(|l| std::cmp::Reverse(key(l)));
    out
}

/// Names the step that limits the business, with evidence, causes, actions and risks.
pub fn diagnose(ladder: &Ladder, settings: &DiagnosisSettings) -> Diagnosis {
    let outcome = settings.business.outcome();
    let steps: Vec<StepAssessment> = Step::ALL.iter().map(|&s| assess(ladder, s, settings)).collect();
    let shortfall = |a: &StepAssessment| match a.rate {
        Some(r) if r > 0.0 => a.target / r,
        _ => f64::INFINITY,
    };
    let largest = |filter: &dyn Fn(&StepAssessment) -> bool| {
        steps
            .iter()
            .filter(|a| filter(a))
            .max_by(|a, b| shortfall(a).total_cmp(&shortfall(b)))
            .map(|a| a.step)
    };
    let judged = steps
        .iter()
        .filter(|a| {
            matches!(a.verdict, StepVerdict::Below | StepVerdict::Above | StepVerdict::CantTell { .. })
        })
        .count();
    let verdict = if let Some(step) = largest(&|a| a.verdict == StepVerdict::Below && !a.immature) {
        Verdict::Limiting(step)
    } else if let Some(step) = largest(&|a| a.verdict == StepVerdict::Below) {
        Verdict::Provisional(step)
    } else if steps.iter().all(|a| a.verdict == StepVerdict::Above) {
        Verdict::MeetsTargets
    } else if judged == 0 {
        Verdict::NotEnoughData
    } else {
        Verdict::NothingClear
    };

    let advice = advice(verdict, settings.business);
    let named = match verdict {
        Verdict::Limiting(s) | Verdict::Provisional(s) => Some(s),
        _ => None,
    };
    let others = steps
        .iter()
        .filter(|a| a.verdict == StepVerdict::Below && Some(a.step) != named)
        .map(|a| other_below(a, outcome))
        .collect();
    Diagnosis {
        verdict,
        headline: headline(verdict, settings.business),
        evidence: evidence(ladder, verdict, &steps, settings),
        causes: advice.causes,
        actions: advice.actions.to_vec(),
        risk: advice.risk,
        others,
        checks: checks(ladder, &steps, settings),
        naive: naive(verdict, &steps, outcome),
        levers: levers(ladder, outcome),
        context: context(ladder, outcome),
        summary: summary(ladder, verdict, &steps, settings, advice.actions.first().copied()),
        steps,
    }
}

fn headline(verdict: Verdict, business: BusinessType) -> String {
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
struct Advice {
    causes: Option<&'static str>,
    actions: &'static [&'static str],
    risk: Option<&'static str>,
}

fn advice(verdict: Verdict, business: BusinessType) -> Advice {
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

/// "78 of 390 replies qualified" style wording for a step.
fn step_words(step: Step) -> &'static str {
    match step {
        Step::Reply => " conversations started got a reply: ",
        Step::Qualification => " replies qualified: ",
        Step::Handoff => " qualified conversations reached a sales handoff: ",
        Step::Close => " sales handoffs closed: ",
    }
}

/// The rate with its 95% range.
fn rate_with_range(sentence: Sentence, a: &StepAssessment) -> Sentence {
    let mut s = sentence.percent(a.rate.unwrap_or(0.0));
    if let Some((lo, hi)) = a.interval {
        s = s.text(" (95% range ").percent(lo).text("–").percent(hi).text(")");
    }
    s
}

fn impact_sentence(a: &StepAssessment, outcome: &str, lead: &str) -> Option<Sentence> {
    let e = a.impact?;
    if e.extra_customers <= 0.0 {
        return None;
    }
    let mut s = Sentence::new()
        .text(lead)
        .percent(a.target)
        .text(" would mean about ")
        .count(e.extra_customers.round() as u64)
        .text(&format!(" more {outcome}"));
    if let Some(cac) = e.cac {
        s = s.text(", CAC ").money(cac);
    }
    if let Some(rev) = e.extra_revenue {
        s = s.text(" and ").money(rev).text(" more revenue");
    }
    Some(s.text("."))
}

fn evidence(
    ladder: &Ladder,
    verdict: Verdict,
    steps: &[StepAssessment],
    settings: &DiagnosisSettings,
) -> Vec<Sentence> {
    let outcome = settings.business.outcome();
    match verdict {
        Verdict::Limiting(step) | Verdict::Provisional(step) => {
            let a = &steps[step as usize];
            let Some((reached, from)) = a.counts else { return Vec::new() };
            let mut out = vec![rate_with_range(
                Sentence::new().count(reached).text(" of ").count(from).text(step_words(step)),
                a,
            )
            .text(", below the ")
            .percent(a.target)
            .text(" target.")];
            if let Some(s) = impact_sentence(a, outcome, "Reaching ") {
                out.push(s);
            }
            if let Some(s) = cost_comparison(ladder, step) {
                out.push(s);
            }
            if a.immature {
                out.push(Sentence::new().text(
                    "The reporting window is shorter than the sales cycle, so some of these deals may still close: treat this as provisional.",
                ));
            }
            out
        }
        Verdict::MeetsTargets => {
            let (Some(c), Some(s)) = (ladder.input.customers.given(), ladder.input.started.given()) else {
                return Vec::new();
            };
            vec![Sentence::new()
                .text("Every step's 95% range is above its target; ")
                .count(s)
                .text(" conversations brought ")
                .count(c)
                .text(&format!(" {outcome}."))]
        }
        Verdict::NothingClear => steps
            .iter()
            .filter_map(|a| match a.verdict {
                StepVerdict::CantTell { more_started } => {
                    let s = rate_with_range(Sentence::new().text(&format!("The {} rate ", a.step.name())), a)
                        .text(" could be on either side of the ")
                        .percent(a.target)
                        .text(" target");
                    Some(match more_started {
                        Some(more) => {
                            s.text(": about ").count(more).text(" more conversations started would tell.")
                        }
                        None => {
                            s.text(": it sits so close to the target that more volume won't separate them.")
                        }
                    })
                }
                _ => None,
            })
            .collect(),
        Verdict::NotEnoughData => vec![Sentence::new()
            .text("Each step needs at least ")
            .count(settings.min_volume)
            .text(" people at its starting stage, and consistent counts, before its rate means much.")],
    }
}

fn cost_comparison(ladder: &Ladder, step: Step) -> Option<Sentence> {
    let (id, words) = match step {
        Step::Reply => return None,
        Step::Qualification => (MetricId::CostPerQualified, "Each qualified conversation costs "),
        Step::Handoff => (MetricId::CostPerHandoff, "Each sales handoff costs "),
        Step::Close => (MetricId::Cpa, "Each customer costs "),
    };
    let cost = ladder.metric(id).known()?;
    let per_message = ladder.metric(MetricId::CostPerMessage).known().filter(|v| *v > 0.0)?;
    Some(
        Sentence::new()
            .text(words)
            .money(cost)
            .text(" in ad spend, ")
            .multiple(cost / per_message)
            .text(" the ")
            .money(per_message)
            .text(" cost per message."),
    )
}

fn other_below(a: &StepAssessment, outcome: &str) -> Sentence {
    let mut s = Sentence::new()
        .text(&format!("The {} step is also below target: ", a.step.name()))
        .percent(a.rate.unwrap_or(0.0))
        .text(" against ")
        .percent(a.target);
    if let Some(e) = a.impact.filter(|e| e.extra_customers > 0.0) {
        s = s
            .text(", worth about ")
            .count(e.extra_customers.round() as u64)
            .text(&format!(" more {outcome} at target"));
    }
    if a.immature {
        s = s.text(" (provisional: the window is shorter than the sales cycle)");
    }
    s.text(".")
}

fn checks(ladder: &Ladder, steps: &[StepAssessment], settings: &DiagnosisSettings) -> Vec<DataCheck> {
    let mut out = Vec::new();
    for a in steps {
        if let (StepVerdict::Inconsistent, Some((reached, from))) = (a.verdict, a.counts) {
            out.push(DataCheck {
                kind: CheckKind::Inconsistent,
                message: Sentence::new()
                    .text(&format!("Counts look inconsistent: {} (", a.step.to().label().to_lowercase()))
                    .count(reached)
                    .text(&format!(") is larger than {} (", a.step.from().label().to_lowercase()))
                    .count(from)
                    .text(&format!(
                        "). Check how conversations are tagged; there is no verdict on the {} step until the counts agree.",
                        a.step.name()
                    )),
            });
        }
    }
    let missing: Vec<Stage> =
        Stage::ALL.into_iter().filter(|s| ladder.stage(*s).count.given().is_none()).collect();
    if let Some(first) = missing.first() {
        let stops_at = Stage::ALL.iter().take_while(|s| *s != first).last();
        let names: Vec<String> = missing.iter().map(|s| s.label().to_lowercase()).collect();
        let blind: Vec<&str> = Step::ALL
            .iter()
            .filter(|s| missing.contains(&s.from()) || missing.contains(&s.to()))
            .map(|s| s.name())
            .collect();
        let start = match stops_at {
            Some(s) => format!("The ladder stops at {}. ", s.label().to_lowercase()),
            None => "The ladder has no starting count. ".to_string(),
        };
        out.push(DataCheck {
            kind: CheckKind::Missing,
            message: Sentence::new().text(&format!(
                "{start}Add {} ({}) to judge the {} {}.",
                join_words(&names),
                missing.iter().map(|s| where_to_find(s.field())).collect::<Vec<_>>().join("; "),
                join_words(&blind.iter().map(|s| s.to_string()).collect::<Vec<_>>()),
                if blind.len() == 1 { "step" } else { "steps" }
            )),
        });
    }
    if let (Some(window), Some(cycle)) = (settings.window_days, settings.sales_cycle_days) {
        if window < cycle {
            out.push(DataCheck {
                kind: CheckKind::Immature,
                message: Sentence::new()
                    .text("Results may be immature: the ")
                    .count(window)
                    .text(if settings.window_from_data {
                        "-day reporting window (from the imported dates) is shorter than the "
                    } else {
                        "-day reporting window is shorter than the "
                    })
                    .count(cycle)
                    .text("-day sales cycle, so late stages will still grow. Handoff and close verdicts are provisional."),
            });
        }
    }
    if let Some((previous_name, before, latest_name, now)) = &settings.period_costs {
        if *before > 0.0 && *now > before * (1.0 + COST_RISE_THRESHOLD) {
            out.push(DataCheck {
                kind: CheckKind::CostPerMessageRising,
                message: Sentence::new()
                    .text("Cost per message rose from ")
                    .money(*before)
                    .text(&format!(" in {previous_name} to "))
                    .money(*now)
                    .text(&format!(" in {latest_name} (+"))
                    .percent(now / before - 1.0)
                    .text(")")
                    .text(RISING_ADVICE),
            });
        }
    }
    if let (Some(previous), Some(now)) =
        (settings.previous_cost_per_message, ladder.metric(MetricId::CostPerMessage).known())
    {
        let before = previous.as_f64();
        if before > 0.0 && now > before * (1.0 + COST_RISE_THRESHOLD) {
            out.push(DataCheck {
                kind: CheckKind::CostPerMessageRising,
                message: Sentence::new()
                    .text("Cost per message rose from ")
                    .money(before)
                    .text(" to ")
                    .money(now)
                    .text(" (+")
                    .percent(now / before - 1.0)
                    .text(") since last period")
                    .text(RISING_ADVICE),
            });
        }
    }
    out
}

fn where_to_find(field: Field) -> &'static str {
    match field {
        Field::Started => "from Ads Manager",
        Field::Replies => "from your inbox or chat tool",
        Field::Qualified => "from a chat audit or your CRM",
        Field::Handoffs => "from your CRM or booking tool",
        _ => "from your CRM or sales records",
    }
}

fn join_words(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The article's rule of thumb (largest drop-off) against the target-based answer.
fn naive(verdict: Verdict, steps: &[StepAssessment], outcome: &str) -> Option<Sentence> {
    let Verdict::Limiting(limiting) = verdict else { return None };
    let biggest = steps
        .iter()
        .filter(|a| a.rate.is_some() && a.verdict != StepVerdict::Inconsistent)
        .min_by(|a, b| a.rate.unwrap_or(1.0).total_cmp(&b.rate.unwrap_or(1.0)))?;
    let lost = 1.0 - biggest.rate?;
    if biggest.step == limiting {
        return Some(
            Sentence::new()
                .text("This is also the largest drop-off on the ladder (")
                .percent(lost)
                .text(" lost at this step)."),
        );
    }
    let mut s = Sentence::new()
        .text(&format!("The largest drop-off is at the {} step (", biggest.step.name()))
        .percent(lost)
        .text(&format!(
            " lost), but {} rates are naturally lower than the others: against its ",
            biggest.step.name()
        ))
        .percent(biggest.target)
        .text(" target it is ");
    s = s.text(match biggest.verdict {
        StepVerdict::Above => "doing well",
        StepVerdict::Below => "also short",
        _ => "not clearly short",
    });
    Some(s.text(&format!(", while the {} step costs more {outcome}.", limiting.name())))
}

/// Cost per message set against cost per customer: the gap this tool exists to show.
fn context(ladder: &Ladder, outcome: &str) -> Option<Sentence> {
    let per_message = ladder.metric(MetricId::CostPerMessage).known()?;
    let per_customer = ladder.metric(MetricId::Cpa).known()?;
    let started = ladder.stage(Stage::Started).count.given()?;
    let customers = ladder.stage(Stage::Customer).count.given().filter(|c| *c > 0)?;
    if customers > started {
        return None;
    }
    let singular = outcome.strip_suffix('s').unwrap_or(outcome);
    Some(
        Sentence::new()
            .text("A message costs ")
            .money(per_message)
            .text(&format!(", one of your {outcome} "))
            .money(per_customer)
            .text(" in ad spend: it took about ")
            .count((started as f64 / customers as f64).round() as u64)
            .text(&format!(" conversations to win one {singular}.")),
    )
}

/// A paragraph for a client email: the ladder in one breath, the finding, the next step.
fn summary(
    ladder: &Ladder,
    verdict: Verdict,
    steps: &[StepAssessment],
    settings: &DiagnosisSettings,
    first_action: Option<&str>,
) -> Sentence {
    let outcome = settings.business.outcome();
    let input = &ladder.input;
    let mut s = Sentence::new();
    if let (Some(spend), Some(started)) = (input.spend.given(), input.started.given()) {
        s = s.money(spend.as_f64()).text(" in ad spend started ").count(started).text(" conversations");
        if let Value::Known(cpm) = ladder.metric(MetricId::CostPerMessage) {
            s = s.text(" at ").money(cpm).text(" each");
        }
        s = s.text(". ");
    }
    let counts = [input.replies, input.qualified, input.handoffs, input.customers].map(|e| e.given());
    if let [Some(r), Some(q), Some(h), Some(c)] = counts {
        let rate = |step: Step| steps[step as usize].rate.unwrap_or(0.0);
        s = s
            .count(r)
            .text(" replied (")
            .percent(rate(Step::Reply))
            .text("), ")
            .count(q)
            .text(" qualified (")
            .percent(rate(Step::Qualification))
            .text("), ")
            .count(h)
            .text(" reached sales (")
            .percent(rate(Step::Handoff))
            .text(") and ")
            .count(c)
            .text(&format!(" became {outcome} ("))
            .percent(rate(Step::Close))
            .text(")");
        if let Value::Known(cac) = ladder.metric(MetricId::Cac) {
            s = s.text(", at ").money(cac).text(" each all-in");
        }
        if let Value::Known(roas) = ladder.metric(MetricId::Roas) {
            s = s.text(" and a ROAS of ").multiple(roas);
        }
        s = s.text(". ");
    }
    match verdict {
        Verdict::Limiting(step) | Verdict::Provisional(step) => {
            let a = &steps[step as usize];
            s = s
                .text(&format!("The step holding results back is {}: ", step.name()))
                .percent(a.rate.unwrap_or(0.0))
                .text(" against a ")
                .percent(a.target)
                .text(" target");
            if verdict == Verdict::Provisional(step) {
                s = s.text(" (provisional, as the window is shorter than the sales cycle)");
            }
            if let Some(e) = a.impact.filter(|e| e.extra_customers > 0.0) {
                s = s
                    .text("; reaching it would mean about ")
                    .count(e.extra_customers.round() as u64)
                    .text(&format!(" more {outcome}"));
            }
            s = s.text(". ");
            if let Some(action) = first_action {
                s = s.text("First thing to try: ").text(&lowercase_first(action));
            }
        }
        _ => s = s.text(&headline(verdict, settings.business)).text("."),
    }
    s
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().collect::<String>() + chars.as_str()).unwrap_or_default()
}

impl StepVerdict {
    /// A stable identifier, for styling.
    pub fn id(self) -> &'static str {
        match self {
            StepVerdict::Below => "below",
            StepVerdict::Above => "above",
            StepVerdict::CantTell { .. } => "cant-tell",
            StepVerdict::NotEnoughData { .. } => "not-enough-data",
            StepVerdict::Inconsistent => "inconsistent",
            StepVerdict::Missing => "missing",
        }
    }
}

impl Verdict {
    /// The short badge above the headline.
    pub fn badge(self) -> String {
        match self {
            Verdict::Limiting(step) => format!("Limiting step: {}", step.name()),
            Verdict::Provisional(step) => format!("Provisional: {}", step.name()),
            Verdict::MeetsTargets => "All steps on target".to_string(),
            Verdict::NothingClear => "No clear weak step".to_string(),
            Verdict::NotEnoughData => "Not enough data".to_string(),
        }
    }
}

/// The verdict cell of the step table.
pub fn verdict_text(a: &StepAssessment) -> Sentence {
    let s = match a.verdict {
        StepVerdict::Below => Sentence::new().text("Below target"),
        StepVerdict::Above => Sentence::new().text("Above target"),
        StepVerdict::CantTell { more_started: Some(more) } => {
            Sentence::new().text("Can’t tell yet: about ").count(more).text(" more conversations would tell")
        }
        StepVerdict::CantTell { more_started: None } => {
            Sentence::new().text("Can’t tell: too close to the target to separate")
        }
        StepVerdict::NotEnoughData { have, need } => {
            Sentence::new().text("Not enough data (").count(have).text(" of ").count(need).text(" needed)")
        }
        StepVerdict::Inconsistent => Sentence::new().text("Counts inconsistent"),
        StepVerdict::Missing => Sentence::new().text("Counts missing"),
    };
    if a.immature
        && matches!(a.verdict, StepVerdict::Below | StepVerdict::Above | StepVerdict::CantTell { .. })
    {
        s.text(" (provisional)")
    } else {
        s
    }
}

/// The "if it reached its target" cell of the step table.
pub fn impact_text(a: &StepAssessment, outcome: &str) -> Sentence {
    match (a.rate, a.impact) {
        (Some(rate), _) if rate >= a.target => Sentence::new().text("Already at or above target"),
        (_, None) => Sentence::new().text("Needs every stage's count to estimate"),
        (_, Some(e)) => {
            let mut s = if e.extra_customers < 0.5 {
                Sentence::new().text(&format!("+less than 1 of your {outcome}"))
            } else {
                Sentence::new().text("+").count(e.extra_customers.round() as u64).text(&format!(" {outcome}"))
            };
            if let Some(cac) = e.cac {
                s = s.text(", CAC ").money(cac);
            }
            if let Some(revenue) = e.extra_revenue {
                s = s.text(", +").money(revenue).text(" revenue");
            }
            s
        }
    }
}

/// One line under the lever table on why the levers come out so close.
pub const LEVER_NOTE: &str = "The ladder multiplies its rates, so a 10% lift at any step lifts the last stage by the same 10%, unless that step is already near 100%. The steps furthest below target are usually where a 10% lift is cheapest to get.";
