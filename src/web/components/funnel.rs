//! The funnel chart: inline SVG bars with a text equivalent.

use leptos::prelude::*;

use crate::core::ladder::{Stage, Value};
use crate::core::text::Formatter;
use crate::core::workspace::Evaluation;
use crate::web::format::IntlFormatter;

/// A funnel of the stages as bars sized by share of conversations started, with the drop-off
/// between steps written beside each bar.
#[component]
pub fn FunnelChart(
    #[prop(into)] evaluation: Signal<Evaluation>,
    #[prop(into)] format: Signal<IntlFormatter>,
) -> impl IntoView {
    const WIDTH: f64 = 360.0;
    const ROW: f64 = 56.0;
    let height = ROW * Stage::ALL.len() as f64;
    let summary = move || {
        let f = format.get();
        evaluation.with(|e| {
            let parts: Vec<String> = e
                .ladder
                .stages
                .iter()
                .map(|r| match r.count.given() {
                    Some(c) => format!("{} {}", r.stage.label(), f.count(c)),
                    None => format!("{} not entered", r.stage.label()),
                })
                .collect();
            format!("Funnel: {}.", parts.join(", "))
        })
    };
    let bars = move || {
        let f = format.get();
        evaluation.with(|e| {
                e.ladder
                    .stages
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let y = i as f64 * ROW;
                        let share = r.share_of_started.known().unwrap_or(0.0);
                        let width = (share.clamp(0.0, 1.0) * WIDTH)
                            .max(if r.count.given().unwrap_or(0) > 0 { 2.0 } else { 0.0 });
                        let count = r.count.given().map(|c| f.count(c)).unwrap_or_else(|| "—".into());
                        let share_text = r
                            .share_of_started
                            .known()
                            .map(|s| format!("{} of started", f.percent(s)))
                            .unwrap_or_default();
                        let drop = match (r.stage.previous(), r.step_rate) {
                            (Some(_), Value::Known(rate)) if rate <= 1.0 => {
                                format!("−{} vs previous step", f.percent(1.0 - rate))
                            }
                            (Some(_), Value::Known(_)) => "more than the previous step ⚠".to_string(),
                            _ => String::new(),
                        };
                        let (label_y, bar_y, share_y) = (y + 16.0, y + 22.0, y + 38.0);
                        // Near full width the note goes inside the bar, in white for contrast.
                        let inside = width > WIDTH - 90.0;
                        let share_x = if inside { width - 6.0 } else { width + 6.0 };
                        let share_anchor = if inside { "end" } else { "start" };
                        let label = format!("{} · {count}", r.stage.label());
                        view! {
                            <g class="stage" class:inconsistent=r.inconsistent>
                                <text x="0" y=label_y class="label">{label}</text>
                                <text x=WIDTH y=label_y class="drop" text-anchor="end">{drop}</text>
                                <rect x="0" y=bar_y width=WIDTH height="22" rx="4" class="track" />
                                <rect x="0" y=bar_y width=width height="22" rx="4" class="bar" />
                                <text x=share_x y=share_y class="share" class:inside=inside text-anchor=share_anchor>
                                    {share_text}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()
            })
    };
    view! {
        <figure class="funnel">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=summary preserveAspectRatio="xMinYMin meet">
                {bars}
            </svg>
            <figcaption>"Each bar is a stage’s share of conversations started; the right-hand note is the drop from the step before."</figcaption>
        </figure>
    }
}
