package com.facetestimator.tools.cms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A text file as numbered lines, with the delimited-field splitting the fee files need.
 *
 * <p>CMS files are read as ISO-8859-1: every byte maps to one character, so stray Windows-1252
 * or broken UTF-8 bytes in header text (Addendum B has them) can never fail the import, while the
 * data the importers read (codes, numbers, dollar amounts) is plain ASCII either way.
 */
final class TextFile {
    private final List<String> lines;

    private TextFile(List<String> lines) {
        this.lines = lines;
    }

    static TextFile read(InputStream in, Charset charset) {
        String text;
        try {
            text = new String(in.readAllBytes(), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(stripCr(text.substring(start, i)));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(stripCr(text.substring(start)));
        }
        return new TextFile(lines);
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    int size() {
        return lines.size();
    }

    /** The line with 1-based number {@code number}. */
    String line(int number) {
        return lines.get(number - 1);
    }

    /**
     * Splits one line on {@code delimiter}; a field in double quotes may hold the delimiter, and
     * {@code ""} inside it is one quote. Fields are returned without their quotes, not trimmed.
     */
    static List<String> split(String line, char delimiter, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                continue;
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else {
                field.append(c);
            }
            fieldStart = false;
        }
        if (quoted) {
            throw new FeeFileFormatException(lineNumber, "a quoted field is not closed (truncated line?)");
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * The number of the first line, within the first {@code maxRows}, that starts with
     * {@code title} (ignoring quotes, case and spacing). Title rows are not split into fields:
     * one may be a quoted cell spanning two lines.
     */
    int headerLine(int maxRows, String title, String whatFile) {
        for (int n = 1; n <= Math.min(size(), maxRows); n++) {
            if (Cells.normalise(line(n).replace("\"", "")).startsWith(title)) {
                return n;
            }
        }
        throw new FeeFileFormatException(Math.min(Math.max(size(), 1), maxRows),
                "no header row starting with '" + title + "' in the first " + maxRows + " lines (" + whatFile + ")");
    }

    /**
     * The rows after {@code headerLine}, blank rows skipped, each checked to reach {@code columns}
     * cells; none at all is an error naming the header's line.
     */
    List<Cells> dataRows(int headerLine, char delimiter, int columns) {
        List<Cells> rows = new ArrayList<>();
        for (int n = headerLine + 1; n <= size(); n++) {
            List<String> fields = split(line(n), delimiter, n);
            if (allBlank(fields)) {
                continue;
            }
            Cells cells = new Cells(fields, n);
            cells.requireColumns(columns);
            rows.add(cells);
        }
        if (rows.isEmpty()) {
            throw new FeeFileFormatException(size(), "no data rows after the header on line " + headerLine);
        }
        return rows;
    }

    static boolean allBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
