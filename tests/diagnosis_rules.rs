//! The first-version weakest-step rules on hand-built ladders, one per situation the product
//! must recognise, with the exact words the panel shows.

use messaging_ladder::core::diagnosis::{Verdict, MIN_DENOMINATOR};
use messaging_ladder::core::fields::{Field, FormText};
use messaging_ladder::core::ladder::Step;
use messaging_ladder::core::number::DecimalSep;
use messaging_ladder::core::text::PlainFormatter;
use messaging_ladder::core::workspace::Workspace;

fn workspace(counts: [&str; 7]) -> Workspace {
    let fields = [
        Field::Spend,
        Field::Started,
        Field::Replies,
        Field::Qualified,
        Field::Handoffs,
        Field::Customers,
        Field::Revenue,
    ];
    let mut form = FormText::default();
    for (field, text) in fields.iter().zip(counts) {
        form.set(*field, text.to_string());
    }
    Workspace { currency: "USD".into(), form }
}

fn plain() -> PlainFormatter {
    PlainFormatter { currency: "USD".into() }
}

#[test]
fn sample_names_qualification_with_the_users_numbers() {
    let d = Workspace::sample().evaluate(DecimalSep::Dot).diagnosis;
    assert_eq!(d.verdict, Verdict::Weakest(Step::Qualification));
    assert_eq!(d.headline, "Chats are cheap, but few are a fit");
    let evidence: Vec<String> = d.evidence.iter().map(|s| s.render(&plain())).collect();
    assert_eq!(
        evidence,
        [
            "78 of 390 replies qualified: 20%, against a reference of 40%.",
            // 1800/78 = 23.08; 23.0769/3 = 7.69
            "Each qualified conversation costs USD 23.08 in ad spend, 7.69× the USD 3.00 cost per message.",
        ]
    );
    assert_eq!(
        d.context.unwrap().render(&plain()),
        "A message costs USD 3.00, a customer USD 128.57 in ad spend: it took about 43 conversations to win one customer."
    );
    assert!(d.risk.unwrap().starts_with("Don't pile questions on up front"));
    assert_eq!(d.actions.len(), 4);
    assert!(d.notes.is_empty(), "reply 65%, handoff 60.3%, close 29.8% are all above reference");
}

#[test]
fn weak_first_reply_points_at_the_first_response() {
    // reply 150/600 = 25% (ratio 0.42), others healthy.
    let d = workspace(["1200", "600", "150", "90", "60", "20", "8000"]).evaluate(DecimalSep::Dot).diagnosis;
    assert_eq!(d.verdict, Verdict::Weakest(Step::Reply));
    assert_eq!(d.headline, "Most chats end after the first message");
    let evidence: Vec<String> = d.evidence.iter().map(|s| s.render(&plain())).collect();
    assert_eq!(
        evidence,
        [
            "150 of 600 conversations started got a reply: 25%, against a reference of 60%.",
            "Every conversation that goes quiet is spend with no chance to qualify: 450 of them here.",
        ]
    );
}

#[test]
fn slow_handoff_points_at_chat_flow_speed() {
    // handoff 20/100 = 20% (ratio 0.4); close 10/20 = 50%.
    let d = workspace(["2000", "400", "250", "100", "20", "10", "5000"]).evaluate(DecimalSep::Dot).diagnosis;
    assert_eq!(d.verdict, Verdict::Weakest(Step::Handoff));
    assert_eq!(d.headline, "Qualified chats stall before they reach sales");
    // The close step has only 20 handoffs: noted as too thin, not judged.
    let notes: Vec<String> = d.notes.iter().map(|s| s.render(&plain())).collect();
    assert_eq!(
        notes,
        ["The close rate rests on only 20 sales handoffs: too few to judge (it takes at least 30)."]
    );
}

#[test]
fn weak_close_points_at_sales_pricing_and_fit() {
    // close 8/80 = 10% (ratio 0.4); qualification 160/300 = 53%; handoff 80/160 = 50%.
    let d = workspace(["3000", "500", "300", "160", "80", "8", "4000"]).evaluate(DecimalSep::Dot).diagnosis;
    assert_eq!(d.verdict, Verdict::Weakest(Step::Close));
    assert_eq!(d.headline, "Handoffs don't turn into customers");
    assert_eq!(
        d.evidence[1].render(&plain()),
        // CPA 3000/8 = 375; cost per message 6; 375/6 = 62.5
        "Each customer costs USD 375.00 in ad spend, 62.5× the USD 6.00 cost per message."
    );
}

#[test]
fn strong_steps_with_few_customers_point_at_reach_and_creative() {
    // reply 70%, qualification 50%, handoff 36/70 = 51.4%, close 9/36 = 25%; only 9 customers.
    let d = workspace(["900", "200", "140", "70", "36", "9", "2700"]).evaluate(DecimalSep::Dot).diagnosis;
    assert_eq!(d.verdict, Verdict::LowVolume);
    assert_eq!(d.headline, "The ladder works, but it is small");
    assert_eq!(
        d.evidence[0].render(&plain()),
        "Every measured step is at or above its reference, but only 9 customers came from 200 conversations."
    );
}

#[test]
fn thin_data_is_not_a_finding() {
    // Three conversations: nothing is judged.
    let d = workspace(["30", "3", "2", "1", "1", "1", "100"]).evaluate(DecimalSep::Dot).diagnosis;
    assert_eq!(d.verdict, Verdict::NotEnoughData);
    assert_eq!(d.notes.len(), 4);
    assert_eq!(
        d.notes[0].render(&plain()),
        format!("The reply rate rests on only 3 conversations started: too few to judge (it takes at least {MIN_DENOMINATOR}).")
    );
}

#[test]
fn inconsistent_counts_are_left_out_and_said() {
    // Qualified 420 > replies 400: the qualification step is not judged; close is weakest.
    let d = workspace(["3000", "600", "400", "420", "210", "10", "4000"]).evaluate(DecimalSep::Dot).diagnosis;
    assert_eq!(d.verdict, Verdict::Weakest(Step::Close));
    let notes: Vec<String> = d.notes.iter().map(|s| s.render(&plain())).collect();
    assert!(notes.contains(
        &"Qualified conversations (420) is larger than replies (400), so the qualification step is left out: check how conversations are tagged.".to_string()
    ), "{notes:?}");
}

#[test]
fn other_steps_below_reference_are_listed() {
    // reply 40% (ratio 0.67) and close 10% (ratio 0.4): close is weakest, reply noted.
    let d = workspace(["3000", "500", "200", "100", "60", "6", "4000"]).evaluate(DecimalSep::Dot).diagnosis;
    assert_eq!(d.verdict, Verdict::Weakest(Step::Close));
    assert_eq!(d.notes[0].render(&plain()), "The reply step is also below its reference: 40% against 60%.");
}

#[test]
fn healthy_and_large_ladder_has_no_weak_step() {
    let d =
        workspace(["5000", "1000", "700", "350", "200", "60", "30000"]).evaluate(DecimalSep::Dot).diagnosis;
    assert_eq!(d.verdict, Verdict::NoneStandsOut);
    assert!(d.actions.is_empty());
}
