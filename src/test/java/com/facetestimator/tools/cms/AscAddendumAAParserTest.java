package com.facetestimator.tools.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.pricing.AscRateRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AscAddendumAAParserTest {
    private static final ImportPeriod Q2_2025 = new ImportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
    private static final String SOURCE = "CMS ASC Addendum AA, April 2025 release (20250401)";

    private static AscRateRow row(List<AscRateRow> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void readsTheQuartersColumnsByTheirNames() {
        List<AscRateRow> rows = AscAddendumAAParser.parse(Fixtures.open(Fixtures.ASC_2025_APRIL), Q2_2025, SOURCE);
        assertThat(rows).hasSize(17);
        AscRateRow g2 = row(rows, "64493");
        assertThat(g2.paymentIndicator()).isEqualTo("G2");
        assertThat(g2.multipleProcedureDiscount()).isTrue();
        assertThat(g2.paymentWeight()).isEqualByComparingTo("8.7064");
        assertThat(g2.paymentRate()).isEqualByComparingTo("477.94");
        assertThat(g2.effectiveFrom()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(g2.effectiveTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(g2.source()).isEqualTo(SOURCE);
        AscRateRow n1 = row(rows, "64494");
        assertThat(n1.paymentIndicator()).isEqualTo("N1");
        assertThat(n1.multipleProcedureDiscount()).isFalse();
        assertThat(n1.paymentRate()).isNull();
        assertThat(n1.paymentWeight()).isNull();
        assertThat(row(rows, "0213T").paymentIndicator()).isEqualTo("R2");
    }

    @Test
    void aTwoLineTitleAndATrailingSpaceInTheAmountAreCmssOwnLayout() {
        List<AscRateRow> rows = AscAddendumAAParser.parse(Fixtures.open(Fixtures.ASC_2026_JANUARY), ImportPeriod.ofYear(2026), "jan 2026");
        assertThat(rows).hasSize(16);
        assertThat(row(rows, "64633").paymentRate()).isEqualByComparingTo("948.66"); // written "$948.66 "
    }

    @Test
    void columnsAreFoundByNameWhereverCmsPutsThem() {
        // Another quarter's names, the columns in another order, no descriptor column.
        String file = String.join("\r\n",
                "Addendum AA -- ASC Covered Surgical Procedures for CY 2027,,,,",
                "HCPCS Code,October 2027 Payment Rate ,October 2027 Payment Indicator,Subject to Multiple Procedure Discounting,October 2027  Payment Weight",
                "64493,$500.00 ,G2,Y,8.9",
                "64494,,N1,N,");
        List<AscRateRow> rows = AscAddendumAAParser.parse(Fixtures.text(file), ImportPeriod.ofYear(2027), "synthetic");
        assertThat(row(rows, "64493").paymentRate()).isEqualByComparingTo("500.00");
        assertThat(row(rows, "64494").paymentIndicator()).isEqualTo("N1");
    }

    @Test
    void aBadFileIsRefusedWithItsLineNumber() {
        // Line 12 is 64490 (G2, $477.94): three title rows, a blank row, the header, 0101T and 0213T..0218T.
        assertThatThrownBy(() -> AscAddendumAAParser.parse(Fixtures.withLineEdited(Fixtures.ASC_2025_APRIL, 12, "$477.94", ""), Q2_2025, SOURCE))
                .isInstanceOf(FeeFileFormatException.class).hasMessage("line 12: payment indicator G2 without a payment rate");
        assertThatThrownBy(() -> AscAddendumAAParser.parse(Fixtures.withLineEdited(Fixtures.ASC_2025_APRIL, 12, "$477.94", "$47x.94"), Q2_2025, SOURCE))
                .hasMessage("line 12: payment rate '$47x.94' is not an amount");
        assertThatThrownBy(() -> AscAddendumAAParser.parse(Fixtures.withLineEdited(Fixtures.ASC_2025_APRIL, 12, ",Y,G2,", ",Maybe,G2,"), Q2_2025, SOURCE))
                .hasMessage("line 12: multiple procedure discounting 'MAYBE' is not Y or N");
        assertThatThrownBy(() -> AscAddendumAAParser.parse(Fixtures.withLineEdited(Fixtures.ASC_2025_APRIL, 12, "64490", "64493"), Q2_2025, SOURCE))
                .hasMessage("line 15: a second row for 64493");
        assertThatThrownBy(() -> AscAddendumAAParser.parse(Fixtures.withLineEdited(Fixtures.ASC_2025_APRIL, 4, "Payment Rate", "Rate"), Q2_2025, SOURCE))
                .hasMessage("line 4: header has no '... Payment Rate' column");
        assertThatThrownBy(() -> AscAddendumAAParser.parse(Fixtures.truncated(Fixtures.ASC_2025_APRIL, 100), Q2_2025, SOURCE))
                .isInstanceOf(FeeFileFormatException.class).hasMessageContaining("no header row starting with 'HCPCS CODE'");
    }
}
