//! Every ladder formula on hand-computed numbers: the sample workspace (a home-services
//! business) and the undefined cases, which must be a reason, never NaN, ∞ or 0.

use messaging_ladder::core::basics::number::DecimalSep;
use messaging_ladder::core::ladder::fields::Field;
use messaging_ladder::core::ladder::{MetricId, Reason, Stage, Value};
use messaging_ladder::core::message::english;
use messaging_ladder::core::workspace::Workspace;

/// Rounds to cents the way the page shows money.
fn cents(value: Value) -> i64 {
    (value.known().expect("value should be known") * 100.0).round() as i64
}

fn close(value: Value, expected: f64) {
    let got = value.known().expect("value should be known");
    assert!((got - expected).abs() < 1e-12, "got {got}, expected {expected}");
}

#[test]
fn sample_metrics_are_correct_to_the_cent() {
    // Spend 1,800; started 600; replies 390; qualified 78; handoffs 47; customers 14;
    // revenue 6,300; impressions 84,000; link clicks 1,260; other cost 600.
    let ladder = Workspace::sample().evaluate(DecimalSep::Dot).ladder;
    assert_eq!(cents(ladder.metric(MetricId::CostPerMessage)), 300); // 1800/600 = 3.00
    close(ladder.metric(MetricId::ReplyRate), 0.65); // 390/600
    close(ladder.metric(MetricId::QualificationRate), 0.2); // 78/390
    assert_eq!(cents(ladder.metric(MetricId::CostPerQualified)), 2308); // 1800/78 = 23.0769
    close(ladder.metric(MetricId::HandoffRate), 47.0 / 78.0); // 0.6026
    assert_eq!(cents(ladder.metric(MetricId::CostPerHandoff)), 3830); // 1800/47 = 38.2979
    close(ladder.metric(MetricId::CloseRate), 14.0 / 47.0); // 0.2979
    assert_eq!(cents(ladder.metric(MetricId::Cpa)), 12857); // 1800/14 = 128.5714
    assert_eq!(cents(ladder.metric(MetricId::Cac)), 17143); // (1800+600)/14 = 171.4286
    assert_eq!(cents(ladder.metric(MetricId::RevenuePerConversation)), 1050); // 6300/600
    close(ladder.metric(MetricId::Roas), 3.5); // 6300/1800
    assert_eq!(cents(ladder.metric(MetricId::RevenuePerCustomer)), 45000); // 6300/14
    assert_eq!(cents(ladder.metric(MetricId::Cpm)), 2143); // 1800/84000*1000 = 21.4286
    close(ladder.metric(MetricId::Ctr), 0.015); // 1260/84000
    assert_eq!(cents(ladder.metric(MetricId::CostPerClick)), 143); // 1800/1260 = 1.4286
    close(ladder.metric(MetricId::ClickToConversation), 600.0 / 1260.0);
}

#[test]
fn sample_stage_rows_show_count_rate_share_and_cost() {
    let ladder = Workspace::sample().evaluate(DecimalSep::Dot).ladder;
    let started = ladder.stage(Stage::Started);
    assert_eq!(started.count.given(), Some(600));
    assert_eq!(started.step_rate, Value::Unknown(Reason::FirstStep));
    close(started.share_of_started, 1.0);
    assert_eq!(cents(started.cost_per), 300);
    let qualified = ladder.stage(Stage::Qualified);
    close(qualified.step_rate, 0.2);
    close(qualified.share_of_started, 0.13); // 78/600
    assert_eq!(cents(qualified.cost_per), 2308);
    let customers = ladder.stage(Stage::Customer);
    close(customers.share_of_started, 14.0 / 600.0);
    assert_eq!(cents(customers.cost_per), 12857);
    assert!(ladder.stages.iter().all(|row| !row.inconsistent));
}

#[test]
fn formulas_name_their_operands() {
    assert_eq!(english(&MetricId::CostPerMessage.formula()), "Spend ÷ Conversations started");
    assert_eq!(english(&MetricId::Cac.formula()), "(Spend + Other acquisition cost) ÷ Customers");
    assert_eq!(english(&MetricId::Cpm.formula()), "Spend ÷ Impressions × 1,000");
    assert_eq!(english(&MetricId::Roas.formula()), "Revenue ÷ Spend");
    let ladder = Workspace::sample().evaluate(DecimalSep::Dot).ladder;
    let cac = ladder.metrics.iter().find(|m| m.id == MetricId::Cac).unwrap();
    assert_eq!((cac.numerator, cac.denominator), (Some(2400.0), Some(14.0)));
}

