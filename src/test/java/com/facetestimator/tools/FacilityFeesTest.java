package com.facetestimator.tools;

import static com.facetestimator.tools.CmsFileRows.cell;
import static com.facetestimator.tools.CmsFileRows.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.Claim;
import com.facetestimator.domain.coding.ClaimLine;
import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.ClaimPricer;
import com.facetestimator.domain.pricing.FeeQuote.Status;
import com.facetestimator.domain.pricing.PatientCoverage;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.domain.pricing.PricedLine;
import com.facetestimator.domain.pricing.PricingRequest;
import com.facetestimator.domain.pricing.PricingResult;
import com.facetestimator.domain.pricing.WageIndex;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facility fees from the bundled CMS files (ASC Addendum AA for each 2025 quarter and January
 * 2026, OPPS Addendum B January 2026, the outpatient-hospital MUE table), priced by the real
 * importers' rows; every expected figure is worked out here from the file's own row.
 */
class FacilityFeesTest {
    private static final BundledReferenceData DATA = BundledReferenceData.load();
    private static final ClaimPricer PRICER = new ClaimPricer(DATA);
    private static final PatientCoverage DEDUCTIBLE_MET = new PatientCoverage(BigDecimal.ZERO, null, null, null);
    private static final String AA = "reference/cms/ASC_AddendumAA_%s_excerpt.csv";
    private static final String OPPS26 = "reference/cms/OPPS_AddendumB_2026_Jan_derived.csv";
    private static final String MUE = "reference/cms/MUE_Facility_OutpatientHospital_2026-10-01_derived.csv";
    /** CY2026 ASC wage index of CBSA 07 (Connecticut, rural), as CMS's table gives it. */
    private static final WageIndex CONNECTICUT = WageIndex.ofCbsa("07", new BigDecimal("0.9140"), LocalDate.of(2026, 1, 1),
            "CMS CY2026 ASC wage index by CBSA", false);

    private static PayerProfile medicare() {
        return DATA.payer("medicare").orElseThrow();
    }

    private static ClaimLine line(String code, boolean addOn, int units, String... modifiers) {
        return new ClaimLine(code, List.of(modifiers), units, addOn, code, true);
    }

    private static PricingResult facility(SiteOfService site, LocalDate date, WageIndex wi, ClaimLine... lines) {
        return PRICER.price(new PricingRequest(medicare(), List.of(new Claim(ClaimType.FACILITY, List.of(lines))), site, date,
                null, DEDUCTIBLE_MET, false, false, wi));
    }

