package com.facetestimator.tools.cms;

import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.locality.PaymentLocality;
import com.facetestimator.domain.pricing.ContractFeeRow;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses a practice's fixed-amount contract (or cash price list), a UTF-8 CSV:
 * <pre>
 * # comment lines start with '#'; blank lines are skipped
 * payer,site,component,code,modifier,locality,effective_from,effective_to,amount
 * sample-self-pay,OFFICE,PROFESSIONAL,64493,,,2026-01-01,2026-12-31,286.00
 * </pre>
 * {@code site} is OFFICE, ASC or HOPD; {@code component} PROFESSIONAL or FACILITY; {@code modifier}
 * empty for the code's general price (a modifier row, e.g. 50, is the whole price of a line with
 * that modifier); {@code locality} empty for any locality or {@code MAC-LOCALITY}; dates ISO and
 * inclusive; {@code amount} in dollars. Columns may come in any order; extra columns are ignored.
 * Rows of one payer, site, component, code, modifier and locality may not overlap in time.
 */
public final class ContractFeeFileParser {
    static final List<String> COLUMNS =
            List.of("PAYER", "SITE", "COMPONENT", "CODE", "MODIFIER", "LOCALITY", "EFFECTIVE_FROM", "EFFECTIVE_TO", "AMOUNT");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{5}");
    private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");

    private ContractFeeFileParser() {}

    public static List<ContractFeeRow> parse(InputStream in, String source) {
        TextFile file = TextFile.read(in, StandardCharsets.UTF_8);
        int headerLine = -1;
        List<ContractFeeRow> rows = new ArrayList<>();
        Map<String, List<Integer>> linesByKey = new HashMap<>();
        int[] col = new int[COLUMNS.size()];
        for (int n = 1; n <= file.size(); n++) {
            String text = file.line(n);
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = TextFile.split(text, ',', n);
            if (headerLine < 0) {
                headerLine = n;
                Map<String, Integer> header = Cells.header(fields);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    col[i] = Cells.column(header, COLUMNS.get(i), n);
                }
                continue;
            }
            Cells cells = new Cells(fields, n);
            cells.requireColumns(1 + Arrays.stream(col).max().orElseThrow());
            String payer = cells.required(col[0], "payer");
            SiteOfService site = cells.choice(col[1], "site", SiteOfService.class);
            ClaimType component = cells.choice(col[2], "component", ClaimType.class);
            String code = cells.required(col[3], "code");
            if (!CODE.matcher(code).matches()) {
                throw cells.error("code '" + code + "' is not a 5-character HCPCS code");
            }
            String modifier = cells.text(col[4]);
            if (!modifier.isEmpty() && !MODIFIER.matcher(modifier).matches()) {
                throw cells.error("modifier '" + modifier + "' is not a 2-character modifier");
            }
            String locality = cells.text(col[5]);
            if (!locality.isEmpty() && !PaymentLocality.ID.matcher(locality).matches()) {
                throw cells.error("locality '" + locality + "' is not MAC-LOCALITY (e.g. 01182-18)");
            }
            LocalDate from = cells.date(col[6], "effective_from");
            LocalDate to = cells.date(col[7], "effective_to");
            if (to.isBefore(from)) {
                throw cells.error("effective_to " + to + " is before effective_from " + from);
            }
            BigDecimal amount = cells.decimal(col[8], "amount");
            ContractFeeRow row = new ContractFeeRow(payer, site, component, code, modifier, locality, from, to, amount, source);
            String key = String.join("|", payer, site.name(), component.name(), code, modifier, locality);
            List<Integer> earlier = linesByKey.computeIfAbsent(key, k -> new ArrayList<>());
            for (int i = 0; i < earlier.size(); i++) {
                ContractFeeRow other = rows.get(earlier.get(i));
                if (!from.isAfter(other.effectiveTo()) && !to.isBefore(other.effectiveFrom())) {
                    throw cells.error("overlaps the dates of an earlier row for " + code
                            + (modifier.isEmpty() ? "" : "-" + modifier) + " (" + other.effectiveFrom() + ".." + other.effectiveTo() + ")");
                }
            }
            earlier.add(rows.size());
            rows.add(row);
        }
        if (headerLine < 0) {
            throw new FeeFileFormatException(Math.max(file.size(), 1), "no header row (" + String.join(",", COLUMNS).toLowerCase() + ")");
        }
        if (rows.isEmpty()) {
            throw new FeeFileFormatException(file.size(), "no data rows after the header on line " + headerLine);
        }
        return List.copyOf(rows);
    }
}
