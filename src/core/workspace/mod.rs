//! The user's workspace: what they typed and their settings, plus the sample a first visit
//! opens with. [`Workspace::evaluate`] turns it into everything the page shows.

mod answer;
pub mod event;
pub mod join_choice;
pub mod page;
pub mod period_compare;
use serde::{Deserialize, Serialize};

use crate::core::basics::dates::Period;
use crate::core::basics::language::Language;
use crate::core::basics::number::DecimalSep;
use crate::core::closing::dated::Dated;
use crate::core::closing::maturing::maturing;
use crate::core::closing::segments::{combined, develop, Developed};
use crate::core::comparison::grouping::{by_name, by_period, name_groups};
use crate::core::comparison::inversion::{compare, Comparison};
use crate::core::comparison::periods::{self, PeriodCosts};
use crate::core::comparison::segment::{segment_rows, total, Segment, SegmentRow, SortKey};
use crate::core::diagnosis::{diagnose, Diagnosis};
use crate::core::import::analyze::{signature, Overrides, Preview, SavedMapping};
use crate::core::import::join::{ads_only, with_outcomes};
use crate::core::ladder::doubt::currency_clash;
use crate::core::ladder::fields::{parse_form, Field, FieldProblem, FormText, ParsedForm};
use crate::core::ladder::targets::{ParsedTargets, Setting, TargetsForm};
use crate::core::ladder::{compute, Entry, Ladder, MetricId};
use crate::core::message::{Arg, Id, Message};
use crate::core::scenario::{Scenario, MAX_SCENARIOS};

/// Currencies offered in the picker, most common for click-to-message advertisers first.
pub const CURRENCIES: [&str; 24] = [
    "USD", "EUR", "GBP", "AUD", "CAD", "NZD", "BRL", "MXN", "COP", "ARS", "INR", "PHP", "IDR", "VND", "THB",
    "MYR", "SGD", "ZAR", "NGN", "AED", "SAR", "TRY", "JPY", "CHF",
];

/// Everything saved between visits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    /// ISO 4217 code shown on every money value.
    pub currency: String,
    /// The manual ladder, as typed.
    pub form: FormText,
    /// An earlier period typed beside it, to see why CAC moved (blank: none).
    pub earlier: FormText,
    /// Diagnosis targets and settings, as typed.
    pub targets: TargetsForm,
    /// Imported segments, in file order.
    pub segments: Vec<Segment>,
    /// Outcomes of a log with no campaign column (see `import::join::join_account`): the
    /// whole account's later stages, one per period of the ads, laid over their totals.
    pub outcomes: Vec<Segment>,
    /// Which ladder the page shows.
    pub source: Source,
    /// Column corrections remembered per column layout (see `import::analyze::signature`).
    pub mappings: std::collections::BTreeMap<String, SavedMapping>,
    /// What-if scenarios beside the baseline (at most `scenario::MAX_SCENARIOS`).
    pub scenarios: Vec<Scenario>,
    /// The two imported periods picked for "why CAC moved" (none: the last two).
    pub compared: Option<[Period; 2]>,
    /// The language the report and the summary are written in (none: the page's), for a
    /// client who reads another language than the one who writes to them.
    #[serde(with = "crate::core::basics::language::saved", skip_serializing_if = "Option::is_none")]
    pub report_language: Option<Language>,
    /// The deals of the last outcome log imported with won, lost or close dates: when each
    /// started and how and when it ended (for time to close).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deals: Option<Dated>,
}

/// Which numbers the ladder is computed from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "index", rename_all = "kebab-case")]
pub enum Source {
    /// The numbers typed in the form.
    #[default]
    Typed,
    /// All imported segments added up.
    Total,
    /// One imported segment.
    Segment(usize),
    /// One period of the imported data, every campaign added up (see `Workspace::periods`).
    Period(usize),
}

impl Default for Workspace {
    fn default() -> Workspace {
        Workspace {
            currency: "USD".to_string(),
            form: FormText::default(),
            earlier: FormText::default(),
            targets: TargetsForm::default(),
            segments: Vec::new(),
            outcomes: Vec::new(),
            source: Source::Typed,
            mappings: Default::default(),
            scenarios: Vec::new(),
            compared: None,
            report_language: None,
            deals: None,
        }
    }
}

/// All the page shows for one workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// The form as read once per change: its input (the other acquisition cost the segment
    /// table, the comparisons and the budget move share) and its problems.
    pub parsed: ParsedForm,
    /// The earlier period's form, read once: why CAC moved and its field problems.
    pub earlier: ParsedForm,
    pub targets: ParsedTargets,
    pub ladder: Ladder,
    pub diagnosis: Diagnosis,
    /// The sample's made-up numbers are on screen: said wherever they show.
    pub example: bool,
}

