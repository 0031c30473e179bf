package com.facetestimator.tools.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.pricing.GpciRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GpciFileParserTest {
    private static final String SOURCE = "CMS CY2026 PFS final rule Addendum E GPCIs";
    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

    private static List<GpciRow> locality(List<GpciRow> rows, String key) {
        return rows.stream().filter(r -> r.localityKey().equals(key)).toList();
    }

    @Test
    void parses2025WithOneWorkColumnAndSkipsFootnotes() {
        List<GpciRow> rows = GpciFileParser.parse(Fixtures.open(Fixtures.GPCI_2025), ImportPeriod.ofYear(2025), "CY2025 GPCIs", null);
        assertThat(rows).hasSize(14);
        GpciRow la = locality(rows, "01182-18").get(0);
        assertThat(la.workGpci()).isEqualByComparingTo("1.042");
        assertThat(la.peGpci()).isEqualByComparingTo("1.194");
        assertThat(la.mpGpci()).isEqualByComparingTo("0.69");
        assertThat(la.state()).isEqualTo("CA");
        assertThat(la.effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(la.effectiveTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(locality(rows, "03602-21").get(0).localityName()).isEqualTo("WYOMING");
        assertThat(locality(rows, "10112-00").get(0).workGpci()).isEqualByComparingTo("1");
    }

    @Test
    void splits2026IntoFloorAndNoFloorRows() {
        List<GpciRow> rows = GpciFileParser.parse(Fixtures.open(Fixtures.GPCI_2026), ImportPeriod.ofYear(2026), SOURCE, JAN_31);
        assertThat(rows).hasSize(12);
        List<GpciRow> alabama = locality(rows, "10112-00");
        assertThat(alabama).hasSize(2);
        assertThat(alabama.get(0).workGpci()).isEqualByComparingTo("1.000");
        assertThat(alabama.get(0).effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(alabama.get(0).effectiveTo()).isEqualTo(JAN_31);
        assertThat(alabama.get(0).source()).isEqualTo(SOURCE + " (work GPCI with the 1.0 floor, through 2026-01-31)");
        assertThat(alabama.get(1).workGpci()).isEqualByComparingTo("0.988");
        assertThat(alabama.get(1).effectiveFrom()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(alabama.get(1).effectiveTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(alabama.get(1).source()).isEqualTo(SOURCE + " (work GPCI without the 1.0 floor, from 2026-02-01)");
        assertThat(alabama).allSatisfy(r -> {
            assertThat(r.peGpci()).isEqualByComparingTo("0.875");
            assertThat(r.mpGpci()).isEqualByComparingTo("0.566");
        });
        assertThat(locality(rows, "01182-18")).extracting(GpciRow::workGpci)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("1.041"), new java.math.BigDecimal("1.041"));
    }

    @Test
    void readsTheFloorEndFromTheFootnoteWhenNotGiven() {
        List<GpciRow> rows = GpciFileParser.parse(Fixtures.open(Fixtures.GPCI_2026), ImportPeriod.ofYear(2026), SOURCE, null);
        assertThat(locality(rows, "10112-00").get(0).effectiveTo()).isEqualTo(JAN_31);
    }

    @Test
    void refusesToGuessTheFloorEnd() {
        List<String> lines = Fixtures.lines(Fixtures.GPCI_2026);
        lines.removeIf(l -> l.contains("extended through"));
        assertThatThrownBy(() -> GpciFileParser.parse(Fixtures.stream(lines), ImportPeriod.ofYear(2026), SOURCE, null))
                .isInstanceOf(FeeFileFormatException.class)
                .hasMessageStartingWith("line 3: the work GPCI is given with and without the 1.0 floor");
    }

    @Test
    void brokenRowsNameTheirLine() {
        assertThatThrownBy(() -> GpciFileParser.parse(Fixtures.withLineEdited(Fixtures.GPCI_2026, 5, "1.183", "1.18x"),
                ImportPeriod.ofYear(2026), SOURCE, JAN_31))
                .hasMessage("line 5: PE GPCI '1.18x' is not a number");
        assertThatThrownBy(() -> GpciFileParser.parse(Fixtures.withLine(Fixtures.GPCI_2026, 6, "09102,FL,99,REST OF FLORIDA,0.989"),
                ImportPeriod.ofYear(2026), SOURCE, JAN_31))
                .hasMessage("line 6: expected at least 8 columns, found 5 (truncated row?)");
        assertThatThrownBy(() -> GpciFileParser.parse(Fixtures.withLineEdited(Fixtures.GPCI_2025, 4, "10112", "1011"),
                ImportPeriod.ofYear(2025), SOURCE, null))
                .hasMessage("line 4: MAC '1011' is not a 5-digit number");
        List<String> late = Fixtures.lines(Fixtures.GPCI_2025);
        late.add(19, late.get(4));
        assertThatThrownBy(() -> GpciFileParser.parse(Fixtures.stream(late), ImportPeriod.ofYear(2025), SOURCE, null))
                .hasMessage("line 20: a data row after the footnotes that start on line 18");
    }

    @Test
    void aFileWithoutItsHeaderIsRejected() {
        assertThatThrownBy(() -> GpciFileParser.parse(Fixtures.truncated(Fixtures.GPCI_2026, 120), ImportPeriod.ofYear(2026), SOURCE, JAN_31))
                .isInstanceOf(FeeFileFormatException.class)
                .hasMessageContaining("no header row starting with 'Medicare Administrative Contractor'");
    }
}
