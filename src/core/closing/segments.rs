//! Imported segments' customers as time to close sees them: a segment whose deals are still
//! closing counts its customers so far developed as its period's are projected to develop
//! (chain ladder), or is marked as counting only the customers won so far when no projection
//! can be made. What the segment table's and the inversions' CAC read.

use super::dated::Dated;
use super::maturing::maturing;
use super::Closing;
use crate::core::basics::calendar::iso_date;
use crate::core::basics::dates::{period_name, Period};
use crate::core::comparison::segment::Segment;
use crate::core::comparison::words::series;
use crate::core::message::{Arg, Id, Message};

/// The first and last day of the deals looked at (all of them when `None`).
type Within = Option<(i64, i64)>;

/// The segments with projected customers where their deals are still closing, what each
/// counts (`None`: its deals have had time to close, or it has no customers to develop), and
/// a sentence naming the periods that moved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Developed {
    pub segments: Vec<Segment>,
    pub closing: Vec<Option<Closing>>,
    pub note: Option<Message>,
}

/// `segments` as time to close sees them with the deals of `dated`. A segment's deals are
/// those that started in its period (all the deals when it has none). While some of them are
/// still closing and the older cohorts allow a projection, its customers become
/// `round(customers × (W + C) ÷ W)`, where W is the wins so far among those deals and C the
/// wins projected still to come: the development its period's deals are projected to have,
/// applied to the customers the segment was credited with. With no projection, the customers
/// stay and are marked as counting only those so far.
pub fn develop(segments: &[Segment], dated: Option<&Dated>) -> Developed {
    let mut out = Developed { segments: segments.to_vec(), closing: vec![None; segments.len()], note: None };
    let Some(dated) = dated else { return out };
    let mut named: [Vec<(i64, Message)>; 2] = [Vec::new(), Vec::new()];
    // One look at the deals per period, however many campaigns share it.
    let mut cache: Vec<(Within, Option<(Closing, f64)>)> = Vec::new();
    for (i, s) in out.segments.iter_mut().enumerate() {
        let Some(customers) = s.customers.filter(|&c| c > 0) else { continue };
        let within = match &s.period {
            Some(p) => match p.days() {
                Some(days) => Some(days),
                None => continue,
            },
            None => None,
        };
        let seen = match cache.iter().find(|(w, _)| *w == within) {
            Some((_, seen)) => *seen,
            None => {
                let seen = development(dated, within);
                cache.push((within, seen));
                seen
            }
        };
        let Some((mark, factor)) = seen else { continue };
        s.customers = Some((customers as f64 * factor).round() as u64);
        out.closing[i] = Some(mark);
        let first = within.map_or(i64::MIN, |d| d.0);
        let name = within.map_or(Message::of(Id::ClosingAllDeals), |(a, b)| {
            period_name(&Period::new(&iso_date(a), &iso_date(b)))
        });
        let list = &mut named[mark as usize];
        if !list.iter().any(|(day, _)| *day == first) {
            list.push((first, name));
        }
    }
    let sentence = |id: Id, mut list: Vec<(i64, Message)>| {
        list.sort_by_key(|(day, _)| *day);
        let names = list.into_iter().map(|(_, m)| m).collect::<Vec<_>>();
        (!names.is_empty()).then(|| Message::of(id).with("periods", series(names, Id::DxListComma)))
    };
    let [so_far, projected] = named;
    let said: Vec<Message> =
        [sentence(Id::ClosingSegmentsProjected, projected), sentence(Id::ClosingSegmentsSoFar, so_far)]
            .into_iter()
            .flatten()
            .collect();
    out.note = match said.len() {
        0 => None,
        1 => said.into_iter().next(),
        _ => Some(
            Message::of(Id::ClosingSegmentsBoth)
                .with("projected", Arg::Message(Box::new(said[0].clone())))
                .with("so-far", Arg::Message(Box::new(said[1].clone()))),
        ),
    };
    out
}

