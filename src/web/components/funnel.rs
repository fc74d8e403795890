//! The funnel chart: inline SVG bars with a text equivalent.

use leptos::prelude::*;

use crate::core::ladder::explain::{funnel, funnel_summary};
use crate::core::ladder::Stage;
use crate::core::message::Id;
use crate::web::state::{shared, Shared};
use crate::web::words::word;

/// A funnel of the stages as bars sized by share of conversations started: the one place
/// the page shows each stage's count and share (the step rates and costs are the metrics
/// table's, with their formulas).
#[component]
pub fn FunnelChart() -> impl IntoView {
    let Shared { evaluation, format, .. } = shared();
    const WIDTH: f64 = 360.0;
    const ROW: f64 = 56.0;
    let height = ROW * Stage::ALL.len() as f64;
    let summary = move || evaluation.with(|e| funnel_summary(&e.ladder).render(&format.get()));
    let bars = move || {
        let f = format.get();
        evaluation.with(|e| {
            funnel(&e.ladder)
                .into_iter()
                .enumerate()
                .map(|(i, bar)| {
                    let y = i as f64 * ROW;
                    let width = (bar.share * WIDTH).max(if bar.reached { 2.0 } else { 0.0 });
                    let (label_y, bar_y, share_y) = (y + 16.0, y + 22.0, y + 38.0);
                    // Near full width the note goes inside the bar, in white for contrast.
                    let inside = width > WIDTH - 90.0;
                    let share_x = if inside { width - 6.0 } else { width + 6.0 };
                    let share_anchor = if inside { "end" } else { "start" };
                    view! {
                        <g class="stage" class:inconsistent=bar.inconsistent>
                            <text x="0" y=label_y class="label">{bar.label.render(&f)}</text>
                            <text x=WIDTH y=label_y class="drop" text-anchor="end">{bar.flag.as_ref().map(|m| m.render(&f))}</text>
                            <rect x="0" y=bar_y width=WIDTH height="22" rx="4" class="track" />
                            <rect x="0" y=bar_y width=width height="22" rx="4" class="bar" />
                            <text x=share_x y=share_y class="share" class:inside=inside text-anchor=share_anchor>
                                {bar.share_text.as_ref().map(|m| m.render(&f))}
                            </text>
                        </g>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="funnel" id="funnel-chart">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=summary preserveAspectRatio="xMinYMin meet">
                {bars}
            </svg>
            <figcaption>{word(Id::FunnelCaption)}</figcaption>
        </figure>
    }
}
