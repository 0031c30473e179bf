package com.facetestimator.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WageIndexTest {
    private static final BigDecimal ASC_LABOR_SHARE = new BigDecimal("0.5");
    private static final BigDecimal OPPS_LABOR_SHARE = new BigDecimal("0.6");

    @Test
    void adjustsTheLaborShareOfTheRate() {
        WageIndex wi = WageIndex.ofCbsa("07", new BigDecimal("0.9140"), LocalDate.of(2026, 1, 1), "CMS CY2026 ASC wage index", false);
        // 485.51 x (0.5 x 0.9140 + 0.5) = 485.51 x 0.9570 = 464.633...
        assertEquals(new BigDecimal("464.63"), wi.adjust(new BigDecimal("485.51"), ASC_LABOR_SHARE));
        // 903.63 x (0.6 x 0.9140 + 0.4) = 903.63 x 0.9484 = 857.0027...
        assertEquals(new BigDecimal("857.00"), wi.adjust(new BigDecimal("903.63"), OPPS_LABOR_SHARE));
    }

    @Test
    void aCbsaIndexNamesItsCbsaAndAnIndexMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> WageIndex.ofCbsa(" ", BigDecimal.ONE, null, "CMS CY2026 ASC wage index", false));
        assertThrows(IllegalArgumentException.class, () -> WageIndex.ofHospital(BigDecimal.ZERO, "hospital's own"));
        WageIndex own = WageIndex.ofHospital(new BigDecimal("1.0123"), "the hospital's own wage index");
        assertEquals(WageIndex.Basis.HOSPITAL, own.basis());
        assertTrue(own.asCarriedForward().carriedForward());
    }
}
