//! A stage not counted between two that are (a Meta export joined with a CRM has no replies):
//! the diagnosis judges the next step from the stage before, against the targets it spans
//! multiplied, says so, and never calls the ladder stopped; its gain and the lever ranking
//! follow the ladder's own product of rates.

use messaging_ladder::core::basics::number::DecimalSep;
use messaging_ladder::core::diagnosis::{step_label, verdict_text, StepVerdict, Verdict};
use messaging_ladder::core::ladder::fields::Field;
use messaging_ladder::core::ladder::{Stage, Step};
use messaging_ladder::core::message::english;
use messaging_ladder::core::workspace::Workspace;

#[test]
fn without_replies_qualification_is_judged_from_conversations_started() {
    // The sample without replies: 600 started, 78 qualified, 47 handed off, 14 customers;
    // $1,800 + $600; targets 60% reply and 40% qualification.
    let mut ws = Workspace::sample();
    ws.form.set(Field::Replies, String::new());
    let d = ws.evaluate(DecimalSep::Dot).diagnosis;
    let reply = &d.steps[Step::Reply as usize];
    assert_eq!(reply.verdict, StepVerdict::NotCounted);
    assert_eq!(english(&verdict_text(reply)), "Not counted: judged with the next step");
    let q = &d.steps[Step::Qualification as usize];
    // 78 / 600 = 13% against 60% × 40% = 24%; Wilson's 95% range for 78 of 600 is
    // 10.5%–15.9%, wholly below: the limiting step.
    assert_eq!((q.counts, q.from), (Some((78, 600)), Some(Stage::Started)));
    assert!((q.target - 0.24).abs() < 1e-12);
    assert_eq!(q.verdict, StepVerdict::Below);
    assert_eq!(d.verdict, Verdict::Limiting(Step::Qualification));
    assert_eq!(english(&step_label(q)), "Qualification rate (from conversations started)");
    assert_eq!(
        english(&d.verdict.badge(&d.steps)),
        "Limiting step: qualification (from conversations started)"
    );
    let evidence = english(&d.evidence[0]);
    assert!(
        evidence
            .starts_with("78 of 600 conversations started became qualified conversations: 13% (95% range"),
        "{evidence}"
    );
    assert!(
        evidence.ends_with("below the 24% target (the targets of the steps it spans, multiplied)."),
        "{evidence}"
    );
    // Reaching 24%: 14 × 24 / 13 = 25.85 customers, about 12 more, through the ladder's own
    // product of rates (the reply step's folded rate is 1).
    let gain = q.impact.unwrap();
    assert!((gain.customers - 14.0 * 0.24 / 0.13).abs() < 1e-9, "{gain:?}");
    // The data check says what isn't counted and how the step is judged instead, not that
    // the ladder stops at conversations started.
    let checks: Vec<String> = d.checks.iter().map(|c| english(&c.message)).collect();
    assert_eq!(
        checks,
        ["Not counted here: replies. The qualification step is judged from conversations started instead, \
          against its target and theirs multiplied; add replies (from your inbox or chat tool) to judge each \
          step on its own."]
    );
    // No lever for a step folded away; the others are ranked.
    assert!(d.levers.iter().all(|l| l.step != Some(Step::Reply)));
    assert!(d.levers.iter().any(|l| l.step == Some(Step::Qualification)));
}

#[test]
fn customers_not_counted_still_stop_the_ladder() {
    // Nothing after handoffs: no step folds into a later one; the check is as before.
    let mut ws = Workspace::sample();
    ws.form.set(Field::Customers, String::new());
    let d = ws.evaluate(DecimalSep::Dot).diagnosis;
    assert_eq!(d.steps[Step::Close as usize].verdict, StepVerdict::Missing);
    assert!(english(&d.checks[0].message).starts_with("The ladder stops at sales handoffs."));
}
