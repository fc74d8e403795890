//! The ladder itself: stage counts in, every stage row and metric out. Pure arithmetic on exact
//! inputs; a value that cannot be computed is [`Value::Unknown`] with the reason, never NaN or ∞.

mod business;
pub mod doubt;
pub mod explain;
pub mod fields;
pub mod targets;
mod vocabulary;
mod words;
use crate::core::basics::money::Money;
use vocabulary::{Field, FieldKind};
// One address per type: the ladder's words are `ladder::MetricId` …, a field's are
// `ladder::fields::Field`, a business's `ladder::targets::BusinessType`.
pub use vocabulary::{MetricId, Operand, Stage, Step, Unit};

/// One input as the ladder sees it: typed and valid, left blank, or typed but unusable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Entry<T> {
    Given(T),
    #[default]
    Missing,
    Invalid,
}

impl<T: Copy> Entry<T> {
    pub fn given(self) -> Option<T> {
        match self {
            Entry::Given(v) => Some(v),
            _ => None,
        }
    }
}

/// Everything the ladder is computed from.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LadderInput {
    pub spend: Entry<Money>,
    pub started: Entry<u64>,
    pub replies: Entry<u64>,
    pub qualified: Entry<u64>,
    pub handoffs: Entry<u64>,
    pub customers: Entry<u64>,
    pub revenue: Entry<Money>,
    pub impressions: Entry<u64>,
    pub link_clicks: Entry<u64>,
    pub other_cost: Entry<Money>,
}

impl LadderInput {
    /// The count behind a count field; money fields read as `Missing`.
    pub fn count(&self, field: Field) -> Entry<u64> {
        match field {
            Field::Started => self.started,
            Field::Replies => self.replies,
            Field::Qualified => self.qualified,
            Field::Handoffs => self.handoffs,
            Field::Customers => self.customers,
            Field::Impressions => self.impressions,
            Field::LinkClicks => self.link_clicks,
            Field::Spend | Field::Revenue | Field::OtherCost => Entry::Missing,
        }
    }

    /// The amount behind a money field; count fields read as `Missing`.
    /// A field's value as the formulas take it: a number, or why there is none.
    pub fn value(&self, field: Field) -> Known {
        operand(self, field)
    }

    pub fn money(&self, field: Field) -> Entry<Money> {
        match field {
            Field::Spend => self.spend,
            Field::Revenue => self.revenue,
            Field::OtherCost => self.other_cost,
            _ => Entry::Missing,
        }
    }
}

/// Why a value can't be shown; in words, [`Reason::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The field is blank.
    Missing(Field),
    /// The field holds text that isn't a usable number.
    Invalid(Field),
    /// The field is zero, so dividing by it means nothing.
    NoneYet(Field),
    /// The first stage has no step before it.
    FirstStep,
}

/// A computed number, or the reason there is none. `Known` values are always finite.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Known(f64),
    Unknown(Reason),
}

impl Value {
    pub fn known(self) -> Option<f64> {
        match self {
            Value::Known(v) => Some(v),
            Value::Unknown(_) => None,
        }
    }
}

/// One metric with its value and the numbers it was computed from, for the formula view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metric {
    pub id: MetricId,
    pub value: Value,
    /// The numerator as a number, when it is known.
    pub numerator: Option<f64>,
    /// The denominator as a number, when it is known.
    pub denominator: Option<f64>,
}

/// One rung: its count, rate from the rung before, share of conversations started, and cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StageRow {
    pub stage: Stage,
    pub count: Entry<u64>,
    pub step_rate: Value,
    pub share_of_started: Value,
    pub cost_per: Value,
    /// Larger than the stage before it: likely inconsistent tagging.
    pub inconsistent: bool,
}

/// The computed ladder.
#[derive(Clone, Debug, PartialEq)]
pub struct Ladder {
    pub input: LadderInput,
    pub stages: Vec<StageRow>,
    pub metrics: Vec<Metric>,
}

impl Ladder {
    pub fn metric(&self, id: MetricId) -> Value {
        self.metrics
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.value)
            .unwrap_or(Value::Unknown(Reason::Missing(id.operands().1)))
    }

    pub fn stage(&self, stage: Stage) -> &StageRow {
        &self.stages[stage as usize]
    }

    /// The step's rate numerator and denominator when both are known counts.
    pub fn step_counts(&self, step: Step) -> Option<(u64, u64)> {
        Some((self.input.count(step.to().field()).given()?, self.input.count(step.from().field()).given()?))
    }

    /// The step's counts, or, when the stages before it aren't counted (a Meta export joined
    /// with a CRM has no replies), its stage's count over the last one counted before them and
    /// that stage: the step folded with those before it. `None` when its own stage isn't
    /// counted or nothing before it is.
    pub fn folded_counts(&self, step: Step) -> Option<(u64, u64, Option<Stage>)> {
        if let Some((reached, from)) = self.step_counts(step) {
            return Some((reached, from, None));
        }
        let reached = self.input.count(step.to().field()).given()?;
        let mut stage = step.from();
        loop {
            stage = stage.previous()?;
            if let Some(from) = self.input.count(stage.field()).given() {
                return Some((reached, from, Some(stage)));
            }
        }
    }

    /// Whether the step's stage isn't counted though a later one is: the step is folded into
    /// the next counted one ([`Ladder::folded_counts`]).
    pub fn folded_away(&self, step: Step) -> bool {
        let counted = |s: Stage| self.input.count(s.field()).given().is_some();
        !counted(step.to()) && Stage::ALL.iter().skip(step.to() as usize + 1).any(|s| counted(*s))
    }
}

