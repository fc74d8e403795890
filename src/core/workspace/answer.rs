//! The answer in one line, for a phone's screen while the form is being typed in.

use super::Evaluation;
use crate::core::ladder::MetricId;
use crate::core::message::{Arg, Id, Message};

impl Evaluation {
    /// The answer in one line, for a phone's screen while the form is being typed in: the
    /// verdict, CAC and cost per message ("Limiting step: qualification · CAC $171.43 · …").
    pub fn answer_line(&self) -> Message {
        let mut line = self.diagnosis.verdict.badge(&self.diagnosis.steps);
        for (id, name, metric) in
            [(Id::DxAnswerCac, "cac", MetricId::Cac), (Id::DxAnswerCost, "cost", MetricId::CostPerMessage)]
        {
            if let Some(v) = self.ladder.metric(metric).known() {
                line = Message::of(id).with("line", Arg::Message(Box::new(line))).with(name, Arg::Money(v));
            }
        }
        line
    }
}
