//! A catalogue of message patterns in a subset of Project Fluent's syntax, so a translator's
//! tools read it: `id = text { $name } text`, continuation lines indented, and a plural
//! select `{ $count -> [one] … *[other] … }` on the count's CLDR category (or an exact number,
//! `[0]`). Comments start with `#`. Parsed once; rendering is in `render.rs`.

use std::collections::BTreeMap;

use crate::core::basics::plural::Plural;

/// One piece of a pattern.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Text(String),
    /// `{ $name }`: an argument, written by its type.
    Arg(String),
    /// `{ $name -> [one] … *[other] … }`: the variant for the argument's count.
    Select {
        arg: String,
        variants: Vec<(Key, Vec<Part>)>,
        default: usize,
    },
}

/// A variant's key: a plural category, or an exact number.
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    Category(Plural),
    Exact(u64),
}

/// The messages of one language, by id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalogue {
    pub entries: BTreeMap<String, Vec<Part>>,
}

/// Why a catalogue can't be read: the line and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueError {
    pub line: usize,
    pub message: String,
}

impl Catalogue {
    /// A language's catalogue from its files (name, text), as one: an error names the file.
    pub fn parse_files(files: &[(&str, &str)]) -> Result<Catalogue, CatalogueError> {
        let mut all = Catalogue::default();
        for (name, text) in files {
            let one = Catalogue::parse(text)
                .map_err(|e| CatalogueError { line: e.line, message: format!("{name}: {}", e.message) })?;
            all.entries.extend(one.entries);
        }
        Ok(all)
    }

    pub fn parse(text: &str) -> Result<Catalogue, CatalogueError> {
        let mut entries = BTreeMap::new();
        let mut current: Option<(String, String, usize)> = None;
        let mut finish = |entry: Option<(String, String, usize)>| -> Result<(), CatalogueError> {
            if let Some((id, value, line)) = entry {
                let parts = Parser { chars: value.chars().collect(), at: 0, line }.pattern(false)?;
                entries.insert(id, parts);
            }
            Ok(())
        };
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if line.starts_with([' ', '\t']) {
                let Some((_, value, _)) = current.as_mut() else {
                    return Err(CatalogueError {
                        line: i + 1,
                        message: "an indented line outside a message".into(),
                    });
                };
                value.push('\n');
                value.push_str(line.trim_start());
                continue;
            }
            let Some((id, value)) = line.split_once('=') else {
                return Err(CatalogueError { line: i + 1, message: "expected “id = text”".into() });
            };
            finish(current.take())?;
            current = Some((id.trim().to_string(), value.trim_start().to_string(), i + 1));
        }
        finish(current.take())?;
        Ok(Catalogue { entries })
    }
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    line: usize,
}

impl Parser {
    fn error<T>(&self, message: &str) -> Result<T, CatalogueError> {
        Err(CatalogueError { line: self.line, message: message.to_string() })
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_blanks(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    /// Text and placeables up to the end, or (in a variant) the end of its line.
    fn pattern(&mut self, in_variant: bool) -> Result<Vec<Part>, CatalogueError> {
        let mut parts = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            if in_variant && c == '\n' {
                break;
            }
            self.at += 1;
            if c == '{' {
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                parts.push(self.placeable()?);
            } else {
                text.push(c);
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(parts)
    }

    fn name(&mut self) -> Result<String, CatalogueError> {
        self.skip_blanks();
        if self.peek() != Some('$') {
            return self.error("expected “$name” in braces");
        }
        self.at += 1;
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_') {
            self.at += 1;
        }
        Ok(self.chars[start..self.at].iter().collect())
    }

    fn placeable(&mut self) -> Result<Part, CatalogueError> {
        let arg = self.name()?;
        self.skip_blanks();
        match self.peek() {
            Some('}') => {
                self.at += 1;
                Ok(Part::Arg(arg))
            }
            Some('-') if self.chars.get(self.at + 1) == Some(&'>') => {
                self.at += 2;
                self.select(arg)
            }
            _ => self.error("expected “}” or “->”"),
        }
    }

    fn select(&mut self, arg: String) -> Result<Part, CatalogueError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blanks();
            match self.peek() {
                Some('}') => {
                    self.at += 1;
                    break;
                }
                Some('*') => {
                    self.at += 1;
                    default = Some(variants.len());
                }
                _ => {}
            }
            if self.peek() != Some('[') {
                return self.error("expected a variant “[one] …”");
            }
            self.at += 1;
            let start = self.at;
            while self.peek().is_some_and(|c| c != ']') {
                self.at += 1;
            }
            let key: String = self.chars[start..self.at].iter().collect();
            self.at += 1;
            let key = match (Plural::from_name(key.trim()), key.trim().parse::<u64>()) {
                (Some(p), _) => Key::Category(p),
                (None, Ok(n)) => Key::Exact(n),
                _ => return self.error("a variant's key is a plural category or a number"),
            };
            while self.peek() == Some(' ') {
                self.at += 1;
            }
            variants.push((key, self.pattern(true)?));
        }
        match default {
            Some(default) => Ok(Part::Select { arg, variants, default }),
            None => self.error("a select needs a default variant marked with *"),
        }
    }
}
