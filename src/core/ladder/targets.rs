//! What each step is judged against: target rates per business type (starting assumptions
//! the user can edit), the minimum volume, the sales cycle and reporting window, and last
//! period's cost per message. Kept as typed text, like the ladder form, and parsed here.

use serde::{Deserialize, Serialize};

use crate::core::basics::money::Money;
use crate::core::basics::number::{parse_count, parse_money, DecimalSep, NumberError};
use crate::core::closing::maturing::Maturing;
use crate::core::comparison::periods::PeriodCosts;
pub use crate::core::ladder::business::{BusinessType, Noun};
use crate::core::ladder::Step;
use crate::core::message::{Arg, Id, Message};

/// Default minimum count at a step's starting stage before its rate is judged.
pub const DEFAULT_MIN_VOLUME: u64 = 30;

/// The settings form as typed. Blank target text means "use the preset".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TargetsForm {
    pub business: BusinessType,
    pub reply: String,
    pub qualification: String,
    pub handoff: String,
    pub close: String,
    pub min_volume: String,
    pub sales_cycle_days: String,
    pub window_days: String,
    pub previous_cost_per_message: String,
}

/// One settings input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Setting {
    Target(Step),
    MinVolume,
    SalesCycleDays,
    WindowDays,
    PreviousCostPerMessage,
}

impl Setting {
    pub const ALL: [Setting; 8] = [
        Setting::Target(Step::Reply),
        Setting::Target(Step::Qualification),
        Setting::Target(Step::Handoff),
        Setting::Target(Step::Close),
        Setting::MinVolume,
        Setting::SalesCycleDays,
        Setting::WindowDays,
        Setting::PreviousCostPerMessage,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Setting::Target(Step::Reply) => "target-reply",
            Setting::Target(Step::Qualification) => "target-qualification",
            Setting::Target(Step::Handoff) => "target-handoff",
            Setting::Target(Step::Close) => "target-close",
            Setting::MinVolume => "min-volume",
            Setting::SalesCycleDays => "sales-cycle-days",
            Setting::WindowDays => "window-days",
            Setting::PreviousCostPerMessage => "previous-cost-per-message",
        }
    }

    pub fn label(self) -> Message {
        Message::of(match self {
            Setting::Target(Step::Reply) => Id::LadderSettingReplyTarget,
            Setting::Target(Step::Qualification) => Id::LadderSettingQualificationTarget,
            Setting::Target(Step::Handoff) => Id::LadderSettingHandoffTarget,
            Setting::Target(Step::Close) => Id::LadderSettingCloseTarget,
            Setting::MinVolume => Id::LadderSettingMinVolume,
            Setting::SalesCycleDays => Id::LadderSettingSalesCycle,
            Setting::WindowDays => Id::LadderSettingWindow,
            Setting::PreviousCostPerMessage => Id::LadderSettingPreviousCost,
        })
    }

    /// The unit written after the field; money settings are in the workspace's `currency`.
    pub fn unit(self, currency: &str) -> Message {
        match self {
            Setting::Target(_) => Message::of(Id::LadderUnitPercent),
            Setting::MinVolume => Message::of(Id::LadderUnitPeople),
            Setting::SalesCycleDays | Setting::WindowDays => Message::of(Id::LadderUnitDays),
            Setting::PreviousCostPerMessage => {
                Message::of(Id::LadderUnitCurrency).with("currency", Arg::Text(currency.to_string()))
            }
        }
    }

    pub fn hint(self) -> Message {
        match self {
            Setting::Target(_) => Message::of(Id::LadderHintTarget),
            Setting::MinVolume => {
                Message::of(Id::LadderHintMinVolume).with("count", Arg::Count(DEFAULT_MIN_VOLUME))
            }
            Setting::SalesCycleDays => Message::of(Id::LadderHintSalesCycle),
            Setting::WindowDays => Message::of(Id::LadderHintWindow),
            Setting::PreviousCostPerMessage => Message::of(Id::LadderHintPreviousCost),
        }
    }

    fn text(self, form: &TargetsForm) -> &str {
        match self {
            Setting::Target(Step::Reply) => &form.reply,
            Setting::Target(Step::Qualification) => &form.qualification,
            Setting::Target(Step::Handoff) => &form.handoff,
            Setting::Target(Step::Close) => &form.close,
            Setting::MinVolume => &form.min_volume,
            Setting::SalesCycleDays => &form.sales_cycle_days,
            Setting::WindowDays => &form.window_days,
            Setting::PreviousCostPerMessage => &form.previous_cost_per_message,
        }
    }
}

