//! The scenarios' starting point: the ladder's levers, with closing at its projected final
//! rate while imported deals are still closing (time to close), and a line saying so, so that
//! a what-if doesn't start from a close rate that is still arriving.

use super::lever::LeverValues;
use crate::core::diagnosis::Diagnosis;
use crate::core::ladder::{Ladder, Step};
use crate::core::message::{Arg, Id, Message};

/// The baseline levers, and the line that says closing starts at its projection when it does;
/// else what the ladder lacks, to say in place of the scenarios.
pub fn baseline(ladder: &Ladder, diagnosis: &Diagnosis) -> Result<(LeverValues, Option<Message>), Message> {
    let mut levers = LeverValues::from_ladder(ladder)?;
    let close = diagnosis.steps.iter().find(|a| a.step == Step::Close);
    let projected = close.and_then(|a| Some((a.rate?, a.so_far?)));
    let said = projected.map(|(rate, so_far)| {
        levers.rates[Step::Close as usize] = rate;
        Message::of(Id::ScnProjectedBaseline)
            .with("rate", Arg::Percent(rate))
            .with("so-far", Arg::Percent(so_far))
    });
    Ok((levers, said))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::calendar::day_number;
    use crate::core::basics::number::DecimalSep;
    use crate::core::closing::cohorts::NotProjected;
    use crate::core::closing::maturing::{Maturing, ToCome};
    use crate::core::diagnosis::diagnose;
    use crate::core::message::english;
    use crate::core::workspace::Workspace;

    #[test]
    fn closing_starts_at_its_projection_while_deals_are_still_closing() {
        // The sample: 14 of 47 handoffs closed (29.8%).
        let e = Workspace::sample().evaluate(DecimalSep::Dot);
        let (plain, said) = baseline(&e.ladder, &e.diagnosis).unwrap();
        assert_eq!((plain.rates[Step::Close as usize], said), (14.0 / 47.0, None));
        // With 6 more wins to come: (14 + 6) / 47 = 42.6%.
        let mut settings = e.targets.settings.clone();
        let judge_on = day_number("2026-12-30").unwrap();
        let to_come = Ok(ToCome { wins: 6.0, mse: 0.0 });
        settings.maturing = Some(Maturing { since: Message::of(Id::MonthNovember), judge_on, to_come });
        let (levers, said) = baseline(&e.ladder, &diagnose(&e.ladder, &settings)).unwrap();
        assert!((levers.rates[Step::Close as usize] - 20.0 / 47.0).abs() < 1e-12);
        assert_eq!(levers.rates[..3], plain.rates[..3], "only closing moves");
        assert_eq!(
            english(&said.unwrap()),
            "Closing starts at its projected final rate, 42.6% (29.8% so far), as deals started lately are still closing."
        );
        // Too early to project: the observed rate, and nothing said here (the diagnosis says it).
        settings.maturing.as_mut().unwrap().to_come = Err(NotProjected::NoMatureCohort);
        let (levers, said) = baseline(&e.ladder, &diagnose(&e.ladder, &settings)).unwrap();
        assert_eq!((levers.rates[Step::Close as usize], said), (14.0 / 47.0, None));
    }
}