/// What the deals started `within` count while still closing, and the factor their customers
/// so far grow by: `(W + C) ÷ W` when projected, 1 when not; `None` when they can be judged
/// (or nothing was won among them, so there is nothing to develop).
fn development(dated: &Dated, within: Option<(i64, i64)>) -> Option<(Closing, f64)> {
    let young = maturing(dated, within)?;
    Some(match young.to_come {
        Ok(to_come) => {
            let so_far = wins_so_far(dated, within);
            if so_far == 0 {
                return None;
            }
            (Closing::Projected, (so_far as f64 + to_come.wins) / so_far as f64)
        }
        Err(_) => (Closing::SoFar, 1.0),
    })
}

/// Wins by the "as of" day among the deals started `within` (all deals when `None`).
fn wins_so_far(dated: &Dated, within: Option<(i64, i64)>) -> u64 {
    let inside = |start: i64| within.is_none_or(|(a, b)| (a..=b).contains(&start));
    dated
        .deals
        .iter()
        .filter(|d| inside(d.start) && d.won_by(dated.as_of).is_some())
        .map(|d| u64::from(d.count))
        .sum()
}

/// What a group of segments counts: projected if any of them is, else so far if any is.
pub fn combined(marks: impl IntoIterator<Item = Option<Closing>>) -> Option<Closing> {
    marks.into_iter().flatten().max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::money::Money;
    use crate::core::closing::fixtures::{day, four_months};
    use crate::core::message::english;

    fn campaign(name: &str, month: &str, last: &str, customers: u64) -> Segment {
        Segment {
            name: name.into(),
            period: Some(Period::new(&format!("2026-{month}-01"), &format!("2026-{month}-{last}"))),
            spend: Some(Money::from_units(500)),
            started: Some(100),
            handoffs: Some(20),
            customers: Some(customers),
            ..Segment::default()
        }
    }

    #[test]
    fn a_young_months_campaigns_count_their_share_of_the_customers_to_come() {
        // As of 30 April (the cohorts' test): January and February are mature; March has 12
        // wins so far, projected to 1452/85 ≈ 17.08, so its development is 17.08 / 12 ≈ 1.4235;
        // April has 6, projected to 7018/425 ≈ 16.51: 2.7522.
        let dated = Dated { as_of: day("2026-04-30"), deals: four_months(), ..Dated::default() };
        let segments = [
            campaign("A", "02", "28", 5),
            campaign("A", "03", "31", 8),
            campaign("B", "03", "31", 4),
            campaign("A", "04", "30", 4),
            campaign("B", "04", "30", 0),
        ];
        let d = develop(&segments, Some(&dated));
        let customers: Vec<_> = d.segments.iter().map(|s| s.customers.unwrap()).collect();
        // February stays 5. March: 8 × 1.4235 = 11.39 → 11; 4 × 1.4235 = 5.69 → 6.
        // April: 4 × 2.7522 = 11.01 → 11; no customers yet, nothing to develop: 0.
        assert_eq!(customers, [5, 11, 6, 11, 0]);
        assert_eq!(
            d.closing,
            [None, Some(Closing::Projected), Some(Closing::Projected), Some(Closing::Projected), None]
        );
        assert_eq!(
            english(d.note.as_ref().unwrap()),
            "Still closing: the CAC of March 2026, April 2026 counts the customers projected still \
             to come, marked “projected” (see Time to close)."
        );
        // Nothing dated: nothing moves.
        assert_eq!(develop(&segments, None).segments, segments.to_vec());
    }

    #[test]
    fn without_a_projection_the_customers_so_far_are_marked_so() {
        // 15 April: 11 mature wins, fewer than 20: no projection. February (judged 30 April),
        // March and April are still closing.
        let dated = Dated { as_of: day("2026-04-15"), deals: four_months(), ..Dated::default() };
        let segments = [campaign("A", "01", "31", 7), campaign("A", "03", "31", 8)];
        let d = develop(&segments, Some(&dated));
        assert_eq!(d.segments, segments.to_vec());
        assert_eq!(d.closing, [None, Some(Closing::SoFar)]);
        assert_eq!(
            english(d.note.as_ref().unwrap()),
            "Still closing: the CAC of March 2026 counts only the customers won so far, marked \
             “so far”; too few older deals have closed to project the rest (see Time to close)."
        );
        assert_eq!(
            combined([None, Some(Closing::SoFar), Some(Closing::Projected)]),
            Some(Closing::Projected)
        );
        assert_eq!(combined([None, None]), None);
    }
}
