package com.facetestimator.tools;

import com.facetestimator.tools.cms.AscAddendumAAParser;
import com.facetestimator.tools.cms.ContractFeeFileParser;
import com.facetestimator.tools.cms.FeeFileFormatException;
import com.facetestimator.tools.cms.GpciFileParser;
import com.facetestimator.tools.cms.ImportPeriod;
import com.facetestimator.tools.cms.MueFileParser;
import com.facetestimator.tools.cms.OppsAddendumBParser;
import com.facetestimator.tools.cms.PercentOfContractFileParser;
import com.facetestimator.tools.cms.RelativeValueFileParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line: parse one fee file and print its rows as tab-separated values, to check a new
 * CMS release or contract before it is loaded (storing the rows is the store's job).
 *
 * <pre>
 * FeeImport pfs           FILE (--year YYYY | --from D --to D) --source TEXT
 * FeeImport gpci          FILE (--year YYYY | --from D --to D) --source TEXT [--floor-through D]
 * FeeImport opps          FILE (--year YYYY | --from D --to D) --source TEXT
 * FeeImport asc           FILE (--year YYYY | --from D --to D) --source TEXT
 * FeeImport mue           FILE (--year YYYY | --from D --to D) --source TEXT
 * FeeImport contract-fees FILE --source TEXT
 * FeeImport percent-of    FILE
 * FeeImport zip5          FILE --gpci GPCI_FILE [--write DIR]
 * FeeImport wage-index    FILE --source TEXT [--year YYYY] [--write DIR]
 * FeeImport bundled
 * </pre>
 * {@code zip5} and {@code wage-index} are tables the product bundles: {@code --write} replaces
 * them in a {@code reference/} folder (see {@link ReferenceTableImport}).
 * With {@code --publish PAYER} the rows go into that payer's schedule in DynamoDB (the tables of
 * FEES_TABLE / DYNAMODB_ENDPOINT) as a new published version instead of being printed; rows of
 * the same kind in the imported period are replaced. {@code bundled} publishes the bundled
 * reference data. Nothing of a malformed file is published.
 * Exit status: 0 parsed (rows on standard output, a count on standard error); 1 the file is
 * malformed ({@code FILE: line N: reason} on standard error, nothing on standard output);
 * 2 usage error.
 */
public final class FeeImport {
    private static final String USAGE = String.join("\n",
            "usage: FeeImport pfs           FILE (--year YYYY | --from D --to D) --source TEXT",
            "       FeeImport gpci          FILE (--year YYYY | --from D --to D) --source TEXT [--floor-through D]",
            "       FeeImport opps          FILE (--year YYYY | --from D --to D) --source TEXT",
            "                               OPPS Addendum B: the tab-delimited release, or a CSV extract with HCPCS, SI, APC, Payment Rate",
            "       FeeImport asc           FILE (--year YYYY | --from D --to D) --source TEXT",
            "                               ASC Addendum AA (CSV; columns found by name, e.g. 'April 2026 Payment Rate');",
            "                               a quarter's release: --from its first day --to 12-31 replaces the rows from that day",
            "       FeeImport mue           FILE (--year YYYY | --from D --to D) --source TEXT",
            "                               NCCI MUE table (CSV: HCPCS, MUE Value, MAI), facility outpatient hospital",
            "       FeeImport contract-fees FILE --source TEXT",
            "       FeeImport percent-of    FILE",
            "       (add --publish PAYER to publish into DynamoDB instead of printing; percent-of takes --publish yes)",
            "       FeeImport zip5          FILE --gpci GPCI_FILE [--write DIR]",
            "       FeeImport wage-index    FILE --source TEXT [--year YYYY] [--write DIR]",
            "       (zip5: CMS ZIP5 file -> ZIP code to locality, checked against the GPCI file's localities;",
            "        wage-index: CY wage index by CBSA. --write DIR replaces the bundled table in DIR,",
            "        e.g. src/main/resources/reference; it is used from the next build)",
            "       FeeImport bundled       (publish the bundled reference data)");

    private FeeImport() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && args[0].equals("bundled")) {
            err.println("Published: " + FeeImportPublishing.bundled(err));
            return 0;
        }
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        if (args.length < 2) {
            err.println(USAGE);
            return 2;
        }
        String format = args[0];
        Path file = Path.of(args[1]);
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("unexpected argument '" + args[i] + "'\n" + USAGE);
                return 2;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        if (ReferenceTableImport.handles(format)) {
            return ReferenceTableImport.run(format, file, options, out, err);
        }
        List<?> parsed;
        ImportPeriod period = null;
        String publishTo = options.remove("publish");
        try (InputStream in = Files.newInputStream(file)) {
            parsed = switch (format) {
                case "pfs" -> RelativeValueFileParser.parse(in, period = period(options), source(options));
                case "gpci" -> GpciFileParser.parse(in, period = period(options), source(options), date(options, "floor-through"));
                case "opps" -> OppsAddendumBParser.parse(in, period = period(options), source(options));
                case "asc" -> AscAddendumAAParser.parse(in, period = period(options), source(options));
                case "mue" -> MueFileParser.parse(in, period = period(options), source(options));
                case "contract-fees" -> ContractFeeFileParser.parse(in, source(options));
                case "percent-of" -> PercentOfContractFileParser.parse(in);
                default -> throw new UsageException("unknown format '" + format + "'");
            };
        } catch (UsageException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println(file + ": " + e.getMessage());
            return 2;
        } catch (FeeFileFormatException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        }
        if (publishTo != null) {
            try {
                err.println(file + ": " + parsed.size() + " rows; "
                        + FeeImportPublishing.publish(format, publishTo, parsed, period, err));
                return 0;
            } catch (IllegalArgumentException | IllegalStateException e) {
                err.println(file + ": not published: " + e.getMessage());
                return 1;
            }
        }
        List<String> lines = rows(parsed);
        lines.forEach(out::println);
        err.println(file + ": " + (lines.size() - 1) + " rows");
        return 0;
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    private static ImportPeriod period(Map<String, String> options) {
        if (options.containsKey("year")) {
            try {
                return ImportPeriod.ofYear(Integer.parseInt(options.get("year")));
            } catch (NumberFormatException e) {
                throw new UsageException("--year '" + options.get("year") + "' is not a year");
            }
        }
        LocalDate from = date(options, "from");
        LocalDate to = date(options, "to");
        if (from == null || to == null) {
            throw new UsageException("give --year, or --from and --to");
        }
        try {
            return new ImportPeriod(from, to);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static LocalDate date(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + name + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String source(Map<String, String> options) {
        String source = options.get("source");
        if (source == null || source.isBlank()) {
            throw new UsageException("--source is required: the published file the rows come from");
        }
        return source;
    }

    private static List<String> rows(List<?> rows) {
        List<String> lines = new ArrayList<>();
        for (Object row : rows) {
            if (lines.isEmpty()) {
                lines.add(header(row));
            }
            lines.add(tsv(row));
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private static String header(Object row) {
        return String.join("\t", Arrays.stream(row.getClass().getRecordComponents()).map(RecordComponent::getName).toList());
    }

    /** The row's record components, in declaration order. */
    private static String tsv(Object row) {
        List<String> cells = new ArrayList<>();
        for (var component : row.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(row);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            cells.add(value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        }
        return String.join("\t", cells);
    }
}