/// Computes every stage row and metric from the input.
pub fn compute(input: &LadderInput) -> Ladder {
    let stages = Stage::ALL
        .iter()
        .map(|&stage| {
            let field = stage.field();
            let count = input.count(field);
            let (step_rate, inconsistent) = match stage.previous() {
                None => (Value::Unknown(Reason::FirstStep), false),
                Some(prev) => {
                    let prev_count = input.count(prev.field());
                    let inconsistent =
                        matches!((count, prev_count), (Entry::Given(a), Entry::Given(b)) if a > b);
                    let rate = divide(operand(input, field), operand(input, prev.field()), prev.field(), 1.0);
                    (rate.0, inconsistent)
                }
            };
            StageRow {
                stage,
                count,
                step_rate,
                share_of_started: divide(
                    operand(input, field),
                    operand(input, Field::Started),
                    Field::Started,
                    1.0,
                )
                .0,
                cost_per: divide(operand(input, Field::Spend), operand(input, field), field, 1.0).0,
                inconsistent,
            }
        })
        .collect();
    let show_delivery = input.impressions != Entry::Missing || input.link_clicks != Entry::Missing;
    let metrics = metrics_from(|field| operand(input, field), show_delivery);
    Ladder { input: *input, stages, metrics }
}

/// Every metric from a source of field values (typed counts, or a scenario's projected ones),
/// so the ladder and scenarios share one set of formulas.
pub fn metrics_from(values: impl Fn(Field) -> Known, delivery: bool) -> Vec<Metric> {
    MetricId::CORE
        .iter()
        .chain(if delivery { &MetricId::DELIVERY[..] } else { &[] })
        .map(|&id| metric(&values, id))
        .collect()
}

fn metric(values: &impl Fn(Field) -> Known, id: MetricId) -> Metric {
    let (numerator, denominator) = id.operands();
    let numerator = match numerator {
        Operand::SpendPlusOther => spend_plus_other(values),
        Operand::Field(field) => values(field),
    };
    let (value, numerator, denominator) = divide(numerator, values(denominator), denominator, id.scale());
    Metric { id, value, numerator, denominator }
}

/// A number that is known, or the reason it isn't.
pub type Known = Result<f64, Reason>;

fn operand(input: &LadderInput, field: Field) -> Known {
    let entry = match field.kind() {
        FieldKind::Money => match input.money(field) {
            Entry::Given(m) => Entry::Given(m.as_f64()),
            Entry::Missing => Entry::Missing,
            Entry::Invalid => Entry::Invalid,
        },
        FieldKind::Count => match input.count(field) {
            Entry::Given(c) => Entry::Given(c as f64),
            Entry::Missing => Entry::Missing,
            Entry::Invalid => Entry::Invalid,
        },
    };
    match entry {
        Entry::Given(v) => Ok(v),
        Entry::Missing => Err(Reason::Missing(field)),
        Entry::Invalid => Err(Reason::Invalid(field)),
    }
}

/// Spend plus other acquisition cost; a blank other cost counts as none.
fn spend_plus_other(values: &impl Fn(Field) -> Known) -> Known {
    let spend = values(Field::Spend)?;
    match values(Field::OtherCost) {
        Ok(other) => Ok(spend + other),
        Err(Reason::Missing(_)) => Ok(spend),
        Err(reason) => Err(reason),
    }
}

/// `numerator ÷ denominator × scale`, with the reason when it can't be computed. The
/// denominator's problems are reported first, since they decide whether a ratio exists at all.
fn divide(
    numerator: Known,
    denominator: Known,
    field: Field,
    scale: f64,
) -> (Value, Option<f64>, Option<f64>) {
    let den = match denominator {
        Ok(d) => d,
        Err(reason) => return (Value::Unknown(reason), numerator.ok(), None),
    };
    let num = match numerator {
        Ok(n) => n,
        Err(reason) => return (Value::Unknown(reason), None, Some(den)),
    };
    if den == 0.0 {
        return (Value::Unknown(Reason::NoneYet(field)), Some(num), Some(den));
    }
    let value = num / den * scale;
    debug_assert!(value.is_finite(), "inputs are bounded, so ratios are finite");
    (Value::Known(value), Some(num), Some(den))
}
