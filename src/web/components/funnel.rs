//! The funnel chart: inline SVG bars with a text equivalent.

use leptos::prelude::*;

use crate::core::ladder::explain::funnel_chart;
use crate::core::message::Id;
use crate::web::state::{shared, Shared};
use crate::web::words::word;

/// A funnel of the stages as bars sized by share of conversations started: the one place
/// the page shows each stage's count and share (the step rates and costs are the metrics
/// table's, with their formulas).
#[component]
pub fn FunnelChart() -> impl IntoView {
    let Shared { evaluation, format, .. } = shared();
    let chart = Memo::new(move |_| evaluation.with(|e| funnel_chart(&e.ladder)));
    let summary = move || chart.with(|c| c.summary.render(&format.get()));
    let bars = move || {
        let f = format.get();
        chart.with(|c| {
            c.stages
                .iter()
                .map(|s| {
                    let (label, flag, share) = (&s.label, &s.flag, &s.share);
                    let (track, bar) = (s.track, s.bar);
                    view! {
                        <g class="stage" class:inconsistent=s.inconsistent>
                            <text x=label.x y=label.y class="label" text-anchor=label.anchor.attr()>{label.text.render(&f)}</text>
                            <text x=flag.x y=flag.y class="drop" text-anchor=flag.anchor.attr()>{flag.text.as_ref().map(|t| t.render(&f))}</text>
                            <rect x=track.x y=track.y width=track.width height=track.height rx="4" class="track" />
                            <rect x=bar.x y=bar.y width=bar.width height=bar.height rx="4" class="bar" />
                            <text x=share.x y=share.y class="share" class:inside=s.share_inside text-anchor=share.anchor.attr()>
                                {share.text.as_ref().map(|t| t.render(&f))}
                            </text>
                        </g>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="funnel" id="funnel-chart">
            <svg viewBox=move || chart.with(|c| c.view_box.attr()) role="img" aria-label=summary preserveAspectRatio="xMinYMin meet">
                {bars}
            </svg>
            <figcaption>{word(Id::FunnelCaption)}</figcaption>
        </figure>
    }
}
