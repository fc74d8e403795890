//! What a chart is drawn from: its view box, rectangles, lines and labels in the SVG's own
//! units, and each label's text as words or a typed number. Each panel's chart function
//! (the waterfall, the inversion scatter, the funnel plot, the funnel) lays its marks out in
//! these; the shell writes one SVG element per mark and decides nothing.

use crate::core::basics::text::Formatter;
use crate::core::message::Message;

/// The chart's coordinate system: `0 0 width height`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    pub width: f64,
    pub height: f64,
}

impl ViewBox {
    /// The `viewBox` attribute: "0 0 360 200".
    pub fn attr(self) -> String {
        format!("0 0 {} {}", self.width, self.height)
    }

    /// Whether a point is a finite one inside the box (for the charts' tests).
    #[cfg(test)]
    pub(crate) fn holds(self, x: f64, y: f64) -> bool {
        x.is_finite() && y.is_finite() && (0.0..=self.width).contains(&x) && (0.0..=self.height).contains(&y)
    }
}

/// A rectangle: its top left corner, width and height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// A straight line from (x1, y1) to (x2, y2).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
}

/// Which end of a label its position is: SVG's `text-anchor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The `text-anchor` attribute's value.
    pub fn attr(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// What a label says: words, or a number in its unit, written by the page's formatter.
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    Words(Message),
    Money(f64),
    Percent(f64),
    Count(u64),
    /// Written as given: a segment's name, a point's number in the legend.
    Plain(String),
}

impl Text {
    /// The label in the page's words and numbers.
    pub fn render(&self, format: &dyn Formatter) -> String {
        match self {
            Text::Words(message) => message.render(format),
            Text::Money(v) => format.money(*v),
            Text::Percent(v) => format.percent(*v),
            Text::Count(n) => format.count(*n),
            Text::Plain(text) => text.clone(),
        }
    }
}

/// A label at (x, y), anchored there by `anchor`. Its text is a [`Text`], or an
/// `Option<Text>` where the element is drawn empty when there is nothing to say.
#[derive(Clone, Debug, PartialEq)]
pub struct Label<T = Text> {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    pub text: T,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::text::PlainFormatter;
    use crate::core::message::Id;

    #[test]
    fn a_label_is_written_in_its_unit_and_the_box_holds_only_finite_points_inside_it() {
        let f = PlainFormatter { currency: "USD".into() };
        assert_eq!(Text::Money(1234.5).render(&f), "USD 1,234.50");
        assert_eq!(Text::Percent(0.25).render(&f), "25%");
        assert_eq!(Text::Count(1200).render(&f), "1,200");
        assert_eq!(Text::Plain("Brand".into()).render(&f), "Brand");
        assert_eq!(Text::Words(Message::of(Id::CmpBarBefore)).render(&f), "Before");
        let view = ViewBox { width: 360.0, height: 200.0 };
        // 360 and 200 are written as integers, as the constants they were.
        assert_eq!(view.attr(), "0 0 360 200");
        assert!(view.holds(0.0, 200.0) && view.holds(360.0, 0.0));
        assert!(!view.holds(f64::NAN, 1.0) && !view.holds(1.0, f64::INFINITY) && !view.holds(-0.1, 1.0));
        assert_eq!(Anchor::Middle.attr(), "middle");
    }
}
