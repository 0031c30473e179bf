package com.facetestimator.tools.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.pricing.RelativeValueRow;
import com.facetestimator.tools.cms.RelativeValueFileParser.Layout;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeValueFileParserTest {
    private static final String SOURCE_2025 = "CMS PFS RVU25D (released 2025-09-11)";
    private static final String SOURCE_2026 = "CMS PFS RVU26A (released 2025-12-29)";

    private static RelativeValueRow row(List<RelativeValueRow> rows, String code, String modifier) {
        return rows.stream().filter(r -> r.code().equals(code) && r.modifier().equals(modifier)).findFirst().orElseThrow();
    }

    @Test
    void parses2025Layout() {
        List<RelativeValueRow> rows = RelativeValueFileParser.parse(Fixtures.open(Fixtures.RVU_2025), ImportPeriod.ofYear(2025), SOURCE_2025);

        assertThat(rows).hasSize(24);
        RelativeValueRow r = row(rows, "64493", "");
        assertThat(r.statusCode()).isEqualTo("A");
        assertThat(r.workRvu()).isEqualByComparingTo("1.52");
        assertThat(r.nonFacilityPeRvu()).isEqualByComparingTo("3.64");
        assertThat(r.facilityPeRvu()).isEqualByComparingTo("1.05");
        assertThat(r.mpRvu()).isEqualByComparingTo("0.16");
        assertThat(r.multipleProcedureIndicator()).isEqualTo(2);
        assertThat(r.bilateralIndicator()).isEqualTo(1);
        assertThat(r.conversionFactor()).isEqualByComparingTo("32.3465");
        assertThat(r.effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(r.effectiveTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(r.source()).isEqualTo(SOURCE_2025);
        assertThat(row(rows, "64494", "").multipleProcedureIndicator()).isZero();
        assertThat(row(rows, "0216T", "").statusCode()).isEqualTo("C");
        assertThat(row(rows, "77003", "26").workRvu()).isEqualByComparingTo("0.60");
        assertThat(row(rows, "77003", "TC").nonFacilityPeRvu()).isEqualByComparingTo("2.23");
        assertThat(RelativeValueFileParser.layoutOf(Fixtures.open(Fixtures.RVU_2025))).isEqualTo(Layout.WITHOUT_PRICING_INDICATOR);
    }

    @Test
    void parses2026LayoutWithThePricingIndicatorColumnShift() {
        List<RelativeValueRow> rows = RelativeValueFileParser.parse(Fixtures.open(Fixtures.RVU_2026), ImportPeriod.ofYear(2026), SOURCE_2026);

        assertThat(RelativeValueFileParser.layoutOf(Fixtures.open(Fixtures.RVU_2026))).isEqualTo(Layout.WITH_PRICING_INDICATOR);
        assertThat(rows).hasSize(24);
        RelativeValueRow r = row(rows, "64493", "");
        assertThat(r.workRvu()).isEqualByComparingTo("1.48");
        assertThat(r.nonFacilityPeRvu()).isEqualByComparingTo("4.08");
        assertThat(r.facilityPeRvu()).isEqualByComparingTo("0.82");
        assertThat(r.mpRvu()).isEqualByComparingTo("0.14");
        // read by position with the 2025 layout, the conversion factor would be the empty ENDO BASE cell
        assertThat(r.conversionFactor()).isEqualByComparingTo("33.4009");
        assertThat(r.multipleProcedureIndicator()).isEqualTo(2);
        assertThat(r.bilateralIndicator()).isEqualTo(1);
        assertThat(rows).allSatisfy(x -> assertThat(x.conversionFactor()).isEqualByComparingTo("33.4009"));
    }

    @Test
    void aBadNumberNamesTheLineAndTheColumn() {
        assertThatThrownBy(() -> RelativeValueFileParser.parse(
                Fixtures.withLineEdited(Fixtures.RVU_2026, 22, "64493,,,A,,1.48,", "64493,,,A,,x,"), ImportPeriod.ofYear(2026), SOURCE_2026))
                .isInstanceOf(FeeFileFormatException.class)
                .hasMessage("line 22: work RVU 'x' is not a number");
        assertThatThrownBy(() -> RelativeValueFileParser.parse(
                Fixtures.withLineEdited(Fixtures.RVU_2025, 19, ",2,1,2,0,0,,32.3465", ",two,1,2,0,0,,32.3465"), ImportPeriod.ofYear(2025), SOURCE_2025))
                .hasMessage("line 19: multiple-procedure indicator 'two' is not a whole number");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> RelativeValueFileParser.parse(
                Fixtures.withLineEdited(Fixtures.RVU_2026, 9, "CONV,", "XXXX,"), ImportPeriod.ofYear(2026), SOURCE_2026))
                .isInstanceOf(FeeFileFormatException.class)
                .hasMessage("line 10: header has no 'CONV FACTOR' column");
    }

    @Test
    void aTruncatedFileIsRejectedAtTheCutLine() {
        // cut in the middle of line 22 (64493)
        int cut = new String(Fixtures.bytes(Fixtures.RVU_2026), java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("64493,,,A,,1.48,4.08") + 20;
        assertThatThrownBy(() -> RelativeValueFileParser.parse(Fixtures.truncated(Fixtures.RVU_2026, cut), ImportPeriod.ofYear(2026), SOURCE_2026))
                .isInstanceOf(FeeFileFormatException.class)
                .hasMessageStartingWith("line 22: expected at least 26 columns, found 7");
        assertThatThrownBy(() -> RelativeValueFileParser.parse(Fixtures.truncated(Fixtures.RVU_2026, 600), ImportPeriod.ofYear(2026), SOURCE_2026))
                .hasMessageContaining("no header row starting with 'HCPCS'");
    }

    @Test
    void aFileWithOnlyItsHeaderOrADuplicateRowIsRejected() {
        List<String> lines = Fixtures.lines(Fixtures.RVU_2025).subList(0, 10);
        assertThatThrownBy(() -> RelativeValueFileParser.parse(Fixtures.stream(lines), ImportPeriod.ofYear(2025), SOURCE_2025))
                .hasMessage("line 10: no data rows after the header on line 10");
        List<String> dup = Fixtures.lines(Fixtures.RVU_2025);
        dup.add(23, dup.get(21));
        assertThatThrownBy(() -> RelativeValueFileParser.parse(Fixtures.stream(dup), ImportPeriod.ofYear(2025), SOURCE_2025))
                .hasMessage("line 24: a second row for 64493");
    }
}
