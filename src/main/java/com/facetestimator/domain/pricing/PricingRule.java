package com.facetestimator.domain.pricing;

import com.facetestimator.domain.CataloguedRule;
import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.Finding.Severity;

/** The pricing rules that can surface as findings: id, severity, citation and how firmly each is sourced. */
public enum PricingRule implements CataloguedRule {
    FEE_NOT_LOADED("PAY-FEE-NOT-LOADED",
            "Warns that a line has no fee loaded for the date of service: it counts 0 and the figure is incomplete.",
            Severity.WARNING,
            "CMS payment files loaded for the date of service (PFS Relative Value File, OPPS Addendum B, ASC Addendum AA):"
                    + " a code without a row has no amount, and none is invented",
            Confidence.PRIMARY_SOURCE),
    CARRIER_PRICED("PAY-CARRIER-PRICED",
            "Warns that a code is carrier-priced in the PFS (no national RVUs, e.g. 0213T-0218T): its fee is missing.",
            Severity.WARNING,
            "CMS PFS Relative Value File, status code C (carrier-priced: no national RVUs)", Confidence.PRIMARY_SOURCE),
    PACKAGED("PAY-PACKAGED",
            "Says a line is packaged (OPPS N, ASC N1, PFS B): paid as part of another line, so 0 and not missing.",
            Severity.INFO,
            "CMS OPPS Addendum B status indicator N and ASC Addendum AA payment indicator N1 (packaged, no separate payment;"
                    + " 42 CFR 419.2(b), 42 CFR 416.164(b)); PFS Relative Value File status B (bundled)",
            Confidence.PRIMARY_SOURCE),
    NOT_SEPARATELY_PAYABLE("PAY-NOT-PRICED",
            "Warns that a code has a status the estimator does not price separately.",
            Severity.WARNING,
            "CMS PFS Relative Value File status codes; OPPS Addendum B status indicators; ASC Addendum AA payment indicators",
            Confidence.PRIMARY_SOURCE),
    LOCALITY_NOT_LOADED("PAY-LOCALITY-NOT-LOADED",
            "Warns that the locality has no GPCIs loaded: the PFS amount is the national one.",
            Severity.WARNING,
            "CMS PFS Addendum E (GPCIs by payment locality; national = all GPCIs 1.0), 42 CFR 414.26", Confidence.PRIMARY_SOURCE),
    FACILITY_NATIONAL_RATE("PAY-FACILITY-NATIONAL-RATE",
            "Says ASC or HOPD facility payments use national unadjusted rates when no wage index is known.",
            Severity.INFO,
            "42 CFR 416.172 (ASC rate x (0.5 x wage index + 0.5)); 42 CFR 419.43 (OPPS rate x (0.6 x wage index + 0.4)):"
                    + " national unadjusted rates of ASC Addendum AA and OPPS Addendum B",
            Confidence.PRIMARY_SOURCE),
    OPPS_CBSA_WAGE_INDEX("PAY-OPPS-CBSA-WAGE-INDEX",
            "Says an HOPD payment was wage-adjusted with the CBSA wage index, an approximation of the hospital's own.",
            Severity.INFO,
            "42 CFR 419.43 (OPPS rates are adjusted by the hospital's own wage index, from its provider-specific file)",
            Confidence.PRIMARY_SOURCE),
    OPPS_COMPREHENSIVE("PAY-OPPS-COMPREHENSIVE",
            "Says an RFA primary (J1) pays its comprehensive APC once and packages the claim's other services.",
            Severity.INFO,
            "CMS OPPS Addendum B status indicator J1 (comprehensive APC: one payment, the claim's other services packaged;"
                    + " 42 CFR 419.2(b))",
            Confidence.PRIMARY_SOURCE),
    BILATERAL_UNITS("PAY-BILATERAL-UNITS",
            "Warns that bilateral billed as modifier 50 with 2 units is paid 150% of one side, not 200%.",
            Severity.WARNING,
            "CMS PFS Relative Value File bilateral indicator 1 (both sides pay 150% of one side, never 200%);"
                    + " Medicare Claims Processing Manual, Pub. 100-04, ch. 12, section 40.7",
            Confidence.PRIMARY_SOURCE),
    OPPS_COPAY_CAP("PAY-OPPS-COPAY-CAP",
            "Caps the copayment for one OPPS service at the year's Part A inpatient deductible.",
            Severity.INFO,
            "Social Security Act section 1833(t)(8)(C): the copayment for one OPPS service is capped at the year's"
                    + " Part A inpatient deductible",
            Confidence.PRIMARY_SOURCE),
    COST_SHARING_UNKNOWN("PAY-COST-SHARING-UNKNOWN",
            "Warns that the payer profile has no cost-sharing terms for the date of service.",
            Severity.WARNING,
            "Payer profile cost-sharing terms (none in force on the date of service)", Confidence.PRIMARY_SOURCE),
    FEES_CARRIED_FORWARD("PAY-FEES-CARRIED-FORWARD",
            "Prices a date after the last loaded schedule or terms with the latest ones, marked provisional.",
            Severity.WARNING,
            "CMS publishes the PFS, OPPS and ASC payment files and the Medicare deductibles per calendar year; a later"
                    + " year's release replaces the carried-forward figures once it is loaded",
            Confidence.UNCONFIRMED),
    SITE_COMPARISON_INCOMPLETE("PAY-SITE-COMPARISON-INCOMPLETE",
            "Warns that a compared site's figure leaves out missing fees, so it is not the cheaper site.",
            Severity.WARNING,
            "CMS payment files loaded per site of service (PFS, OPPS Addendum B, ASC Addendum AA): a site whose figure"
                    + " leaves out a missing fee looks cheaper than it is",
            Confidence.PRIMARY_SOURCE),
    DERIVED_FEE_DATA("PAY-FEE-DATA-DERIVED",
            "Says a fee comes from a derived extract of a CMS file (values match the release; the file is not CMS's own).",
            Severity.INFO,
            "A derived extract of the CMS file named in the message: its values match the CMS release, but the file is"
                    + " not CMS's own",
            Confidence.SECONDARY_SOURCE),
    MUE_EXCEEDED("NCCI-MUE",
            "Warns when units of a code on an HOPD facility claim exceed its NCCI MUE.",
            Severity.WARNING,
            "CMS NCCI Medically Unlikely Edits, facility outpatient hospital services table effective 2026-10-01"
                    + " (derived extract of the CMS file)",
            Confidence.SECONDARY_SOURCE),
    NOT_COVERED_ABN("PAY-NOT-COVERED-ABN",
            "With a signed ABN (GA), bills the not-covered amount to the patient.",
            Severity.INFO,
            "Medicare Claims Processing Manual (Pub. 100-04) ch. 30; ABN form CMS-R-131: with a signed ABN (modifier GA)"
                    + " the patient can be billed for a non-covered service",
            Confidence.UNCONFIRMED),
    NOT_COVERED_NO_ABN("PAY-NOT-COVERED-PROVIDER-LIABLE",
            "Without an ABN (GZ), puts the not-covered amount on the provider.",
            Severity.WARNING,
            "Medicare Claims Processing Manual (Pub. 100-04) ch. 30; ABN form CMS-R-131: without an ABN (modifier GZ)"
                    + " the provider bears the loss",
            Confidence.UNCONFIRMED),
    NOT_COVERED_NO_NOTICE("PAY-NOT-COVERED-NO-ABN-FOR-PAYER",
            "For a payer without the ABN (Medicare Advantage), puts the not-covered amount on the provider unless the plan denied it in advance.",
            Severity.WARNING,
            "42 CFR 422.566 (Medicare Advantage organization determinations): the ABN is an Original Medicare notice",
            Confidence.UNCONFIRMED);

    private final Entry entry;

    PricingRule(String id, String does, Severity severity, String citation, Confidence confidence) {
        this.entry = new Entry(id, does, severity, citation, confidence);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
