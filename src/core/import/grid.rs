//! The import preview's table of columns, as a spreadsheet's import dialog lays it out: a
//! column per file column, its role and decimal separator on top, the first rows under
//! them. Every word the table shows is here; the panel draws it and forwards the selects.

use super::analyze::Preview;
use super::columns::Role;
use crate::core::basics::number::DecimalSep;

/// The table's caption.
pub const CAPTION: &str =
    "How each column is read: its role and, for numbers, its decimal separator; the first rows under them";
/// The label of the row of role selects.
pub const ROLE_ROW: &str = "Role";
/// The label of the row of separator selects.
pub const SEPARATOR_ROW: &str = "Numbers";
/// A text column's cell in the separator row.
pub const NOT_A_NUMBER: &str = "— (text)";

/// One file column in the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridColumn {
    pub index: usize,
    pub header: String,
    pub role: Role,
    /// The decimal separator in force, for a column of numbers.
    pub separator: Option<DecimalSep>,
    /// Why that separator ("Decided: decimal comma (as in “12,50”)").
    pub reason: Option<String>,
    /// The accessible names of its selects.
    pub role_label: String,
    pub separator_label: String,
    /// Its first rows' values, as read, one per row of the table (blank past its last).
    pub cells: Vec<String>,
}

/// The table: its columns, and the labels of its sample rows ("Row 1" …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    pub columns: Vec<GridColumn>,
    pub row_labels: Vec<String>,
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
                reason: numeric.then(|| format!("Decided: {}", c.decimal.reason())),
                role_label: format!("Role of column {}", c.header),
                separator_label: format!("Decimal separator of column {}", c.header),
                cells: (0..rows).map(|r| c.samples.get(r).cloned().unwrap_or_default()).collect(),
            }
        })
        .collect();
    Grid { columns, row_labels: (1..=rows).map(|r| format!("Row {r}")).collect() }
}

/// The separator select's choices: its id and its label.
pub fn separator_choices() -> [(&'static str, &'static str); 2] {
    [(DecimalSep::Dot.id(), "Decimal point (1,234.5)"), (DecimalSep::Comma.id(), "Decimal comma (1.234,5)")]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::analyze::Overrides;
    use crate::core::import::read::analyze;

    #[test]
    fn a_column_per_file_column_with_its_first_rows_under_it() {
        let text = "Campaign name;Amount spent (EUR);Results\nSpring;12,50;4\nSummer;3,00;1\n";
        let p = analyze("Pasted cells", text, &Overrides::default(), DecimalSep::Dot).unwrap();
        let g = grid(&p);
        assert_eq!(g.row_labels, ["Row 1", "Row 2"]);
        let headers: Vec<&str> = g.columns.iter().map(|c| c.header.as_str()).collect();
        assert_eq!(headers, ["Campaign name", "Amount spent (EUR)", "Results"]);
        assert_eq!(g.columns[0].cells, ["Spring", "Summer"]);
        assert_eq!(g.columns[0].separator, None, "a text column has no separator to choose");
        assert_eq!(g.columns[1].role, Role::Spend);
        assert_eq!(g.columns[1].separator, Some(DecimalSep::Comma));
        assert_eq!(g.columns[1].cells, ["12.5", "3"], "numbers as read");
        assert_eq!(g.columns[1].role_label, "Role of column Amount spent (EUR)");
        assert!(g.columns[1].reason.as_deref().is_some_and(|r| r.starts_with("Decided: decimal comma")));
    }
}
