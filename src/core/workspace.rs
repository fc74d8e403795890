//! The user's workspace: what they typed and their settings, plus the sample a first visit
//! opens with. [`Workspace::evaluate`] turns it into everything the page shows.

use serde::{Deserialize, Serialize};

use super::diagnosis::{diagnose, Diagnosis};
use super::fields::{parse_form, Field, FormText, ParsedForm};
use super::ladder::{compute, Ladder};
use super::number::DecimalSep;
use super::targets::{ParsedTargets, Setting, TargetsForm};

/// Currencies offered in the picker, most common for click-to-message advertisers first.
pub const CURRENCIES: [&str; 24] = [
    "USD", "EUR", "GBP", "AUD", "CAD", "NZD", "BRL", "MXN", "COP", "ARS", "INR", "PHP", "IDR", "VND", "THB",
    "MYR", "SGD", "ZAR", "NGN", "AED", "SAR", "TRY", "JPY", "CHF",
];

/// Everything saved between visits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    /// ISO 4217 code shown on every money value.
    pub currency: String,
    /// The manual ladder, as typed.
    pub form: FormText,
    /// Diagnosis targets and settings, as typed.
    pub targets: TargetsForm,
}

impl Default for Workspace {
    fn default() -> Workspace {
        Workspace { currency: "USD".to_string(), form: FormText::default(), targets: TargetsForm::default() }
    }
}

/// All the page shows for one workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub parsed: ParsedForm,
    pub targets: ParsedTargets,
    pub ladder: Ladder,
    pub diagnosis: Diagnosis,
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
        Workspace { currency: "USD".to_string(), form, targets }
    }

    /// An empty form that keeps the currency and the diagnosis settings.
    pub fn cleared(&self) -> Workspace {
        Workspace {
            currency: self.currency.clone(),
            form: FormText::default(),
            targets: self.targets.clone(),
        }
    }

    /// Parses the form, computes the ladder and diagnoses it.
    pub fn evaluate(&self, sep: DecimalSep) -> Evaluation {
        let parsed = parse_form(&self.form, sep);
        let targets = self.targets.parse(sep);
        let ladder = compute(&parsed.input);
        let diagnosis = diagnose(&ladder, &targets.settings);
        Evaluation { parsed, targets, ladder, diagnosis }
    }

    /// Repairs settings a hand-edited or older save may hold.
    pub fn normalized(mut self) -> Workspace {
        if !is_currency_code(&self.currency) {
            self.currency = "USD".to_string();
        }
        self
    }
}

/// Three capital letters, the shape of an ISO 4217 code.
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}