impl Workspace {
    /// A home-services business: cheap messages, weak qualification.
    pub fn sample() -> Workspace {
        let form = FormText::default()
            .with(Field::Spend, "1800")
            .with(Field::Started, "600")
            .with(Field::Replies, "390")
            .with(Field::Qualified, "78")
            .with(Field::Handoffs, "47")
            .with(Field::Customers, "14")
            .with(Field::Revenue, "6300")
            .with(Field::Impressions, "84000")
            .with(Field::LinkClicks, "1260")
            .with(Field::OtherCost, "600");
        let mut targets = TargetsForm::default();
        targets.set(Setting::WindowDays, "30".to_string());
        targets.set(Setting::SalesCycleDays, "14".to_string());
        Workspace { currency: "USD".to_string(), form, targets, ..Workspace::default() }
    }

    /// An empty workspace (no typed numbers, no imported segments) that keeps the currency,
    /// the diagnosis settings and the report's language.
    pub fn cleared(&self) -> Workspace {
        Workspace {
            currency: self.currency.clone(),
            targets: self.targets.clone(),
            mappings: self.mappings.clone(),
            report_language: self.report_language,
            ..Workspace::default()
        }
    }

    /// Replaces the imported segments with a confirmed preview's and shows their total. The
    /// only way an import reaches the workspace, so an unconfirmed or failed one changes nothing.
    pub fn apply_import(&mut self, preview: &Preview) {
        self.drop_example();
        self.segments = preview.segments.clone();
        self.outcomes.clear();
        self.deals = preview.deals.clone();
        if let Some(currency) = &preview.currency {
            self.currency = currency.clone();
        }
        self.source = Source::Total;
    }

    /// Remembers the corrections made to a preview, for the next file with the same columns.
    pub fn remember(&mut self, preview: &Preview, overrides: &Overrides) {
        if let (Some(sig), false) = (signature(preview), overrides.is_empty()) {
            self.mappings.insert(sig, SavedMapping::from_overrides(overrides));
        }
    }

    /// Corrections remembered for this preview's column layout.
    pub fn remembered(&self, preview: &Preview) -> Option<Overrides> {
        self.mappings.get(&signature(preview)?).map(SavedMapping::to_overrides)
    }

    /// Whether the form holds the sample's numbers and nothing is imported: an example, not
    /// the user's own data.
    pub fn is_example(&self) -> bool {
        self.segments.is_empty() && self.form == Workspace::sample().form
    }

    /// Importing replaces the sample whole: its typed numbers (the other cost among them) and
    /// its settings would otherwise be added to the imported data's.
    fn drop_example(&mut self) {
        if self.is_example() {
            let sample = Workspace::sample();
            self.form = FormText::default();
            self.earlier = FormText::default();
            if self.targets == sample.targets {
                self.targets = TargetsForm::default();
            }
        }
    }

    /// The imported segments added up per name (each campaign across its periods): what the
    /// comparisons, the budget shift and the funnel plot compare.
    pub fn campaigns(&self) -> Vec<Segment> {
        by_name(&self.segments)
    }

    /// The imported data added up per period, in time order (empty unless there are two
    /// periods or more that don't overlap).
    pub fn periods(&self) -> Vec<Segment> {
        let periods = by_period(&self.segments);
        if self.outcomes.is_empty() {
            return periods;
        }
        periods
            .into_iter()
            .map(|p| match self.outcomes.iter().find(|o| o.period == p.period) {
                Some(log) => with_outcomes(&p, log),
                None => ads_only(&p),
            })
            .collect()
    }

    /// What the form says while the ladder shows imported data: its numbers aren't used,
    /// but an other acquisition cost typed there is, and is shown where it goes.
    pub fn typed_notice(&self, e: &Evaluation) -> Option<Message> {
        if self.source == Source::Typed {
            return None;
        }
        Some(match e.parsed.input.other_cost {
            Entry::Given(cost) if cost.0 > 0 => {
                Message::of(Id::WsTypedOtherCost).with("cost", Arg::Money(cost.as_f64()))
            }
            _ => Message::of(Id::WsTypedUnused),
        })
    }

    /// The segment the ladder shows, when it shows imported data.
    pub fn shown_segment(&self) -> Option<Segment> {
        match self.source {
            Source::Typed => None,
            Source::Total if self.segments.is_empty() => None,
            Source::Total if self.outcomes.is_empty() => Some(total(&self.segments)),
            Source::Total => Some(with_outcomes(&total(&self.segments), &total(&self.outcomes))),
            Source::Segment(i) => self.segments.get(i).cloned(),
            Source::Period(i) => self.periods().get(i).cloned(),
        }
    }

    /// The segment table's rows, sorted. Other acquisition cost is the evaluation's (the form
    /// as the ladder read it), spread across segments by spend.
    /// A segment whose deals are still closing counts its projected customers ([`develop`]).
    pub fn segment_rows(&self, e: &Evaluation, key: SortKey, descending: bool) -> Vec<SegmentRow> {
        self.segment_table(e, key, descending).0
    }