    private static List<BigDecimal> amounts(PricingResult r) {
        return r.claims().get(0).lines().stream().map(PricedLine::allowed).toList();
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal ascRate(String release, String code) {
        return dollars(cell(CmsFileRows.row(AA.formatted(release), "HCPCS Code", code), "Payment Rate"));
    }

    private static List<String> ruleIds(PricingResult r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    @ParameterizedTest(name = "Addendum AA {0} from {1}")
    @CsvSource({
            "20250101, 2025-01-01, 2025-03-31, January 2025",
            "20250401, 2025-04-01, 2025-06-30, April 2025",
            "20250701, 2025-07-01, 2025-09-30, July 2025",
            "20251001, 2025-10-01, 2025-12-31, October 2025",
            "20260101, 2026-01-01, 2026-12-31, January 2026"})
    void eachQuarterPaysItsRateFromItsFirstDay(String release, LocalDate first, LocalDate last, String name) {
        Map<String, String> row = CmsFileRows.row(AA.formatted(release), "HCPCS Code", "64493");
        assertThat(cell(row, "Payment Indicator")).isEqualTo("G2");
        assertThat(cell(row, "Subject to Multiple Procedure Discounting")).isEqualTo("Y");
        BigDecimal rate = dollars(cell(row, "Payment Rate"));
        assertThat(cell(CmsFileRows.row(AA.formatted(release), "HCPCS Code", "64494"), "Payment Indicator")).isEqualTo("N1");

        for (LocalDate date : List.of(first, last)) {
            // Bilateral at the ASC: RT and LT lines are two procedures, the second at 50%; add-ons N1 packaged.
            PricingResult r = facility(SiteOfService.ASC, date, null,
                    line("64493", false, 1, "RT"), line("64493", false, 1, "LT"), line("64494", true, 1, "RT"), line("64494", true, 1, "LT"));
            assertThat(amounts(r)).containsExactly(rate, cents(rate.multiply(new BigDecimal("0.5"))), cents(BigDecimal.ZERO), cents(BigDecimal.ZERO));
            assertThat(r.claims().get(0).lines().get(2).fee().status()).isEqualTo(Status.PACKAGED);
            assertThat(r.complete()).as("N1 is packaged, not a missing fee").isTrue();
            assertThat(r.provisional()).isFalse();
            assertThat(r.sources()).contains("CMS ASC Addendum AA, " + name + " release (" + release + ")");
            assertThat(ruleIds(r)).contains("PAY-PACKAGED", "PAY-FACILITY-NATIONAL-RATE");
            assertThat(r.steps()).contains("64493-LT multiple procedure, not the highest-priced: 50% = "
                    + cents(rate.multiply(new BigDecimal("0.5"))).toPlainString());
        }
    }

    @Test
    void theQuarterBoundaryChangesTheSource() {
        PricingResult march = facility(SiteOfService.ASC, LocalDate.of(2025, 3, 31), null, line("64490", false, 1, "RT"));
        PricingResult april = facility(SiteOfService.ASC, LocalDate.of(2025, 4, 1), null, line("64490", false, 1, "RT"));
        assertThat(march.sources()).contains("CMS ASC Addendum AA, January 2025 release (20250101)");
        assertThat(april.sources()).contains("CMS ASC Addendum AA, April 2025 release (20250401)");
        assertThat(march.allowed()).isEqualTo(ascRate("20250101", "64490"));
        assertThat(april.allowed()).isEqualTo(ascRate("20250401", "64490"));
    }

    @Test
    void ascRateIsWageAdjustedWithHalfItsRateThenDiscounted() {
        BigDecimal rate = ascRate("20260101", "64493");
        // rate x (0.5 x 0.9140 + 0.5), rounded to cents, then the other side at 50%
        BigDecimal adjusted = cents(rate.multiply(new BigDecimal("0.5").multiply(CONNECTICUT.value()).add(new BigDecimal("0.5"))));
        PricingResult r = facility(SiteOfService.ASC, LocalDate.of(2026, 3, 2), CONNECTICUT,
                line("64493", false, 1, "RT"), line("64493", false, 1, "LT"), line("64494", true, 1, "RT"), line("64494", true, 1, "LT"));
        assertThat(amounts(r)).startsWith(adjusted, cents(adjusted.multiply(new BigDecimal("0.5"))));
        assertThat(adjusted).isEqualByComparingTo("464.63");
        assertThat(r.steps()).contains("64493-RT ASC wage-adjusted " + rate.toPlainString() + " x (0.5 x 0.9140 + 0.5) = 464.63"
                + " (wage index of CBSA 07, CMS CY2026 ASC wage index by CBSA)");
        assertThat(ruleIds(r)).doesNotContain("PAY-FACILITY-NATIONAL-RATE");
    }

    @Test
    void theHighestPaidAscProcedurePaysInFullAndEveryOtherOneHalf() {
        BigDecimal rfa = ascRate("20260101", "64633");
        BigDecimal injection = ascRate("20260101", "64490");
        // Listed lowest first: the ranking is by amount, not by line order.
        PricingResult r = facility(SiteOfService.ASC, LocalDate.of(2026, 3, 2), null,
                line("64490", false, 1, "RT"), line("64633", false, 1, "RT"), line("64633", false, 1, "LT"));
        assertThat(amounts(r)).containsExactly(cents(injection.multiply(new BigDecimal("0.5"))), rfa,
                cents(rfa.multiply(new BigDecimal("0.5"))));
    }

    @Test
    void hopd2026FromTheJanuaryAddendumB() {
        Map<String, String> t = CmsFileRows.row(OPPS26, "HCPCS", "64493");
        assertThat(t.get("SI")).isEqualTo("T");
        BigDecimal rate = new BigDecimal(t.get("Payment Rate"));
        LocalDate date = LocalDate.of(2026, 3, 2);

        // Status T with modifier 50: 150%; the add-on (N) packaged.
        PricingResult national = facility(SiteOfService.HOPD, date, null, line("64493", false, 1, "50"), line("64494", true, 1, "50"));
        assertThat(amounts(national)).containsExactly(cents(rate.multiply(new BigDecimal("1.5"))), cents(BigDecimal.ZERO));
        assertThat(national.sources()).contains("CMS CY2026 OPPS Addendum B, January 2026 release (2025-12-29), derived extract");
        assertThat(national.provisional()).isFalse();
        // The 2026 Addendum B is a derived copy: its figures are marked lower-confidence.
        assertThat(national.findings()).filteredOn(f -> f.ruleId().equals("PAY-FEE-DATA-DERIVED")).singleElement()
                .satisfies(f -> assertThat(f.confidence()).isEqualTo(Finding.Confidence.SECONDARY_SOURCE));
        assertThat(ruleIds(facility(SiteOfService.HOPD, LocalDate.of(2025, 6, 2), null, line("64493", false, 1, "50"))))
                .doesNotContain("PAY-FEE-DATA-DERIVED");

        // The hospital's own index: rate x (0.6 x WI + 0.4), then 150%.
        WageIndex own = WageIndex.ofHospital(new BigDecimal("1.1000"), "the hospital's own wage index (request)");
        BigDecimal adjusted = cents(rate.multiply(new BigDecimal("0.6").multiply(own.value()).add(new BigDecimal("0.4"))));
        PricingResult hospital = facility(SiteOfService.HOPD, date, own, line("64493", false, 1, "50"), line("64494", true, 1, "50"));
        assertThat(amounts(hospital).get(0)).isEqualTo(cents(adjusted.multiply(new BigDecimal("1.5"))));
        assertThat(ruleIds(hospital)).doesNotContain("PAY-OPPS-CBSA-WAGE-INDEX", "PAY-FACILITY-NATIONAL-RATE");

        // A CBSA's index for a hospital is an approximation, and the estimate says so.
        PricingResult cbsa = facility(SiteOfService.HOPD, date, CONNECTICUT, line("64493", false, 1, "50"));
        BigDecimal byCbsa = cents(rate.multiply(new BigDecimal("0.6").multiply(CONNECTICUT.value()).add(new BigDecimal("0.4"))));
        assertThat(amounts(cbsa).get(0)).isEqualTo(cents(byCbsa.multiply(new BigDecimal("1.5"))));
        assertThat(cbsa.findings()).filteredOn(f -> f.ruleId().equals("PAY-OPPS-CBSA-WAGE-INDEX")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("approximation of the hospital's own index"));
    }

    @Test
    void hopd2026ComprehensiveApcPaysOnce() {
        Map<String, String> j1 = CmsFileRows.row(OPPS26, "HCPCS", "64635");
        assertThat(j1.get("SI")).isEqualTo("J1");
        PricingResult r = facility(SiteOfService.HOPD, LocalDate.of(2026, 3, 2), null,
                line("64635", false, 1, "50"), line("64636", true, 1, "50"));
        assertThat(amounts(r)).containsExactly(new BigDecimal(j1.get("Payment Rate")), cents(BigDecimal.ZERO));
        assertThat(ruleIds(r)).contains("PAY-OPPS-COMPREHENSIVE");
    }

    @Test
    void hopdCoinsuranceIs20PercentCappedAtTheYearsPartADeductible() {
        // CMS: Part A inpatient deductible $1,676 (2025) and $1,736 (2026), the payer profile's cited terms.
        assertThat(medicare().costSharingOn(LocalDate.of(2025, 6, 2)).orElseThrow().perServiceCopayCap()).isEqualByComparingTo("1676.00");
        var terms2026 = medicare().costSharingOn(LocalDate.of(2026, 3, 2)).orElseThrow();
        assertThat(terms2026.perServiceCopayCap()).isEqualByComparingTo("1736.00");
        assertThat(terms2026.citation()).contains("Part A inpatient hospital deductible $1,736").contains("1833(t)(8)(C)");

        BigDecimal rate = new BigDecimal(CmsFileRows.row(OPPS26, "HCPCS", "64493").get("Payment Rate"));
        BigDecimal allowed = cents(rate.multiply(new BigDecimal("1.5")));
        PricingResult r = facility(SiteOfService.HOPD, LocalDate.of(2026, 3, 2), null, line("64493", false, 1, "50"));
        assertThat(r.coinsurance()).isEqualTo(cents(allowed.multiply(new BigDecimal("0.20"))));
        assertThat(r.steps()).anyMatch(s -> s.endsWith("(per-service copayment cap 1736.00 not reached)"));

        // With a hospital index high enough, 20% of one service passes the cap and is cut to it.
        WageIndex high = WageIndex.ofHospital(new BigDecimal("3.0"), "the hospital's own wage index (request)");
        BigDecimal j1 = new BigDecimal(CmsFileRows.row(OPPS26, "HCPCS", "64635").get("Payment Rate"));
        BigDecimal j1Adjusted = cents(j1.multiply(new BigDecimal("2.2"))); // 0.6 x 3.0 + 0.4
        PricingResult capped = PRICER.price(new PricingRequest(medicare(), List.of(new Claim(ClaimType.FACILITY,
                List.of(line("64635", false, 1, "50")))), SiteOfService.HOPD, LocalDate.of(2026, 3, 2), null,
                new PatientCoverage(BigDecimal.ZERO, new BigDecimal("50"), null, null), false, false, high));
        assertThat(capped.allowed()).isEqualTo(j1Adjusted);
        assertThat(cents(j1Adjusted.multiply(new BigDecimal("0.5")))).isGreaterThan(new BigDecimal("1736.00"));
        assertThat(capped.coinsurance()).isEqualTo(new BigDecimal("1736.00"));
        assertThat(ruleIds(capped)).contains("PAY-OPPS-COPAY-CAP");
    }

    @Test
    void unitsAboveTheOutpatientHospitalMueAreFlagged() {
        Map<String, String> mue64493 = CmsFileRows.row(MUE, "HCPCS", "64493");
        Map<String, String> mue64634 = CmsFileRows.row(MUE, "HCPCS", "64634");
        int limit = Integer.parseInt(mue64493.get("MUE Value"));
        int rfaLimit = Integer.parseInt(mue64634.get("MUE Value"));
        LocalDate november = LocalDate.of(2026, 11, 2);

        PricingResult over = facility(SiteOfService.HOPD, november, null, line("64493", false, limit + 1, "50"));
        assertThat(over.findings()).filteredOn(f -> f.ruleId().equals("NCCI-MUE")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.message()).contains("64493").contains((limit + 1) + " units")
                    .contains("MUE of 64493, " + limit).contains("MAI " + mue64493.get("MAI"));
        });

        // MAI 3 counts the day's units across lines: RT and LT lines of 64634 together.
        int half = rfaLimit / 2 + 1;
        PricingResult rfa = facility(SiteOfService.HOPD, november, null,
                line("64633", false, 1, "RT"), line("64634", true, half, "RT"), line("64634", true, half, "LT"));
        assertThat(rfa.findings()).filteredOn(f -> f.ruleId().equals("NCCI-MUE")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("64634: " + (2 * half) + " units").contains("MAI 3"));

        PricingResult within = facility(SiteOfService.HOPD, november, null, line("64634", true, rfaLimit));
        assertThat(ruleIds(within)).doesNotContain("NCCI-MUE");
        // Only on hospital outpatient claims.
        assertThat(ruleIds(facility(SiteOfService.ASC, november, null, line("64493", false, limit + 1, "RT")))).doesNotContain("NCCI-MUE");
    }

