//! Every word a message: an [`Id`] with typed, named arguments ([`Message`]), turned into words
//! by one renderer from a catalogue a translator can work from (`en.ftl`, a subset of Project
//! Fluent's syntax: one entry per message, its arguments named). Plurals go by the count's
//! CLDR category, never by adding "s". The English catalogue is built in; other languages'
//! catalogues load beside it (issue 25). Panels move their words here one by one; what is left
//! in `src/web` is counted by `tests/web_words.rs`.

pub mod catalogue;
pub mod plural;

use std::sync::OnceLock;

use catalogue::{Catalogue, Key, Part};
use plural::Plural;

use crate::core::basics::text::Formatter;

/// Declares the message ids with their catalogue keys and the arguments each carries.
macro_rules! ids {
    ($($variant:ident = $key:literal [$($arg:literal),*]),* $(,)?) => {
        /// A message's identity.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Id { $($variant),* }

        impl Id {
            pub const ALL: &'static [Id] = &[$(Id::$variant),*];

            /// Its entry's name in the catalogues.
            pub fn key(self) -> &'static str {
                match self { $(Id::$variant => $key),* }
            }

            /// The arguments it carries, by name.
            pub fn args(self) -> &'static [&'static str] {
                match self { $(Id::$variant => &[$($arg),*]),* }
            }
        }
    };
}

ids! {
    Undo = "undo" [],
    Cancel = "cancel" [],
    Dismiss = "dismiss" [],
    NothingChanged = "nothing-changed" [],
    // The page
    SkipToResults = "skip-to-results" [],
    AppTagline = "app-tagline" [],
    LoadSample = "load-sample" [],
    Clear = "clear" [],
    CopyLink = "copy-link" [],
    PrintReport = "print-report" [],
    Present = "present" [],
    LeavePresentation = "leave-presentation" [],
    FrameNotKept = "frame-not-kept" [],
    BringYourData = "bring-your-data" [],
    YourNumbers = "your-numbers" [],
    YourNumbersLede = "your-numbers-lede" [],
    UseTypedNumbers = "use-typed-numbers" [],
    TargetsHeading = "targets-heading" [],
    TargetsLede = "targets-lede" [],
    ToInputs = "to-inputs" [],
    FunnelHeading = "funnel-heading" [],
    MetricsHeading = "metrics-heading" [],
    MetricsRegion = "metrics-region" [],
    DownloadLadder = "download-ladder" [],
    NothingSent = "nothing-sent" [],
    // The ladder shown
    SavedHere = "saved-here" [],
    ShowingLabel = "showing-label" [],
    FormulaSummary = "formula-summary" [],
    MetricsCaption = "metrics-caption" [],
    ValueColumn = "value-column" [],
    HowComputedColumn = "how-computed-column" [],
    // The diagnosis
    DataChecks = "data-checks" [],
    StepColumn = "step-column" [],
    RateColumn = "rate-column" [],
    RangeColumn = "range-column" [],
    TargetColumn = "target-column" [],
    VerdictColumn = "verdict-column" [],
    IfAtTargetColumn = "if-at-target-column" [],
    LeverMore = "lever-more" ["noun"],
    LeverCacAfter = "lever-cac-after" [],
    LeverMoreRevenue = "lever-more-revenue" [],
    LeverColumn = "lever-column" [],
    LikelyCauses = "likely-causes" [],
    WhatToTry = "what-to-try" [],
    DontOvercorrect = "dont-overcorrect" [],
    OtherBelow = "other-below" [],
    LargestDrop = "largest-drop" [],
    StepsRegion = "steps-region" [],
    StepsCaption = "steps-caption" [],
    LeversRegion = "levers-region" [],
    LeversCaption = "levers-caption" [],
    DiagnosisHeading = "diagnosis-heading" [],
    SummaryHeading = "summary-heading" [],
    CopySummary = "copy-summary" [],
    CopyMarkdown = "copy-markdown" [],
    SummaryCopied = "summary-copied" [],
    SummaryNoClipboard = "summary-no-clipboard" [],
    JudgedOnlyWhen = "judged-only-when" [],
    // What if
    ErrorMark = "error-mark" [],
    ErrorLine = "error-line" ["problem"],
    ResetLever = "reset-lever" [],
    ScenarioRegion = "scenario-region" ["name"],
    ScenarioName = "scenario-name" [],
    ScenarioDuplicate = "scenario-duplicate" [],
    ScenarioReset = "scenario-reset" [],
    ScenarioLinkCopied = "scenario-link-copied" [],
    ScenarioNoClipboard = "scenario-no-clipboard" [],
    ScenarioDelete = "scenario-delete" [],
    ComparisonRegion = "comparison-region" [],
    ComparisonCaption = "comparison-caption" [],
    MetricColumn = "metric-column" [],
    BaselineColumn = "baseline-column" [],
    GoalSeekHeading = "goal-seek-heading" [],
    GoalToReach = "goal-to-reach" [],
    GoalOf = "goal-of" [],
    GoalWhatMust = "goal-what-must" [],
    GoalLeverLabel = "goal-lever-label" [],
    GoalBe = "goal-be" [],
    GoalApply = "goal-apply" [],
    WhatIfHeading = "what-if-heading" [],
    WhatIfHint = "what-if-hint" [],
    AddScenario = "add-scenario" [],
    WorkspacesRegion = "workspaces-region" [],
    WorkspaceLabel = "workspace-label" [],
    WorkspaceManage = "workspace-manage" [],
    WorkspaceName = "workspace-name" [],
    WorkspaceNew = "workspace-new" [],
    WorkspaceDuplicate = "workspace-duplicate" [],
    WorkspaceDelete = "workspace-delete" [],
    WorkspaceDownloadBackup = "workspace-download-backup" [],
    WorkspaceRestoreBackup = "workspace-restore-backup" [],
    RestoreRegion = "restore-region" [],
    RestoreHolds = "restore-holds" ["contents"],
    RestoreBeside = "restore-beside" [],
    RestoreAdd = "restore-add" [],
    RestoreUnreadable = "restore-unreadable" [],
    BarCreated = "bar-created" [],
    BarDuplicated = "bar-duplicated" ["name"],
    BarDeleted = "bar-deleted" ["name"],
    BarBack = "bar-back" ["name"],
    BarRestored = "bar-restored" ["count"],
    BarOpenedShared = "bar-opened-shared" ["name"],
}

