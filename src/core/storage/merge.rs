//! Two tabs' edits brought together: a three-way merge of workspaces. Each tab knows the save
//! it started from (the base); when another tab saved in between, every setting this tab
//! changed is laid over the other tab's save, and everything it left alone comes from there.
//! So tab A's new spend and tab B's new replies both survive. A setting both tabs changed
//! takes this tab's value, the later edit. Lists (segments, scenarios) are merged whole.

use serde_json::{Map, Value};

use crate::core::workspace::Workspace;

fn merge_values(base: &Value, mine: &Value, theirs: &Value) -> Value {
    if mine == base {
        return theirs.clone();
    }
    if theirs == base {
        return mine.clone();
    }
    match (base, mine, theirs) {
        (Value::Object(b), Value::Object(m), Value::Object(t)) => {
            let empty = Value::Null;
            let mut out = Map::new();
            let keys = m.keys().chain(t.keys()).chain(b.keys());
            for key in keys {
                if out.contains_key(key) {
                    continue;
                }
                let pick = |side: &Map<String, Value>| side.get(key).unwrap_or(&empty).clone();
                let merged = merge_values(&pick(b), &pick(m), &pick(t));
                if !merged.is_null() || m.contains_key(key) || t.contains_key(key) {
                    out.insert(key.clone(), merged);
                }
            }
            Value::Object(out)
        }
        _ => mine.clone(),
    }
}

/// `theirs` (the newer save) with every change from `base` to `mine` laid over it.
pub fn merge(base: &Workspace, mine: &Workspace, theirs: &Workspace) -> Workspace {
    // Through JSON text, not `to_value`/`from_value`: the page then carries one (string)
    // instance of the workspace's serde code instead of two (issue 14's byte count).
    let json = |w: &Workspace| {
        let text = serde_json::to_string(w).expect("a workspace always serializes");
        serde_json::from_str::<Value>(&text).expect("its own JSON always parses")
    };
    let merged = merge_values(&json(base), &json(mine), &json(theirs)).to_string();
    serde_json::from_str::<Workspace>(&merged).map(Workspace::normalized).unwrap_or_else(|_| mine.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ladder::fields::Field;

    #[test]
    fn edits_to_different_fields_both_survive() {
        let base = Workspace::sample();
        let mut a = base.clone();
        a.form.set(Field::Spend, "2000".into());
        let mut b = base.clone();
        b.form.set(Field::Replies, "400".into());
        b.currency = "EUR".into();
        let merged = merge(&base, &b, &a);
        assert_eq!(merged.form.get(Field::Spend), "2000", "the other tab's edit");
        assert_eq!(merged.form.get(Field::Replies), "400", "this tab's edit");
        assert_eq!(merged.currency, "EUR");
        assert_eq!(merged.form.get(Field::Started), base.form.get(Field::Started));
        // Both changed one field: this tab's, the later edit, wins.
        let mut c = base.clone();
        c.form.set(Field::Spend, "2500".into());
        assert_eq!(merge(&base, &c, &a).form.get(Field::Spend), "2500");
        // Nothing changed here: the newer save as it is.
        assert_eq!(merge(&base, &base, &a), a);
    }
}