    /// The segment table's rows and the line under it naming the periods still closing, from
    /// one look at the deals.
    pub fn segment_table(
        &self,
        e: &Evaluation,
        key: SortKey,
        descending: bool,
    ) -> (Vec<SegmentRow>, Option<Message>) {
        let d = self.developed();
        (segment_rows(&d.segments, &d.closing, e.parsed.input.other_cost, key, descending), d.note)
    }

    /// The imported segments with projected customers where their deals are still closing,
    /// what each counts, and the sentence saying which periods moved (see [`develop`]).
    pub fn developed(&self) -> Developed {
        develop(&self.segments, self.deals.as_ref())
    }

    /// Cheap message against cheap customer across the imported segments, ranked with the
    /// diagnosis's minimum volume and the other cost as the evaluation read them.
    /// Campaigns whose deals are still closing count their projected customers, and are
    /// marked so.
    pub fn segment_comparison(&self, e: &Evaluation) -> Comparison {
        let d = self.developed();
        let mut marks = vec![None; by_name(&d.segments).len()];
        for (mark, group) in d.closing.iter().zip(name_groups(&d.segments)) {
            marks[group] = combined([marks[group], *mark]);
        }
        let mut c =
            compare(&by_name(&d.segments), &marks, e.parsed.input.other_cost, e.targets.settings.min_volume);
        c.closing = d.note;
        c
    }

    /// Parses the form, computes the ladder and diagnoses it.
    pub fn evaluate(&self, sep: DecimalSep) -> Evaluation {
        let mut parsed = parse_form(&self.form, sep);
        // An amount written in another currency ("R$ 1.200,00" in a USD workspace).
        for field in [Field::Spend, Field::Revenue, Field::OtherCost] {
            if parsed.problem(field).is_none() {
                if let Some(message) = currency_clash(self.form.get(field), &self.currency) {
                    parsed.problems.push(FieldProblem::warning(field, message));
                }
            }
        }
        let mut targets = self.targets.parse(sep);
        // Imported data brings its own dates: the window they span, and period-to-period costs.
        let period = match self.source {
            Source::Period(i) => self.periods().get(i).cloned(),
            _ => None,
        };
        let shown: &[Segment] = match self.source {
            Source::Typed => &[],
            Source::Total => &self.segments,
            Source::Segment(i) => self.segments.get(i).map(std::slice::from_ref).unwrap_or(&[]),
            Source::Period(_) => period.as_slice(),
        };
        if targets.settings.window_days.is_none() {
            targets.settings.window_days = periods::window_days(shown);
            targets.settings.window_from_data = targets.settings.window_days.is_some();
        }
        if self.source == Source::Total {
            targets.settings.period_costs = periods::last_two_periods(&self.segments);
        }
        if self.source != Source::Typed {
            // A period waits only for its own deals; the total and a campaign, for all of them.
            let within = period.as_ref().and_then(|p| p.period.as_ref()?.days());
            targets.settings.maturing = self.deals.as_ref().and_then(|d| maturing(d, within));
        }
        let input = match self.shown_segment() {
            Some(segment) => segment.to_input(parsed.input.other_cost),
            None => parsed.input,
        };
        let ladder = compute(&input);
        // An earlier period typed beside the ladder is the period before, for the rising cost
        // per message check, unless imported periods already gave one.
        let earlier_form = parse_form(&self.earlier, sep);
        if targets.settings.period_costs.is_none() {
            let earlier = compute(&earlier_form.input);
            let cost = |l: &Ladder| l.metric(MetricId::CostPerMessage).known();
            if let (Some(before), Some(now)) = (cost(&earlier), cost(&ladder)) {
                targets.settings.period_costs = Some(PeriodCosts {
                    previous: Arg::Message(Box::new(Message::of(Id::WsEarlierPeriod))),
                    before,
                    latest: Arg::Message(Box::new(Message::of(Id::WsThisPeriod))),
                    now,
                });
            }
        }
        let mut diagnosis = diagnose(&ladder, &targets.settings);
        let example = self.is_example();
        if example {
            diagnosis.summary =
                Message::of(Id::DxExampleSummary).with("summary", Arg::Message(Box::new(diagnosis.summary)));
        }
        Evaluation { parsed, earlier: earlier_form, targets, ladder, diagnosis, example }
    }

    /// Repairs settings a hand-edited or older save may hold.
    pub fn normalized(mut self) -> Workspace {
        if !is_currency_code(&self.currency) {
            self.currency = "USD".to_string();
        }
        self.scenarios.truncate(MAX_SCENARIOS);
        for scenario in &mut self.scenarios {
            // Re-set every override so hostile or corrupt values are clamped to valid ranges.
            let overrides = std::mem::take(&mut scenario.overrides);
            for (lever, value) in overrides {
                scenario.set(lever, value);
            }
            scenario.name = scenario.name.chars().take(60).collect();
        }
        let valid = match self.source {
            Source::Segment(i) => i < self.segments.len(),
            Source::Period(i) => i < self.periods().len(),
            _ => true,
        };
        if !valid {
            self.source = Source::Total;
        }
        self
    }
}

/// Three capital letters, the shape of an ISO 4217 code.
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}