/// A typed argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Count(u64),
    Money(f64),
    Percent(f64),
    /// A name or other text given as is (a workspace's name, a file's).
    Text(String),
    Message(Box<Message>),
}

impl Arg {
    /// The number a plural select goes by.
    fn number(&self) -> Option<f64> {
        match self {
            Arg::Count(n) => Some(*n as f64),
            Arg::Money(v) | Arg::Percent(v) => Some(*v),
            _ => None,
        }
    }
}

/// A message: its id and its arguments by name.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: Id,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments.
    pub fn of(id: Id) -> Message {
        Message { id, args: Vec::new() }
    }

    /// Adds an argument (named as `id.args()` names it; the catalogue test checks the names).
    pub fn with(mut self, name: &'static str, arg: Arg) -> Message {
        debug_assert!(self.id.args().contains(&name), "{:?} carries no “{name}”", self.id);
        self.args.push((name, arg));
        self
    }

    fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// The English catalogue, built into the app.
pub fn english_catalogue() -> &'static Catalogue {
    static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
    ENGLISH.get_or_init(|| Catalogue::parse(include_str!("en.ftl")).expect("en.ftl is valid (tested)"))
}

/// Writes a message in a catalogue's words, its numbers by `format`, its plurals by `plural`.
/// A message the catalogue lacks is written as its key (the catalogue test keeps it from
/// happening).
pub fn render(
    catalogue: &Catalogue,
    message: &Message,
    format: &dyn Formatter,
    plural: &dyn Fn(f64) -> Plural,
) -> String {
    let Some(parts) = catalogue.entries.get(message.id.key()) else {
        return message.id.key().to_string();
    };
    let mut out = String::new();
    write_parts(parts, catalogue, message, format, plural, &mut out);
    out
}

fn write_parts(
    parts: &[Part],
    catalogue: &Catalogue,
    message: &Message,
    format: &dyn Formatter,
    plural: &dyn Fn(f64) -> Plural,
    out: &mut String,
) {
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Arg(name) => match message.arg(name) {
                Some(Arg::Count(n)) => out.push_str(&format.count(*n)),
                Some(Arg::Money(v)) => out.push_str(&format.money(*v)),
                Some(Arg::Percent(v)) => out.push_str(&format.percent(*v)),
                Some(Arg::Text(t)) => out.push_str(t),
                Some(Arg::Message(m)) => out.push_str(&render(catalogue, m, format, plural)),
                None => out.push_str(&format!("{{${name}}}")),
            },
            Part::Select { arg, variants, default } => {
                let n = message.arg(arg).and_then(Arg::number);
                let exact = n.and_then(|n| {
                    variants.iter().find(|(k, _)| matches!(k, Key::Exact(e) if *e as f64 == n))
                });
                let by_category = n.and_then(|n| {
                    let category = plural(n);
                    variants.iter().find(|(k, _)| *k == Key::Category(category))
                });
                let chosen = exact.or(by_category).unwrap_or(&variants[*default]);
                write_parts(&chosen.1, catalogue, message, format, plural, out);
            }
        }
    }
}

/// A message without arguments (a label, a button) in a catalogue held for the app's life,
/// borrowed from it: as cheap to put on the page as a string literal. A message with
/// arguments, or one the catalogue lacks, gives its key (the catalogue test keeps both from
/// happening).
pub fn word_in(catalogue: &'static Catalogue, id: Id) -> &'static str {
    match catalogue.entries.get(id.key()).map(Vec::as_slice) {
        Some([Part::Text(text)]) => text,
        _ => id.key(),
    }
}

/// A message in English, numbers written plainly (counts grouped: "1,200"): for the core's
/// own `Display`s and tests.
pub fn english(message: &Message) -> String {
    let plain = crate::core::basics::text::PlainFormatter { currency: String::new() };
    render(english_catalogue(), message, &plain, &plural::english)
}

#[cfg(test)]
mod tests;
