//! The page's parts, one file per panel. Each reads the page's shared state (the workspace
//! and what the core computes from it: `state::shared`) and only renders it or forwards
//! events; nothing here computes a metric or decides a verdict.

mod budget;
mod closing;
mod diagnosis;
mod form;
mod funnel;
mod inversions;
mod outliers;
mod periods;
mod segments;
mod source;
mod tables;
mod targets;

pub use budget::BudgetPanel;
pub use closing::ClosingPanel;
pub use diagnosis::DiagnosisPanel;
pub use form::{CurrencyPicker, FieldInput, LadderForm};
pub use funnel::FunnelChart;
pub use inversions::InversionPanel;
pub use outliers::OutlierPanel;
pub use periods::{EarlierPeriodForm, PeriodPanel};
pub use segments::{SegmentTable, SEGMENT_PAGE};
pub use source::{SourcePicker, StorageNotice};
pub use tables::MetricsTable;
pub use targets::{SettingInput, TargetsPanel};

use leptos::prelude::*;

use crate::core::basics::text::Formatter;
use crate::core::ladder::{Unit, Value};
use crate::web::format::IntlFormatter;

/// A value, or "—" ([`DASH`](crate::core::basics::text::DASH)) followed by the reason it can't be shown.
pub(crate) fn value_view(value: Value, unit: Unit, format: &IntlFormatter) -> AnyView {
    match value {
        Value::Known(v) => view! { <span class="num">{format.number(v, unit)}</span> }.into_any(),
        Value::Unknown(reason) => view! {
            <span class="na" aria-hidden="true">{crate::core::basics::text::DASH}</span>
            <span class="reason">{reason.text().render(format)}</span>
        }
        .into_any(),
    }
}
