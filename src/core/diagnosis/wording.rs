//! The diagnosis in words with the user's numbers: evidence, the other steps below target,
//! the naive largest drop-off, cost per message against cost per customer, the summary, and
//! the step table's cells.

use super::advice::headline;
use super::{StepAssessment, StepVerdict, Verdict};
use crate::core::basics::text::Sentence;
use crate::core::ladder::targets::{DiagnosisSettings, Noun};
use crate::core::ladder::{Ladder, MetricId, Stage, Step, Value};

/// "78 of 390 replies qualified" style wording for a step.
pub(super) fn step_words(step: Step) -> &'static str {
    match step {
        Step::Reply => " conversations started got a reply: ",
        Step::Qualification => " replies qualified: ",
        Step::Handoff => " qualified conversations reached a sales handoff: ",
        Step::Close => " sales handoffs closed: ",
    }
}

/// The rate with its 95% range.
pub(super) fn rate_with_range(sentence: Sentence, a: &StepAssessment) -> Sentence {
    let mut s = sentence.percent(a.rate.unwrap_or(0.0));
    if let Some((lo, hi)) = a.interval {
        s = s.text(" (95% range ").percent_range(lo, hi).text(")");
    }
    s
}

pub(super) fn impact_sentence(a: &StepAssessment, outcome: Noun, lead: &str) -> Option<Sentence> {
    let e = a.impact?;
    if e.extra_customers <= 0.0 {
        return None;
    }
    let mut s = Sentence::new().text(lead).percent(a.target).text(" would mean ");
    s = more_outcomes(s, e.extra_customers, outcome);
    if let Some(cac) = e.cac {
        s = s.text(", CAC ").money(cac);
    }
    if let Some(rev) = e.extra_revenue {
        s = s.text(" and ").money(rev).text(" more revenue");
    }
    Some(s.text("."))
}

pub(super) fn evidence(
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

pub(super) fn cost_comparison(ladder: &Ladder, step: Step) -> Option<Sentence> {
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

pub(super) fn other_below(a: &StepAssessment, outcome: Noun) -> Sentence {
    let mut s = Sentence::new()
        .text(&format!("The {} step is also below target: ", a.step.name()))
        .percent(a.rate.unwrap_or(0.0))
        .text(" against ")
        .percent(a.target);
    if let Some(e) = a.impact.filter(|e| e.extra_customers > 0.0) {
        s = more_outcomes(s.text(", worth "), e.extra_customers, outcome).text(" at target");
    }
    if a.immature {
        s = s.text(" (provisional: the window is shorter than the sales cycle)");
    }
    s.text(".")
}

/// The article's rule of thumb (largest drop-off) against the target-based answer.
pub(super) fn naive(verdict: Verdict, steps: &[StepAssessment], outcome: Noun) -> Option<Sentence> {
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
pub(super) fn context(ladder: &Ladder, outcome: Noun) -> Option<Sentence> {
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
            .text(&format!(", one of your {outcome} "))
            .money(per_customer)
            .text(" in ad spend: it took about ")
            .count((started as f64 / customers as f64).round() as u64)
            .text(&format!(" conversations to win one {}.", outcome.one)),
    )
}

/// A paragraph for a client email: the ladder in one breath, the finding, the next step.
pub(super) fn summary(
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
                s = more_outcomes(s.text("; reaching it would mean "), e.extra_customers, outcome);
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

pub(super) fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().collect::<String>() + chars.as_str()).unwrap_or_default()
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

/// "about 14 more customers", "about 1 more customer", "less than 1 more customer": whole
/// people, and the noun agreeing with the count.
pub(super) fn more_outcomes(s: Sentence, extra: f64, outcome: Noun) -> Sentence {
    if extra < 0.5 {
        return s.text(&format!("less than 1 more {}", outcome.one));
    }
    let n = extra.round() as u64;
    s.text("about ").count(n).text(&format!(" more {}", outcome.of(n)))
}

/// The "if it reached its target" cell of the step table.
pub fn impact_text(a: &StepAssessment, outcome: Noun) -> Sentence {
    match (a.rate, a.impact) {
        (Some(rate), _) if rate >= a.target => Sentence::new().text("Already at or above target"),
        (_, None) => Sentence::new().text("Needs every stage's count to estimate"),
        (_, Some(e)) => {
            let mut s = if e.extra_customers < 0.5 {
                Sentence::new().text(&format!("less than 1 more {}", outcome.one))
            } else {
                let n = e.extra_customers.round() as u64;
                Sentence::new().text("+").count(n).text(&format!(" {}", outcome.of(n)))
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
