package com.facetestimator.tools.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.pricing.MueRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class MueFileParserTest {
    @Test
    void readsTheDerivedLayoutAndCmssOwnHeaderNames() {
        List<MueRow> derived = MueFileParser.parse(Fixtures.text("HCPCS,MUE Value,MAI\n64493,1,2\n64634,4,3\n"),
                ImportPeriod.ofYear(2026), "derived");
        assertThat(derived).extracting(MueRow::code, MueRow::maximumUnits, MueRow::adjudication)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("64493", 1, 2), org.assertj.core.groups.Tuple.tuple("64634", 4, 3));

        // The CMS release: a notice row, longer titles, the MAI written out.
        String cms = String.join("\r\n",
                "CPT codes and descriptions only are copyright American Medical Association,,,",
                "HCPCS/CPT Code,Outpatient Hospital Services MUE Values,MUE Adjudication Indicator,MUE Rationale",
                "64493,1,\"2 Date of Service Edit: Policy\",CMS Policy",
                "64634,4,\"3 Date of Service Edit: Clinical\",Clinical: Data");
        List<MueRow> rows = MueFileParser.parse(Fixtures.text(cms), ImportPeriod.ofYear(2026), "cms");
        assertThat(rows.get(1).adjudication()).isEqualTo(3);
        assertThat(rows.get(1).perLine()).isFalse();
    }

    @Test
    void aBadRowNamesItsLine() {
        assertThatThrownBy(() -> MueFileParser.parse(Fixtures.text("HCPCS,MUE Value,MAI\n64493,1,2\n64494,one,2\n"),
                ImportPeriod.ofYear(2026), "x")).isInstanceOf(FeeFileFormatException.class).hasMessage("line 3: MUE value 'one' is not a whole number");
        assertThatThrownBy(() -> MueFileParser.parse(Fixtures.text("HCPCS,MUE Value,MAI\n64493,1,7\n"), ImportPeriod.ofYear(2026), "x"))
                .hasMessage("line 2: MAI '7' is not 1, 2 or 3");
        assertThatThrownBy(() -> MueFileParser.parse(Fixtures.text("HCPCS,Value\n64493,1\n"), ImportPeriod.ofYear(2026), "x"))
                .hasMessage("line 1: header has no 'MUE Value' column");
    }
}
