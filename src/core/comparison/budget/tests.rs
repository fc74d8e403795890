//! Budget moves worked by hand, and their invariants.

use super::*;

fn seg(name: &str, spend: i64, counts: [u64; 5], revenue: i64) -> Segment {
    Segment {
        name: name.into(),
        spend: Some(Money::from_units(spend)),
        started: Some(counts[0]),
        replies: Some(counts[1]),
        qualified: Some(counts[2]),
        handoffs: Some(counts[3]),
        customers: Some(counts[4]),
        revenue: Some(Money::from_units(revenue)),
        ..Default::default()
    }
}

fn two() -> [Segment; 2] {
    // A: 0.50 a message, 2 customers (CAC 200); B: 2.00 a message, 10 customers (CAC 40).
    [seg("A", 400, [800, 400, 40, 20, 2], 1000), seg("B", 400, [200, 150, 75, 40, 10], 5000)]
}

#[test]
fn moving_to_the_cheaper_customers_lowers_cac() {
    let s = two();
    let before = shift(&s, 0, 1, 0.0, 0.3, Entry::Missing).unwrap();
    assert_eq!((before.customers, before.cac), (12.0, Some(800.0 / 12.0)));
    // At k = 0: A at half its spend has 1 customer, B at 1.5× has 15: 16, CAC 800 / 16 = 50.
    let linear = shift(&s, 0, 1, 200.0, 0.0, Entry::Missing).unwrap();
    assert!((linear.customers - 16.0).abs() < 1e-9);
    assert_eq!(linear.cac, Some(50.0));
    // At k = 0.3: A scales by 0.5^0.7 = 0.61557, B by 1.5^0.7 = 1.32822: 2 × 0.61557 +
    // 10 × 1.32822 = 14.513 customers, CAC 800 / 14.513 = 55.12. Revenue 1,000 × 0.61557 +
    // 5,000 × 1.32822 = 7,256.58.
    let k = shift(&s, 0, 1, 200.0, 0.3, Entry::Missing).unwrap();
    assert!((k.customers - (2.0 * 0.5f64.powf(0.7) + 10.0 * 1.5f64.powf(0.7))).abs() < 1e-9);
    assert!((k.cac.unwrap() - 55.12).abs() < 0.005);
    assert!((k.revenue.unwrap() - 7256.58).abs() < 0.005);
    // Other cost joins CAC: (800 + 200) / 14.513 = 68.90.
    let all_in = shift(&s, 0, 1, 200.0, 0.3, Entry::Given(Money::from_units(200))).unwrap();
    assert!((all_in.cac.unwrap() - 68.90).abs() < 0.005);
    let f = crate::core::basics::text::PlainFormatter { currency: "USD".into() };
    assert_eq!(
        describe(200.0, "A", "B", &before, &k).render(&f),
        "Moving USD 200.00 from A to B: about 15 customers instead of 12, CAC USD 55.12 instead of USD 66.67."
    );
    // The noun agrees with the customers after the move; no CAC, no CAC said.
    let one = Account { customers: 1.2, cac: None, ..k.clone() };
    assert_eq!(
        describe(50.0, "A", "B", &before, &one).render(&f),
        "Moving USD 50.00 from A to B: about 1 customer instead of 12."
    );
    // More than the segment spends, or a segment without counts: no answer.
    assert_eq!(shift(&s, 0, 1, 401.0, 0.3, Entry::Missing), None);
}

#[test]
fn the_naive_target_is_the_cheapest_message_and_the_right_one_the_cheapest_customer() {
    let s = [
        seg("A", 400, [800, 400, 40, 20, 2], 1000),
        seg("B", 400, [200, 150, 75, 40, 10], 5000),
        seg("C", 100, [100, 50, 10, 5, 1], 0),
    ];
    // Moving out of C: A has the cheapest messages (0.50), B the cheapest customers (40).
    assert_eq!(cheapest(&s, 2), (Some(0), Some(1)));
}

#[test]
fn a_move_of_nothing_or_between_identical_segments_changes_nothing_at_todays_prices() {
    let s = two();
    let none = shift(&s, 0, 1, 0.0, 0.3, Entry::Missing).unwrap();
    let base = shift(&s, 1, 0, 0.0, 0.7, Entry::Missing).unwrap();
    assert_eq!(none.customers, base.customers);
    let twins = [seg("X", 300, [300, 200, 100, 50, 10], 900), seg("Y", 300, [300, 200, 100, 50, 10], 900)];
    let still = shift(&twins, 0, 1, 150.0, 0.0, Entry::Missing).unwrap();
    assert!((still.customers - 20.0).abs() < 1e-9 && still.cac == Some(30.0));
    // With rising prices the move can only lose: each doubling costs more per message.
    for k in [0.1, 0.3, 0.9] {
        assert!(shift(&twins, 0, 1, 150.0, k, Entry::Missing).unwrap().customers < 20.0);
    }
}

#[test]
fn a_move_becomes_a_scenario_that_reproduces_the_account() {
    let s = two();
    let after = shift(&s, 0, 1, 200.0, 0.3, Entry::Missing).unwrap();
    let base = LeverValues {
        spend: 800.0,
        cost_per_message: 0.8,
        rates: [0.55, 0.2, 0.52, 0.2],
        revenue_per_customer: Some(500.0),
        other_cost: 0.0,
        uncounted: [false; 4],
    };
    let scenario = as_scenario("Move 200 from A to B", &after, &base);
    let v = scenario.apply(&base);
    assert!((v.counts()[4] - after.customers).abs() < 1e-9);
    assert!((v.metric(crate::core::ladder::MetricId::Cac).unwrap() - after.cac.unwrap()).abs() < 1e-9);
}

#[test]
fn the_move_is_typed_like_any_number() {
    use crate::core::basics::number::DecimalSep;
    assert_eq!(read_inputs("1.500", "0,5", DecimalSep::Comma), Ok((Some(1500.0), 0.5)));
    assert_eq!(read_inputs("", "", DecimalSep::Dot), Ok((None, DEFAULT_EXPONENT)));
    // Said on the line that shows a problem.
    let said = |problem: MoveProblem| {
        crate::core::message::english(&Message::of(Id::ErrorLine).with("problem", problem.as_arg()))
    };
    assert!(said(read_inputs("abc", "", DecimalSep::Dot).unwrap_err())
        .starts_with("Error: “abc” is not a number"));
    assert!(said(read_inputs("10", "2", DecimalSep::Dot).unwrap_err())
        .starts_with("Error: The exponent is between 0 and 1"));
}

#[test]
fn the_exponent_note_works_its_example_through_in_the_page_s_number_format() {
    // At k = 0.3 a doubled spend pays 2^0.3 = 1.2311 times as much a message: 23.1% dearer,
    // and brings 2 ÷ 1.2311 = 1.6245 times the conversations: 62.5% more.
    let f = crate::core::basics::text::PlainFormatter { currency: "USD".into() };
    assert_eq!(
        exponent_note().render(&f),
        "How much dearer messages get as a segment's spend grows: at 0.3, doubling a segment's \
         spend makes its messages about 23.1% dearer (2^0.3 = 1.23×), so it brings 62.5% more \
         conversations, not 100%. 0 means more spend buys messages at today's price."
    );
}
