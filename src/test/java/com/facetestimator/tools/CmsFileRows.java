package com.facetestimator.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bundled CMS file's row read the simple way, as a biller would read it in a spreadsheet: the
 * header row (the first starting with {@code headerStart}), then the row whose first cell is the
 * code, as header title to cell. Tests work their expected figures out from these, independently
 * of the importers.
 */
final class CmsFileRows {
    private CmsFileRows() {}

    static Map<String, String> row(String resource, String headerStart, String code) {
        List<String> lines = lines(resource);
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(headerStart)) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw new AssertionError(resource + ": no header row starting with " + headerStart);
        }
        String[] titles = lines.get(header).split(",", -1);
        for (String line : lines.subList(header + 1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals(code)) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < titles.length && c < cells.length; c++) {
                    row.put(titles[c].trim().replaceAll("\\s+", " "), cells[c].trim());
                }
                return row;
            }
        }
        throw new AssertionError(resource + ": no row for " + code);
    }

    /** The cell of the column whose title ends with {@code suffix} (CMS prefixes them with the quarter). */
    static String cell(Map<String, String> row, String suffix) {
        return row.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no column ending with " + suffix + " in " + row.keySet()));
    }

    /** {@code $485.51} as 485.51. */
    static BigDecimal dollars(String cell) {
        return new BigDecimal(cell.replace("$", "").replace(",", "").trim());
    }

    private static List<String> lines(String resource) {
        try (InputStream in = CmsFileRows.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("bundled resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().map(l -> l.replace("\r", "")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
