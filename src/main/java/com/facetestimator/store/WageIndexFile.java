package com.facetestimator.store;

import com.facetestimator.domain.pricing.WageIndexTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CY wage-index table by CBSA as CMS's ASC pricer data has it: a header row
 * {@code CBSA,CBSA Name,WIyy} (found by name, any order), then one row per CBSA (5 digits) or
 * rural state code (2 digits). The year is the header's {@code WIyy} unless the caller gives it.
 * The bundled copy and the importer use this one reader, so what imports is what the product loads.
 */
public final class WageIndexFile {
    private static final Pattern CBSA = Pattern.compile("\\d{5}|\\d{2}");
    private static final Pattern YEAR_COLUMN = Pattern.compile("WI\\s*(\\d{2}|\\d{4})");
    /** Published indexes run from about 0.3 to 2; anything outside this is a broken row. */
    private static final BigDecimal MAX = new BigDecimal("5");

    private WageIndexFile() {}

    /**
     * @param year the calendar year the table is for, or null to read it from the header
     * @throws BadReferenceFileException naming the line
     */
    public static WageIndexTable.Year parse(String text, Integer year, String source) {
        List<String> lines = List.of(text.replace("\r", "").split("\n", -1));
        int headerLine = 0;
        List<String> header = null;
        while (headerLine < lines.size()) {
            String line = lines.get(headerLine++);
            if (!line.isBlank()) {
                header = split(line, headerLine);
                break;
            }
        }
        if (header == null) {
            throw new BadReferenceFileException(1, "the file is empty");
        }
        int cbsaColumn = -1;
        int nameColumn = -1;
        int indexColumn = -1;
        Integer headerYear = null;
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).trim().toUpperCase(Locale.ROOT);
            Matcher m = YEAR_COLUMN.matcher(name);
            if (name.equals("CBSA")) {
                cbsaColumn = c;
            } else if (name.contains("NAME")) {
                nameColumn = c;
            } else if (m.matches()) {
                indexColumn = c;
                int y = Integer.parseInt(m.group(1));
                headerYear = y < 100 ? 2000 + y : y;
            }
        }
        if (cbsaColumn < 0 || indexColumn < 0) {
            throw new BadReferenceFileException(headerLine, "the header needs a 'CBSA' column and a wage-index column 'WIyy'");
        }
        int cy = year != null ? year : headerYear;
        Map<String, WageIndexTable.Area> areas = new HashMap<>();
        int needed = Math.max(cbsaColumn, Math.max(indexColumn, nameColumn)) + 1;
        for (int n = headerLine + 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = split(line, n);
            if (cells.size() < needed) {
                throw new BadReferenceFileException(n, "has " + cells.size() + " columns; the header has " + header.size());
            }
            String cbsa = cells.get(cbsaColumn).trim();
            if (!CBSA.matcher(cbsa).matches()) {
                throw new BadReferenceFileException(n, "CBSA '" + cbsa + "' is not 5 digits or a 2-digit rural code");
            }
            String value = cells.get(indexColumn).trim();
            BigDecimal index;
            try {
                index = new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new BadReferenceFileException(n, "wage index '" + value + "' is not a number");
            }
            if (index.signum() == 0) {
                continue; // CMS's 0.0000: a state without rural areas (New Jersey, Rhode Island) has no rural index
            }
            if (index.signum() < 0 || index.compareTo(MAX) > 0) {
                throw new BadReferenceFileException(n, "wage index " + value + " is outside 0 to " + MAX);
            }
            String name = nameColumn < 0 ? "" : cells.get(nameColumn).trim();
            if (areas.put(cbsa, new WageIndexTable.Area(cbsa, name, index)) != null) {
                throw new BadReferenceFileException(n, "a second row for CBSA " + cbsa);
            }
        }
        if (areas.isEmpty()) {
            throw new BadReferenceFileException(lines.size(), "no CBSA rows after the header");
        }
        return new WageIndexTable.Year(LocalDate.of(cy, 1, 1), LocalDate.of(cy, 12, 31), source, areas);
    }

    /** One CSV line; a field in double quotes may hold commas, and {@code ""} in it is a quote. */
    static List<String> split(String line, int lineNumber) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new BadReferenceFileException(lineNumber, "a quoted field is not closed");
        }
        cells.add(cell.toString());
        return cells;
    }
}