    @Test
    void carrierPricedCodesMakeTheEstimateIncompleteButTheirAscRateIsPaid() {
        PricingResult professional = PRICER.price(new PricingRequest(medicare(),
                List.of(new Claim(ClaimType.PROFESSIONAL, List.of(line("0213T", false, 1, "50"), line("0214T", true, 1, "50")))),
                SiteOfService.OFFICE, LocalDate.of(2026, 3, 2), null, DEDUCTIBLE_MET, false, false));
        assertThat(professional.complete()).isFalse();
        assertThat(professional.missingLines()).extracting(PricedLine::label).contains("0213T-50");

        PricingResult asc = facility(SiteOfService.ASC, LocalDate.of(2026, 3, 2), null, line("0213T", false, 1, "RT"));
        assertThat(asc.allowed()).isEqualTo(ascRate("20260101", "0213T"));
        assertThat(asc.complete()).isTrue();
    }

    @Test
    void aCarriedForwardWageIndexMakesTheEstimateProvisional() {
        WageIndex carried = CONNECTICUT.asCarriedForward();
        PricingResult r = facility(SiteOfService.ASC, LocalDate.of(2027, 2, 1), carried, line("64493", false, 1, "RT"));
        assertThat(r.provisional()).isTrue();
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("PAY-FEES-CARRIED-FORWARD")).extracting(Finding::message)
                .contains("CY2026 wage index (CMS CY2026 ASC wage index by CBSA) used for 2027-02-01: no CY2027 wage index is loaded;"
                        + " the figures are provisional");
        BigDecimal rate = ascRate("20260101", "64493");
        assertThat(r.allowed()).isEqualTo(cents(rate.multiply(new BigDecimal("0.5").multiply(CONNECTICUT.value()).add(new BigDecimal("0.5")))));
    }

    @Test
    void theFeeListingShowsAscFacilityRatesCarriedForwardToo() {
        var medicare = DATA.scheduleFor("medicare").orElseThrow();
        for (LocalDate date : List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1))) {
            assertThat(medicare.feesInEffect(SiteOfService.ASC, date, null))
                    .filteredOn(q -> q.component() == ClaimType.FACILITY && q.code().equals("64493")).singleElement()
                    .satisfies(q -> assertThat(q.amount()).isEqualTo(ascRate("20260101", "64493")));
        }
    }

    @Test
    void aListingAfterTheLastLoadedYearSaysItsRowsAreCarriedForward() {
        var listing = new com.facetestimator.domain.pricing.FeeListing(DATA, new com.facetestimator.store.BundledLocalityDirectory());
        assertThat(listing.feesInEffect(medicare(), SiteOfService.ASC, LocalDate.of(2027, 3, 1), null))
                .filteredOn(r -> r.quote().component() == ClaimType.FACILITY && r.quote().code().equals("64493")).singleElement()
                .satisfies(r -> assertThat(r.source()).contains("carried forward, provisional: CY2026 ASC Addendum AA rates"));
        assertThat(listing.feesInEffect(medicare(), SiteOfService.ASC, LocalDate.of(2026, 3, 2), null))
                .allSatisfy(r -> assertThat(r.source()).doesNotContain("carried forward"));
    }
}
