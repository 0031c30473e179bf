package com.facetestimator.tools.cms;

import com.facetestimator.domain.pricing.OppsRateRow;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses OPPS Addendum B (payment by HCPCS code): the tab-delimited text release (CRLF line
 * ends, a few title rows with stray non-UTF-8 bytes, see {@link TextFile}, the header row whose
 * first column is {@code HCPCS Code}, then one row per code), or a comma-separated extract of it
 * whose header starts with {@code HCPCS} and may leave out the copayment column. The delimiter is
 * the header row's. Money is written {@code $890.29}, {@code "$1,952.77"} or {@code 903.63};
 * {@code .} or an empty cell means no amount (packaged codes).
 */
public final class OppsAddendumBParser {
    private static final int MAX_HEADER_ROWS = 15;
    /** Statuses that are paid an APC rate, so a row without a rate is an error. */
    private static final Set<String> RATE_REQUIRED = Set.of("T", "J1", "J2", "S", "V");

    private OppsAddendumBParser() {}

    public static List<OppsRateRow> parse(InputStream in, ImportPeriod period, String source) {
        TextFile file = TextFile.read(in, StandardCharsets.ISO_8859_1);
        int headerLine = -1;
        char delimiter = '\t';
        for (int n = 1; n <= Math.min(file.size(), MAX_HEADER_ROWS); n++) {
            String line = file.line(n);
            delimiter = line.indexOf('\t') >= 0 ? '\t' : ',';
            String first = Cells.normalise(TextFile.split(line, delimiter, n).get(0));
            if (first.equals("HCPCS CODE") || first.equals("HCPCS")) {
                headerLine = n;
                break;
            }
        }
        if (headerLine < 0) {
            throw new FeeFileFormatException(Math.min(Math.max(file.size(), 1), MAX_HEADER_ROWS),
                    "no header row starting with 'HCPCS Code' or 'HCPCS' in the first " + MAX_HEADER_ROWS
                            + " lines (truncated, not tab-delimited, or not OPPS Addendum B?)");
        }
        Map<String, Integer> header = Cells.header(TextFile.split(file.line(headerLine), delimiter, headerLine));
        int code = header.containsKey("HCPCS CODE") ? header.get("HCPCS CODE") : Cells.column(header, "HCPCS", headerLine);
        int si = Cells.column(header, "SI", headerLine);
        int apc = Cells.column(header, "APC", headerLine);
        int rate = Cells.column(header, "PAYMENT RATE", headerLine);
        // The derived extract has no copayment columns.
        int copay = header.getOrDefault("MINIMUM UNADJUSTED COPAYMENT", -1);
        int needed = 1 + List.of(code, si, apc, rate, copay).stream().mapToInt(i -> i).max().orElseThrow();

        List<OppsRateRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Cells cells : file.dataRows(headerLine, delimiter, needed)) {
            String hcpcs = cells.uniqueCode(code, seen);
            String status = cells.required(si, "status indicator").toUpperCase(Locale.ROOT);
            BigDecimal paymentRate = cells.money(rate, "payment rate");
            if (paymentRate == null && RATE_REQUIRED.contains(status)) {
                throw cells.error("status " + status + " without a payment rate");
            }
            rows.add(new OppsRateRow(hcpcs, status, cells.text(apc), paymentRate,
                    copay < 0 ? null : cells.money(copay, "minimum unadjusted copayment"), period.from(), period.to(), source));
        }
        return List.copyOf(rows);
    }
}
