//! The input form: which fields exist, their labels, the raw text the user typed, and turning
//! that text into a [`LadderInput`] plus per-field problems (errors and consistency warnings).

use serde::{Deserialize, Serialize};

pub use crate::core::ladder::vocabulary::{Field, FieldKind};

use super::words::msg;
use crate::core::basics::number::{parse_count, parse_money, DecimalSep};
use crate::core::ladder::doubt::{ambiguous_message, readings, Choice};
use crate::core::ladder::{Entry, LadderInput};
use crate::core::message::{Arg, Id, Message};

/// What the user typed, field by field, exactly as typed (so a reload restores even invalid
/// text and nothing typed is lost). This is the persisted form of the manual ladder.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FormText {
    pub spend: String,
    pub started: String,
    pub replies: String,
    pub qualified: String,
    pub handoffs: String,
    pub customers: String,
    pub revenue: String,
    pub impressions: String,
    pub link_clicks: String,
    pub other_cost: String,
}

impl FormText {
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Spend => &self.spend,
            Field::Started => &self.started,
            Field::Replies => &self.replies,
            Field::Qualified => &self.qualified,
            Field::Handoffs => &self.handoffs,
            Field::Customers => &self.customers,
            Field::Revenue => &self.revenue,
            Field::Impressions => &self.impressions,
            Field::LinkClicks => &self.link_clicks,
            Field::OtherCost => &self.other_cost,
        }
    }

    pub fn set(&mut self, field: Field, text: String) {
        let slot = match field {
            Field::Spend => &mut self.spend,
            Field::Started => &mut self.started,
            Field::Replies => &mut self.replies,
            Field::Qualified => &mut self.qualified,
            Field::Handoffs => &mut self.handoffs,
            Field::Customers => &mut self.customers,
            Field::Revenue => &mut self.revenue,
            Field::Impressions => &mut self.impressions,
            Field::LinkClicks => &mut self.link_clicks,
            Field::OtherCost => &mut self.other_cost,
        };
        *slot = text;
    }

    /// Builder-style setter, handy for samples and tests.
    pub fn with(mut self, field: Field, text: &str) -> FormText {
        self.set(field, text.to_string());
        self
    }
}

/// How serious a field problem is: errors make the value unusable, warnings keep it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A message attached to one field.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldProblem {
    pub field: Field,
    pub severity: Severity,
    pub message: Message,
    /// Texts to put in the field with one click, when the value is in doubt ("1.2", "1200").
    pub choices: Vec<Choice>,
}

impl FieldProblem {
    /// A warning with nothing to choose.
    pub fn warning(field: Field, message: Message) -> FieldProblem {
        FieldProblem::new(field, Severity::Warning, message)
    }

    fn new(field: Field, severity: Severity, message: Message) -> FieldProblem {
        FieldProblem { field, severity, message, choices: Vec::new() }
    }
}

/// The form read into numbers, with every problem found on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedForm {
    pub input: LadderInput,
    pub problems: Vec<FieldProblem>,
}

impl ParsedForm {
    pub fn problem(&self, field: Field) -> Option<&FieldProblem> {
        self.problems.iter().find(|p| p.field == field)
    }
}

