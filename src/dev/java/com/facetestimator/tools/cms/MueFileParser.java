package com.facetestimator.tools.cms;

import com.facetestimator.domain.pricing.MueRow;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses an NCCI MUE table (comma-separated): optional title rows, the header row whose first
 * column starts with {@code HCPCS}, then one row per code. Columns are found by name: the code
 * ({@code HCPCS} or {@code HCPCS/CPT Code}), the value (a title containing {@code MUE VALUE}) and the
 * adjudication indicator ({@code MAI}, or a title containing {@code ADJUDICATION INDICATOR}; CMS
 * writes it {@code 2 Date of Service Edit: Policy}, so its leading digit is read).
 */
public final class MueFileParser {
    private static final int MAX_HEADER_ROWS = 15;
    private static final Pattern MAI = Pattern.compile("([123])(\\D.*)?");

    private MueFileParser() {}

    public static List<MueRow> parse(InputStream in, ImportPeriod period, String source) {
        TextFile file = TextFile.read(in, StandardCharsets.ISO_8859_1);
        int headerLine = file.headerLine(MAX_HEADER_ROWS, "HCPCS", "not an MUE table?");
        List<String> titles = TextFile.split(file.line(headerLine), ',', headerLine).stream().map(Cells::normalise).toList();
        int code = 0;
        int value = -1;
        int mai = -1;
        for (int c = 1; c < titles.size(); c++) {
            String t = titles.get(c);
            if (value < 0 && t.contains("MUE VALUE")) {
                value = c;
            } else if (mai < 0 && (t.equals("MAI") || t.contains("ADJUDICATION INDICATOR"))) {
                mai = c;
            }
        }
        if (value < 0) {
            throw new FeeFileFormatException(headerLine, "header has no 'MUE Value' column");
        }
        if (mai < 0) {
            throw new FeeFileFormatException(headerLine, "header has no 'MAI' (MUE adjudication indicator) column");
        }
        int needed = 1 + Math.max(value, mai);
        List<MueRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Cells cells : file.dataRows(headerLine, ',', needed)) {
            String hcpcs = cells.uniqueCode(code, seen);
            int units = cells.whole(value, "MUE value");
            Matcher m = MAI.matcher(cells.required(mai, "MAI"));
            if (!m.matches()) {
                throw cells.error("MAI '" + cells.text(mai) + "' is not 1, 2 or 3");
            }
            rows.add(new MueRow(hcpcs, units, Integer.parseInt(m.group(1)), period.from(), period.to(), source));
        }
        return List.copyOf(rows);
    }
}
