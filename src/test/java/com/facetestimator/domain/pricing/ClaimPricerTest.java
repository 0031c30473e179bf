package com.facetestimator.domain.pricing;

import static com.facetestimator.domain.pricing.TestFees.bilateralTwoLevelProfessional;
import static com.facetestimator.domain.pricing.TestFees.d;
import static com.facetestimator.domain.pricing.TestFees.facility;
import static com.facetestimator.domain.pricing.TestFees.line;
import static com.facetestimator.domain.pricing.TestFees.notCovered;
import static com.facetestimator.domain.pricing.TestFees.professional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.BillingConventions;
import com.facetestimator.domain.coding.Claim;
import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.FeeQuote.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClaimPricerTest {
    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 2);
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 2);
    private static final PatientCoverage DEDUCTIBLE_MET = new PatientCoverage(BigDecimal.ZERO, null, null, null);

    private final ClaimPricer pricer = new ClaimPricer(FeeScheduleSource.of(List.of(TestFees.medicareSchedule())));

    private PricingResult price(PayerProfile payer, SiteOfService site, LocalDate date, String locality,
                                PatientCoverage coverage, Claim... claims) {
        return pricer.price(new PricingRequest(payer, List.of(claims), site, date, locality, coverage, false, false));
    }

    private static List<BigDecimal> lineAmounts(PricedClaim claim) {
        return claim.lines().stream().map(PricedLine::allowed).toList();
    }

    private static void assertBalanced(PricingResult r) {
        assertThat(r.payerPays().add(r.patientPays()).add(r.providerLiability())).isEqualByComparingTo(r.allowed());
    }

    @Test
    void apiWorkedExampleComesOutToTheCent() {
        // docs/API.md POST /estimates: Medicare, office, 2026-03-02, L4-L5 + L5-S1 bilateral, national, deductible met
        PricingResult r = price(TestFees.medicare(), SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET,
                bilateralTwoLevelProfessional());

        assertThat(r.claims()).hasSize(1);
        assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("285.59"), d("143.79"));
        assertThat(r.claims().get(0).allowed()).isEqualTo(d("429.38"));
        assertThat(r.allowed()).isEqualTo(d("429.38"));
        assertThat(r.payerPays()).isEqualTo(d("343.50"));
        assertThat(r.patientPays()).isEqualTo(d("85.88"));
        assertThat(r.coinsurance()).isEqualTo(d("85.88"));
        assertThat(r.deductibleApplied()).isEqualTo(d("0.00"));
        assertThat(r.notCovered()).isEqualTo(d("0.00"));
        assertThat(r.steps()).startsWith(
                "64493 non-facility PFS 5.70 RVU x 33.4009 = 190.39",
                "64493-50 bilateral 150% = 285.59",
                "64494 non-facility PFS 2.87 RVU x 33.4009 = 95.86",
                "64494-50 bilateral 150% = 143.79",
                "professional claim allowed = 429.38");
        assertThat(r.steps()).contains("professional claim: coinsurance 20% x 429.38 = 85.88",
                "patient pays 85.88; payer pays 429.38 - 85.88 = 343.50");
        assertThat(r.sources()).containsExactly("CMS PFS RVU26A (released 2025-12-29), national");
        assertThat(r.findings()).isEmpty();
        assertBalanced(r);
    }

    @Nested
    class BilateralAndMultipleProcedures {
        @Test
        void twoUnitStyleWithModifier50PaysOneHundredFiftyPercentNeverTwoHundred() {
            PayerProfile twoUnits = TestFees.percentOfMedicare("two-unit-plan", "100", BilateralStyle.MODIFIER_50_TWO_UNITS, List.of());
            PricingResult r = price(twoUnits, SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET,
                    professional(line("64493", 2, false, "50"), line("64494", 2, true, "50")));
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("285.59"), d("143.79"));
            assertThat(r.steps()).contains("64493-50 bilateral 150% (2 units with modifier 50 count both sides) = 285.59");
        }

        @Test
        void rightAndLeftLinesArePaidLikeModifier50() {
            // 64493-RT 190.39 (100%); 64493-LT 190.39 x 50% = 95.20; 64494-RT 95.86; 64494-LT 95.86 x 50% = 47.93.
            // The pair of add-ons pays 150% (not 200%), so RT/LT totals the same 429.38 as 64493-50 + 64494-50.
            PayerProfile rtLt = TestFees.percentOfMedicare("rt-lt-plan", "100", BilateralStyle.RT_LT_LINES, List.of());
            PricingResult r = price(rtLt, SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET,
                    professional(line("64493", false, "RT"), line("64493", false, "LT"),
                            line("64494", true, "RT"), line("64494", true, "LT")));
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("190.39"), d("95.20"), d("95.86"), d("47.93"));
            assertThat(r.claims().get(0).allowed()).isEqualTo(d("429.38"));
            assertThat(r.steps()).contains(
                    "64493-LT other side of 64493-RT: RT and LT lines are one bilateral procedure (150%), this side 50% = 95.20");
        }

        @Test
        void unilateralAddOnPaysInFull() {
            PricingResult r = price(TestFees.medicare(), SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET,
                    professional(line("64493", false, "RT"), line("64494", true, "RT")));
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("190.39"), d("95.86"));
        }

        @Test
        void secondPrimaryIsReducedToFiftyPercentAfterTheBilateralAdjustment() {
            // 64490 2026 nf: 6.14 x 33.4009 = 205.08; -50 -> 307.62 (highest, 100%)
            // 64493-50: 285.59, not the highest -> 50% = 142.80 (285.59 x 0.5 = 142.795, half-up)
            PricingResult r = price(TestFees.medicare(), SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET,
                    professional(line("64493", false, "50"), line("64490", false, "50"), line("64494", true, "50")));
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("142.80"), d("307.62"), d("143.79"));
            assertThat(r.steps()).contains("64493-50 multiple procedure, not the highest-priced: 50% = 142.80");
        }

        @Test
        void rfaAddOnUnitsMultiply() {
            // 64635 nf 2026: 13.92 x 33.4009 = 464.94; 64636: 7.53 x 33.4009 = 251.51, x 2 joints = 503.02
            PricingResult r = price(TestFees.medicare(), SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET,
                    professional(line("64635", false, "RT"), line("64636", 2, true, "RT")));
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("464.94"), d("503.02"));
            assertThat(r.steps()).contains("64636-RT x 2 units = 503.02");
        }

        @Test
        void bilateralRfaAddOnUnitsAreJointsPerSide() {
            // 64636-50 x 2 (two more joints on each side): 251.51 x 2 x 150% = 754.53
            PricingResult r = price(TestFees.medicare(), SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET,
                    professional(line("64635", false, "50"), line("64636", 2, true, "50")));
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("697.41"), d("754.53"));
        }
    }

    @Nested
    class Sites {
        @Test
        void hopdPaysTheProfessionalAtFacilityRvusAndTheHospitalAtTheOppsRate() {
            // 2025, national, payer-default deductible 257 and 20%.
            // professional: 64493 2.73 x 32.3465 = 88.31 -> -50 132.47; 64494 1.52 x 32.3465 = 49.17 -> -50 73.76; = 206.23
            // facility: 64493-50 status T 890.29 x 150% = 1335.44; 64494-50 status N packaged 0.00; = 1335.44
            // deductible: 206.23 on the professional claim, 50.77 on the facility line
            // coinsurance: professional 0.00; facility 20% x (1335.44 - 50.77) = 256.93 (< cap 1676)
            // patient 206.23 + 50.77 + 256.93 = 513.93; payer 1541.67 - 513.93 = 1027.74
            PricingResult r = price(TestFees.medicare(), SiteOfService.HOPD, JUNE_2025, null, null,
                    bilateralTwoLevelProfessional(),
                    facility(line("64493", false, "50"), line("64494", true, "50")));

            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("132.47"), d("73.76"));
            assertThat(lineAmounts(r.claims().get(1))).containsExactly(d("1335.44"), d("0.00"));
            assertThat(r.allowed()).isEqualTo(d("1541.67"));
            assertThat(r.deductibleApplied()).isEqualTo(d("257.00"));
            assertThat(r.coinsurance()).isEqualTo(d("256.93"));
            assertThat(r.patientPays()).isEqualTo(d("513.93"));
            assertThat(r.payerPays()).isEqualTo(d("1027.74"));
            assertThat(r.steps()).contains(
                    "64493 facility PFS 2.73 RVU x 32.3465 = 88.31",
                    "64493 OPPS APC 5443 status T national unadjusted rate = 890.29",
                    "64493-50 bilateral 150% = 1335.44",
                    "64494 OPPS status N: packaged, no separate payment = 0.00",
                    "facility claim 64493-50: coinsurance 20% x 1284.67 = 256.93 (per-service copayment cap 1676.00 not reached)");
            assertThat(r.sources()).containsExactly("CMS PFS RVU25D (released 2025-09-11), national", TestFees.OPPS25);
            assertThat(r.findings()).extracting(Finding::ruleId)
                    .containsExactlyInAnyOrder("PAY-PACKAGED", "PAY-FACILITY-NATIONAL-RATE");
            assertThat(r.complete()).isTrue();
            assertThat(r.provisional()).isFalse();
            assertBalanced(r);
        }

        @Test
        void perServiceCopaymentCapLimitsTheHospitalCoinsurance() {
            // RFA in HOPD, 2025: 64635 J1 1952.77; a stated 100% coinsurance would be 1952.77, capped at 1676.00
            PatientCoverage noDeductibleFullCoinsurance = new PatientCoverage(BigDecimal.ZERO, d("100"), null, null);
            PricingResult r = price(TestFees.medicare(), SiteOfService.HOPD, JUNE_2025, null, noDeductibleFullCoinsurance,
                    facility(line("64635", false, "50"), line("64636", true, "50")));
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("1952.77"), d("0.00"));
            assertThat(r.patientPays()).isEqualTo(d("1676.00"));
            assertThat(r.payerPays()).isEqualTo(d("276.77"));
            assertThat(r.findings()).extracting(Finding::ruleId).contains("PAY-OPPS-COPAY-CAP", "PAY-OPPS-COMPREHENSIVE");
        }

        @Test
        void comprehensiveApcPackagesEveryOtherLineOfTheClaim() {
            PricingResult r = price(TestFees.medicare(), SiteOfService.HOPD, JUNE_2025, null, DEDUCTIBLE_MET,
                    facility(line("64635", false, "RT"), line("64493", false, "RT")));
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("1952.77"), d("0.00"));
            assertThat(r.steps()).contains("64493-RT packaged into the comprehensive APC of 64635-RT = 0.00");
        }

        @Test
        void ascFacilityFeeIsNotLoadedSoTheLineIsZeroWithAWarning() {
            // 2026 ASC: professional at facility RVUs: 64493 81.50 -> 122.25, 64494 43.76 -> 65.64
            PricingResult r = price(TestFees.medicare(), SiteOfService.ASC, MARCH_2026, null, DEDUCTIBLE_MET,
                    bilateralTwoLevelProfessional(),
                    facility(line("64493", false, "RT"), line("64493", false, "LT"), line("64494", true, "RT"), line("64494", true, "LT")));
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("122.25"), d("65.64"));
            assertThat(lineAmounts(r.claims().get(1))).containsOnly(d("0.00"));
            assertThat(r.claims().get(1).lines()).extracting(l -> l.fee().status()).containsOnly(Status.NOT_LOADED);
            assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("PAY-FEE-NOT-LOADED"))
                    .isNotEmpty()
                    .allSatisfy(f -> {
                        assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
                        assertThat(f.message()).contains("fee not loaded").contains("no ASC Addendum AA rate");
                    });
            assertThat(r.allowed()).isEqualTo(d("187.89"));
            // A missing fee is not a $0 fee: the claim and the whole estimate say they are incomplete.
            assertThat(r.complete()).isFalse();
            assertThat(r.claims().get(0).complete()).isTrue();
            assertThat(r.claims().get(1).complete()).isFalse();
            assertThat(r.missingLines()).extracting(PricedLine::label)
                    .containsExactly("64493-RT", "64493-LT", "64494-RT", "64494-LT");
        }

        @Test
        void oppsRatesAfterTheLastLoadedYearAreCarriedForwardAndProvisional() {
            // Only CY2025 OPPS rows are loaded here: 2026 is priced with them, never at 0.
            PricingResult r = price(TestFees.medicare(), SiteOfService.HOPD, MARCH_2026, null, DEDUCTIBLE_MET,
                    facility(line("64493", false, "50"), line("64494", true, "50")));
            assertThat(r.allowed()).isEqualTo(d("1335.44")); // 890.29 x 150%
            assertThat(r.provisional()).isTrue();
            assertThat(r.complete()).isTrue();
            assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("PAY-FEES-CARRIED-FORWARD"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
                        assertThat(f.message()).startsWith("CY2025 OPPS Addendum B rates (" + TestFees.OPPS25
                                + ") used for 2026-03-02: no CY2026 OPPS Addendum B rates loaded");
                    });
        }

        @Test
        void carrierPricedAndUnknownCodesAreZeroWithFindings() {
            PricingResult r = price(TestFees.medicare(), SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET,
                    professional(line("0216T", false, "50"), line("99999", false)));
            assertThat(r.allowed()).isEqualTo(d("0.00"));
            assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("PAY-CARRIER-PRICED", "PAY-FEE-NOT-LOADED");
        }

        @Test
        void localityPricesUseItsGpcisAndUnknownLocalitiesSaySo() {
            // LA 2026: 64493 215.78 (see FeeScheduleTest) -> -50 323.67
            PricingResult la = price(TestFees.medicare(), SiteOfService.OFFICE, MARCH_2026, "01182-18", DEDUCTIBLE_MET,
                    professional(line("64493", false, "50")));
            assertThat(la.allowed()).isEqualTo(d("323.67"));
            assertThat(la.findings()).isEmpty();

            PricingResult unknown = price(TestFees.medicare(), SiteOfService.OFFICE, MARCH_2026, "05302-99", DEDUCTIBLE_MET,
                    professional(line("64493", false, "50")));
            assertThat(unknown.allowed()).isEqualTo(d("285.59"));
            assertThat(unknown.findings()).extracting(Finding::ruleId).containsExactly("PAY-LOCALITY-NOT-LOADED");
        }

        @Test
        void januaryAndMarch2026DifferInAlabama() {
            PricingResult january = price(TestFees.medicare(), SiteOfService.OFFICE, LocalDate.of(2026, 1, 20), "10112-00",
                    DEDUCTIBLE_MET, bilateralTwoLevelProfessional());
            PricingResult march = price(TestFees.medicare(), SiteOfService.OFFICE, MARCH_2026, "10112-00",
                    DEDUCTIBLE_MET, bilateralTwoLevelProfessional());
            // 64493 171.32 -> 256.98, 64494 87.14 -> 130.71 ; March 170.73 -> 256.10, 86.75 -> 130.13
            assertThat(january.allowed()).isEqualTo(d("387.69"));
            assertThat(march.allowed()).isEqualTo(d("386.23"));
        }
    }

    @Nested
    class CostSharingCases {
        private PricingResult office2026(PatientCoverage coverage) {
            return price(TestFees.medicare(), SiteOfService.OFFICE, MARCH_2026, null, coverage, bilateralTwoLevelProfessional());
        }

        @Test
        void payerDefaultDeductibleComesFirst() {
            // 2026 deductible 283.00; coinsurance 20% x (429.38 - 283.00) = 29.28; patient 312.28; payer 117.10
            PricingResult r = office2026(null);
            assertThat(r.deductibleApplied()).isEqualTo(d("283.00"));
            assertThat(r.coinsurance()).isEqualTo(d("29.28"));
            assertThat(r.patientPays()).isEqualTo(d("312.28"));
            assertThat(r.payerPays()).isEqualTo(d("117.10"));
        }

        @Test
        void partlyMetDeductible() {
            // 100.00 left: 20% x 329.38 = 65.88 -> patient 165.88, payer 263.50
            PricingResult r = office2026(new PatientCoverage(d("100"), null, null, null));
            assertThat(r.patientPays()).isEqualTo(d("165.88"));
            assertThat(r.payerPays()).isEqualTo(d("263.50"));
        }

        @Test
        void outOfPocketRemainingCapsThePatientShare() {
            PricingResult r = office2026(new PatientCoverage(null, null, null, d("100")));
            assertThat(r.patientPays()).isEqualTo(d("100.00"));
            assertThat(r.payerPays()).isEqualTo(d("329.38"));
            assertThat(r.deductibleApplied().add(r.coinsurance()).add(r.copay())).isEqualByComparingTo("100.00");
            assertThat(r.steps()).contains("patient share 312.28 capped at out-of-pocket remaining 100.00");
        }

        @Test
        void copayIsAddedOncePerAppointment() {
            // commercial, 125% of Medicare: 356.99 + 179.74 = 536.73; deductible met; 10% = 53.67; copay 40 -> 93.67
            PayerProfile plan = TestFees.percentOfMedicare("plan", "125", BilateralStyle.MODIFIER_50_ONE_UNIT, List.of(
                    new CostSharingTerms(TestFees.Y26_START, TestFees.Y26_END, d("1500"), d("10"), d("40"), null, "sample plan terms")));
            PricingResult r = price(plan, SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET, bilateralTwoLevelProfessional());
            assertThat(r.allowed()).isEqualTo(d("536.73"));
            assertThat(r.copay()).isEqualTo(d("40.00"));
            assertThat(r.patientPays()).isEqualTo(d("93.67"));
            assertThat(r.payerPays()).isEqualTo(d("443.06"));
        }

        @Test
        void missingTermsCountAsZeroWithAWarning() {
            PayerProfile plan = TestFees.percentOfMedicare("plan", "100", BilateralStyle.MODIFIER_50_ONE_UNIT, List.of());
            PricingResult r = price(plan, SiteOfService.OFFICE, MARCH_2026, null, null, bilateralTwoLevelProfessional());
            assertThat(r.patientPays()).isEqualTo(d("0.00"));
            assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("PAY-COST-SHARING-UNKNOWN");
        }

        @Test
        void invalidCoverageCannotBeBuilt() {
            assertThatThrownBy(() -> new PatientCoverage(d("-1"), null, null, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new PatientCoverage(null, d("120"), null, null)).isInstanceOf(IllegalArgumentException.class);
            assertThat(new PatientCoverage(null, d("100"), null, null).coinsurancePercent()).isEqualByComparingTo("100");
        }
    }

    /** Original Medicare's liability under the bundled facet LCD: the ABN, GA with it and GZ without. */
    private static final com.facetestimator.domain.coding.NoncoveredLiability MEDICARE_LIABILITY =
            com.facetestimator.rules.RuleFiles.bundled().coverage().find("MEDICARE-FACET-LCD", MARCH_2026).orElseThrow()
                    .liability("MEDICARE");

    @Nested
    class NotCovered {
        private PricingResult exceeded(boolean abn) {
            return pricer.price(new PricingRequest(TestFees.medicare(), List.of(bilateralTwoLevelProfessional()),
                    SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET, true, abn, null, MEDICARE_LIABILITY));
        }

        @Test
        void frequencyExceededWithAbnThePatientPaysTheAllowedAmount() {
            PricingResult r = exceeded(true);
            assertThat(r.allowed()).isEqualTo(d("429.38"));
            assertThat(r.notCovered()).isEqualTo(d("429.38"));
            assertThat(r.payerPays()).isEqualTo(d("0.00"));
            assertThat(r.patientPays()).isEqualTo(d("429.38"));
            assertThat(r.providerLiability()).isEqualTo(d("0.00"));
            assertThat(r.claims().get(0).lines()).extracting(PricedLine::covered).containsOnly(false);
            assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("PAY-NOT-COVERED-ABN");
        }

        @Test
        void frequencyExceededWithoutAbnTheProviderBearsIt() {
            PricingResult r = exceeded(false);
            assertThat(r.payerPays()).isEqualTo(d("0.00"));
            assertThat(r.patientPays()).isEqualTo(d("0.00"));
            assertThat(r.providerLiability()).isEqualTo(d("429.38"));
            Finding finding = r.findings().get(0);
            assertThat(finding.ruleId()).isEqualTo("PAY-NOT-COVERED-PROVIDER-LIABLE");
            assertThat(finding.message()).contains("GZ").contains("provider bears 429.38");
            assertThat(finding.confidence()).isEqualTo(Finding.Confidence.UNCONFIRMED);
        }

        @Test
        void aMedicareAdvantagePlanHasNoAbnSoEvenWithOneOnFileTheProviderBearsIt() {
            var ma = com.facetestimator.rules.RuleFiles.bundled().coverage().find("MEDICARE-FACET-LCD", MARCH_2026)
                    .orElseThrow().liability("MEDICARE_ADVANTAGE");
            PricingResult r = pricer.price(new PricingRequest(TestFees.medicare(), List.of(bilateralTwoLevelProfessional()),
                    SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET, true, true, null, ma));

            assertThat(r.patientPays()).isEqualTo(d("0.00"));
            assertThat(r.providerLiability()).isEqualTo(d("429.38"));
            Finding finding = r.findings().get(0);
            assertThat(finding.ruleId()).isEqualTo("PAY-NOT-COVERED-NO-ABN-FOR-PAYER");
            assertThat(finding.message()).contains("organization determination").doesNotContain("GA").doesNotContain("GZ");
            assertThat(r.steps()).noneMatch(s -> s.contains("GA") || s.contains("GZ"));
            assertBalanced(r);
        }

        @Test
        void aLineNotCoveredByPolicyKeepsItsAmountButThePayerDoesNotPayIt() {
            // third level 64495-50: 2.96 x 33.4009 = 98.87 -> 148.31, not covered under the LCD
            Claim claim = professional(line("64493", false, "50"), line("64494", true, "50"),
                    notCovered(line("64495", true, "50")));
            PricingResult r = price(TestFees.medicare(), SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET, claim);
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("285.59"), d("143.79"), d("148.31"));
            assertThat(r.allowed()).isEqualTo(d("577.69"));
            assertThat(r.notCovered()).isEqualTo(d("148.31"));
            assertThat(r.payerPays()).isEqualTo(d("343.50"));
            assertThat(r.patientPays()).isEqualTo(d("85.88"));
            assertThat(r.providerLiability()).isEqualTo(d("148.31"));
            assertThat(r.findings().get(0).message()).contains("64495-50");
            assertBalanced(r);
        }
    }

    @Nested
    class ContractBases {
        @Test
        void percentOfMedicareRoundsPerLineAndSaysSo() {
            // 285.59 x 125% = 356.9875 -> 356.99; 143.79 x 125% = 179.7375 -> 179.74
            PayerProfile plan = TestFees.percentOfMedicare("sample-commercial-a", "125", BilateralStyle.MODIFIER_50_ONE_UNIT, List.of());
            PricingResult r = price(plan, SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET, bilateralTwoLevelProfessional());
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("356.99"), d("179.74"));
            assertThat(r.steps()).contains("64493-50 125% of medicare 285.59 = 356.99");
            assertThat(r.sources()).contains("Sample sample-commercial-a contract: 125% of medicare allowed amounts",
                    "CMS PFS RVU26A (released 2025-12-29), national");
        }

        @Test
        void percentOfMedicareWithRightAndLeftLines() {
            // 140%: 190.39 -> 266.55; 95.20 -> 133.28; 95.86 -> 134.20; 47.93 -> 67.10
            PayerProfile plan = TestFees.percentOfMedicare("sample-commercial-b", "140", BilateralStyle.RT_LT_LINES, List.of());
            PricingResult r = price(plan, SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET,
                    professional(line("64493", false, "RT"), line("64493", false, "LT"),
                            line("64494", true, "RT"), line("64494", true, "LT")));
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("266.55"), d("133.28"), d("134.20"), d("67.10"));
            assertThat(r.allowed()).isEqualTo(d("601.13"));
        }

        @Test
        void selfPayCashPricesAreAllThePatients() {
            FeeSchedule cash = FeeSchedule.builder("cash").contractFees(List.of(
                    new ContractFeeRow("cash", SiteOfService.OFFICE, ClaimType.PROFESSIONAL, "64493", "", "",
                            TestFees.Y26_START, TestFees.Y26_END, d("286"), "sample cash prices"),
                    new ContractFeeRow("cash", SiteOfService.OFFICE, ClaimType.PROFESSIONAL, "64494", "", "",
                            TestFees.Y26_START, TestFees.Y26_END, d("144"), "sample cash prices"))).build();
            PayerProfile selfPay = new PayerProfile("cash", "Sample self-pay", PayerType.SELF_PAY, true,
                    new BillingConventions(BilateralStyle.MODIFIER_50_ONE_UNIT, BilateralStyle.MODIFIER_50_ONE_UNIT, null),
                    null, new FeeBasis.OwnSchedule(), List.of(), null);
            ClaimPricer cashPricer = new ClaimPricer(FeeScheduleSource.of(List.of(cash)));
            PricingResult r = cashPricer.price(new PricingRequest(selfPay, List.of(bilateralTwoLevelProfessional()),
                    SiteOfService.OFFICE, MARCH_2026, null, null, false, false));
            // 286 x 150% = 429.00; 144 x 150% = 216.00 (add-on, no multiple-procedure reduction)
            assertThat(lineAmounts(r.claims().get(0))).containsExactly(d("429.00"), d("216.00"));
            assertThat(r.patientPays()).isEqualTo(d("645.00"));
            assertThat(r.payerPays()).isEqualTo(d("0.00"));
            assertThat(r.findings()).isEmpty();
        }

        @Test
        void aPayerWithoutAnyScheduleGetsNotLoadedLines() {
            PayerProfile orphan = TestFees.percentOfMedicare("orphan", "100", BilateralStyle.MODIFIER_50_ONE_UNIT, List.of());
            ClaimPricer empty = new ClaimPricer(payerId -> java.util.Optional.empty());
            PricingResult r = empty.price(new PricingRequest(orphan, List.of(bilateralTwoLevelProfessional()),
                    SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET, false, false));
            assertThat(r.allowed()).isEqualTo(d("0.00"));
            assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("PAY-FEE-NOT-LOADED");
        }
    }
}