/// Reads every field. Invalid text becomes [`Entry::Invalid`] with an error beside the field;
/// a later stage larger than the one before it is kept and flagged as a warning.
pub fn parse_form(form: &FormText, sep: DecimalSep) -> ParsedForm {
    let mut problems = Vec::new();
    let mut money = |field: Field| match parse_money(form.get(field), sep) {
        Ok(Some(v)) => {
            // "1.200" in an English browser: 1.2 as typed, but maybe 1,200 was meant.
            if let Some(choices) = readings(form.get(field), sep) {
                let message = ambiguous_message(form.get(field), &choices, false);
                problems.push(FieldProblem {
                    choices: choices.to_vec(),
                    ..FieldProblem::new(field, Severity::Warning, message)
                });
            }
            Entry::Given(v)
        }
        Ok(None) => Entry::Missing,
        Err(e) => {
            problems.push(FieldProblem::new(field, Severity::Error, e.message()));
            Entry::Invalid
        }
    };
    let spend = money(Field::Spend);
    let revenue = money(Field::Revenue);
    let other_cost = money(Field::OtherCost);
    let mut count = |field: Field| match parse_count(form.get(field), sep) {
        Ok(Some(v)) => Entry::Given(v),
        Ok(None) => Entry::Missing,
        Err(e) => {
            // A count can't be 1.2: "1.200" was meant as 1,200, and one click says so.
            let problem = match readings(form.get(field), sep) {
                Some(choices) => {
                    let message = ambiguous_message(form.get(field), &choices, true);
                    let [_, thousands] = choices;
                    FieldProblem {
                        choices: vec![thousands],
                        ..FieldProblem::new(field, Severity::Error, message)
                    }
                }
                None => FieldProblem::new(field, Severity::Error, e.message()),
            };
            problems.push(problem);
            Entry::Invalid
        }
    };
    let input = LadderInput {
        spend,
        started: count(Field::Started),
        replies: count(Field::Replies),
        qualified: count(Field::Qualified),
        handoffs: count(Field::Handoffs),
        customers: count(Field::Customers),
        revenue,
        impressions: count(Field::Impressions),
        link_clicks: count(Field::LinkClicks),
        other_cost,
    };
    for field in [Field::Replies, Field::Qualified, Field::Handoffs, Field::Customers] {
        let prev = field.previous_stage().expect("stage fields have a previous stage");
        if let (Entry::Given(later), Entry::Given(earlier)) = (input.count(field), input.count(prev)) {
            if later > earlier {
                let message = Message::of(Id::LadderLargerThan)
                    .with("previous", msg(prev.title()))
                    .with("later", Arg::Count(later))
                    .with("earlier", Arg::Count(earlier));
                problems.push(FieldProblem::new(field, Severity::Warning, message));
            }
        }
    }
    if let (Entry::Given(clicks), Entry::Given(impressions)) = (input.link_clicks, input.impressions) {
        if clicks > impressions {
            let message = Message::of(Id::LadderClicksAboveImpressions)
                .with("clicks", Arg::Count(clicks))
                .with("impressions", Arg::Count(impressions));
            problems.push(FieldProblem::new(Field::LinkClicks, Severity::Warning, message));
        }
    }
    problems.sort_by_key(|p| p.field);
    ParsedForm { input, problems }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::money::Money;
    use crate::core::message::english;

    #[test]
    fn every_field_round_trips_through_get_and_set() {
        let mut form = FormText::default();
        for (i, field) in Field::ALL.iter().enumerate() {
            form.set(*field, format!("{i}"));
        }
        for (i, field) in Field::ALL.iter().enumerate() {
            assert_eq!(form.get(*field), i.to_string());
        }
    }

    #[test]
    fn parses_valid_fields_and_leaves_blank_ones_missing() {
        let form = FormText::default().with(Field::Spend, "1,800").with(Field::Started, "600");
        let parsed = parse_form(&form, DecimalSep::Dot);
        assert_eq!(parsed.input.spend, Entry::Given(Money::from_units(1800)));
        assert_eq!(parsed.input.started, Entry::Given(600));
        assert_eq!(parsed.input.customers, Entry::Missing);
        assert!(parsed.problems.is_empty());
    }

    #[test]
    fn invalid_text_is_an_error_beside_its_field() {
        let form = FormText::default().with(Field::Spend, "-20").with(Field::Replies, "lots");
        let parsed = parse_form(&form, DecimalSep::Dot);
        assert_eq!(parsed.input.spend, Entry::Invalid);
        assert_eq!(parsed.input.replies, Entry::Invalid);
        let spend = parsed.problem(Field::Spend).unwrap();
        assert_eq!(spend.severity, Severity::Error);
        assert_eq!(english(&spend.message), "Can’t be negative. Type 0 or a positive number.");
        assert_eq!(parsed.problem(Field::Replies).unwrap().severity, Severity::Error);
    }

    #[test]
    fn qualified_above_replies_is_flagged_not_fatal() {
        let form = FormText::default()
            .with(Field::Started, "100")
            .with(Field::Replies, "40")
            .with(Field::Qualified, "55");
        let parsed = parse_form(&form, DecimalSep::Dot);
        assert_eq!(parsed.input.qualified, Entry::Given(55));
        let warning = parsed.problem(Field::Qualified).unwrap();
        assert_eq!(warning.severity, Severity::Warning);
        assert_eq!(
            english(&warning.message),
            "Larger than Replies (55 > 40). Each step should be a subset of the one before: check how conversations are tagged."
        );
        assert_eq!(parsed.problems.len(), 1);
    }

    #[test]
    fn clicks_above_impressions_is_flagged() {
        let form = FormText::default().with(Field::Impressions, "10").with(Field::LinkClicks, "11");
        let parsed = parse_form(&form, DecimalSep::Dot);
        assert_eq!(parsed.problem(Field::LinkClicks).unwrap().severity, Severity::Warning);
    }
}