impl TargetsForm {
    pub fn get(&self, setting: Setting) -> &str {
        setting.text(self)
    }

    pub fn set(&mut self, setting: Setting, text: String) {
        let slot = match setting {
            Setting::Target(Step::Reply) => &mut self.reply,
            Setting::Target(Step::Qualification) => &mut self.qualification,
            Setting::Target(Step::Handoff) => &mut self.handoff,
            Setting::Target(Step::Close) => &mut self.close,
            Setting::MinVolume => &mut self.min_volume,
            Setting::SalesCycleDays => &mut self.sales_cycle_days,
            Setting::WindowDays => &mut self.window_days,
            Setting::PreviousCostPerMessage => &mut self.previous_cost_per_message,
        };
        *slot = text;
    }

    /// What a blank setting stands for, shown in its field: the preset target (written the
    /// locale's way) or the default minimum volume.
    pub fn placeholder(&self, setting: Setting, sep: DecimalSep) -> String {
        match setting {
            Setting::Target(step) => {
                self.business.preset().map(|p| format_percent(p[step as usize], sep)).unwrap_or_default()
            }
            Setting::MinVolume => DEFAULT_MIN_VOLUME.to_string(),
            _ => String::new(),
        }
    }

    /// Picks a business type. A preset replaces typed targets with its own; "my own
    /// targets" keeps the targets in force, written out so they can be edited.
    pub fn choose(&mut self, business: BusinessType, sep: DecimalSep) {
        if business == BusinessType::Custom {
            let current = self.parse(sep).settings.targets;
            for (step, rate) in Step::ALL.iter().zip(current) {
                self.set(Setting::Target(*step), format_percent(rate * 100.0, sep));
            }
        } else {
            for step in Step::ALL {
                self.set(Setting::Target(step), String::new());
            }
        }
        self.business = business;
    }

    /// Reads the form; problems are reported per setting and their defaults used instead.
    pub fn parse(&self, sep: DecimalSep) -> ParsedTargets {
        let mut problems = Vec::new();
        let preset = self.business.preset().unwrap_or(BusinessType::ServiceQuotes.preset().expect("preset"));
        let mut targets = [0.0; 4];
        for (i, step) in Step::ALL.iter().enumerate() {
            let setting = Setting::Target(*step);
            targets[i] = match parse_percent(self.get(setting), sep) {
                Ok(Some(p)) => p / 100.0,
                Ok(None) => preset[i] / 100.0,
                Err(message) => {
                    problems.push((setting, message));
                    preset[i] / 100.0
                }
            };
        }
        let mut whole = |setting: Setting, min: u64| match parse_count(self.get(setting), sep) {
            Ok(Some(v)) if v >= min => Some(v),
            Ok(Some(_)) => {
                problems.push((setting, Message::of(Id::LadderAtLeast).with("min", Arg::Count(min))));
                None
            }
            Ok(None) => None,
            Err(e) => {
                problems.push((setting, e.message()));
                None
            }
        };
        let min_volume = whole(Setting::MinVolume, 1).unwrap_or(DEFAULT_MIN_VOLUME);
        let sales_cycle_days = whole(Setting::SalesCycleDays, 1);
        let window_days = whole(Setting::WindowDays, 1);
        let previous_cost_per_message = match parse_money(self.get(Setting::PreviousCostPerMessage), sep) {
            Ok(v) => v,
            Err(e) => {
                problems.push((Setting::PreviousCostPerMessage, e.message()));
                None
            }
        };
        ParsedTargets {
            settings: DiagnosisSettings {
                business: self.business,
                targets,
                min_volume,
                sales_cycle_days,
                window_days,
                window_from_data: false,
                previous_cost_per_message,
                period_costs: None,
                maturing: None,
            },
            problems,
        }
    }

    /// True when a typed target differs from the preset, so the preset has been edited.
    pub fn edited(&self) -> bool {
        self.business != BusinessType::Custom
            && Step::ALL.iter().any(|s| !self.get(Setting::Target(*s)).trim().is_empty())
    }
}

