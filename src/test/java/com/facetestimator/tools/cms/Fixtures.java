package com.facetestimator.tools.cms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The CMS excerpt fixtures, and broken variants of them made line by line. */
final class Fixtures {
    static final String RVU_2025 = "PPRRVU2025_Oct_excerpt.csv";
    static final String RVU_2026 = "PPRRVU2026_Jan_nonQPP_excerpt.csv";
    static final String GPCI_2025 = "GPCI2025_excerpt.csv";
    static final String GPCI_2026 = "GPCI2026_excerpt.csv";
    static final String OPPS_2025 = "OPPS_AddendumB_2025_excerpt.txt";
    /** CMS's layout with the (blank) short-descriptor column, and a trailing empty column on every row. */
    static final String ASC_2025_APRIL = "ASC_AddendumAA_20250401_excerpt.csv";
    /** CMS's layout with a title cell in quotes over two lines. */
    static final String ASC_2026_JANUARY = "ASC_AddendumAA_20260101_excerpt.csv";

    private Fixtures() {}

    static InputStream open(String name) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/cms/" + name);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + name);
        }
        return in;
    }

    static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's lines (1-based line n is index n-1), line ends removed; bytes kept as ISO-8859-1 chars. */
    static List<String> lines(String name) {
        String text = new String(bytes(name), StandardCharsets.ISO_8859_1);
        return new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
    }

    /** The lines joined back with CRLF, as the CMS files are. */
    static InputStream stream(List<String> lines) {
        return new ByteArrayInputStream(String.join("\r\n", lines).getBytes(StandardCharsets.ISO_8859_1));
    }

    static InputStream withLine(String name, int lineNumber, String replacement) {
        List<String> lines = lines(name);
        lines.set(lineNumber - 1, replacement);
        return stream(lines);
    }

    static InputStream withLineEdited(String name, int lineNumber, String find, String replace) {
        List<String> lines = lines(name);
        String line = lines.get(lineNumber - 1);
        if (!line.contains(find)) {
            throw new IllegalArgumentException("line " + lineNumber + " has no '" + find + "': " + line);
        }
        lines.set(lineNumber - 1, line.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace)));
        return stream(lines);
    }

    /** The first {@code count} bytes, as a download cut off mid-file would leave it. */
    static InputStream truncated(String name, int count) {
        return new ByteArrayInputStream(Arrays.copyOf(bytes(name), count));
    }

    static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
