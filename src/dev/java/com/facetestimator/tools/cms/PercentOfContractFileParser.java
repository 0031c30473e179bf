package com.facetestimator.tools.cms;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a practice's percent-of contracts, a UTF-8 CSV with one payer per row:
 * <pre>
 * # comment lines start with '#'; blank lines are skipped
 * payer,base_payer,percent
 * sample-commercial-a,medicare,125
 * </pre>
 * {@code percent} is written as on the contract (125 = 125% of the base payer's allowed amount
 * for the same line, rounded per line). The result becomes the payer profile's fee basis; the
 * base payer's own effective-dated rows decide the dates.
 */
public final class PercentOfContractFileParser {
    private static final BigDecimal MAX_PERCENT = new BigDecimal("1000");

    private PercentOfContractFileParser() {}

    public static List<PercentOfContract> parse(InputStream in) {
        TextFile file = TextFile.read(in, StandardCharsets.UTF_8);
        int headerLine = -1;
        int payer = -1;
        int base = -1;
        int percent = -1;
        List<PercentOfContract> rows = new ArrayList<>();
        Set<String> payers = new HashSet<>();
        for (int n = 1; n <= file.size(); n++) {
            String text = file.line(n);
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = TextFile.split(text, ',', n);
            if (headerLine < 0) {
                headerLine = n;
                Map<String, Integer> header = Cells.header(fields);
                payer = Cells.column(header, "PAYER", n);
                base = Cells.column(header, "BASE_PAYER", n);
                percent = Cells.column(header, "PERCENT", n);
                continue;
            }
            Cells cells = new Cells(fields, n);
            cells.requireColumns(1 + Math.max(payer, Math.max(base, percent)));
            String payerId = cells.required(payer, "payer");
            String basePayerId = cells.required(base, "base_payer");
            if (payerId.equals(basePayerId)) {
                throw cells.error("payer " + payerId + " cannot be a percentage of itself");
            }
            if (!payers.add(payerId)) {
                throw cells.error("a second row for payer " + payerId);
            }
            BigDecimal pct = cells.decimal(percent, "percent");
            if (pct.signum() == 0 || pct.compareTo(MAX_PERCENT) > 0) {
                throw cells.error("percent " + pct.toPlainString() + " is not between 0 (excluded) and 1000");
            }
            rows.add(new PercentOfContract(payerId, basePayerId, pct));
        }
        if (headerLine < 0) {
            throw new FeeFileFormatException(Math.max(file.size(), 1), "no header row (payer,base_payer,percent)");
        }
        if (rows.isEmpty()) {
            throw new FeeFileFormatException(file.size(), "no data rows after the header on line " + headerLine);
        }
        return List.copyOf(rows);
    }
}
