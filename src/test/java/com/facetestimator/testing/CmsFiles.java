package com.facetestimator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CMS files as the tests read them, independently of the product's parsers, so a figure a
 * test expects is worked out from the file itself: the GPCI files (Addendum E) and RVU files
 * bundled under src/main/resources/reference/cms, and the ZIP5 file among the test fixtures.
 */
public final class CmsFiles {
    public static final Path BUNDLED = Path.of("src/main/resources/reference/cms");
    public static final Path GPCI_2025 = BUNDLED.resolve("GPCI2025.csv");
    public static final Path GPCI_2026 = BUNDLED.resolve("GPCI2026.csv");
    public static final Path RVU_2025 = BUNDLED.resolve("PPRRVU2025_Oct_excerpt.csv");
    public static final Path RVU_2026 = BUNDLED.resolve("PPRRVU2026_Jan_nonQPP_excerpt.csv");
    public static final Path ZIP5 = Path.of("src/test/resources/fixtures/cms/ZIP5_JAN2026.tsv");
    public static final Path WAGE_INDEX_2026 = BUNDLED.resolve("ASC_WageIndex_2026.csv");

    private CmsFiles() {}

    /**
     * One Addendum E row. {@code work} is the work GPCI with the 1.0 floor; {@code workWithoutFloor}
     * the 2026 file's column without it (the 2025 file has only the floored one: then equal).
     */
    public record Gpci(String mac, String state, String localityNumber, String name, BigDecimal work,
                       BigDecimal workWithoutFloor, BigDecimal pe, BigDecimal mp) {
        public String id() {
            return mac + "-" + localityNumber;
        }
    }

    /** The locality rows: those whose first cell is a 5-digit MAC (title, header and footnote rows are not). */
    public static List<Gpci> gpcis(Path file) {
        List<Gpci> rows = new ArrayList<>();
        boolean withAndWithout = false;
        for (String line : lines(file, StandardCharsets.ISO_8859_1)) {
            List<String> c = csv(line);
            if (c.get(0).startsWith("Medicare Administrative Contractor")) {
                withAndWithout = c.size() == 8;
            }
            if (!c.get(0).matches("\\d{5}")) {
                continue;
            }
            String name = c.get(3).replaceAll("\\*+$", "").trim();
            if (withAndWithout) {
                rows.add(new Gpci(c.get(0), c.get(1), c.get(2), name, d(c.get(5)), d(c.get(4)), d(c.get(6)), d(c.get(7))));
            } else {
                rows.add(new Gpci(c.get(0), c.get(1), c.get(2), name, d(c.get(4)), d(c.get(4)), d(c.get(5)), d(c.get(6))));
            }
        }
        return rows;
    }

    /** One RVU row's work, non-facility PE, facility PE, MP and conversion factor. */
    public record Rvu(String code, BigDecimal work, BigDecimal nonFacilityPe, BigDecimal facilityPe, BigDecimal mp,
                      BigDecimal conversionFactor) {
        /** The PFS formula, rounded to cents as CMS publishes fee schedule amounts. */
        public BigDecimal amount(BigDecimal workGpci, BigDecimal peGpci, BigDecimal mpGpci, boolean facility) {
            BigDecimal pe = facility ? facilityPe : nonFacilityPe;
            return work.multiply(workGpci).add(pe.multiply(peGpci)).add(mp.multiply(mpGpci))
                    .multiply(conversionFactor).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /**
     * The code's row without a modifier. Columns by the last header row: HCPCS, MOD, ..., the work
     * RVU (6th), non-facility PE (7th), facility PE (9th), MP (11th); the conversion factor is the
     * column headed FACTOR (the 2026 file adds PRIC IND before it).
     */
    public static Rvu rvu(Path file, String code) {
        int factor = -1;
        for (String line : lines(file, StandardCharsets.ISO_8859_1)) {
            List<String> c = csv(line);
            if (c.get(0).equals("HCPCS")) {
                factor = c.indexOf("FACTOR");
            }
            if (c.get(0).equals(code) && c.get(1).isEmpty()) {
                return new Rvu(code, d(c.get(5)), d(c.get(6)), d(c.get(8)), d(c.get(10)), d(c.get(factor)));
            }
        }
        throw new IllegalArgumentException(code + " is not in " + file);
    }

    /** One ZIP5 row: ZIP code, state, {@code MAC-LOCALITY}, PLUS 4 FLAG. */
    public record Zip(String zipCode, String state, String localityId, boolean plusFour) {}

    public static List<Zip> zips() {
        List<Zip> rows = new ArrayList<>();
        List<String> lines = lines(ZIP5, StandardCharsets.ISO_8859_1);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            if (c.length > 7) {
                rows.add(new Zip(c[1], c[0], c[2] + "-" + c[3], c[7].equals("1")));
            }
        }
        return rows;
    }

    /** The wage index of a CBSA in the CY2026 table (CBSA, name, WI26). */
    public static BigDecimal wageIndex2026(String cbsa) {
        for (String line : lines(WAGE_INDEX_2026, StandardCharsets.ISO_8859_1)) {
            List<String> c = csv(line);
            if (c.get(0).equals(cbsa)) {
                return d(c.get(2));
            }
        }
        throw new IllegalArgumentException(cbsa + " is not in " + WAGE_INDEX_2026);
    }

    private static List<String> lines(Path file, java.nio.charset.Charset charset) {
        try {
            return Files.readAllLines(file, charset).stream().map(l -> l.replace("\r", "")).filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s.trim());
    }
}
