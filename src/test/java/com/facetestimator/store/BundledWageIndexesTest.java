package com.facetestimator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.pricing.WageIndex;
import com.facetestimator.domain.pricing.WageIndexTable;
import com.facetestimator.testing.CmsFiles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bundled CY2026 wage index, by date: in force, carried forward after, absent before. */
class BundledWageIndexesTest {
    private final WageIndexTable table = new BundledWageIndexes().get();

    @Test
    void cy2026IndexesComeFromTheFile() {
        WageIndex manhattan = table.find("35614", LocalDate.of(2026, 3, 2)).orElseThrow();
        assertThat(manhattan.value()).isEqualByComparingTo(CmsFiles.wageIndex2026("35614"));
        assertThat(manhattan.basis()).isEqualTo(WageIndex.Basis.CBSA);
        assertThat(manhattan.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(manhattan.carriedForward()).isFalse();
        assertThat(manhattan.source()).contains("CY2026").contains("derived");
        assertThat(table.find("05", LocalDate.of(2026, 12, 31)).orElseThrow().value()).isEqualByComparingTo(CmsFiles.wageIndex2026("05"));
    }

    @Test
    void aLaterDateCarriesTheLatestTableForwardAndAnEarlierOneHasNone() {
        WageIndex later = table.find("35614", LocalDate.of(2027, 1, 15)).orElseThrow();
        assertThat(later.carriedForward()).isTrue();
        assertThat(later.value()).isEqualByComparingTo(CmsFiles.wageIndex2026("35614"));
        assertThat(table.find("35614", LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void statesWithoutARuralAreaHaveNoRuralIndex() {
        assertThat(CmsFiles.wageIndex2026("31")).isZero(); // New Jersey: CMS lists 0.0000
        assertThat(table.knows("31")).isFalse();
        assertThat(table.knows("35614")).isTrue();
        assertThat(table.knows("99999")).isFalse();
    }

    @Test
    void aBrokenRowIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> WageIndexFile.parse("CBSA,CBSA Name,WI26\n01,ALABAMA,0.6367\n123,X,1.0\n", null, "test"))
                .isInstanceOf(BadReferenceFileException.class).hasMessageStartingWith("line 3:");
        assertThatThrownBy(() -> WageIndexFile.parse("CBSA,CBSA Name,WI26\n01,ALABAMA,x\n", null, "test"))
                .hasMessageStartingWith("line 2:");
        assertThatThrownBy(() -> WageIndexFile.parse("CBSA,CBSA Name,WI26\n01,A,0.6\n01,B,0.7\n", null, "test"))
                .hasMessageStartingWith("line 3:").hasMessageContaining("second row");
        assertThatThrownBy(() -> WageIndexFile.parse("CBSA,Name\n01,A\n", null, "test")).hasMessageStartingWith("line 1:");
        assertThat(WageIndexFile.parse("CBSA,CBSA Name,WI27\n01,A,0.6\n", null, "test").effectiveFrom())
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
