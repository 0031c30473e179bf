package com.facetestimator.domain.pricing;

import static com.facetestimator.domain.pricing.TestFees.facility;
import static com.facetestimator.domain.pricing.TestFees.line;
import static com.facetestimator.domain.pricing.TestFees.notCovered;
import static com.facetestimator.domain.pricing.TestFees.professional;
import static com.facetestimator.testing.PropertyCheck.forAll;
import static com.facetestimator.testing.PropertyCheck.orNull;
import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.coding.Claim;
import com.facetestimator.domain.coding.SiteOfService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever the patient's benefits, the split of the allowed amount adds up and stays in bounds. */
class CostSharingProperties {
    private final ClaimPricer pricer = new ClaimPricer(FeeScheduleSource.of(List.of(TestFees.medicareSchedule())));

    /** The patient's benefits and the case being priced. */
    record Case(BigDecimal deductible, BigDecimal coinsurance, BigDecimal copay, BigDecimal outOfPocket,
                SiteOfService site, boolean year2025, boolean thirdLevelCovered, boolean frequencyExceeded, boolean abn) {}

    /** Original Medicare's liability under the bundled facet LCD: GA with a signed ABN, GZ without. */
    private static final com.facetestimator.domain.coding.NoncoveredLiability MEDICARE_LIABILITY =
            com.facetestimator.rules.RuleFiles.bundled().coverage().find("MEDICARE-FACET-LCD", LocalDate.of(2026, 3, 2))
                    .orElseThrow().liability("MEDICARE");

    @Test
    void allowedIsSplitExactlyBetweenPayerPatientAndProvider() {
        forAll(300, cases(), this::splitAddsUpAndStaysInBounds);
    }

    private void splitAddsUpAndStaysInBounds(Case c) {
        LocalDate date = c.year2025() ? LocalDate.of(2025, 6, 2) : LocalDate.of(2026, 3, 2);
        List<Claim> claims = new ArrayList<>();
        var third = line("64495", true, "50");
        claims.add(professional(line("64493", false, "50"), line("64494", true, "50"),
                c.thirdLevelCovered() ? third : notCovered(third)));
        if (c.site() != SiteOfService.OFFICE) {
            claims.add(facility(line("64493", false, "50"), line("64494", true, "50")));
        }
        PricingResult r = pricer.price(new PricingRequest(TestFees.medicare(), claims, c.site(), date, null,
                new PatientCoverage(c.deductible(), c.coinsurance(), c.copay(), c.outOfPocket()), c.frequencyExceeded(), c.abn(),
                null, MEDICARE_LIABILITY));

        assertThat(r.payerPays().add(r.patientPays()).add(r.providerLiability())).isEqualByComparingTo(r.allowed());
        for (BigDecimal amount : List.of(r.allowed(), r.payerPays(), r.patientPays(), r.providerLiability(), r.notCovered(),
                r.deductibleApplied(), r.coinsurance(), r.copay())) {
            assertThat(amount.signum()).isGreaterThanOrEqualTo(0);
            assertThat(amount.scale()).isEqualTo(2);
        }
        BigDecimal coveredShare = r.deductibleApplied().add(r.coinsurance()).add(r.copay());
        assertThat(r.payerPays()).isEqualByComparingTo(r.allowed().subtract(r.notCovered()).subtract(coveredShare));
        if (c.outOfPocket() != null) {
            assertThat(coveredShare).isLessThanOrEqualTo(c.outOfPocket());
        }
        if (c.frequencyExceeded()) {
            assertThat(r.payerPays()).isEqualByComparingTo("0");
            assertThat(r.patientPays()).isEqualByComparingTo(c.abn() ? r.allowed() : BigDecimal.ZERO);
        }
    }

    private static Gen<Case> cases() {
        Gen<BigDecimal[]> benefits = money(3000).zip(percent(), money(150), orNull(money(3000), 30),
                (deductible, coinsurance, copay, outOfPocket) -> new BigDecimal[] {deductible, coinsurance, copay, outOfPocket});
        Gen<Boolean[]> flags = Generate.booleans().zip(Generate.booleans(), Generate.booleans(), Generate.booleans(),
                (year2025, thirdCovered, exceeded, abn) -> new Boolean[] {year2025, thirdCovered, exceeded, abn});
        return benefits.zip(Generate.enumValues(SiteOfService.class), flags, (b, site, f) ->
                new Case(b[0], b[1], b[2], b[3], site, f[0], f[1], f[2], f[3]));
    }

    /** 0.00 to {@code max} dollars, in cents. */
    private static Gen<BigDecimal> money(int max) {
        return Generate.range(0, max * 100).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    /** 0.0 to 100.0 percent, in tenths. */
    private static Gen<BigDecimal> percent() {
        return Generate.range(0, 1000).map(tenths -> BigDecimal.valueOf(tenths, 1));
    }
}
