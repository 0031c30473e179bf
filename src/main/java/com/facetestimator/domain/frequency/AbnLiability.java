package com.facetestimator.domain.frequency;

import com.facetestimator.domain.Finding;
import java.util.Objects;

/**
 * Who pays when a service is not covered because a frequency limit is exceeded, and the
 * claim modifier that says so. This is standard Medicare ABN practice (form CMS-R-131), not
 * read in the LCDs, so it lives here as data and its findings carry the given confidence.
 *
 * @param withAbnModifier    modifier when a signed Advance Beneficiary Notice is on file (patient may be billed)
 * @param withoutAbnModifier modifier without one (provider liable)
 */
public record AbnLiability(String withAbnModifier, String withoutAbnModifier, String citation,
                           Finding.Confidence confidence) {

    /** Medicare: GA with an ABN on file, GZ without. */
    public static final AbnLiability MEDICARE = new AbnLiability("GA", "GZ",
            "Medicare Advance Beneficiary Notice practice (form CMS-R-131); FACET-RULES §2 [R]",
            Finding.Confidence.UNCONFIRMED);

    public AbnLiability {
        Objects.requireNonNull(withAbnModifier, "withAbnModifier");
        Objects.requireNonNull(withoutAbnModifier, "withoutAbnModifier");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
    }

    public String modifier(boolean abnOnFile) {
        return abnOnFile ? withAbnModifier : withoutAbnModifier;
    }

    /** The guidance for an exceeded, non-covered session: INFO with an ABN, WARNING without. */
    Finding finding(boolean abnOnFile) {
        if (abnOnFile) {
            return new Finding(Finding.Severity.INFO, "ABN-" + withAbnModifier,
                    "An ABN is on file: report the service with modifier " + withAbnModifier
                            + "; Medicare is expected to deny it and the patient may be billed.",
                    citation, confidence);
        }
        return new Finding(Finding.Severity.WARNING, "ABN-" + withoutAbnModifier,
                "No ABN on file: report the service with modifier " + withoutAbnModifier
                        + "; Medicare is expected to deny it and the provider bears the cost (the patient"
                        + " cannot be billed). A signed ABN obtained before the service shifts liability.",
                citation, confidence);
    }
}
