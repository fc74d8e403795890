//! What the page says around the workspace, apart from it and never saved: the Undo offer
//! after a replacement, the line after copying a link or starting a download, and a link
//! that couldn't be opened. The shell holds one `Page` and changes it only through these
//! methods; the rules (when Undo is offered and withdrawn) are tested here.

use crate::core::message::{Id, Message};
use crate::core::outbound::share::LinkError;
use crate::core::workspace::event::{Event, Outcome};
use crate::core::workspace::Workspace;

/// The line under the header after an action.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// The link is on the clipboard.
    LinkCopied,
    /// The clipboard refused: the link, to copy by hand.
    CopyByHand(String),
    /// A download started in an embed (which can't know whether its frame allows it).
    Downloading(String),
}

impl Status {
    /// What the line says (for `CopyByHand`, the label of the field holding the link).
    pub fn message(&self) -> Message {
        match self {
            Status::LinkCopied => Message::of(Id::WsLinkCopied),
            Status::CopyByHand(_) => Message::of(Id::WsCopyByHand),
            Status::Downloading(file) => crate::core::outbound::embed::download_note(file),
        }
    }
}

/// The page's own state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// What Undo brings back, and what the page says beside it.
    pub undo: Option<(Workspace, Id)>,
    pub status: Option<Status>,
    /// A link in the address that couldn't be opened, and why (nothing was changed).
    pub refused: Option<LinkError>,
}

impl Page {
    /// After an event on the whole workspace (sample, Clear, a link in place, Undo): a
    /// replacement offers Undo of it; anything else, Undo itself included, withdraws the
    /// offer. Typing doesn't touch it: Undo after Clear and some typing brings back what
    /// Clear replaced.
    pub fn after(&mut self, outcome: &Outcome) {
        self.undo = match outcome {
            Outcome::Replaced { previous, notice } => Some(((**previous).clone(), *notice)),
            _ => None,
        };
    }

    /// The event Undo sends, while offered.
    pub fn undo_event(&self) -> Option<Event> {
        self.undo.as_ref().map(|(previous, _)| Event::Undo(previous.clone()))
    }

    /// A link was copied (`ok`), or the clipboard refused and `link` is shown to copy.
    pub fn copied(&mut self, ok: bool, link: String) {
        self.status = Some(if ok { Status::LinkCopied } else { Status::CopyByHand(link) });
    }

    /// A link in the address couldn't be opened: said until dismissed; nothing else changes.
    pub fn refuse_link(&mut self, why: LinkError) {
        self.refused = Some(why);
    }

    pub fn dismiss_link(&mut self) {
        self.refused = None;
    }

    pub fn downloading(&mut self, file: &str) {
        self.status = Some(Status::Downloading(file.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::message::english;

    #[test]
    fn undo_is_offered_after_a_replacement_and_brings_back_what_it_replaced() {
        let mut ws = Workspace::sample();
        let mut page = Page::default();
        let outcome = ws.update(Event::Clear);
        page.after(&outcome);
        assert_eq!(page.undo.as_ref().map(|u| u.1), Some(Id::WsCleared));
        assert_eq!(english(&Message::of(Id::WsCleared)), "Cleared.");
        let undo = page.undo_event().expect("offered");
        ws.update(undo);
        assert_eq!(ws, Workspace::sample(), "Undo brings back what Clear replaced");
        page.after(&Outcome::Changed);
        assert_eq!(page.undo_event(), None, "undone: nothing more to undo");
        // Clear, then the sample: Undo brings back the cleared page, not the first one.
        page.after(&ws.update(Event::Clear));
        page.after(&ws.update(Event::LoadSample));
        let Some(Event::Undo(previous)) = page.undo_event() else { panic!("offered") };
        assert!(previous.form.get(crate::core::ladder::fields::Field::Spend).is_empty());
    }

    #[test]
    fn a_refused_clipboard_shows_the_link_to_copy_by_hand() {
        let mut page = Page::default();
        page.copied(true, "https://x/#ml1.a".into());
        assert_eq!(page.status, Some(Status::LinkCopied));
        assert!(english(&Status::LinkCopied.message()).starts_with("Link copied."));
        page.copied(false, "https://x/#ml1.a".into());
        assert_eq!(page.status, Some(Status::CopyByHand("https://x/#ml1.a".into())));
        page.refuse_link(LinkError::Damaged);
        assert_eq!((page.refused.clone(), page.undo.is_none()), (Some(LinkError::Damaged), true));
        page.dismiss_link();
        assert_eq!(page.refused, None);
        page.downloading("a.csv");
        assert!(english(&page.status.as_ref().unwrap().message()).starts_with("Downloading “a.csv”."));
    }
}
