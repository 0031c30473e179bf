package com.facetestimator.tools.cms;

import com.facetestimator.domain.locality.PaymentLocality;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses CMS's ZIP Code to Carrier Locality file (ZIP5) as its workbook saves to text: a header
 * row naming {@code STATE}, {@code ZIP CODE}, {@code CARRIER}, {@code LOCALITY},
 * {@code PLUS 4 FLAG} and {@code YEAR/QTR} (found by name, tab- or comma-separated), then one row
 * per ZIP code.
 */
public final class Zip5FileParser {
    private static final Pattern ZIP = Pattern.compile("\\d{5}");
    private static final Pattern MAC = Pattern.compile("\\d{5}");
    private static final Pattern LOCALITY = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR_QUARTER = Pattern.compile("\\d{4}[1-4]");

    private Zip5FileParser() {}

    /** One ZIP code's row. {@code localityId} is {@code MAC-LOCALITY}. */
    public record ZipRow(String zipCode, String state, String localityId, boolean plusFourDependent, int line) {}

    /** The file's rows and the release they are from ({@code YEAR/QTR}, e.g. {@code 20261}). */
    public record Zip5File(String yearQuarter, List<ZipRow> rows) {}

    /** @throws FeeFileFormatException naming the first bad line; nothing is returned from a bad file */
    public static Zip5File parse(InputStream in) {
        TextFile file = TextFile.read(in, StandardCharsets.ISO_8859_1);
        if (file.size() == 0) {
            throw new FeeFileFormatException(1, "the file is empty");
        }
        char delimiter = file.line(1).indexOf('\t') >= 0 ? '\t' : ',';
        Map<String, Integer> header = Cells.header(TextFile.split(file.line(1), delimiter, 1));
        int state = Cells.column(header, "STATE", 1);
        int zip = Cells.column(header, "ZIP CODE", 1);
        int carrier = Cells.column(header, "CARRIER", 1);
        int locality = Cells.column(header, "LOCALITY", 1);
        int plusFour = Cells.column(header, "PLUS 4 FLAG", 1);
        int yearQuarter = Cells.column(header, "YEAR/QTR", 1);
        int needed = 1 + List.of(state, zip, carrier, locality, plusFour, yearQuarter).stream().mapToInt(i -> i).max().orElseThrow();

        List<ZipRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String release = null;
        for (int n = 2; n <= file.size(); n++) {
            List<String> cells = TextFile.split(file.line(n), delimiter, n);
            if (TextFile.allBlank(cells)) {
                continue;
            }
            if (cells.size() < needed) {
                throw new FeeFileFormatException(n, "has " + cells.size() + " columns; the header names " + needed);
            }
            String zipCode = cells.get(zip).trim();
            if (!ZIP.matcher(zipCode).matches()) {
                throw new FeeFileFormatException(n, "ZIP CODE '" + zipCode + "' is not 5 digits");
            }
            if (!seen.add(zipCode)) {
                throw new FeeFileFormatException(n, "a second row for ZIP code " + zipCode);
            }
            String mac = cells.get(carrier).trim();
            if (!MAC.matcher(mac).matches()) {
                throw new FeeFileFormatException(n, "CARRIER '" + mac + "' is not a 5-digit contractor number");
            }
            String number = cells.get(locality).trim();
            if (!LOCALITY.matcher(number).matches()) {
                throw new FeeFileFormatException(n, "LOCALITY '" + number + "' is not a 1- or 2-digit number");
            }
            String id = PaymentLocality.of(mac, number, "", "-").id();
            String flag = cells.get(plusFour).trim();
            if (!flag.isEmpty() && !flag.equals("0") && !flag.equals("1")) {
                throw new FeeFileFormatException(n, "PLUS 4 FLAG '" + flag + "' is not 0 or 1");
            }
            String quarter = cells.get(yearQuarter).trim();
            if (!YEAR_QUARTER.matcher(quarter).matches()) {
                throw new FeeFileFormatException(n, "YEAR/QTR '" + quarter + "' is not a year and quarter such as 20261");
            }
            if (release == null) {
                release = quarter;
            } else if (!release.equals(quarter)) {
                throw new FeeFileFormatException(n, "YEAR/QTR " + quarter + " differs from the file's " + release);
            }
            rows.add(new ZipRow(zipCode, cells.get(state).trim(), id, flag.equals("1"), n));
        }
        if (rows.isEmpty()) {
            throw new FeeFileFormatException(file.size(), "no ZIP code rows after the header");
        }
        return new Zip5File(release, List.copyOf(rows));
    }

    /**
     * Every row's locality must be one of {@code localities} (the GPCI file's of the same year),
     * so no ZIP code points at a locality the fee schedule cannot price.
     *
     * @throws FeeFileFormatException naming the first row that does not
     */
    public static void requireLocalities(Zip5File file, Set<String> localities) {
        for (ZipRow row : file.rows()) {
            if (!localities.contains(row.localityId())) {
                throw new FeeFileFormatException(row.line(), "locality " + row.localityId() + " of ZIP code " + row.zipCode()
                        + " is not in the GPCI file");
            }
        }
    }
}
