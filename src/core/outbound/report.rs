//! The client report: what its heading says (the workspace's name, which numbers and their
//! period, the date), and the same report as Markdown for an email or Slack.

use crate::core::basics::dates::{period_name, Period};
use crate::core::basics::text::{Formatter, DASH};
use crate::core::comparison::funnel_plot::{default_step, funnel_plot};
use crate::core::comparison::inversion::SHOWN_INVERSIONS;
use crate::core::diagnosis::Diagnosis;
use crate::core::ladder::{Entry, Ladder, Unit};
use crate::core::message::{Arg, Id, Message};
use crate::core::workspace::period_compare::PeriodComparison;
use crate::core::workspace::{Evaluation, Source, Workspace};

/// The report's title and the line under it: "Acme Dental" and "All imported segments,
/// October 2026 · printed 2026-12-01".
pub fn heading(name: &str, workspace: &Workspace, now: f64) -> (String, Message) {
    let span = |segments: &[crate::core::comparison::segment::Segment]| {
        let starts = segments.iter().filter_map(|s| s.period.as_ref()).map(|p| p.start.clone()).min()?;
        let ends = segments.iter().filter_map(|s| s.period.as_ref()).map(|p| p.end.clone()).max()?;
        Some(period_name(&Period::new(&starts, &ends)))
    };
    let msg = |m: Message| Arg::Message(Box::new(m));
    let typed = || msg(Message::of(Id::OutReportTyped));
    let what = match workspace.source {
        Source::Typed if workspace.is_example() => msg(Message::of(Id::OutReportExample)),
        Source::Typed => typed(),
        Source::Total => match span(&workspace.segments) {
            Some(p) => msg(Message::of(Id::OutReportAllSegmentsIn).with("period", msg(p))),
            None => msg(Message::of(Id::OutReportAllSegments)),
        },
        Source::Period(i) => match workspace.periods().get(i) {
            Some(p) => {
                msg(Message::of(Id::OutReportAllCampaignsIn).with("period", Arg::Text(p.name.clone())))
            }
            None => typed(),
        },
        Source::Segment(i) => match workspace.segments.get(i) {
            Some(s) => match &s.period {
                Some(p) => msg(Message::of(Id::OutReportSegmentIn)
                    .with("segment", Arg::Text(s.name.clone()))
                    .with("period", msg(period_name(p)))),
                // A segment's name is the whole line.
                None => Arg::Text(s.name.clone()),
            },
            None => typed(),
        },
    };
    let date = Arg::Date((now / 86_400_000.0).floor() as i64);
    (name.to_string(), Message::of(Id::OutReportSubtitle).with("what", what).with("date", date))
}

/// A finding the report carries beside the diagnosis: its heading and sentences.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub heading: Id,
    pub lines: Vec<Message>,
}

