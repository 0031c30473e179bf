package com.facetestimator.tools.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.pricing.OppsRateRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OppsAddendumBParserTest {
    private static final String SOURCE = "CMS CY2025 OPPS Addendum B (final rule, November 2024)";

    private static OppsRateRow row(List<OppsRateRow> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void parsesTabsCrlfDollarAmountsAndPackagedRows() {
        List<OppsRateRow> rows = OppsAddendumBParser.parse(Fixtures.open(Fixtures.OPPS_2025), ImportPeriod.ofYear(2025), SOURCE);
        assertThat(rows).hasSize(20);
        OppsRateRow t = row(rows, "64493");
        assertThat(t.statusIndicator()).isEqualTo("T");
        assertThat(t.apc()).isEqualTo("5443");
        assertThat(t.paymentRate()).isEqualByComparingTo("890.29");
        assertThat(t.minimumUnadjustedCopayment()).isEqualByComparingTo("178.06");
        assertThat(t.source()).isEqualTo(SOURCE);
        OppsRateRow j1 = row(rows, "64635");
        assertThat(j1.statusIndicator()).isEqualTo("J1");
        assertThat(j1.paymentRate()).isEqualByComparingTo("1952.77"); // written "$1,952.77" in quotes
        OppsRateRow n = row(rows, "64494");
        assertThat(n.statusIndicator()).isEqualTo("N");
        assertThat(n.paymentRate()).isNull();
        assertThat(n.apc()).isEmpty();
    }

    @Test
    void toleratesNonUtf8BytesInTheTitleRows() throws Exception {
        byte[] original = Fixtures.bytes(Fixtures.OPPS_2025);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {'\t', 'A', (byte) 0x92, 's', ' ', (byte) 0xA0, (byte) 0xFF, '\r', '\n'});
        out.write(original);
        List<OppsRateRow> rows = OppsAddendumBParser.parse(new ByteArrayInputStream(out.toByteArray()), ImportPeriod.ofYear(2025), SOURCE);
        assertThat(rows).hasSize(20);
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("\u00ef\u00bf\u00bd"); // the fixture's own odd bytes
    }

    @Test
    void aBadAmountNamesTheLine() {
        assertThatThrownBy(() -> OppsAddendumBParser.parse(Fixtures.withLineEdited(Fixtures.OPPS_2025, 17, "$890.29", "$89O.29"),
                ImportPeriod.ofYear(2025), SOURCE))
                .isInstanceOf(FeeFileFormatException.class)
                .hasMessage("line 17: payment rate '$89O.29' is not an amount");
        assertThatThrownBy(() -> OppsAddendumBParser.parse(Fixtures.withLineEdited(Fixtures.OPPS_2025, 17, "$890.29", ""),
                ImportPeriod.ofYear(2025), SOURCE))
                .hasMessage("line 17: status T without a payment rate");
    }

    @Test
    void aMissingColumnOrTruncatedRowIsNamed() {
        assertThatThrownBy(() -> OppsAddendumBParser.parse(Fixtures.withLineEdited(Fixtures.OPPS_2025, 5, "Payment Rate", "Rate"),
                ImportPeriod.ofYear(2025), SOURCE))
                .hasMessage("line 5: header has no 'PAYMENT RATE' column");
        assertThatThrownBy(() -> OppsAddendumBParser.parse(Fixtures.withLine(Fixtures.OPPS_2025, 20, "64633\t\t\tJ1\t5431"),
                ImportPeriod.ofYear(2025), SOURCE))
                .hasMessage("line 20: expected at least 9 columns, found 5 (truncated row?)");
        assertThatThrownBy(() -> OppsAddendumBParser.parse(Fixtures.withLine(Fixtures.OPPS_2025, 20, "64633\t\t\tJ1\t5431\t21.8997\t\"$1,952.77"),
                ImportPeriod.ofYear(2025), SOURCE))
                .hasMessage("line 20: a quoted field is not closed (truncated line?)");
    }

    @Test
    void readsTheDerivedCommaSeparatedExtractWithoutCopaymentColumns() {
        String extract = "HCPCS,SI,APC,Relative Weight,Payment Rate\n64493,T,5443,9.8849,903.63\n64494,N,,,\n64635,J1,5431,21.8238,1995.02\n";
        List<OppsRateRow> rows = OppsAddendumBParser.parse(Fixtures.text(extract), ImportPeriod.ofYear(2026), "derived");
        assertThat(row(rows, "64493").paymentRate()).isEqualByComparingTo("903.63");
        assertThat(row(rows, "64493").minimumUnadjustedCopayment()).isNull();
        assertThat(row(rows, "64494").statusIndicator()).isEqualTo("N");
        assertThat(row(rows, "64635").apc()).isEqualTo("5431");
        assertThatThrownBy(() -> OppsAddendumBParser.parse(Fixtures.text(extract.replace("903.63", "")), ImportPeriod.ofYear(2026), "derived"))
                .hasMessage("line 2: status T without a payment rate");
    }
}
