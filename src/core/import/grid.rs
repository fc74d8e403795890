//! The import preview's table of columns, as a spreadsheet's import dialog lays it out: a
//! column per file column, its role and decimal separator on top, the first rows under
//! them. Every word the table shows is a message here (its fixed labels are `imp-grid-…`);
//! the panel draws it and forwards the selects.

use super::analyze::{Preview, Sample};
use super::columns::Role;
use super::wording::{msg, text};
use crate::core::basics::number::DecimalSep;
use crate::core::message::{Id, Message};

/// One file column in the table.
#[derive(Clone, Debug, PartialEq)]
pub struct GridColumn {
    pub index: usize,
    pub header: String,
    pub role: Role,
    /// The decimal separator in force, for a column of numbers.
    pub separator: Option<DecimalSep>,
    /// Why that separator ("Decided: decimal comma (as in “12,50”)").
    pub reason: Option<Message>,
    /// The accessible names of its selects.
    pub role_label: Message,
    pub separator_label: Message,
    /// Its first rows' values, as read, one per row of the table (blank past its last).
    pub cells: Vec<Sample>,
}

/// The table: its columns, and the labels of its sample rows ("Row 1" …).
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    pub columns: Vec<GridColumn>,
    pub row_labels: Vec<Message>,
}

/// The table of a preview's columns.
pub fn grid(p: &Preview) -> Grid {
    let rows = p.columns.iter().map(|c| c.samples.len()).max().unwrap_or(0);
    let columns = p
        .columns
        .iter()
        .map(|c| {
            let numeric = c.role.is_numeric();
            GridColumn {
                index: c.index,
                header: c.header.clone(),
                role: c.role,
                separator: numeric.then_some(c.decimal.sep),
                reason: numeric
                    .then(|| Message::of(Id::ImpGridDecided).with("reason", msg(c.decimal.reason()))),
                role_label: Message::of(Id::ImpGridRoleOf).with("column", text(&c.header)),
                separator_label: Message::of(Id::ImpGridSeparatorOf).with("column", text(&c.header)),
                cells: (0..rows)
                    .map(|r| c.samples.get(r).cloned().unwrap_or_else(|| Sample::Value(String::new())))
                    .collect(),
            }
        })
        .collect();
    Grid {
        columns,
        row_labels: (1..=rows).map(|r| Message::of(Id::ImpGridRow).with("row", text(r))).collect(),
    }
}

/// The separator select's choices: its id and its label.
pub fn separator_choices() -> [(&'static str, Id); 2] {
    [(DecimalSep::Dot.id(), Id::ImpDecimalPointChoice), (DecimalSep::Comma.id(), Id::ImpDecimalCommaChoice)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::analyze::Overrides;
    use crate::core::import::read::analyze;
    use crate::core::message::english;

    #[test]
    fn a_column_per_file_column_with_its_first_rows_under_it() {
        let text = "Campaign name;Amount spent (EUR);Results\nSpring;12,50;4\nSummer;3,00;1\n";
        let p = analyze("Pasted cells", text, &Overrides::default(), DecimalSep::Dot).unwrap();
        let g = grid(&p);
        assert_eq!(g.row_labels.iter().map(english).collect::<Vec<_>>(), ["Row 1", "Row 2"]);
        let headers: Vec<&str> = g.columns.iter().map(|c| c.header.as_str()).collect();
        assert_eq!(headers, ["Campaign name", "Amount spent (EUR)", "Results"]);
        let value = |v: &str| Sample::Value(v.to_string());
        assert_eq!(g.columns[0].cells, [value("Spring"), value("Summer")]);
        assert_eq!(g.columns[0].separator, None, "a text column has no separator to choose");
        assert_eq!(g.columns[1].role, Role::Spend);
        assert_eq!(g.columns[1].separator, Some(DecimalSep::Comma));
        assert_eq!(g.columns[1].cells, [value("12.5"), value("3")], "numbers as read");
        assert_eq!(english(&g.columns[1].role_label), "Role of column Amount spent (EUR)");
        assert!(g.columns[1]
            .reason
            .as_ref()
            .is_some_and(|r| english(r).starts_with("Decided: decimal comma")));
    }
}
