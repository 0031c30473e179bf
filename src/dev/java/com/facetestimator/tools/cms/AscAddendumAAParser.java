package com.facetestimator.tools.cms;

import com.facetestimator.domain.pricing.AscRateRow;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Parses ASC Addendum AA (ASC covered surgical procedures), the comma-separated release: a few
 * title rows (one may be a quoted cell spanning two lines, and they carry stray non-UTF-8 bytes),
 * the header row whose first column is {@code HCPCS Code}, then one row per code.
 *
 * <p>CMS renames the columns every quarter ({@code January 2025 Payment Indicator}, {@code April
 * 2025 Payment Rate}, ...), so columns are found by what their names end with or contain, never by
 * position: {@code ... Payment Indicator}, {@code ... Payment Weight}, {@code ... Payment Rate} and
 * {@code Subject to Multiple Procedure Discounting}. The short-descriptor column is never read (the
 * CPT descriptors are the AMA's). Money is {@code $485.51} (a trailing space allowed); an empty cell
 * means no amount (packaged codes).
 */
public final class AscAddendumAAParser {
    private static final int MAX_HEADER_ROWS = 15;
    private static final Pattern PAYMENT_INDICATOR = Pattern.compile("[A-Z][0-9]");
    /** Indicators paid at the rate shown, so a row without a rate is an error. */
    private static final Set<String> RATE_REQUIRED = Set.of("G2", "R2", "A2", "P2", "P3", "Z2", "Z3");

    private AscAddendumAAParser() {}

    public static List<AscRateRow> parse(InputStream in, ImportPeriod period, String source) {
        TextFile file = TextFile.read(in, StandardCharsets.ISO_8859_1);
        int headerLine = file.headerLine(MAX_HEADER_ROWS, "HCPCS CODE", "truncated, not comma-separated, or not ASC Addendum AA?");
        List<String> titles = TextFile.split(file.line(headerLine), ',', headerLine).stream().map(Cells::normalise).toList();
        int code = find(titles, t -> t.equals("HCPCS CODE"), "HCPCS Code", headerLine);
        int discounting = find(titles, t -> t.contains("MULTIPLE PROCEDURE DISCOUNTING"),
                "Subject to Multiple Procedure Discounting", headerLine);
        int indicator = find(titles, t -> t.endsWith("PAYMENT INDICATOR"), "... Payment Indicator", headerLine);
        int weight = find(titles, t -> t.endsWith("PAYMENT WEIGHT"), "... Payment Weight", headerLine);
        int rate = find(titles, t -> t.endsWith("PAYMENT RATE"), "... Payment Rate", headerLine);
        int needed = 1 + List.of(code, discounting, indicator, weight, rate).stream().mapToInt(i -> i).max().orElseThrow();

        List<AscRateRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Cells cells : file.dataRows(headerLine, ',', needed)) {
            String hcpcs = cells.uniqueCode(code, seen);
            String pi = cells.required(indicator, "payment indicator").toUpperCase(Locale.ROOT);
            if (!PAYMENT_INDICATOR.matcher(pi).matches()) {
                throw cells.error("payment indicator '" + pi + "' is not a letter and a digit");
            }
            String yn = cells.required(discounting, "multiple procedure discounting").toUpperCase(Locale.ROOT);
            if (!yn.equals("Y") && !yn.equals("N")) {
                throw cells.error("multiple procedure discounting '" + yn + "' is not Y or N");
            }
            BigDecimal paymentWeight = cells.text(weight).isEmpty() ? null : cells.decimal(weight, "payment weight");
            BigDecimal paymentRate = cells.money(rate, "payment rate");
            if (paymentRate == null && RATE_REQUIRED.contains(pi)) {
                throw cells.error("payment indicator " + pi + " without a payment rate");
            }
            rows.add(new AscRateRow(hcpcs, pi, yn.equals("Y"), paymentWeight, paymentRate, period.from(), period.to(), source));
        }
        return List.copyOf(rows);
    }

    /** The one column whose normalised title matches; none or two is an error naming the header line. */
    private static int find(List<String> titles, Predicate<String> matches, String name, int headerLine) {
        int found = -1;
        for (int c = 0; c < titles.size(); c++) {
            if (matches.test(titles.get(c))) {
                if (found >= 0) {
                    throw new FeeFileFormatException(headerLine, "two columns match '" + name + "': '"
                            + titles.get(found) + "' and '" + titles.get(c) + "'");
                }
                found = c;
            }
        }
        if (found < 0) {
            throw new FeeFileFormatException(headerLine, "header has no '" + name + "' column");
        }
        return found;
    }
}
