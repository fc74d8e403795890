//! The data checks shown before any verdict: inconsistent or missing counts, an immature
//! window, and a rising cost per message.

use super::{CheckKind, DataCheck, StepAssessment, StepVerdict, COST_RISE_THRESHOLD};
use crate::core::basics::text::Sentence;
use crate::core::comparison::periods::PeriodCosts;
use crate::core::ladder::fields::Field;
use crate::core::ladder::targets::DiagnosisSettings;
use crate::core::ladder::{Ladder, MetricId, Stage, Step};

/// What a rising cost per message usually means, after the numbers.
const RISING_ADVICE: &str = ". That usually points at delivery: creative fatigue, weak relevance, audience saturation or rising competition. Check frequency, creative age and relevance before changing the chat.";

pub(super) fn checks(
    ladder: &Ladder,
    steps: &[StepAssessment],
    settings: &DiagnosisSettings,
) -> Vec<DataCheck> {
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
    if let Some(PeriodCosts { previous: previous_name, before, latest: latest_name, now }) =
        &settings.period_costs
    {
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

pub(super) fn where_to_find(field: Field) -> &'static str {
    match field {
        Field::Started => "from Ads Manager",
        Field::Replies => "from your inbox or chat tool",
        Field::Qualified => "from a chat audit or your CRM",
        Field::Handoffs => "from your CRM or booking tool",
        _ => "from your CRM or sales records",
    }
}

pub(super) fn join_words(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
