package com.facetestimator.tools.cms;

import com.facetestimator.domain.pricing.GpciRow;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses PFS Addendum E (GPCIs by Medicare locality): title rows, then the header row whose first
 * column is {@code Medicare Administrative Contractor (MAC)}, then one row per locality, then
 * footnote rows (text in the first column only), which are skipped.
 *
 * <p>Work GPCI columns: the 2025 file has one ({@code 2025 PW GPCI (with 1.0 Floor)}); the 2026
 * file has two, without and with the 1.0 floor, because the floor was extended only through
 * 2026-01-31. Then each locality gives two rows: with the floor from the period start through the
 * floor's last day, without it from the next day to the period end. The floor's last day is the
 * caller's {@code floorThrough}, or else read from the file's own footnote ("... extended through
 * January 31, 2026 ..."); the import fails if neither gives it.
 */
public final class GpciFileParser {
    private static final int MAX_HEADER_ROWS = 10;
    private static final Pattern MAC = Pattern.compile("\\d{5}");
    private static final Pattern LOCALITY = Pattern.compile("\\d{1,2}");
    private static final Pattern FLOOR_THROUGH = Pattern.compile("floor.*?through ([A-Z][a-z]+ \\d{1,2}, \\d{4})");
    private static final DateTimeFormatter FOOTNOTE_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private GpciFileParser() {}

    /**
     * @param floorThrough for a file with work GPCIs with and without the floor: the last day the
     *                     floor applies, or null to read it from the file's footnote
     */
    public static List<GpciRow> parse(InputStream in, ImportPeriod period, String source, LocalDate floorThrough) {
        TextFile file = TextFile.read(in, StandardCharsets.ISO_8859_1);
        int headerLine = -1;
        for (int n = 1; n <= Math.min(file.size(), MAX_HEADER_ROWS); n++) {
            if (Cells.normalise(TextFile.split(file.line(n), ',', n).get(0)).startsWith("MEDICARE ADMINISTRATIVE CONTRACTOR")) {
                headerLine = n;
                break;
            }
        }
        if (headerLine < 0) {
            throw new FeeFileFormatException(Math.min(Math.max(file.size(), 1), MAX_HEADER_ROWS),
                    "no header row starting with 'Medicare Administrative Contractor' in the first " + MAX_HEADER_ROWS
                            + " lines (truncated or not an Addendum E GPCI file?)");
        }
        Columns cols = columns(TextFile.split(file.line(headerLine), ',', headerLine), headerLine);

        List<Cells> data = new ArrayList<>();
        List<String> footnotes = new ArrayList<>();
        int firstFootnote = -1;
        for (int n = headerLine + 1; n <= file.size(); n++) {
            List<String> fields = TextFile.split(file.line(n), ',', n);
            if (fields.subList(1, fields.size()).stream().allMatch(String::isBlank)) {
                if (!fields.get(0).isBlank()) {
                    footnotes.add(fields.get(0));
                    firstFootnote = firstFootnote < 0 ? n : firstFootnote;
                }
                continue;
            }
            if (firstFootnote > 0) {
                throw new FeeFileFormatException(n, "a data row after the footnotes that start on line " + firstFootnote);
            }
            data.add(new Cells(fields, n));
        }
        if (data.isEmpty()) {
            throw new FeeFileFormatException(file.size(), "no locality rows after the header on line " + headerLine);
        }

        LocalDate floorEnd = null;
        if (cols.workWithoutFloor >= 0) {
            floorEnd = floorThrough != null ? floorThrough : floorEndFromFootnotes(footnotes);
            if (floorEnd == null) {
                throw new FeeFileFormatException(headerLine, "the work GPCI is given with and without the 1.0 floor, but no "
                        + "date through which the floor applies was given or found in the footnotes");
            }
            if (!period.contains(floorEnd) || floorEnd.equals(period.to())) {
                throw new FeeFileFormatException(headerLine, "the floor end " + floorEnd + " is not inside the period "
                        + period.from() + ".." + period.to());
            }
        }

        List<GpciRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Cells cells : data) {
            cells.requireColumns(cols.needed);
            String mac = cells.required(cols.mac, "MAC");
            if (!MAC.matcher(mac).matches()) {
                throw cells.error("MAC '" + mac + "' is not a 5-digit number");
            }
            String locality = cells.required(cols.locality, "locality number");
            if (!LOCALITY.matcher(locality).matches()) {
                throw cells.error("locality number '" + locality + "' is not a 1- or 2-digit number");
            }
            if (!seen.add(mac + "-" + locality)) {
                throw cells.error("a second row for locality " + mac + "-" + locality);
            }
            String state = cols.state >= 0 ? cells.text(cols.state) : "";
            String name = cells.text(cols.name).replaceAll("\\*+$", "").trim();
            BigDecimal workWithFloor = cells.decimal(cols.workWithFloor, "work GPCI");
            BigDecimal pe = cells.decimal(cols.pe, "PE GPCI");
            BigDecimal mp = cells.decimal(cols.mp, "MP GPCI");
            if (floorEnd == null) {
                rows.add(new GpciRow(mac, state, locality, name, workWithFloor, pe, mp, period.from(), period.to(), source));
            } else {
                BigDecimal workWithoutFloor = cells.decimal(cols.workWithoutFloor, "work GPCI without the floor");
                rows.add(new GpciRow(mac, state, locality, name, workWithFloor, pe, mp, period.from(), floorEnd,
                        source + " (work GPCI with the 1.0 floor, through " + floorEnd + ")"));
                rows.add(new GpciRow(mac, state, locality, name, workWithoutFloor, pe, mp, floorEnd.plusDays(1), period.to(),
                        source + " (work GPCI without the 1.0 floor, from " + floorEnd.plusDays(1) + ")"));
            }
        }
        return List.copyOf(rows);
    }

    private record Columns(int mac, int state, int locality, int name, int workWithFloor, int workWithoutFloor,
                           int pe, int mp, int needed) {}

    private static Columns columns(List<String> header, int headerLine) {
        Map<String, Integer> byName = new HashMap<>();
        int workWith = -1;
        int workWithout = -1;
        int workPlain = -1;
        int pe = -1;
        int mp = -1;
        for (int c = 0; c < header.size(); c++) {
            String name = Cells.normalise(header.get(c));
            byName.putIfAbsent(name, c);
            if (name.contains("PW GPCI")) {
                if (name.contains("WITHOUT")) {
                    workWithout = c;
                } else if (name.contains("WITH")) {
                    workWith = c;
                } else {
                    workPlain = c;
                }
            } else if (name.endsWith("PE GPCI")) {
                pe = c;
            } else if (name.endsWith("MP GPCI")) {
                mp = c;
            }
        }
        int work = workWith >= 0 ? workWith : workPlain;
        if (work < 0 && workWithout >= 0) {
            throw new FeeFileFormatException(headerLine, "header has a work GPCI column without the floor but none with it");
        }
        if (work < 0) {
            throw new FeeFileFormatException(headerLine, "header has no work ('PW GPCI') column");
        }
        if (pe < 0) {
            throw new FeeFileFormatException(headerLine, "header has no 'PE GPCI' column");
        }
        if (mp < 0) {
            throw new FeeFileFormatException(headerLine, "header has no 'MP GPCI' column");
        }
        int mac = Cells.column(byName, "MEDICARE ADMINISTRATIVE CONTRACTOR (MAC)", headerLine);
        int locality = Cells.column(byName, "LOCALITY NUMBER", headerLine);
        int name = Cells.column(byName, "LOCALITY NAME", headerLine);
        int state = byName.getOrDefault("STATE", -1);
        int needed = 1 + List.of(mac, locality, name, work, workWithout, pe, mp).stream().mapToInt(i -> i).max().orElseThrow();
        return new Columns(mac, state, locality, name, work, workWithout, pe, mp, needed);
    }

    private static LocalDate floorEndFromFootnotes(List<String> footnotes) {
        for (String note : footnotes) {
            Matcher m = FLOOR_THROUGH.matcher(note);
            if (m.find()) {
                try {
                    return LocalDate.parse(m.group(1), FOOTNOTE_DATE);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
