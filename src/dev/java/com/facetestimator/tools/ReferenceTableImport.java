package com.facetestimator.tools;

import com.facetestimator.domain.pricing.GpciRow;
import com.facetestimator.domain.pricing.WageIndexTable;
import com.facetestimator.store.BadReferenceFileException;
import com.facetestimator.store.BundledWageIndexes;
import com.facetestimator.store.WageIndexFile;
import com.facetestimator.tools.cms.FeeFileFormatException;
import com.facetestimator.tools.cms.GpciFileParser;
import com.facetestimator.tools.cms.ImportPeriod;
import com.facetestimator.tools.cms.LocalityTables;
import com.facetestimator.tools.cms.Zip5FileParser;
import com.facetestimator.tools.cms.Zip5FileParser.Zip5File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The importers of the reference tables the product bundles rather than stores: the ZIP5 file
 * (ZIP code to locality, with the GPCI file's localities) and the ASC wage index by CBSA. A dry
 * run prints the rows; {@code --write DIR} (the bundled {@code reference/} folder, e.g.
 * {@code src/main/resources/reference}) replaces the bundled tables, which take effect with the
 * next build. A malformed file is refused with its line number and nothing is written.
 */
final class ReferenceTableImport {
    static final String LOCALITIES_FILE = "localities.tsv";
    static final String ZIP_CODES_FILE = "zip5-localities.txt";
    private static final String MANIFEST_FILE = Path.of(BundledWageIndexes.MANIFEST).getFileName().toString();

    private ReferenceTableImport() {}

    static boolean handles(String format) {
        return format.equals("zip5") || format.equals("wage-index");
    }

    /** Exit status as {@link FeeImport#run}: 0 done, 1 malformed file, 2 usage. */
    static int run(String format, Path file, Map<String, String> options, PrintStream out, PrintStream err) {
        String write = options.remove("write");
        try {
            return format.equals("zip5") ? zip5(file, options, write, out, err) : wageIndex(file, options, write, out, err);
        } catch (NoSuchFileException e) {
            err.println(e.getFile() + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println(file + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static int zip5(Path file, Map<String, String> options, String write, PrintStream out, PrintStream err) throws IOException {
        String gpciOption = options.remove("gpci");
        if (gpciOption == null || !options.isEmpty()) {
            throw new IllegalArgumentException("usage: zip5 FILE --gpci GPCI_FILE [--write DIR]"
                    + (options.isEmpty() ? "" : " (unknown options " + options.keySet() + ")"));
        }
        Path gpciFile = Path.of(gpciOption);
        Zip5File zips;
        List<GpciRow> gpcis;
        try (InputStream in = Files.newInputStream(file)) {
            zips = Zip5FileParser.parse(in);
        } catch (FeeFileFormatException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        }
        // The ZIP5 release's year is the GPCI file's (its work-floor dates must fall in it).
        int year = Integer.parseInt(zips.yearQuarter().substring(0, 4));
        try (InputStream in = Files.newInputStream(gpciFile)) {
            gpcis = GpciFileParser.parse(in, ImportPeriod.ofYear(year), "PFS Addendum E " + gpciFile.getFileName(), null);
        } catch (FeeFileFormatException e) {
            err.println(gpciFile + ": " + e.getMessage());
            return 1;
        }
        Set<String> ids = new HashSet<>();
        gpcis.forEach(g -> ids.add(g.localityKey()));
        try {
            Zip5FileParser.requireLocalities(zips, ids);
        } catch (FeeFileFormatException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        }
        String source = "CMS ZIP Code to Carrier Locality file (ZIP5), YEAR/QTR " + zips.yearQuarter() + " (" + file.getFileName() + ")";
        if (write == null) {
            out.println("zipCode\tstate\tlocality\tplusFourDependent");
            zips.rows().forEach(r -> out.println(r.zipCode() + "\t" + r.state() + "\t" + r.localityId() + "\t" + r.plusFourDependent()));
            err.println(file + ": " + zips.rows().size() + " ZIP codes in " + zips.rows().stream().map(Zip5FileParser.ZipRow::localityId).distinct().count()
                    + " localities");
            return 0;
        }
        Path dir = Path.of(write);
        writeAll(dir, Map.of(
                LOCALITIES_FILE, LocalityTables.localities(gpcis, "PFS Addendum E (" + gpciFile.getFileName() + ")")
                        .getBytes(StandardCharsets.UTF_8),
                ZIP_CODES_FILE, LocalityTables.zipCodes(zips, source).getBytes(StandardCharsets.UTF_8)));
        err.println(file + ": " + zips.rows().size() + " ZIP codes written to " + dir.resolve(ZIP_CODES_FILE)
                + ", localities to " + dir.resolve(LOCALITIES_FILE));
        return 0;
    }

    private static int wageIndex(Path file, Map<String, String> options, String write, PrintStream out, PrintStream err) throws IOException {
        String source = options.remove("source");
        String yearText = options.remove("year");
        if (source == null || source.isBlank() || !options.isEmpty()) {
            throw new IllegalArgumentException("usage: wage-index FILE --source TEXT [--year YYYY] [--write DIR]"
                    + (options.isEmpty() ? "" : " (unknown options " + options.keySet() + ")"));
        }
        Integer year;
        try {
            year = yearText == null ? null : Integer.valueOf(yearText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--year '" + yearText + "' is not a year");
        }
        byte[] bytes = Files.readAllBytes(file);
        // ISO-8859-1 maps every byte, so an area name in a DOS code page cannot fail the import.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        WageIndexTable.Year table;
        try {
            table = WageIndexFile.parse(text, year, source);
        } catch (BadReferenceFileException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        }
        int cy = table.effectiveFrom().getYear();
        if (write == null) {
            out.println("cbsa\tname\twageIndex\teffectiveFrom\teffectiveTo");
            table.indexes().values().stream().sorted(Comparator.comparing(WageIndexTable.Area::cbsa)).forEach(a ->
                    out.println(a.cbsa() + "\t" + a.name() + "\t" + a.wageIndex().toPlainString() + "\t"
                            + table.effectiveFrom() + "\t" + table.effectiveTo()));
            err.println(file + ": " + table.indexes().size() + " CBSAs, CY" + cy);
            return 0;
        }
        Path dir = Path.of(write);
        String resource = "cms/ASC_WageIndex_" + cy + ".csv";
        Path manifest = dir.resolve(MANIFEST_FILE);
        List<String> lines = new ArrayList<>();
        if (Files.exists(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length < 2 || !cells[1].trim().equals(String.valueOf(cy))) {
                    lines.add(line);
                }
            }
        }
        lines.add("reference/" + resource + "\t" + cy + "\t" + source.replace('\t', ' '));
        writeAll(dir, Map.of(resource, bytes, MANIFEST_FILE, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
        err.println(file + ": " + table.indexes().size() + " CBSAs (CY" + cy + ") written to " + dir.resolve(resource));
        return 0;
    }

    /** Writes every file beside its target first, then moves them into place: a failure leaves the old ones. */
    private static void writeAll(Path dir, Map<String, byte[]> files) throws IOException {
        List<Path[]> moves = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), ".import-", ".tmp");
                Files.write(temp, f.getValue());
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                moves.add(new Path[] {temp, target});
            }
            for (Path[] move : moves) {
                Files.move(move[0], move[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path[] move : moves) {
                Files.deleteIfExists(move[0]);
            }
        }
    }
}
