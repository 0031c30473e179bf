package com.facetestimator.tools.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.ContractFeeRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractFileParsersTest {
    private static final String HEADER = "payer,site,component,code,modifier,locality,effective_from,effective_to,amount\n";

    @Test
    void parsesFixedAmountsWithCommentsAndAnyColumnOrder() {
        List<ContractFeeRow> rows = ContractFeeFileParser.parse(Fixtures.text("""
                # Clinic contract, sample
                amount,payer,site,component,code,modifier,locality,effective_from,effective_to

                300.00,clinic-plan,OFFICE,PROFESSIONAL,64493,,,2026-01-01,2026-12-31
                480,clinic-plan,office,professional,64493,50,01182-18,2026-01-01,2026-12-31
                """), "clinic contract 2026");
        assertThat(rows).hasSize(2);
        ContractFeeRow general = rows.get(0);
        assertThat(general.payerId()).isEqualTo("clinic-plan");
        assertThat(general.site()).isEqualTo(SiteOfService.OFFICE);
        assertThat(general.component()).isEqualTo(ClaimType.PROFESSIONAL);
        assertThat(general.modifier()).isEmpty();
        assertThat(general.locality()).isEmpty();
        assertThat(general.amount()).isEqualByComparingTo("300.00");
        assertThat(general.effectiveTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(general.source()).isEqualTo("clinic contract 2026");
        assertThat(rows.get(1).modifier()).isEqualTo("50");
        assertThat(rows.get(1).locality()).isEqualTo("01182-18");
    }

    @Test
    void brokenFixedAmountFilesNameTheLine() {
        assertThatThrownBy(() -> ContractFeeFileParser.parse(Fixtures.text(HEADER
                + "p,OFFICE,PROFESSIONAL,64493,,,2026-01-01,2026-12-31,12x\n"), "s"))
                .isInstanceOf(FeeFileFormatException.class)
                .hasMessage("line 2: amount '12x' is not a number");
        assertThatThrownBy(() -> ContractFeeFileParser.parse(Fixtures.text(HEADER
                + "p,CLINIC,PROFESSIONAL,64493,,,2026-01-01,2026-12-31,12\n"), "s"))
                .hasMessage("line 2: site 'CLINIC' is not one of [OFFICE, ASC, HOPD]");
        assertThatThrownBy(() -> ContractFeeFileParser.parse(Fixtures.text(HEADER
                + "p,OFFICE,PROFESSIONAL,64493,,,2026-01-01\n"), "s"))
                .hasMessage("line 2: expected at least 9 columns, found 7 (truncated row?)");
        assertThatThrownBy(() -> ContractFeeFileParser.parse(Fixtures.text(HEADER
                + "p,OFFICE,PROFESSIONAL,64493,,,2026-01-01,2026-12-31,12\n"
                + "p,OFFICE,PROFESSIONAL,64493,,,2026-06-01,2027-12-31,13\n"), "s"))
                .hasMessage("line 3: overlaps the dates of an earlier row for 64493 (2026-01-01..2026-12-31)");
        assertThatThrownBy(() -> ContractFeeFileParser.parse(Fixtures.text(
                "payer,site,component,code,modifier,effective_from,effective_to,amount\n"), "s"))
                .hasMessage("line 1: header has no 'LOCALITY' column");
        assertThatThrownBy(() -> ContractFeeFileParser.parse(Fixtures.text(HEADER
                + "p,OFFICE,PROFESSIONAL,64493,,,2026-02-30,2026-12-31,12\n"), "s"))
                .hasMessage("line 2: effective_from '2026-02-30' is not a date (YYYY-MM-DD)");
    }

    @Test
    void parsesPercentOfContracts() {
        List<PercentOfContract> rows = PercentOfContractFileParser.parse(Fixtures.text("""
                # Sample percent-of-Medicare contracts
                payer,base_payer,percent
                sample-commercial-a,medicare,125
                sample-commercial-b,medicare,140.5
                """));
        assertThat(rows).containsExactly(
                new PercentOfContract("sample-commercial-a", "medicare", new java.math.BigDecimal("125")),
                new PercentOfContract("sample-commercial-b", "medicare", new java.math.BigDecimal("140.5")));
        assertThat(rows.get(0).feeBasis().basePayerId()).isEqualTo("medicare");
    }

    @Test
    void brokenPercentOfContractsNameTheLine() {
        assertThatThrownBy(() -> PercentOfContractFileParser.parse(Fixtures.text("payer,base_payer,percent\na,medicare,lots\n")))
                .isInstanceOf(FeeFileFormatException.class)
                .hasMessage("line 2: percent 'lots' is not a number");
        assertThatThrownBy(() -> PercentOfContractFileParser.parse(Fixtures.text("payer,base_payer,percent\na,medicare,120\na,medicare,130\n")))
                .hasMessage("line 3: a second row for payer a");
        assertThatThrownBy(() -> PercentOfContractFileParser.parse(Fixtures.text("payer,base_payer,percent\na,a,120\n")))
                .hasMessage("line 2: payer a cannot be a percentage of itself");
        assertThatThrownBy(() -> PercentOfContractFileParser.parse(Fixtures.text("payer,percent\na,120\n")))
                .hasMessage("line 1: header has no 'BASE_PAYER' column");
    }
}
