package com.facetestimator.tools.cms;

import com.facetestimator.domain.pricing.RelativeValueRow;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the CMS National Physician Fee Schedule Relative Value File (PPRRVU*.csv).
 *
 * <p>The file has 10 header rows; the column titles are written over the last four of them
 * ({@code WORK} above {@code RVU}, {@code MULT} above {@code PROC}, ...). Columns are found by
 * those stacked titles, not by position, which is how the 2026 layout is handled: RVU26A adds a
 * {@code PRIC IND} column before {@code ENDO BASE}, shifting the conversion factor one column to
 * the right. {@link #layoutOf} reports which layout a header is.
 *
 * <p>The file has no dollar column; the PFS amount is computed from the RVUs, GPCIs and the
 * conversion factor at pricing time.
 */
public final class RelativeValueFileParser {
    static final String HCPCS = "HCPCS";
    static final String MOD = "MOD";
    static final String STATUS = "STATUS CODE";
    static final String WORK = "WORK RVU";
    static final String NON_FACILITY_PE = "NON-FAC PE RVU";
    static final String FACILITY_PE = "FACILITY PE RVU";
    static final String MP = "MP RVU";
    static final String MULT_PROC = "MULT PROC";
    static final String BILAT_SURG = "BILAT SURG";
    static final String CONV_FACTOR = "CONV FACTOR";
    static final String PRIC_IND = "PRIC IND";
    private static final List<String> REQUIRED =
            List.of(HCPCS, MOD, STATUS, WORK, NON_FACILITY_PE, FACILITY_PE, MP, MULT_PROC, BILAT_SURG, CONV_FACTOR);
    private static final int TITLE_ROWS = 4;
    private static final int MAX_HEADER_ROWS = 20;
    private static final Pattern HCPCS_CODE = Pattern.compile("[A-Z0-9]{5}");

    /** The two layouts seen: 2025 (RVU25x) and 2026 (RVU26x, with the PRIC IND column). */
    public enum Layout { WITHOUT_PRICING_INDICATOR, WITH_PRICING_INDICATOR }

    private RelativeValueFileParser() {}

    public static List<RelativeValueRow> parse(InputStream in, ImportPeriod period, String source) {
        TextFile file = TextFile.read(in, StandardCharsets.ISO_8859_1);
        Header header = header(file);
        Map<String, Integer> cols = header.columns;
        int hcpcs = cols.get(HCPCS);
        int mod = cols.get(MOD);
        int status = cols.get(STATUS);
        int work = cols.get(WORK);
        int nonFacilityPe = cols.get(NON_FACILITY_PE);
        int facilityPe = cols.get(FACILITY_PE);
        int mp = cols.get(MP);
        int mult = cols.get(MULT_PROC);
        int bilat = cols.get(BILAT_SURG);
        int conv = cols.get(CONV_FACTOR);
        int needed = REQUIRED.stream().mapToInt(cols::get).max().orElseThrow() + 1;

        List<RelativeValueRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int n = header.line + 1; n <= file.size(); n++) {
            List<String> fields = TextFile.split(file.line(n), ',', n);
            if (TextFile.allBlank(fields)) {
                continue;
            }
            Cells cells = new Cells(fields, n);
            cells.requireColumns(needed);
            String code = cells.required(hcpcs, "HCPCS code");
            if (!HCPCS_CODE.matcher(code).matches()) {
                throw cells.error("HCPCS code '" + code + "' is not a 5-character code");
            }
            String modifier = cells.text(mod);
            if (!seen.add(code + "|" + modifier)) {
                throw cells.error("a second row for " + code + (modifier.isEmpty() ? "" : "-" + modifier));
            }
            BigDecimal cf = cells.decimal(conv, "conversion factor");
            if (cf.signum() == 0) {
                throw cells.error("conversion factor is 0");
            }
            rows.add(new RelativeValueRow(code, modifier, cells.required(status, "status code"),
                    cells.decimal(work, "work RVU"),
                    cells.decimal(nonFacilityPe, "non-facility PE RVU"),
                    cells.decimal(facilityPe, "facility PE RVU"),
                    cells.decimal(mp, "MP RVU"),
                    cells.whole(mult, "multiple-procedure indicator"),
                    cells.whole(bilat, "bilateral indicator"),
                    cf, period.from(), period.to(), source));
        }
        if (rows.isEmpty()) {
            throw new FeeFileFormatException(file.size(), "no data rows after the header on line " + header.line);
        }
        return List.copyOf(rows);
    }

    /** Which layout a relative value file's header is (read from the stream, which is consumed). */
    public static Layout layoutOf(InputStream in) {
        Header header = header(TextFile.read(in, StandardCharsets.ISO_8859_1));
        return header.columns.containsKey(PRIC_IND) ? Layout.WITH_PRICING_INDICATOR : Layout.WITHOUT_PRICING_INDICATOR;
    }

    private record Header(int line, Map<String, Integer> columns) {}

    /** Finds the last header row (first cell {@code HCPCS}) and stacks the titles of it and the three rows above. */
    private static Header header(TextFile file) {
        int headerLine = -1;
        for (int n = 1; n <= Math.min(file.size(), MAX_HEADER_ROWS); n++) {
            List<String> fields = TextFile.split(file.line(n), ',', n);
            if (Cells.normalise(fields.get(0)).equals(HCPCS)) {
                headerLine = n;
                break;
            }
        }
        if (headerLine < 0) {
            throw new FeeFileFormatException(Math.min(Math.max(file.size(), 1), MAX_HEADER_ROWS),
                    "no header row starting with 'HCPCS' in the first " + MAX_HEADER_ROWS + " lines (truncated or not a PFS relative value file?)");
        }
        List<List<String>> titleRows = new ArrayList<>();
        for (int n = Math.max(1, headerLine - TITLE_ROWS + 1); n <= headerLine; n++) {
            titleRows.add(TextFile.split(file.line(n), ',', n));
        }
        int width = titleRows.get(titleRows.size() - 1).size();
        Map<String, Integer> columns = new HashMap<>();
        Set<String> repeated = new HashSet<>();
        for (int c = 0; c < width; c++) {
            StringBuilder title = new StringBuilder();
            for (List<String> row : titleRows) {
                if (c < row.size()) {
                    title.append(' ').append(row.get(c));
                }
            }
            String name = Cells.normalise(title.toString());
            if (columns.putIfAbsent(name, c) != null) {
                repeated.add(name);
            }
        }
        for (String name : REQUIRED) {
            Cells.column(columns, name, headerLine);
            if (repeated.contains(name)) {
                throw new FeeFileFormatException(headerLine, "header has more than one '" + name + "' column");
            }
        }
        return new Header(headerLine, Map.copyOf(columns));
    }
}
