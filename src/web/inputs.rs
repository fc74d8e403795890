//! The inputs column: bringing data in, the typed numbers (the answer kept in sight while
//! typing, the line when another source is shown, the form and the earlier period), and the
//! targets. Hidden when an embed shows neither the import nor the inputs.

use leptos::prelude::*;

use crate::core::message::Id;
use crate::core::outbound::embed::Section;
use crate::core::workspace::event::Event;
use crate::core::workspace::Source;

use super::components::{EarlierPeriodForm, LadderForm, TargetsPanel};
use super::import::ImportPanel;
use super::later::{later, Step};
use super::page::page_state;
use super::state::{send, shared, Shared};
use super::words::word;

/// The inputs column.
#[component]
pub fn InputsColumn() -> impl IntoView {
    let state = page_state();
    let Shared { workspace, evaluation, format, .. } = shared();
    let shows = move |section: Section| state.shows(section);
    view! {
            <div class="inputs-column" id="inputs-column" hidden=!state.shows_inputs()>
            {shows(Section::Import).then(|| view! {
            <section class="inputs" aria-labelledby="import-heading">
                <h2 id="import-heading">{word(Id::BringYourData)}</h2>
                {later(Step::Import, || view! { <ImportPanel /> })}
            </section>
            })}
            {shows(Section::Inputs).then(|| view! {
            <section class="inputs" aria-labelledby="inputs-heading">
                <h2 id="inputs-heading">{word(Id::YourNumbers)}</h2>
                // On a phone the results are above: the answer stays in sight while typing.
                <p class="live-answer"><a href="#results">{move || evaluation.with(|e| e.answer_line().render(&format.get()))}</a></p>
                <p class="lede">{word(Id::YourNumbersLede)}</p>
                {move || {
                    workspace.with(|w| evaluation.with(|e| w.typed_notice(e))).map(|notice| view! {
                        <p class="import-done" role="status">
                            {notice.render(&format.get())}
                            " "
                            <button type="button" class="link" on:click=move |_| send(workspace, Event::Show(Source::Typed))>
                                {word(Id::UseTypedNumbers)}
                            </button>
                        </p>
                    })
                }}
                {later(Step::Form, || view! { <LadderForm /> })}
                {later(Step::Settings, || view! { <EarlierPeriodForm /> })}
            </section>
            {later(Step::Settings, || view! {
            <section class="inputs settings" aria-labelledby="targets-heading">
                <h2 id="targets-heading">{word(Id::TargetsHeading)}</h2>
                <p class="lede">{word(Id::TargetsLede)}</p>
                <TargetsPanel />
            </section>
            })}
            })}
            </div>
    }
}
