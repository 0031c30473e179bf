package com.facetestimator.tools.cms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** One data row's cells, read by column with errors that name the line, the column and the value. */
final class Cells {
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern MONEY = Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Pattern HCPCS_CODE = Pattern.compile("[A-Z0-9]{5}");

    private final List<String> cells;
    private final int lineNumber;

    Cells(List<String> cells, int lineNumber) {
        this.cells = cells;
        this.lineNumber = lineNumber;
    }

    int lineNumber() {
        return lineNumber;
    }

    FeeFileFormatException error(String reason) {
        return new FeeFileFormatException(lineNumber, reason);
    }

    /** Fails unless the row reaches every column the parser reads. */
    void requireColumns(int count) {
        if (cells.size() < count) {
            throw error("expected at least " + count + " columns, found " + cells.size() + " (truncated row?)");
        }
    }

    String text(int column) {
        return cells.get(column).trim();
    }

    String required(int column, String name) {
        String value = text(column);
        if (value.isEmpty()) {
            throw error(name + " is empty");
        }
        return value;
    }

    /** The row's HCPCS code: five letters or digits, and the file's only row for it ({@code seen} collects them). */
    String uniqueCode(int column, java.util.Set<String> seen) {
        String code = required(column, "HCPCS code");
        if (!HCPCS_CODE.matcher(code).matches()) {
            throw error("HCPCS code '" + code + "' is not a 5-character code");
        }
        if (!seen.add(code)) {
            throw error("a second row for " + code);
        }
        return code;
    }

    BigDecimal decimal(int column, String name) {
        String value = text(column);
        if (!DECIMAL.matcher(value).matches()) {
            throw error(name + " '" + value + "' is not a number");
        }
        return new BigDecimal(value);
    }

    int whole(int column, String name) {
        String value = text(column);
        if (!WHOLE.matcher(value).matches() || value.length() > 4) {
            throw error(name + " '" + value + "' is not a whole number");
        }
        return Integer.parseInt(value);
    }

    /** Dollars as CMS writes them ({@code $1,952.77}); empty or {@code .} means no amount (null). */
    BigDecimal money(int column, String name) {
        String value = text(column);
        if (value.isEmpty() || value.equals(".")) {
            return null;
        }
        String digits = value.startsWith("$") ? value.substring(1).trim() : value;
        if (!MONEY.matcher(digits).matches()) {
            throw error(name + " '" + value + "' is not an amount");
        }
        return new BigDecimal(digits.replace(",", ""));
    }

    LocalDate date(int column, String name) {
        String value = text(column);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(name + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    <E extends Enum<E>> E choice(int column, String name, Class<E> type) {
        String value = text(column);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(name + " '" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** Each header name, {@link #normalise normalised}, to its column index (the first, when a name repeats). */
    static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> header = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            header.putIfAbsent(normalise(names.get(c)), c);
        }
        return header;
    }

    /** Column index of each header name; names normalised to upper case with single spaces. */
    static int column(Map<String, Integer> header, String name, int headerLine) {
        Integer index = header.get(name);
        if (index == null) {
            throw new FeeFileFormatException(headerLine, "header has no '" + name + "' column");
        }
        return index;
    }

    static String normalise(String headerText) {
        return headerText.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
