//! The import preview's table of columns ([`crate::core::import::grid`]): a column per file
//! column, the role and separator selects on top, the first rows under them, scrolling
//! sideways inside its card. Changes go back to the session as [`Correction`]s.

use leptos::prelude::*;

use crate::core::basics::number::DecimalSep;
use crate::core::import::analyze::Sample;
use crate::core::import::columns::Role;
use crate::core::import::grid::{separator_choices, Grid};
use crate::core::import::session::Correction;
use crate::core::message::{Arg, Id, Message};
use crate::web::words::{say, word};

/// A cell of the first rows as read: text and numbers as they are, a blank or a cell that is
/// not a number said so.
fn cell(sample: &Sample) -> String {
    match sample {
        Sample::Value(value) => value.clone(),
        Sample::Blank => word(Id::ImpBlank).to_string(),
        Sample::NotANumber(value) => {
            say(&Message::of(Id::ImpNotANumberCell).with("value", Arg::Text(value.clone())))
        }
    }
}

pub(super) fn columns_table(grid: Grid, correct: Callback<Correction>) -> impl IntoView {
    let headers =
        grid.columns.iter().map(|c| view! { <th scope="col">{c.header.clone()}</th> }).collect_view();
    let roles = grid
        .columns
        .iter()
        .map(|c| {
            let (index, role) = (c.index, c.role);
            view! {
                <td>
                    <select
                        id=format!("role-{index}")
                        aria-label=say(&c.role_label)
                        prop:value=role.id()
                        on:change=move |ev| {
                            if let Some(r) = Role::from_id(&event_target_value(&ev)) {
                                correct.run(Correction::Role(index, r));
                            }
                        }
                    >
                        {Role::ALL.map(|r| view! { <option value=r.id() selected=r == role>{word(r.label())}</option> }).collect_view()}
                    </select>
                </td>
            }
        })
        .collect_view();
    let separators = grid
        .columns
        .iter()
        .map(|c| {
            let index = c.index;
            match c.separator {
                None => view! { <td class="muted">{word(Id::ImpGridText)}</td> }.into_any(),
                Some(sep) => view! {
                    <td>
                        <select
                            id=format!("decimal-{index}")
                            aria-label=say(&c.separator_label)
                            prop:value=sep.id()
                            on:change=move |ev| correct.run(Correction::Decimal(index, DecimalSep::from_id(&event_target_value(&ev))))
                        >
                            {separator_choices().map(|(id, label)| view! { <option value=id selected=id == sep.id()>{word(label)}</option> }).collect_view()}
                        </select>
                        <span class="hint">{c.reason.as_ref().map(say)}</span>
                    </td>
                }
                .into_any(),
            }
        })
        .collect_view();
    let rows = grid
        .row_labels
        .iter()
        .enumerate()
        .map(|(r, label)| {
            let cells = grid
                .columns
                .iter()
                .map(|c| view! { <td class="cell">{cell(&c.cells[r])}</td> })
                .collect_view();
            view! { <tr><th scope="row">{say(label)}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll import-grid" role="region" tabindex="0" aria-label=word(Id::GridRegion)>
            <table class="data import-columns">
                <caption>{word(Id::ImpGridCaption)}</caption>
                <thead>
                    <tr><td></td>{headers}</tr>
                    <tr class="role-row"><th scope="row">{word(Id::ImpGridRoleRow)}</th>{roles}</tr>
                    <tr class="separator-row"><th scope="row">{word(Id::ImpGridNumbersRow)}</th>{separators}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