/// The report's findings beyond the diagnosis, when the data has them: the strongest cheap
/// message / dear customer inversions, why CAC moved between the periods, and the segments
/// outside the funnel plot's limits at the diagnosis's step.
pub fn findings(workspace: &Workspace, evaluation: &Evaluation) -> Vec<Finding> {
    let diagnosis = &evaluation.diagnosis;
    let mut out = Vec::new();
    if workspace.segments.len() >= 2 {
        let comparison = workspace.segment_comparison(evaluation);
        if !comparison.inversions.is_empty() {
            // Which CACs count customers still to come goes with the sentences comparing them.
            let lines = comparison.inversions.into_iter().take(SHOWN_INVERSIONS).chain(comparison.closing);
            out.push(Finding { heading: Id::OutFindingInversions, lines: lines.collect() });
        }
    }
    if let Some(PeriodComparison { result: Ok(split), like, .. }) = workspace.period_split(evaluation) {
        // How the periods were made comparable goes with the sentence it qualifies.
        let lines = std::iter::once(split.sentence).chain(like).collect();
        out.push(Finding { heading: Id::OutFindingCacMoved, lines });
    }
    let step = default_step(&diagnosis.verdict);
    if let Some(plot) = funnel_plot(&workspace.campaigns(), step).filter(|p| !p.outliers.is_empty()) {
        out.push(Finding { heading: Id::OutFindingOutliers, lines: plot.outliers });
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The report as Markdown: heading, the verdict and its evidence, what to try, the ladder as
/// a table, and the summary.
pub fn markdown(
    title: (&str, &str),
    ladder: &Ladder,
    diagnosis: &Diagnosis,
    extra: &[Finding],
    f: &dyn Formatter,
) -> String {
    let words = |id: Id| Message::of(id).render(f);
    let mut out = format!("## {}\n\n_{}_\n\n", title.0, title.1);
    out += &format!(
        "**{}**: {}\n\n",
        diagnosis.verdict.badge(&diagnosis.steps).render(f),
        diagnosis.headline.render(f)
    );
    for e in &diagnosis.evidence {
        out += &format!("- {}\n", e.render(f));
    }
    if !diagnosis.actions.is_empty() {
        out += &format!("\n**{}**\n\n", words(Id::WhatToTry));
        for a in &diagnosis.actions {
            out += &format!("- {}\n", a.render(f));
        }
    }
    let columns = [Id::OutMdStage, Id::OutMdCount, Id::OutMdStepRate, Id::OutMdCostPerStage];
    let [stage, count, rate, cost] = columns.map(|id| escape(&words(id)));
    out += &format!("\n| {stage} | {count} | {rate} | {cost} |\n| --- | ---: | ---: | ---: |\n");
    for row in &ladder.stages {
        let count = match row.count {
            Entry::Given(c) => f.count(c),
            _ => DASH.to_string(),
        };
        out += &format!(
            "| {} | {} | {} | {} |\n",
            escape(row.stage.label()),
            count,
            f.value(row.step_rate, Unit::Percent),
            f.value(row.cost_per, Unit::Money)
        );
    }
    for finding in extra {
        out += &format!("\n**{}**\n\n", words(finding.heading));
        for line in &finding.lines {
            out += &format!("- {}\n", line.render(f));
        }
    }
    out += &format!("\n{}\n", diagnosis.summary.render(f));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::number::DecimalSep;
    use crate::core::basics::text::PlainFormatter;
    use crate::core::comparison::segment::Segment;
    use crate::core::message::english;

    #[test]
    fn the_heading_names_the_workspace_the_numbers_and_their_period() {
        let now = 1_796_122_877_049.0; // 2026-12-01
        let mut ws = Workspace::sample();
        let line = |ws: &Workspace| english(&heading("Acme", ws, now).1);
        // The sample's numbers are said to be an example on paper too.
        assert_eq!(line(&ws), "Example numbers, made up · printed 2026-12-01");
        ws.form.set(crate::core::ladder::fields::Field::Spend, "1750".into());
        assert_eq!(heading("Acme", &ws, now).0, "Acme");
        assert_eq!(line(&ws), "Typed numbers · printed 2026-12-01");
        ws.segments = vec![
            Segment {
                name: "A".into(),
                period: Some(Period::new("2026-10-01", "2026-10-31")),
                ..Default::default()
            },
            Segment {
                name: "B".into(),
                period: Some(Period::new("2026-11-01", "2026-11-30")),
                ..Default::default()
            },
        ];
        ws.source = Source::Total;
        assert_eq!(line(&ws), "All imported segments, 2026-10-01 – 2026-11-30 · printed 2026-12-01");
        ws.source = Source::Segment(0);
        assert_eq!(line(&ws), "A, October 2026 · printed 2026-12-01");
        ws.segments[0].period = None;
        assert_eq!(line(&ws), "A · printed 2026-12-01");
    }

    #[test]
    fn the_report_carries_the_inversions_and_outliers_when_the_data_has_them() {
        use crate::core::import::analyze::Overrides;
        use crate::core::import::read::analyze;
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/import/campaigns-inversion.csv"
        ))
        .unwrap();
        let mut ws = Workspace::default();
        ws.apply_import(&analyze("c.csv", &text, &Overrides::default(), DecimalSep::Dot).unwrap());
        let e = ws.evaluate(DecimalSep::Dot);
        let found = findings(&ws, &e);
        let headings: Vec<String> = found.iter().map(|f| english(&Message::of(f.heading))).collect();
        assert_eq!(headings, ["Cheap messages, expensive customers", "Segments that really differ"]);
        let f = PlainFormatter { currency: "USD".into() };
        assert!(found[0].lines[0]
            .render(&f)
            .starts_with("Summer promo – WhatsApp has the cheapest messages"));
        let md = markdown(("Acme", "x"), &e.ladder, &e.diagnosis, &found, &f);
        assert!(md.contains("**Segments that really differ**\n\n- Summer promo – WhatsApp: 11.4% of 700 replies qualified"), "{md}");
        // The sample alone has none.
        let sample = Workspace::sample();
        assert!(findings(&sample, &sample.evaluate(DecimalSep::Dot)).is_empty());
    }

    #[test]
    fn the_sample_as_markdown() {
        let ws = Workspace::sample();
        let e = ws.evaluate(DecimalSep::Dot);
        let f = PlainFormatter { currency: "USD".into() };
        let md = markdown(("Acme", "Typed numbers · printed 2026-12-01"), &e.ladder, &e.diagnosis, &[], &f);
        assert!(md.starts_with("## Acme\n\n_Typed numbers · printed 2026-12-01_\n\n**Limiting step: qualification**: Chats are cheap, but too few are a fit\n\n- 78 of 390 replies qualified"), "{md}");
        // 1,800 / 78 = 23.08 per qualified conversation; 78 / 390 = 20%.
        assert!(md.contains("| Qualified conversations | 78 | 20% | USD 23.08 |\n"), "{md}");
        assert!(md.contains("| Conversations started | 600 | — | USD 3.00 |\n"), "{md}");
        assert!(md.contains("\n**What to try**\n\n- Say in the ad who the offer is for"));
        assert!(md.trim_end().ends_with(&e.diagnosis.summary.render(&f)));
    }
}
