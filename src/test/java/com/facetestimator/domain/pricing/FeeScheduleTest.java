package com.facetestimator.domain.pricing;

import static com.facetestimator.domain.pricing.TestFees.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.FeeQuote.BilateralAdjustment;
import com.facetestimator.domain.pricing.FeeQuote.MultipleProcedureRule;
import com.facetestimator.domain.pricing.FeeQuote.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {
    private static final LocalDate MID_2025 = LocalDate.of(2025, 6, 2);
    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 2);
    private static final LocalDate JANUARY_2026 = LocalDate.of(2026, 1, 15);

    private final FeeSchedule medicare = TestFees.medicareSchedule();

    private FeeQuote professional(String code, SiteOfService site, String locality, LocalDate date) {
        return medicare.quote(code, List.of(), site, ClaimType.PROFESSIONAL, locality, date);
    }

    @Test
    void nationalPfsAmountsMatchWhatCmsPublishesFor64493() {
        // cms/README.md: 2025 5.32 x 32.3465 = 172.08 and 2.73 x 32.3465 = 88.31; 2026 5.70 x 33.4009 = 190.39, 2.44 x 33.4009 = 81.50
        assertThat(professional("64493", SiteOfService.OFFICE, null, MID_2025).amount()).isEqualByComparingTo("172.08");
        assertThat(professional("64493", SiteOfService.ASC, null, MID_2025).amount()).isEqualByComparingTo("88.31");
        assertThat(professional("64493", SiteOfService.OFFICE, null, MARCH_2026).amount()).isEqualByComparingTo("190.39");
        assertThat(professional("64493", SiteOfService.HOPD, null, MARCH_2026).amount()).isEqualByComparingTo("81.50");
    }

    @Test
    void nationalQuoteShowsTheCalculationAndItsSource() {
        FeeQuote quote = professional("64493", SiteOfService.OFFICE, null, MARCH_2026);
        assertThat(quote.calculation()).isEqualTo("64493 non-facility PFS 5.70 RVU x 33.4009 = 190.39");
        assertThat(quote.sources()).containsExactly("CMS PFS RVU26A (released 2025-12-29), national");
        assertThat(quote.bilateral()).isEqualTo(BilateralAdjustment.PERCENT_150);
        assertThat(quote.multipleProcedure()).isEqualTo(MultipleProcedureRule.REDUCED_WHEN_NOT_HIGHEST);
        assertThat(professional("64494", SiteOfService.OFFICE, null, MARCH_2026).multipleProcedure())
                .isEqualTo(MultipleProcedureRule.EXEMPT);
        assertThat(professional("64493", SiteOfService.ASC, null, MARCH_2026).calculation())
                .isEqualTo("64493 facility PFS 2.44 RVU x 33.4009 = 81.50");
    }

    @Test
    void losAngelesLocalityAppliesItsGpcis() {
        // 2026 01182-18: work 1.041, PE 1.183, MP 0.664.
        // non-facility: (1.48 x 1.041 + 4.08 x 1.183 + 0.14 x 0.664) = 1.54068 + 4.82664 + 0.09296 = 6.46028;
        //               6.46028 x 33.4009 = 215.7792... -> 215.78
        // facility:     (1.48 x 1.041 + 0.82 x 1.183 + 0.14 x 0.664) = 1.54068 + 0.97006 + 0.09296 = 2.6037;
        //               2.6037 x 33.4009 = 86.9659... -> 86.97
        FeeQuote office = professional("64493", SiteOfService.OFFICE, "01182-18", MARCH_2026);
        assertThat(office.amount()).isEqualByComparingTo("215.78");
        assertThat(office.locality()).isEqualTo("01182-18");
        assertThat(office.calculation()).isEqualTo(
                "64493 non-facility PFS (1.48 x 1.041 + 4.08 x 1.183 + 0.14 x 0.664) x 33.4009 = 215.78, locality 01182-18");
        assertThat(office.sources()).containsExactly(
                "CMS PFS RVU26A (released 2025-12-29), locality 01182-18 LOS ANGELES-LONG BEACH-ANAHEIM (LOS ANGELES/ORANGE CNTY)",
                TestFees.GPCI26);
        assertThat(professional("64493", SiteOfService.ASC, "01182-18", MARCH_2026).amount()).isEqualByComparingTo("86.97");
    }

    @Test
    void alabamaPricesDifferBetweenJanuaryWithTheWorkFloorAndMarchWithout() {
        // January 2026: work GPCI 1.000 (floor): 1.48 + 4.08 x 0.875 + 0.14 x 0.566 = 5.12924 x 33.4009 = 171.32
        // March 2026:   work GPCI 0.988:  1.46224 + 3.57 + 0.07924 = 5.11148 x 33.4009 = 170.73
        FeeQuote january = professional("64493", SiteOfService.OFFICE, "10112-00", JANUARY_2026);
        FeeQuote march = professional("64493", SiteOfService.OFFICE, "10112-00", MARCH_2026);
        assertThat(january.amount()).isEqualByComparingTo("171.32");
        assertThat(march.amount()).isEqualByComparingTo("170.73");
        assertThat(january.sources()).contains(TestFees.GPCI26_FLOOR);
        assertThat(march.sources()).contains(TestFees.GPCI26);
        // the boundary days are inclusive
        assertThat(professional("64493", SiteOfService.OFFICE, "10112-00", LocalDate.of(2026, 1, 31)).amount())
                .isEqualByComparingTo("171.32");
        assertThat(professional("64493", SiteOfService.OFFICE, "10112-00", LocalDate.of(2026, 2, 1)).amount())
                .isEqualByComparingTo("170.73");
    }

    @Test
    void aLocalityWithoutGpcisFallsBackToNational() {
        FeeQuote quote = professional("64493", SiteOfService.OFFICE, "99999-99", MARCH_2026);
        assertThat(quote.amount()).isEqualByComparingTo("190.39");
        assertThat(quote.locality()).isNull();
        assertThat(quote.sources()).containsExactly("CMS PFS RVU26A (released 2025-12-29), national");
    }

    @Test
    void rowsChangeAtTheYearBoundary() {
        assertThat(professional("64493", SiteOfService.OFFICE, null, Y(2025, 12, 31)).amount()).isEqualByComparingTo("172.08");
        assertThat(professional("64493", SiteOfService.OFFICE, null, Y(2026, 1, 1)).amount()).isEqualByComparingTo("190.39");
        // After the last loaded year the latest rows are carried forward, and the quote says so.
        FeeQuote carried = professional("64493", SiteOfService.OFFICE, null, Y(2027, 1, 1));
        assertThat(carried.amount()).isEqualByComparingTo("190.39");
        assertThat(carried.carriedForward()).containsExactly("CY2026 PFS relative values (CMS PFS RVU26A (released 2025-12-29))"
                + " used for 2027-01-01: no CY2027 PFS relative values loaded");
        assertThat(professional("64493", SiteOfService.OFFICE, null, Y(2026, 12, 31)).carriedForward()).isEmpty();
        // Before the first loaded year nothing is carried back.
        assertThat(professional("64493", SiteOfService.OFFICE, null, Y(2024, 12, 31)).status()).isEqualTo(Status.NOT_LOADED);
    }

    @Test
    void oppsFacilityFeesByStatusIndicator() {
        FeeQuote t = medicare.quote("64493", List.of("50"), SiteOfService.HOPD, ClaimType.FACILITY, null, MID_2025);
        assertThat(t.status()).isEqualTo(Status.PRICED);
        assertThat(t.amount()).isEqualByComparingTo("890.29");
        assertThat(t.calculation()).isEqualTo("64493 OPPS APC 5443 status T national unadjusted rate = 890.29");
        assertThat(t.bilateral()).isEqualTo(BilateralAdjustment.PERCENT_150);

        FeeQuote n = medicare.quote("64494", List.of(), SiteOfService.HOPD, ClaimType.FACILITY, null, MID_2025);
        assertThat(n.status()).isEqualTo(Status.PACKAGED);
        assertThat(n.amount()).isEqualByComparingTo("0.00");

        FeeQuote j1 = medicare.quote("64635", List.of(), SiteOfService.HOPD, ClaimType.FACILITY, null, MID_2025);
        assertThat(j1.amount()).isEqualByComparingTo("1952.77");
        assertThat(j1.multipleProcedure()).isEqualTo(MultipleProcedureRule.COMPREHENSIVE);
    }

    @Test
    void missingFacilityRatesAreNotLoadedNeverInvented() {
        FeeQuote opps2024 = medicare.quote("64493", List.of(), SiteOfService.HOPD, ClaimType.FACILITY, null, Y(2024, 6, 3));
        assertThat(opps2024.status()).isEqualTo(Status.NOT_LOADED);
        assertThat(opps2024.amount()).isEqualByComparingTo("0.00");
        assertThat(opps2024.note()).contains("no OPPS Addendum B rate");
        assertThat(opps2024.missing()).isTrue();

        FeeQuote asc = medicare.quote("64493", List.of("RT"), SiteOfService.ASC, ClaimType.FACILITY, null, MID_2025);
        assertThat(asc.status()).isEqualTo(Status.NOT_LOADED);
        assertThat(asc.note()).contains("no ASC Addendum AA rate");
    }

    @Test
    void carrierPricedAndUnknownCodesHaveNoAmount() {
        FeeQuote c = professional("0216T", SiteOfService.OFFICE, null, MARCH_2026);
        assertThat(c.status()).isEqualTo(Status.CARRIER_PRICED);
        assertThat(c.amount()).isEqualByComparingTo("0.00");
        assertThat(professional("99999", SiteOfService.OFFICE, null, MARCH_2026).status()).isEqualTo(Status.NOT_LOADED);
    }

    @Test
    void contractRowsPreferTheModifierThenTheLocality() {
        FeeSchedule contract = FeeSchedule.builder("clinic-plan").contractFees(List.of(
                fee("", "", "300.00"),
                fee("", "01182-18", "350.00"),
                fee("50", "", "420.00"),
                fee("50", "01182-18", "480.00"))).build();
        assertThat(contractAmount(contract, List.of(), null)).isEqualByComparingTo("300.00");
        assertThat(contractAmount(contract, List.of(), "01182-18")).isEqualByComparingTo("350.00");
        assertThat(contractAmount(contract, List.of("50"), null)).isEqualByComparingTo("420.00");
        assertThat(contractAmount(contract, List.of("50"), "01182-18")).isEqualByComparingTo("480.00");
        assertThat(contractAmount(contract, List.of("RT"), "10112-00")).isEqualByComparingTo("300.00");

        FeeQuote bilateralRow = contract.quote("64493", List.of("50"), SiteOfService.OFFICE, ClaimType.PROFESSIONAL, null, MARCH_2026);
        assertThat(bilateralRow.bilateral()).isEqualTo(BilateralAdjustment.NONE);
        assertThat(bilateralRow.multipleProcedure()).isEqualTo(MultipleProcedureRule.BY_ADD_ON_FLAG);
        assertThat(bilateralRow.calculation()).isEqualTo("64493-50 clinic-plan contract amount (OFFICE professional) = 420.00");
    }

    @Test
    void overlappingRowsOfOneKeyAreRejected() {
        RelativeValueRow a = TestFees.rv26("64493", "A", "1.48", "4.08", "0.82", "0.14", 2, 1);
        RelativeValueRow b = new RelativeValueRow("64493", "", "A", d("1.5"), d("4"), d("1"), d("0.1"), 2, 1, d("33.4009"),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), "later file");
        assertThatThrownBy(() -> FeeSchedule.builder("medicare").relativeValues(List.of(a, b)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlapping PFS relative values rows for 64493");
    }

    @Test
    void feesInEffectListsEachPricedCodeOnce() {
        List<FeeQuote> office = medicare.feesInEffect(SiteOfService.OFFICE, MARCH_2026, null);
        assertThat(office).extracting(FeeQuote::code)
                .containsExactly("0216T", "64490", "64493", "64494", "64495", "64635", "64636");
        List<FeeQuote> hopd = medicare.feesInEffect(SiteOfService.HOPD, MID_2025, null);
        assertThat(hopd).filteredOn(q -> q.component() == ClaimType.FACILITY).extracting(FeeQuote::code)
                .containsExactly("0216T", "64490", "64493", "64494", "64495", "64635", "64636");
    }

    private static LocalDate Y(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    private static ContractFeeRow fee(String modifier, String locality, String amount) {
        return new ContractFeeRow("clinic-plan", SiteOfService.OFFICE, ClaimType.PROFESSIONAL, "64493", modifier, locality,
                TestFees.Y26_START, TestFees.Y26_END, d(amount), "clinic contract 2026");
    }

    private static java.math.BigDecimal contractAmount(FeeSchedule schedule, List<String> modifiers, String locality) {
        return schedule.quote("64493", modifiers, SiteOfService.OFFICE, ClaimType.PROFESSIONAL, locality, MARCH_2026).amount();
    }
}
