//! Lever values and goal targets as people type and read them: rates in percent, money in
//! the currency, through the form's number grammar ([`crate::core::basics::number`]) and the
//! locale's decimal mark, with the form's error messages. Also the sentence goal seek
//! answers with and the name of a scenario made from that answer.

use super::goal::{Answer, Goal};
use super::lever::{Lever, LeverValues};
use crate::core::basics::number::{parse_money, DecimalSep, NumberError};
use crate::core::basics::text::DASH;
use crate::core::ladder::Unit;
use crate::core::message::{plain, Arg, Id, Message};

/// How a lever's value is written in its field: one decimal for rates (in percent), two for
/// money, with the locale's decimal mark and no grouping, so it reads back as typed.
pub fn lever_text(lever: Lever, value: f64, sep: DecimalSep) -> String {
    let text = if lever.is_rate() { format!("{:.1}", value * 100.0) } else { format!("{value:.2}") };
    match sep {
        DecimalSep::Dot => text,
        DecimalSep::Comma => text.replace('.', ","),
    }
}

/// A lever's typed value: percent for rates ("65,5" or "65.5%" is 0.655), money for the rest.
/// Blank is `Ok(None)`: nothing to change.
pub fn parse_lever(lever: Lever, text: &str, sep: DecimalSep) -> Result<Option<f64>, NumberError> {
    let (number, scale) =
        if lever.is_rate() { (text.trim().trim_end_matches('%'), 100.0) } else { (text, 1.0) };
    Ok(parse_money(number, sep)?.map(|m| m.as_f64() / scale))
}

/// The slider's range for a lever, from 0: 100 (percent) for rates, three times the
/// baseline for money (at least 10).
/// Without a baseline (the slider is disabled then) a money slider still has a range.
pub fn slider_max(lever: Lever, base: Option<&LeverValues>) -> f64 {
    if lever.is_rate() {
        100.0
    } else {
        (base.and_then(|b| b.get(lever)).unwrap_or(0.0) * 3.0).max(10.0).ceil()
    }
}

/// A slider's position for a lever's value: percent for rates, the amount for money.
pub fn slider_position(lever: Lever, value: f64) -> f64 {
    if lever.is_rate() {
        value * 100.0
    } else {
        value
    }
}

/// A lever's value from its slider's position, as the browser writes it (a plain number
/// with a decimal point and as many digits as it likes).
pub fn from_slider(lever: Lever, position: &str) -> Option<f64> {
    let v: f64 = position.trim().parse().ok().filter(|v: &f64| v.is_finite())?;
    Some(if lever.is_rate() { v / 100.0 } else { v })
}

/// The unit a lever is written in beside its field.
pub fn lever_unit(lever: Lever) -> Unit {
    if lever.is_rate() {
        Unit::Percent
    } else {
        Unit::Money
    }
}

/// Goal seek's typed target: money for CAC and cost per qualified conversation, a number of
/// customers, or a ROAS multiple ("3", "3x", "2,5×"). Blank is `Ok(None)`.
pub fn parse_goal_target(goal: Goal, text: &str, sep: DecimalSep) -> Result<Option<f64>, NumberError> {
    let number = match goal {
        Goal::Roas => text.trim().trim_end_matches(['x', 'X', '×']),
        _ => text,
    };
    Ok(parse_money(number, sep)?.map(|m| m.as_f64()))
}

/// The unit a goal's value is written in.
pub fn goal_unit(goal: Goal) -> Unit {
    match goal {
        Goal::Roas => Unit::Multiple,
        Goal::Customers => Unit::Count,
        Goal::Cac | Goal::CostPerQualified => Unit::Money,
    }
}

/// A value in its unit, as a message's argument.
fn number(v: f64, unit: Unit) -> Arg {
    match unit {
        Unit::Money => Arg::Money(v),
        Unit::Percent => Arg::Percent(v),
        Unit::Multiple => Arg::Multiple(v),
        Unit::Count => Arg::Count(v.round().max(0.0) as u64),
        Unit::Decimal => Arg::Decimal(v),
    }
}

/// A message without arguments, as another's argument (a lever's or a goal's name).
fn named(id: Id) -> Arg {
    Arg::Message(Box::new(Message::of(id)))
}

/// What goal seek says, for its answer line: "Set close rate to 34% (now 29.8%)."
pub fn answer_sentence(answer: &Answer, base: &LeverValues, goal: Goal, lever: Lever) -> Message {
    let unit = lever_unit(lever);
    match answer {
        Answer::Set(v) => {
            let now = base.get(lever).map_or_else(|| Arg::Text(DASH.to_string()), |now| number(now, unit));
            Message::of(Id::ScnAnswerSet)
                .with("lever", named(lever.name()))
                .with("value", number(*v, unit))
                .with("now", now)
        }
        Answer::Unreachable { why, nearest: Some((v, g)) } => Message::of(Id::ScnAnswerNearest)
            .with("why", Arg::Message(Box::new(why.clone())))
            .with("lever", named(lever.label()))
            .with("value", number(*v, unit))
            .with("goal", named(goal.label()))
            .with("reached", number(*g, goal_unit(goal))),
        Answer::Unreachable { why, nearest: None } => {
            Message::of(Id::ScnAnswerUnreachable).with("why", Arg::Message(Box::new(why.clone())))
        }
        Answer::NotALever(why) => why.clone(),
    }
}

