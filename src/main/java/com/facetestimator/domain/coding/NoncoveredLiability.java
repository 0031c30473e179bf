package com.facetestimator.domain.coding;

import com.facetestimator.domain.Finding;
import java.util.Objects;

/**
 * Who pays when a service is not covered under a policy, and what the provider does about it
 * beforehand: an attribute of the policy for one payer type, loaded as data. Original Medicare
 * uses the Advance Beneficiary Notice (modifier GA with a signed ABN on file, GZ without); a
 * Medicare Advantage plan applies the same LCD criteria but has no ABN: the provider asks the
 * plan for a pre-service organization determination instead, and no GA/GZ modifier applies.
 *
 * @param withNoticeModifier    ABN only: modifier when a signed notice is on file (patient may be billed)
 * @param withoutNoticeModifier ABN only: modifier without one (provider liable)
 * @param withNoticeRule        the rule of the finding with a notice on file (ABN) or the advice (organization determination)
 * @param withoutNoticeRule     ABN only: the rule of the finding without one
 */
public record NoncoveredLiability(Notice notice, String withNoticeModifier, String withoutNoticeModifier,
                                  Rule withNoticeRule, Rule withoutNoticeRule) {

    /** How the provider protects itself before a service that may not be covered. */
    public enum Notice {
        /** Original Medicare's Advance Beneficiary Notice of Noncoverage. */
        ABN,
        /** A Medicare Advantage plan's pre-service organization determination. */
        ORGANIZATION_DETERMINATION
    }

    public NoncoveredLiability {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(withNoticeRule, "withNoticeRule");
        if (notice == Notice.ABN) {
            Objects.requireNonNull(withNoticeModifier, "withNoticeModifier");
            Objects.requireNonNull(withoutNoticeModifier, "withoutNoticeModifier");
            Objects.requireNonNull(withoutNoticeRule, "withoutNoticeRule");
        } else if (withNoticeModifier != null || withoutNoticeModifier != null) {
            throw new IllegalArgumentException("only an ABN has liability modifiers");
        }
    }

    /** The claim modifier of a non-covered service, or null when the notice has none. */
    public String modifier(boolean noticeOnFile) {
        if (notice != Notice.ABN) {
            return null;
        }
        return noticeOnFile ? withNoticeModifier : withoutNoticeModifier;
    }

    /** The guidance for a non-covered service: with an ABN INFO, without one WARNING; the MA advice WARNING. */
    public Finding finding(boolean noticeOnFile) {
        if (notice == Notice.ORGANIZATION_DETERMINATION) {
            return withNoticeRule.finding(Finding.Severity.WARNING,
                    "Medicare Advantage: the plan applies the LCD's criteria, but the ABN is an Original Medicare notice."
                            + " Ask the plan for a pre-service organization determination before the service; without"
                            + " one the provider usually cannot bill the enrollee for a denied service.");
        }
        if (noticeOnFile) {
            return withNoticeRule.finding(Finding.Severity.INFO,
                    "An ABN is on file: report the service with modifier " + withNoticeModifier
                            + "; Medicare is expected to deny it and the patient may be billed.");
        }
        return withoutNoticeRule.finding(Finding.Severity.WARNING,
                "No ABN on file: report the service with modifier " + withoutNoticeModifier
                        + "; Medicare is expected to deny it and the provider bears the cost (the patient"
                        + " cannot be billed). A signed ABN obtained before the service shifts liability.");
    }
}