/// The settings the diagnosis uses.
#[derive(Clone, Debug, PartialEq)]
pub struct DiagnosisSettings {
    pub business: BusinessType,
    /// Target rates (fractions) for reply, qualification, handoff and close.
    pub targets: [f64; 4],
    pub min_volume: u64,
    pub sales_cycle_days: Option<u64>,
    pub window_days: Option<u64>,
    /// True when the window came from imported dates rather than being typed.
    pub window_from_data: bool,
    pub previous_cost_per_message: Option<Money>,
    /// When imported segments are consecutive periods: the last two periods' cost per message.
    pub period_costs: Option<PeriodCosts>,
    /// Imported deals still closing (time to close): the close step is judged provisionally.
    pub maturing: Option<Maturing>,
}

impl Default for DiagnosisSettings {
    fn default() -> DiagnosisSettings {
        TargetsForm::default().parse(DecimalSep::Dot).settings
    }
}

impl DiagnosisSettings {
    pub fn target(&self, step: Step) -> f64 {
        self.targets[step as usize]
    }

    /// Settings for a business type's preset, with defaults for the rest.
    pub fn preset(business: BusinessType) -> DiagnosisSettings {
        TargetsForm { business, ..TargetsForm::default() }.parse(DecimalSep::Dot).settings
    }
}

/// The parsed settings and the problems found on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedTargets {
    pub settings: DiagnosisSettings,
    pub problems: Vec<(Setting, Message)>,
}

impl ParsedTargets {
    pub fn problem(&self, setting: Setting) -> Option<&Message> {
        self.problems.iter().find(|(s, _)| *s == setting).map(|(_, m)| m)
    }
}

/// A percentage between 0 (exclusive) and 100 (inclusive), typed with or without `%`.
fn parse_percent(text: &str, sep: DecimalSep) -> Result<Option<f64>, Message> {
    let trimmed = text.trim().trim_end_matches('%').trim_end();
    let value = parse_money(trimmed, sep).map_err(|e| match e {
        NumberError::Negative => Message::of(Id::LadderTargetNegative),
        other => other.message(),
    })?;
    match value.map(Money::as_f64) {
        None => Ok(None),
        Some(p) if p > 0.0 && p <= 100.0 => Ok(Some(p)),
        Some(_) => Err(Message::of(Id::LadderTargetRange)),
    }
}

fn format_percent(value: f64, sep: DecimalSep) -> String {
    let text = format!("{:.1}", value);
    let text = text.strip_suffix(".0").unwrap_or(&text).to_string();
    match sep {
        DecimalSep::Dot => text,
        DecimalSep::Comma => text.replace('.', ","),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::message::english;

    #[test]
    fn blank_targets_use_the_preset() {
        let parsed = TargetsForm::default().parse(DecimalSep::Dot);
        assert_eq!(parsed.settings.targets, [0.6, 0.4, 0.5, 0.3]);
        assert_eq!(parsed.settings.min_volume, 30);
        assert!(parsed.problems.is_empty());
    }

    #[test]
    fn typed_targets_override_and_bad_ones_say_why() {
        let mut form = TargetsForm { business: BusinessType::B2bConsultations, ..Default::default() };
        form.set(Setting::Target(Step::Close), "12,5%".into());
        form.set(Setting::Target(Step::Reply), "140".into());
        form.set(Setting::MinVolume, "0".into());
        let parsed = form.parse(DecimalSep::Comma);
        assert_eq!(parsed.settings.targets, [0.5, 0.25, 0.5, 0.125]);
        assert_eq!(
            parsed.problem(Setting::Target(Step::Reply)).map(english).as_deref(),
            Some("A target is a percentage above 0 and at most 100, such as 40.")
        );
        assert_eq!(parsed.problem(Setting::MinVolume).map(english).as_deref(), Some("Use 1 or more."));
        assert_eq!(parsed.settings.min_volume, 30);
        assert!(form.edited());
    }

    #[test]
    fn choosing_a_preset_resets_targets_and_custom_keeps_them() {
        let mut form = TargetsForm::default();
        form.set(Setting::Target(Step::Qualification), "33".into());
        form.choose(BusinessType::Custom, DecimalSep::Dot);
        assert_eq!(form.qualification, "33");
        assert_eq!(form.reply, "60");
        form.choose(BusinessType::LeadSeller, DecimalSep::Dot);
        assert_eq!(form.qualification, "");
        assert_eq!(form.parse(DecimalSep::Dot).settings.targets, [0.6, 0.5, 0.8, 0.7]);
        assert!(!form.edited());
    }

    #[test]
    fn business_types_round_trip_through_their_ids() {
        for b in BusinessType::ALL {
            assert_eq!(BusinessType::from_id(b.id()), Some(b));
        }
    }
}
