//! The import preview's table of columns ([`crate::core::import::grid`]): a column per file
//! column, the role and separator selects on top, the first rows under them, scrolling
//! sideways inside its card. Changes go back to the session as [`Correction`]s.

use leptos::prelude::*;

use crate::core::basics::number::DecimalSep;
use crate::core::import::columns::Role;
use crate::core::import::grid::{separator_choices, Grid, CAPTION, NOT_A_NUMBER, ROLE_ROW, SEPARATOR_ROW};
use crate::core::import::session::Correction;
use crate::core::message::Id;
use crate::web::words::word;

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
                        aria-label=c.role_label.clone()
                        prop:value=role.id()
                        on:change=move |ev| {
                            if let Some(r) = Role::from_id(&event_target_value(&ev)) {
                                correct.run(Correction::Role(index, r));
                            }
                        }
                    >
                        {Role::ALL.map(|r| view! { <option value=r.id() selected=r == role>{r.label()}</option> }).collect_view()}
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
                None => view! { <td class="muted">{NOT_A_NUMBER}</td> }.into_any(),
                Some(sep) => view! {
                    <td>
                        <select
                            id=format!("decimal-{index}")
                            aria-label=c.separator_label.clone()
                            prop:value=sep.id()
                            on:change=move |ev| correct.run(Correction::Decimal(index, DecimalSep::from_id(&event_target_value(&ev))))
                        >
                            {separator_choices().map(|(id, label)| view! { <option value=id selected=id == sep.id()>{label}</option> }).collect_view()}
                        </select>
                        <span class="hint">{c.reason.clone()}</span>
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
                .map(|c| view! { <td class="cell">{c.cells[r].clone()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{label.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll import-grid" role="region" tabindex="0" aria-label=word(Id::GridRegion)>
            <table class="data import-columns">
                <caption>{CAPTION}</caption>
                <thead>
                    <tr><td></td>{headers}</tr>
                    <tr class="role-row"><th scope="row">{ROLE_ROW}</th>{roles}</tr>
                    <tr class="separator-row"><th scope="row">{SEPARATOR_ROW}</th>{separators}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
