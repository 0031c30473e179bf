package com.facetestimator.domain.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.ClaimLine;
import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.CoverageDetermination;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.coding.SpinalRegion;
import com.facetestimator.domain.frequency.FrequencyCounter;
import com.facetestimator.domain.frequency.FrequencyVerdict;
import com.facetestimator.domain.pricing.FeeQuote;
import com.facetestimator.domain.pricing.PricedClaim;
import com.facetestimator.domain.pricing.PricedLine;
import com.facetestimator.domain.pricing.PricingResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each at-risk reason is read off the estimate's own verdicts, flags and findings, and only then. */
class AtRiskReasonTest {
    private static final BigDecimal FEE = new BigDecimal("190.39");

    @Test
    void anEstimateThatPaysAsEstimatedHasNoReason() {
        assertThat(AtRiskReason.of(estimate(), false)).isEmpty();
    }

    @Test
    void eachSignalGivesItsReason() {
        Builder b = new Builder();
        b.exceeded = true;
        b.coverage = new CoverageDetermination(false, false, true);
        assertThat(AtRiskReason.of(b.build(), true)).containsExactly(AtRiskReason.FREQUENCY_EXCEEDED);
        assertThat(AtRiskReason.of(b.build(), false)).containsExactly(AtRiskReason.FREQUENCY_EXCEEDED, AtRiskReason.ABN_NEEDED);

        b = new Builder();
        b.coverage = new CoverageDetermination(true, true, false);
        assertThat(AtRiskReason.of(b.build(), false)).containsExactly(AtRiskReason.PRIOR_AUTHORIZATION_REQUIRED);

        b = new Builder();
        b.lineCovered = false;
        b.coverage = new CoverageDetermination(true, false, true);
        assertThat(AtRiskReason.of(b.build(), true)).containsExactly(AtRiskReason.LEVELS_NOT_COVERED);

        b = new Builder();
        b.coverage = new CoverageDetermination(false, false, true);
        assertThat(AtRiskReason.of(b.build(), true)).containsExactly(AtRiskReason.NOT_COVERED);

        b = new Builder();
        b.noLines = true;
        assertThat(AtRiskReason.of(b.build(), false)).containsExactly(AtRiskReason.NOT_BILLABLE);
    }

    @Test
    void provisionalAndIncompleteFeesGiveTheirReasonsAndPackagedDoesNot() {
        Builder b = new Builder();
        b.provisional = true;
        assertThat(AtRiskReason.of(b.build(), false)).containsExactly(AtRiskReason.FEES_PROVISIONAL);
        for (FeeQuote.Status missing : List.of(FeeQuote.Status.NOT_LOADED, FeeQuote.Status.CARRIER_PRICED)) {
            b = new Builder();
            b.status = missing;
            assertThat(AtRiskReason.of(b.build(), false)).as(missing.name()).containsExactly(AtRiskReason.FEES_INCOMPLETE);
        }
        b = new Builder();
        b.status = FeeQuote.Status.PACKAGED;
        assertThat(AtRiskReason.of(b.build(), false)).isEmpty();
    }

    @Test
    void findingsOfMueAndDiagnosesGiveTheirReasons() {
        assertThat(reasons(finding(Finding.Severity.WARNING, "NCCI-MUE"))).containsExactly(AtRiskReason.MUE_EXCEEDED);
        assertThat(reasons(finding(Finding.Severity.ERROR, "LCD-DX-NOT-COVERED"))).containsExactly(AtRiskReason.DIAGNOSES_NOT_COVERED);
        // A diagnosis WARNING (another region's code) or INFO (not checked) is not a reason to doubt payment.
        assertThat(reasons(finding(Finding.Severity.WARNING, "LCD-DX-REGION"))).isEmpty();
        assertThat(reasons(finding(Finding.Severity.INFO, "LCD-DX-NOT-CHECKED"))).isEmpty();
        assertThat(reasons(finding(Finding.Severity.INFO, "PAY-PACKAGED"))).isEmpty();

        // Diagnoses that do not support coverage make the service not covered: named once, as the diagnoses.
        Builder b = new Builder();
        b.coverage = new CoverageDetermination(false, false, true);
        b.findings.add(finding(Finding.Severity.ERROR, "LCD-DX-NOT-COVERED"));
        assertThat(AtRiskReason.of(b.build(), true)).containsExactly(AtRiskReason.DIAGNOSES_NOT_COVERED);
    }

    @Test
    void everyReasonHasAShortCodeAndAPlainSentence() {
        for (AtRiskReason r : AtRiskReason.values()) {
            assertThat(r.code()).matches("[A-Z_]{3,32}");
            assertThat(r.text()).as(r.code()).endsWith(".").doesNotContain("_").hasSizeBetween(30, 140);
        }
    }

    private static java.util.Set<AtRiskReason> reasons(Finding f) {
        Builder b = new Builder();
        b.findings.add(f);
        return AtRiskReason.of(b.build(), false);
    }

    private static Finding finding(Finding.Severity severity, String id) {
        return new Finding(severity, id, "message", "citation", Finding.Confidence.PRIMARY_SOURCE);
    }

    private static Estimate estimate() {
        return new Builder().build();
    }

    private static final class Builder {
        boolean exceeded;
        boolean lineCovered = true;
        boolean noLines;
        boolean provisional;
        FeeQuote.Status status = FeeQuote.Status.PRICED;
        CoverageDetermination coverage = new CoverageDetermination(true, false, false);
        final List<Finding> findings = new ArrayList<>();

        Estimate build() {
            ClaimLine line = new ClaimLine("64493", List.of(), 1, false, "Facet joint injection, lumbar/sacral, first level", lineCovered);
            FeeQuote fee = new FeeQuote("64493", "", SiteOfService.OFFICE, ClaimType.PROFESSIONAL, status, FeeQuote.Basis.PFS,
                    status == FeeQuote.Status.PRICED ? FEE : BigDecimal.ZERO, "64493 non-facility PFS", FeeQuote.BilateralAdjustment.NONE,
                    FeeQuote.MultipleProcedureRule.EXEMPT, null, null, List.of());
            List<PricedLine> lines = noLines ? List.of() : List.of(new PricedLine(line, FEE, lineCovered, fee));
            PricedClaim claim = new PricedClaim(ClaimType.PROFESSIONAL, lines, noLines ? BigDecimal.ZERO : FEE);
            PricingResult pricing = new PricingResult(List.of(claim), FEE, BigDecimal.ZERO, FEE, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of(), List.of(), provisional);
            FrequencyVerdict verdict = new FrequencyVerdict(SpinalRegion.LUMBAR_SACRAL, FrequencyCounter.THERAPEUTIC, 4, "ROLLING_12_MONTHS",
                    exceeded ? 4 : 1, exceeded, exceeded ? LocalDate.of(2027, 1, 4) : null, null, List.of());
            return new Estimate(SpinalRegion.LUMBAR_SACRAL, pricing, verdict, coverage, findings, List.of(), List.of(), List.of());
        }
    }
}