/// The name of a scenario made from a goal seek answer: "CAC 150 via close rate".
pub fn goal_scenario_name(goal: Goal, typed_target: &str, lever: Lever) -> String {
    plain(
        &Message::of(Id::ScnGoalScenarioName)
            .with("goal", named(goal.label()))
            .with("target", Arg::Text(typed_target.trim().to_string()))
            .with("lever", named(lever.name())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::basics::text::PlainFormatter;

    #[test]
    fn typed_goal_targets_follow_the_number_grammar() {
        // "150,5" was 1505 when the shell dropped commas; it is 150.5 in either locale.
        assert_eq!(parse_goal_target(Goal::Cac, "150,5", DecimalSep::Comma), Ok(Some(150.5)));
        assert_eq!(parse_goal_target(Goal::Cac, "150,5", DecimalSep::Dot), Ok(Some(150.5)));
        assert_eq!(parse_goal_target(Goal::Cac, "1.500", DecimalSep::Comma), Ok(Some(1500.0)));
        assert_eq!(parse_goal_target(Goal::Cac, "$1,500.25", DecimalSep::Dot), Ok(Some(1500.25)));
        assert_eq!(parse_goal_target(Goal::Roas, "2,5×", DecimalSep::Comma), Ok(Some(2.5)));
        assert_eq!(parse_goal_target(Goal::Cac, "  ", DecimalSep::Dot), Ok(None));
        let error = parse_goal_target(Goal::Cac, "abc", DecimalSep::Dot).unwrap_err();
        assert_eq!(
            error.to_string(),
            "“abc” is not a number. Type digits only, for example 1200 or 1,200.50."
        );
        assert_eq!(parse_goal_target(Goal::Cac, "-5", DecimalSep::Dot), Err(NumberError::Negative));
    }

    #[test]
    fn lever_fields_read_back_what_they_write() {
        assert_eq!(lever_text(Lever::ReplyRate, 0.655, DecimalSep::Comma), "65,5");
        assert_eq!(lever_text(Lever::Spend, 1800.0, DecimalSep::Dot), "1800.00");
        assert_eq!(parse_lever(Lever::ReplyRate, "65,5", DecimalSep::Comma), Ok(Some(0.655)));
        assert_eq!(parse_lever(Lever::ReplyRate, "65.5 %", DecimalSep::Dot), Ok(Some(0.655)));
        // A German user's 1.800 is eighteen hundred, not 1.8.
        assert_eq!(parse_lever(Lever::Spend, "1.800", DecimalSep::Comma), Ok(Some(1800.0)));
        assert_eq!(parse_lever(Lever::Spend, "1.800,50", DecimalSep::Comma), Ok(Some(1800.5)));
        assert!(matches!(parse_lever(Lever::Spend, "12a", DecimalSep::Dot), Err(NumberError::NotANumber(_))));
        assert_eq!(parse_lever(Lever::Spend, "", DecimalSep::Dot), Ok(None));
        // Sliders: the browser's plain numbers, any number of digits.
        assert_eq!(from_slider(Lever::ReplyRate, "65.5"), Some(0.655));
        assert_eq!(from_slider(Lever::Spend, "1234.5678901234"), Some(1234.5678901234));
        assert_eq!(from_slider(Lever::Spend, "NaN"), None);
        assert_eq!(slider_position(Lever::CloseRate, 0.25), 25.0);
        let base = LeverValues {
            spend: 1800.0,
            cost_per_message: 3.0,
            rates: [0.5; 4],
            revenue_per_customer: None,
            other_cost: 0.0,
            uncounted: [false; 4],
        };
        assert_eq!(
            (slider_max(Lever::Spend, Some(&base)), slider_max(Lever::ReplyRate, Some(&base))),
            (5400.0, 100.0)
        );
        assert_eq!(slider_max(Lever::OtherCost, Some(&base)), 10.0);
        assert_eq!((slider_max(Lever::Spend, None), slider_max(Lever::CloseRate, None)), (10.0, 100.0));
    }

    #[test]
    fn the_answer_is_a_sentence_with_its_numbers() {
        let base = LeverValues {
            spend: 1800.0,
            cost_per_message: 3.0,
            rates: [0.65, 0.2, 47.0 / 78.0, 14.0 / 47.0],
            revenue_per_customer: Some(450.0),
            other_cost: 600.0,
            uncounted: [false; 4],
        };
        let f = PlainFormatter { currency: "USD".into() };
        let set = answer_sentence(&Answer::Set(16.0 / 47.0), &base, Goal::Cac, Lever::CloseRate);
        assert_eq!(set.render(&f), "Set close rate to 34% (now 29.8%).");
        let why = Message::of(Id::ScnNoValue);
        let far = Answer::Unreachable { why: why.clone(), nearest: Some((1.0, 51.06)) };
        assert_eq!(
            answer_sentence(&far, &base, Goal::Cac, Lever::CloseRate).render(&f),
            "Not reachable: The baseline has a zero rate or no revenue, so no value of this lever gets there. The nearest: Close rate at 100% gives CAC USD 51.06."
        );
        let none = Answer::Unreachable { why, nearest: None };
        assert!(answer_sentence(&none, &base, Goal::Cac, Lever::CloseRate)
            .render(&f)
            .starts_with("Not reachable: The baseline has a zero rate"));
        let without = LeverValues { revenue_per_customer: None, ..base };
        assert_eq!(
            answer_sentence(&Answer::Set(500.0), &without, Goal::Roas, Lever::RevenuePerCustomer).render(&f),
            "Set revenue per customer to USD 500.00 (now —)."
        );
        assert_eq!(goal_scenario_name(Goal::Cac, " 150 ", Lever::CloseRate), "CAC 150 via close rate");
    }
}
