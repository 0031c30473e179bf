package com.facetestimator.domain.estimate;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.pricing.PricedLine;
import com.facetestimator.domain.pricing.PricingRule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Why an appointment's revenue may not arrive as estimated: a short, stable code and a plain
 * sentence for the practice manager. Every reason is read off the estimate itself (its verdicts,
 * {@code provisional} and {@code complete} flags, and findings such as {@code NCCI-MUE} or the
 * coverage policy's diagnosis errors), so the rules stay where they are and are not checked twice.
 */
public enum AtRiskReason {
    FREQUENCY_EXCEEDED("The session would exceed the payer's frequency limit: the payer pays nothing for it."),
    PRIOR_AUTHORIZATION_REQUIRED("The payer requires prior authorization for this service; without it the claim is denied."),
    LEVELS_NOT_COVERED("One or more levels are not covered under the coverage policy; those lines are not paid."),
    NOT_COVERED("The service as scheduled is not covered under the coverage policy (for example its image guidance)."),
    DIAGNOSES_NOT_COVERED("The diagnoses given do not support coverage under the coverage policy."),
    ABN_NEEDED("A non-covered service without a signed ABN on file: the practice cannot bill the patient for it."),
    FEES_PROVISIONAL("A fee schedule or cost-sharing terms were carried forward from an earlier year: the amounts are provisional."),
    FEES_INCOMPLETE("A line's fee is not loaded or is priced by the contractor: the estimate counts it as 0."),
    MUE_EXCEEDED("Units of a code exceed its medically unlikely edit (MUE): the excess units are denied."),
    NOT_BILLABLE("No billable line results from the appointment as scheduled.");

    /** Diagnosis rules of the coverage policy; an ERROR among them means the diagnoses do not support coverage. */
    static final String DIAGNOSIS_RULE_PREFIX = "LCD-DX-";

    private final String text;

    AtRiskReason(String text) {
        this.text = text;
    }

    /** The code clients sort and filter by: the constant's name. */
    public String code() {
        return name();
    }

    /** One plain sentence, no codes or jargon beyond what a practice manager uses. */
    public String text() {
        return text;
    }

    /** Every reason an appointment's estimate gives; empty when it should pay as estimated. */
    public static Set<AtRiskReason> of(Estimate e, boolean abnOnFile) {
        Set<AtRiskReason> reasons = EnumSet.noneOf(AtRiskReason.class);
        boolean frequencyExceeded = e.frequency() != null && e.frequency().exceeded();
        if (frequencyExceeded) {
            reasons.add(FREQUENCY_EXCEEDED);
        }
        if (e.coverage().priorAuthorizationRequired()) {
            reasons.add(PRIOR_AUTHORIZATION_REQUIRED);
        }
        List<PricedLine> lines = e.pricing().claims().stream().flatMap(c -> c.lines().stream()).toList();
        if (lines.isEmpty()) {
            reasons.add(NOT_BILLABLE);
        }
        if (lines.stream().anyMatch(l -> !l.line().covered())) {
            reasons.add(LEVELS_NOT_COVERED);
        }
        if (e.pricing().provisional()) {
            reasons.add(FEES_PROVISIONAL);
        }
        if (!e.pricing().complete()) {
            reasons.add(FEES_INCOMPLETE);
        }
        boolean diagnoses = false;
        for (Finding f : e.findings()) {
            String id = f.ruleId();
            if (id.equals(PricingRule.MUE_EXCEEDED.id())) {
                reasons.add(MUE_EXCEEDED);
            } else if (id.startsWith(DIAGNOSIS_RULE_PREFIX) && f.severity() == Finding.Severity.ERROR) {
                diagnoses = true;
            }
        }
        if (diagnoses) {
            reasons.add(DIAGNOSES_NOT_COVERED);
        }
        // Not covered for a reason already named (the limit, the diagnoses) is not a further reason.
        if (!e.coverage().covered() && !frequencyExceeded && !diagnoses && !lines.isEmpty()) {
            reasons.add(NOT_COVERED);
        }
        if (e.coverage().abnAdvised() && !abnOnFile) {
            reasons.add(ABN_NEEDED);
        }
        return reasons;
    }
}
