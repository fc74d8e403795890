//! The fixed words for each verdict: the headline, likely causes, actions, the risk of
//! overcorrecting, and the first action as the summary says it (their words in `en/*.ftl`).

use super::names::{folded_step_name, msg};
use super::{StepAssessment, Verdict};
use crate::core::ladder::targets::BusinessType;
use crate::core::ladder::Step;
use crate::core::message::{Id, Message};

pub(super) fn headline(verdict: Verdict, business: BusinessType, steps: &[StepAssessment]) -> Message {
    let id = match verdict {
        Verdict::Limiting(Step::Reply) => Id::DxHeadlineReply,
        Verdict::Limiting(Step::Qualification) => Id::DxHeadlineQualification,
        Verdict::Limiting(Step::Handoff) => Id::DxHeadlineHandoff,
        Verdict::Limiting(Step::Close) if business == BusinessType::LeadSeller => Id::DxHeadlineCloseLeads,
        Verdict::Limiting(Step::Close) => {
            return Message::of(Id::DxHeadlineClose).with("outcomes", msg(business.outcome().plural()));
        }
        Verdict::Provisional(step) => {
            let from = steps.get(step as usize).and_then(|a| a.from);
            return Message::of(Id::DxHeadlineProvisional).with("step", msg(folded_step_name(step, from)));
        }
        Verdict::MeetsTargets => Id::DxHeadlineMeetsTargets,
        Verdict::NothingClear => Id::DxHeadlineNothingClear,
        Verdict::NotEnoughData => Id::DxHeadlineNotEnoughData,
    };
    Message::of(id)
}

/// The fixed words for each verdict.
pub(super) struct Advice {
    pub(super) causes: Option<Id>,
    pub(super) actions: &'static [Id],
    pub(super) risk: Option<Id>,
    /// The first action inside the summary's last sentence ("First thing to try: …").
    pub(super) first_try: Option<Id>,
}

pub(super) fn advice(verdict: Verdict, business: BusinessType) -> Advice {
    let step = match verdict {
        Verdict::Limiting(s) | Verdict::Provisional(s) => Some(s),
        _ => None,
    };
    match (step, verdict) {
        (Some(Step::Reply), _) => Advice {
            causes: Some(Id::DxCausesReply),
            actions: &[Id::DxActionReplyFast, Id::DxActionReplyQuestion, Id::DxActionReplyAd],
            risk: Some(Id::DxRiskReply),
            first_try: Some(Id::DxTryReply),
        },
        (Some(Step::Qualification), _) => Advice {
            causes: Some(Id::DxCausesQualification),
            actions: &[
                Id::DxActionQualificationAd,
                Id::DxActionQualificationBudget,
                Id::DxActionQualificationQuestions,
                Id::DxActionQualificationDefine,
            ],
            risk: Some(Id::DxRiskQualification),
            first_try: Some(Id::DxTryQualification),
        },
        (Some(Step::Handoff), _) => Advice {
            causes: Some(Id::DxCausesHandoff),
            actions: &[Id::DxActionHandoffOffer, Id::DxActionHandoffTime, Id::DxActionHandoffTag],
            risk: Some(Id::DxRiskHandoff),
            first_try: Some(Id::DxTryHandoff),
        },
        (Some(Step::Close), _) if business == BusinessType::LeadSeller => Advice {
            causes: Some(Id::DxCausesCloseLeads),
            actions: &[Id::DxActionCloseLeadsReasons, Id::DxActionCloseLeadsCheck, Id::DxActionCloseLeadsCut],
            risk: Some(Id::DxRiskCloseLeads),
            first_try: Some(Id::DxTryCloseLeads),
        },
        (Some(Step::Close), _) => Advice {
            causes: Some(Id::DxCausesClose),
            actions: &[Id::DxActionCloseReview, Id::DxActionClosePrice, Id::DxActionCloseFollowUp],
            risk: Some(Id::DxRiskClose),
            first_try: Some(Id::DxTryClose),
        },
        (None, Verdict::MeetsTargets) => Advice {
            causes: Some(Id::DxCausesMeetsTargets),
            actions: &[
                Id::DxActionMeetsTargetsAudiences,
                Id::DxActionMeetsTargetsCreative,
                Id::DxActionMeetsTargetsBudget,
            ],
            risk: Some(Id::DxRiskMeetsTargets),
            first_try: None,
        },
        (None, Verdict::NothingClear) => {
            Advice { causes: Some(Id::DxCausesNothingClear), actions: &[], risk: None, first_try: None }
        }
        _ => Advice { causes: Some(Id::DxCausesNotEnoughData), actions: &[], risk: None, first_try: None },
    }
}
