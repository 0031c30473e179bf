package com.facetestimator.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.Claim;
import com.facetestimator.domain.coding.ClaimLine;
import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.ClaimPricer;
import com.facetestimator.domain.pricing.ContractFeeRow;
import com.facetestimator.domain.pricing.FeeBasis;
import com.facetestimator.domain.pricing.FeeQuote;
import com.facetestimator.domain.pricing.FeeSchedule;
import com.facetestimator.domain.pricing.Money;
import com.facetestimator.domain.pricing.PatientCoverage;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.domain.pricing.PayerType;
import com.facetestimator.domain.pricing.PricedLine;
import com.facetestimator.domain.pricing.PricingRequest;
import com.facetestimator.domain.pricing.PricingResult;
import com.facetestimator.domain.pricing.RelativeValueRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled payers and fee files, read by the real importers, priced end to end. */
class BundledReferenceDataTest {
    private static final BundledReferenceData DATA = BundledReferenceData.load();
    private static final ClaimPricer PRICER = new ClaimPricer(DATA);
    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 2);
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 2);
    private static final PatientCoverage DEDUCTIBLE_MET = new PatientCoverage(BigDecimal.ZERO, null, null, null);

    private static PayerProfile payer(String id) {
        return DATA.payer(id).orElseThrow();
    }

    private static ClaimLine line(String code, boolean addOn, String... modifiers) {
        return new ClaimLine(code, List.of(modifiers), 1, addOn, code, true);
    }

    private static Claim bilateralTwoLevels(ClaimType type) {
        return new Claim(type, List.of(line("64493", false, "50"), line("64494", true, "50")));
    }

    private static PricingResult price(String payerId, SiteOfService site, LocalDate date, String locality,
                                       PatientCoverage coverage, Claim... claims) {
        return PRICER.price(new PricingRequest(payer(payerId), List.of(claims), site, date, locality, coverage, false, false));
    }

    private static List<BigDecimal> amounts(PricingResult r, int claim) {
        return r.claims().get(claim).lines().stream().map(PricedLine::allowed).toList();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void bundlesMedicareAndFourLabelledSamplePayers() {
        assertThat(DATA.payers()).extracting(PayerProfile::payerId)
                .containsExactly("medicare", "sample-commercial-a", "sample-commercial-b", "sample-medicare-advantage",
                "sample-self-pay");
        PayerProfile medicare = payer("medicare");
        assertThat(medicare.type()).isEqualTo(PayerType.MEDICARE);
        assertThat(medicare.sample()).isFalse();
        assertThat(medicare.frequencyPolicyId()).isEqualTo("MEDICARE-FACET-LCD");
        assertThat(medicare.billing().coveragePolicyId()).isEqualTo("MEDICARE-FACET-LCD");
        assertThat(medicare.billing().bilateralStyle(ClaimType.PROFESSIONAL, SiteOfService.OFFICE)).isEqualTo(BilateralStyle.MODIFIER_50_ONE_UNIT);
        assertThat(medicare.billing().bilateralStyle(ClaimType.FACILITY, SiteOfService.HOPD)).isEqualTo(BilateralStyle.MODIFIER_50_ONE_UNIT);
        assertThat(medicare.billing().bilateralStyle(ClaimType.FACILITY, SiteOfService.ASC)).isEqualTo(BilateralStyle.RT_LT_LINES);
        assertThat(medicare.feeBasis()).isEqualTo(new FeeBasis.OwnSchedule());
        assertThat(medicare.costSharingOn(JUNE_2025).orElseThrow().annualDeductible()).isEqualByComparingTo("257");
        assertThat(medicare.costSharingOn(JUNE_2025).orElseThrow().perServiceCopayCap()).isEqualByComparingTo("1676");
        assertThat(medicare.costSharingOn(MARCH_2026).orElseThrow().annualDeductible()).isEqualByComparingTo("283");
        assertThat(medicare.costSharingOn(MARCH_2026).orElseThrow().perServiceCopayCap()).isEqualByComparingTo("1736");
        assertThat(medicare.costSharingOn(MARCH_2026).orElseThrow().coinsurancePercent()).isEqualByComparingTo("20");

        assertThat(DATA.payers()).filteredOn(PayerProfile::sample).hasSize(4)
                .allSatisfy(p -> assertThat(p.name()).contains("Sample"));
        assertThat(payer("sample-commercial-a").feeBasis()).isEqualTo(new FeeBasis.PercentOf("medicare", d("125")));
        assertThat(payer("sample-commercial-b").feeBasis()).isEqualTo(new FeeBasis.PercentOf("medicare", d("140")));
        assertThat(payer("sample-commercial-b").billing().professionalBilateral()).isEqualTo(BilateralStyle.RT_LT_LINES);
        assertThat(payer("sample-self-pay").type()).isEqualTo(PayerType.SELF_PAY);
    }

    @Test
    void buildsEachPayersRowsFromTheBundledFiles() {
        FeeSchedule medicare = DATA.scheduleFor("medicare").orElseThrow();
        assertThat(medicare.relativeValues()).hasSize(48);
        assertThat(medicare.gpcis()).as("109 localities in 2025; 2026 twice, with and without the work floor").hasSize(109 + 2 * 109);
        assertThat(medicare.oppsRates()).hasSize(20 + 20); // CY2025 Addendum B excerpt + January 2026 derived extract
        assertThat(medicare.ascRates()).hasSize(4 * 17 + 16); // four 2025 quarters (with 0101T) + January 2026
        assertThat(medicare.mues()).hasSize(20);
        assertThat(medicare.contractFees()).isEmpty();
        assertThat(DATA.scheduleFor("sample-self-pay").orElseThrow().contractFees()).hasSize(30);
        assertThat(DATA.scheduleFor("sample-commercial-a").orElseThrow().isEmpty()).isTrue();
        assertThat(DATA.scheduleFor("nobody")).isEmpty();
    }

    @Test
    void apiWorkedExampleFromTheBundledFiles() {
        PricingResult r = price("medicare", SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET, bilateralTwoLevels(ClaimType.PROFESSIONAL));
        assertThat(amounts(r, 0)).containsExactly(d("285.59"), d("143.79"));
        assertThat(r.allowed()).isEqualTo(d("429.38"));
        assertThat(r.payerPays()).isEqualTo(d("343.50"));
        assertThat(r.patientPays()).isEqualTo(d("85.88"));
        assertThat(r.steps()).startsWith("64493 non-facility PFS 5.70 RVU x 33.4009 = 190.39", "64493-50 bilateral 150% = 285.59");
        assertThat(r.sources()).containsExactly("CMS PFS RVU26A (released 2025-12-29), national");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void nationalAmountsOf64493AsCmsPublishesThem() {
        FeeSchedule medicare = DATA.scheduleFor("medicare").orElseThrow();
        assertThat(quote(medicare, SiteOfService.OFFICE, JUNE_2025, null)).isEqualByComparingTo("172.08");
        assertThat(quote(medicare, SiteOfService.ASC, JUNE_2025, null)).isEqualByComparingTo("88.31");
        assertThat(quote(medicare, SiteOfService.OFFICE, MARCH_2026, null)).isEqualByComparingTo("190.39");
        assertThat(quote(medicare, SiteOfService.HOPD, MARCH_2026, null)).isEqualByComparingTo("81.50");
    }

    @Test
    void losAngelesAndTheAlabamaWorkFloor() {
        FeeSchedule medicare = DATA.scheduleFor("medicare").orElseThrow();
        // 2026 Los Angeles 01182-18: (1.48 x 1.041 + 4.08 x 1.183 + 0.14 x 0.664) x 33.4009 = 6.46028 x 33.4009 = 215.78
        assertThat(quote(medicare, SiteOfService.OFFICE, MARCH_2026, "01182-18")).isEqualByComparingTo("215.78");
        // 2025 Los Angeles: (1.52 x 1.042 + 3.64 x 1.194 + 0.16 x 0.69) = 1.58384 + 4.34616 + 0.1104 = 6.0404; x 32.3465 = 195.386 -> 195.39
        assertThat(quote(medicare, SiteOfService.OFFICE, JUNE_2025, "01182-18")).isEqualByComparingTo("195.39");
        // Alabama 10112-00: January 2026 work GPCI 1.000 (floor) -> 171.32; March 2026 0.988 -> 170.73
        assertThat(quote(medicare, SiteOfService.OFFICE, LocalDate.of(2026, 1, 15), "10112-00")).isEqualByComparingTo("171.32");
        assertThat(quote(medicare, SiteOfService.OFFICE, MARCH_2026, "10112-00")).isEqualByComparingTo("170.73");

        PricingResult march = price("medicare", SiteOfService.OFFICE, MARCH_2026, "10112-00", DEDUCTIBLE_MET,
                bilateralTwoLevels(ClaimType.PROFESSIONAL));
        assertThat(march.sources()).containsExactly(
                "CMS PFS RVU26A (released 2025-12-29), locality 10112-00 ALABAMA",
                "CMS CY2026 PFS final rule Addendum E (GPCIs) (work GPCI without the 1.0 floor, from 2026-02-01)");
    }

    @Test
    void hopdProfessionalAndOppsFacility2025() {
        PricingResult r = price("medicare", SiteOfService.HOPD, JUNE_2025, null, DEDUCTIBLE_MET,
                bilateralTwoLevels(ClaimType.PROFESSIONAL), bilateralTwoLevels(ClaimType.FACILITY));
        // professional at facility RVUs: 88.31 -> 132.47, 49.17 -> 73.76; facility: 890.29 x 150% = 1335.44, 64494 N = 0
        assertThat(amounts(r, 0)).containsExactly(d("132.47"), d("73.76"));
        assertThat(amounts(r, 1)).containsExactly(d("1335.44"), d("0.00"));
        // 20% of 206.23 = 41.25; 20% of 1335.44 = 267.09 (under the 1676.00 per-service cap)
        assertThat(r.patientPays()).isEqualTo(d("308.34"));
        assertThat(r.payerPays()).isEqualTo(d("1233.33"));
        assertThat(r.steps()).contains("facility claim 64493-50: coinsurance 20% x 1335.44 = 267.09 (per-service copayment cap 1676.00 not reached)");
        assertThat(r.sources()).contains("CMS CY2025 OPPS final rule Addendum B (November 2024)");
    }

    @Test
    void missingFacilityFeesAreZeroWithAFinding() {
        // Before the first loaded year nothing is carried back: the fees are missing, and said so.
        LocalDate june2024 = LocalDate.of(2024, 6, 3);
        PricingResult hopd2024 = price("medicare", SiteOfService.HOPD, june2024, null, DEDUCTIBLE_MET, bilateralTwoLevels(ClaimType.FACILITY));
        PricingResult asc = price("medicare", SiteOfService.ASC, june2024, null, DEDUCTIBLE_MET,
                new Claim(ClaimType.FACILITY, List.of(line("64493", false, "RT"), line("64493", false, "LT"))));
        for (PricingResult r : List.of(hopd2024, asc)) {
            assertThat(r.complete()).isFalse();
            assertThat(r.allowed()).isEqualTo(d("0.00"));
            assertThat(r.findings()).isNotEmpty().allSatisfy(f -> {
                assertThat(f.ruleId()).isEqualTo("PAY-FEE-NOT-LOADED");
                assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
                assertThat(f.message()).contains("fee not loaded");
            });
        }
    }

    @Test
    void samplePercentOfMedicarePayers() {
        PricingResult a = price("sample-commercial-a", SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET,
                bilateralTwoLevels(ClaimType.PROFESSIONAL));
        assertThat(amounts(a, 0)).containsExactly(d("356.99"), d("179.74"));
        // 20% of 536.73 = 107.35
        assertThat(a.patientPays()).isEqualTo(d("107.35"));

        PricingResult b = price("sample-commercial-b", SiteOfService.OFFICE, MARCH_2026, null, DEDUCTIBLE_MET,
                new Claim(ClaimType.PROFESSIONAL, List.of(line("64493", false, "RT"), line("64493", false, "LT"),
                        line("64494", true, "RT"), line("64494", true, "LT"))));
        assertThat(amounts(b, 0)).containsExactly(d("266.55"), d("133.28"), d("134.20"), d("67.10"));
        // 10% of 601.13 = 60.11, plus the 50.00 copay
        assertThat(b.patientPays()).isEqualTo(d("110.11"));
        assertThat(b.payerPays()).isEqualTo(d("491.02"));
    }

    @Test
    void selfPayCashPricesFollowTheRuleStatedInTheirFile() {
        FeeSchedule medicare = DATA.scheduleFor("medicare").orElseThrow();
        List<ContractFeeRow> prices = DATA.scheduleFor("sample-self-pay").orElseThrow().contractFees();
        assertThat(prices).allSatisfy(row -> {
            RelativeValueRow rv = medicare.relativeValue(row.code(), "", MARCH_2026).orElseThrow();
            BigDecimal rvus = rv.workRvu().add(rv.peRvu(row.site())).add(rv.mpRvu());
            BigDecimal medicareAmount = Money.cents(rvus.multiply(rv.conversionFactor()));
            BigDecimal expected = medicareAmount.multiply(d("1.5")).setScale(0, RoundingMode.HALF_UP);
            assertThat(row.amount()).as(row.code() + " " + row.site()).isEqualByComparingTo(expected);
            assertThat(row.component()).isEqualTo(ClaimType.PROFESSIONAL);
        });
        PricingResult r = price("sample-self-pay", SiteOfService.OFFICE, MARCH_2026, null, null, bilateralTwoLevels(ClaimType.PROFESSIONAL));
        // 286 x 150% = 429.00; 144 x 150% = 216.00
        assertThat(r.allowed()).isEqualTo(d("645.00"));
        assertThat(r.patientPays()).isEqualTo(d("645.00"));
        assertThat(r.payerPays()).isEqualTo(d("0.00"));
    }

    private static BigDecimal quote(FeeSchedule schedule, SiteOfService site, LocalDate date, String locality) {
        FeeQuote q = schedule.quote("64493", List.of(), site, ClaimType.PROFESSIONAL, locality, date);
        assertThat(q.status()).isEqualTo(FeeQuote.Status.PRICED);
        return q.amount();
    }
}