#[test]
fn division_by_zero_is_a_reason_not_a_number() {
    let mut ws = Workspace::sample();
    ws.form.set(Field::Customers, "0".into());
    let ladder = ws.evaluate(DecimalSep::Dot).ladder;
    for id in [MetricId::Cpa, MetricId::Cac, MetricId::RevenuePerCustomer] {
        let value = ladder.metric(id);
        assert_eq!(value, Value::Unknown(Reason::NoneYet(Field::Customers)), "{id:?}");
    }
    assert_eq!(english(&Reason::NoneYet(Field::Customers).text()), "no customers yet");
    // Close rate is 0 / 47: a real zero, not undefined.
    assert_eq!(ladder.metric(MetricId::CloseRate), Value::Known(0.0));
}

#[test]
fn blank_and_invalid_inputs_explain_themselves() {
    let mut ws = Workspace::sample();
    ws.form.set(Field::Started, "".into());
    ws.form.set(Field::Revenue, "soon".into());
    let ladder = ws.evaluate(DecimalSep::Dot).ladder;
    assert_eq!(ladder.metric(MetricId::CostPerMessage), Value::Unknown(Reason::Missing(Field::Started)));
    assert_eq!(english(&Reason::Missing(Field::Started).text()), "enter Conversations started");
    assert_eq!(ladder.metric(MetricId::Roas), Value::Unknown(Reason::Invalid(Field::Revenue)));
    assert_eq!(english(&Reason::Invalid(Field::Revenue).text()), "fix Revenue above");
    assert_eq!(english(&Reason::Missing(Field::Impressions).text()), "add Impressions under More inputs");
}

#[test]
fn blank_other_cost_makes_cac_equal_cpa_and_zero_spend_has_no_roas() {
    let mut ws = Workspace::sample();
    ws.form.set(Field::OtherCost, "".into());
    ws.form.set(Field::Spend, "0".into());
    let ladder = ws.evaluate(DecimalSep::Dot).ladder;
    assert_eq!(ladder.metric(MetricId::Cac), ladder.metric(MetricId::Cpa));
    assert_eq!(ladder.metric(MetricId::Roas), Value::Unknown(Reason::NoneYet(Field::Spend)));
    assert_eq!(english(&Reason::NoneYet(Field::Spend).text()), "no spend");
}

#[test]
fn delivery_metrics_appear_only_when_delivery_data_is_entered() {
    let mut ws = Workspace::sample();
    ws.form.set(Field::Impressions, "".into());
    ws.form.set(Field::LinkClicks, "".into());
    let ladder = ws.evaluate(DecimalSep::Dot).ladder;
    assert_eq!(ladder.metrics.len(), 12);
    ws.form.set(Field::Impressions, "1000".into());
    let ladder = ws.evaluate(DecimalSep::Dot).ladder;
    assert_eq!(ladder.metrics.len(), 16);
    assert_eq!(cents(ladder.metric(MetricId::Cpm)), 180_000); // 1800/1000*1000
    assert_eq!(ladder.metric(MetricId::CostPerClick), Value::Unknown(Reason::Missing(Field::LinkClicks)));
}

#[test]
fn a_later_stage_larger_than_the_one_before_is_marked_inconsistent() {
    let mut ws = Workspace::sample();
    ws.form.set(Field::Qualified, "400".into()); // more than 390 replies
    let ladder = ws.evaluate(DecimalSep::Dot).ladder;
    assert!(ladder.stage(Stage::Qualified).inconsistent);
    assert!(!ladder.stage(Stage::HandedOff).inconsistent);
    close(ladder.metric(MetricId::QualificationRate), 400.0 / 390.0);
}

#[test]
fn comma_locale_input_gives_the_same_ladder() {
    let mut ws = Workspace::sample();
    ws.form.set(Field::Spend, "1.800,00".into());
    let ladder = ws.evaluate(DecimalSep::Comma).ladder;
    assert_eq!(cents(ladder.metric(MetricId::CostPerMessage)), 300);
}
