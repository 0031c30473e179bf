package com.facetestimator.domain.pricing;

import static com.facetestimator.domain.pricing.TestFees.facility;
import static com.facetestimator.domain.pricing.TestFees.line;
import static com.facetestimator.domain.pricing.TestFees.notCovered;
import static com.facetestimator.domain.pricing.TestFees.professional;
import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.coding.Claim;
import com.facetestimator.domain.coding.SiteOfService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the patient's benefits, the split of the allowed amount adds up and stays in bounds. */
class CostSharingProperties {
    private final ClaimPricer pricer = new ClaimPricer(FeeScheduleSource.of(List.of(TestFees.medicareSchedule())));

    @Property(tries = 300)
    void allowedIsSplitExactlyBetweenPayerPatientAndProvider(
            @ForAll("money") BigDecimal deductible, @ForAll("percent") BigDecimal coinsurance,
            @ForAll("smallMoney") BigDecimal copay, @ForAll("optionalMoney") BigDecimal outOfPocket,
            @ForAll SiteOfService site, @ForAll boolean year2025, @ForAll boolean thirdLevelCovered,
            @ForAll boolean frequencyExceeded, @ForAll boolean abn) {
        LocalDate date = year2025 ? LocalDate.of(2025, 6, 2) : LocalDate.of(2026, 3, 2);
        List<Claim> claims = new ArrayList<>();
        var third = line("64495", true, "50");
        claims.add(professional(line("64493", false, "50"), line("64494", true, "50"),
                thirdLevelCovered ? third : notCovered(third)));
        if (site != SiteOfService.OFFICE) {
            claims.add(facility(line("64493", false, "50"), line("64494", true, "50")));
        }
        PricingResult r = pricer.price(new PricingRequest(TestFees.medicare(), claims, site, date, null,
                new PatientCoverage(deductible, coinsurance, copay, outOfPocket), frequencyExceeded, abn));

        assertThat(r.payerPays().add(r.patientPays()).add(r.providerLiability())).isEqualByComparingTo(r.allowed());
        for (BigDecimal amount : List.of(r.allowed(), r.payerPays(), r.patientPays(), r.providerLiability(), r.notCovered(),
                r.deductibleApplied(), r.coinsurance(), r.copay())) {
            assertThat(amount.signum()).isGreaterThanOrEqualTo(0);
            assertThat(amount.scale()).isEqualTo(2);
        }
        BigDecimal coveredShare = r.deductibleApplied().add(r.coinsurance()).add(r.copay());
        assertThat(r.payerPays()).isEqualByComparingTo(r.allowed().subtract(r.notCovered()).subtract(coveredShare));
        if (outOfPocket != null) {
            assertThat(coveredShare).isLessThanOrEqualTo(outOfPocket);
        }
        if (frequencyExceeded) {
            assertThat(r.payerPays()).isEqualByComparingTo("0");
            assertThat(r.patientPays()).isEqualByComparingTo(abn ? r.allowed() : BigDecimal.ZERO);
        }
    }

    @Provide
    Arbitrary<BigDecimal> money() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("3000")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> smallMoney() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> percent() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(1);
    }

    @Provide
    Arbitrary<BigDecimal> optionalMoney() {
        return money().injectNull(0.3);
    }
}
