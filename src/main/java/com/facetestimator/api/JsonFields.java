package com.facetestimator.api;

import com.facetestimator.domain.FieldError;
import com.facetestimator.domain.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads request JSON field by field, collecting every problem with the field's path (e.g.
 * {@code appointments[3].levels[0]}) instead of stopping at the first. Values are never echoed
 * back for identifier fields, which may hold patient ids.
 */
final class JsonFields {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    private static final BigDecimal MAX_MONEY = new BigDecimal("10000000");
    /** Amounts and percentages finer than this are not meaningful and only cost arithmetic. */
    static final int MAX_DECIMALS = 6;

    private final List<FieldError> errors = new ArrayList<>();
    private final int maxListed;
    private final boolean textCells;
    private int count;

    /** Every problem listed: a single request's fields. */
    JsonFields() {
        this(Integer.MAX_VALUE, false);
    }

    /**
     * @param maxListed keep at most this many problems (all are still counted), so a large bad
     *                  batch costs no more memory than a good one
     * @param textCells scalars arrive as text (CSV cells): a number, boolean or {@code ;}-separated
     *                  list is read from its text by the same accessors, and checked the same way
     */
    JsonFields(int maxListed, boolean textCells) {
        this.maxListed = maxListed;
        this.textCells = textCells;
    }

    /** Parses a body that must be one JSON object; a 400 naming {@code body} otherwise. */
    static JsonNode parseObject(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        JsonNode node;
        try {
            node = JsonCodec.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException("body", "exceeds the parser's limits (nesting, number or string length)");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidInputException("body", "is not valid JSON" + where);
        } catch (NumberFormatException | ArithmeticException e) {
            // Jackson reads floats as BigDecimal (exact money); an exponent such as 1e-2147483648
            // is a valid JSON number whose scale BigDecimal cannot hold, and escapes as a runtime exception.
            throw new InvalidInputException("body", "holds a number out of range");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        return node;
    }

    void add(String field, String message) {
        if (count++ < maxListed) {
            errors.add(new FieldError(field, message));
        }
    }

    /** Every problem found so far, listed or not. */
    int count() {
        return count;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<FieldError> errors() {
        return errors;
    }

    void throwIfAny() {
        if (count > 0) {
            throw maxListed == Integer.MAX_VALUE ? new InvalidInputException(errors) : new InvalidInputException(errors, count);
        }
    }

    /** Unknown members are refused: a misspelt optional field must not be silently ignored. */
    void onlyKnown(JsonNode object, String prefix, Set<String> known) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                add(path(prefix, safeName(name)), "is not a known field");
            }
        }
    }

    String string(JsonNode object, String prefix, String name, boolean required) {
        JsonNode v = object.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                add(path(prefix, name), "is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            add(path(prefix, name), "must be a string");
            return null;
        }
        return v.textValue();
    }

    /** An identifier: 1-64 of [A-Za-z0-9._-]. The value is never repeated in the message. */
    String id(JsonNode object, String prefix, String name, boolean required) {
        String value = string(object, prefix, name, required);
        if (value != null && !ID.matcher(value).matches()) {
            add(path(prefix, name), "must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(JsonNode object, String prefix, String name, Class<E> type, boolean required) {
        String value = string(object, prefix, name, required);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        add(path(prefix, name), "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    LocalDate date(JsonNode object, String prefix, String name, boolean required) {
        String value = string(object, prefix, name, required);
        return value == null ? null : date(value, path(prefix, name));
    }

    LocalDate date(String value, String field) {
        try {
            if (value.length() != 10) {
                throw new DateTimeParseException("length", value, 0);
            }
            LocalDate date = LocalDate.parse(value);
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                add(field, "must be between " + EARLIEST + " and " + LATEST);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            add(field, "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    Boolean bool(JsonNode object, String prefix, String name) {
        JsonNode v = object.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (textCells && v.isTextual() && (v.textValue().equalsIgnoreCase("true") || v.textValue().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(v.textValue());
        }
        if (!v.isBoolean()) {
            add(path(prefix, name), "must be true or false");
            return null;
        }
        return v.booleanValue();
    }

    /** A non-negative amount in dollars, at most 10,000,000. */
    BigDecimal money(JsonNode object, String prefix, String name) {
        return number(object, prefix, name, MAX_MONEY);
    }

    BigDecimal number(JsonNode object, String prefix, String name, BigDecimal max) {
        JsonNode v = object.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        BigDecimal raw = textCells && v.isTextual() ? decimalText(v.textValue()) : v.isNumber() ? v.decimalValue() : null;
        if (raw == null) {
            add(path(prefix, name), "must be a number");
            return null;
        }
        // Normalise first: 1e-999999999 is a small, in-range number whose scale would make every
        // later BigDecimal sum allocate a billion digits (a denial of service, seen as a 500).
        BigDecimal value = raw.stripTrailingZeros();
        if (value.scale() > MAX_DECIMALS) {
            add(path(prefix, name), "must have at most " + MAX_DECIMALS + " decimal places");
            return null;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            add(path(prefix, name), "must be between 0 and " + max.toPlainString());
            return null;
        }
        return value.scale() < 0 ? value.setScale(0) : value; // 1E+3 as 1000, only once it is known to be small
    }

    JsonNode object(JsonNode object, String prefix, String name) {
        JsonNode v = object.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            add(path(prefix, name), "must be an object");
            return null;
        }
        return v;
    }

    List<String> strings(JsonNode object, String prefix, String name, int min, int max) {
        JsonNode v = object.get(name);
        String field = path(prefix, name);
        if (v == null || v.isNull()) {
            add(field, "is required");
            return null;
        }
        if (textCells && v.isTextual()) {
            v = listCell(v.textValue());
        }
        if (!v.isArray()) {
            add(field, "must be an array of strings");
            return null;
        }
        if (v.size() < min || v.size() > max) {
            add(field, "must hold " + min + " to " + max + " items");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                add(field + "[" + i + "]", "must be a string");
            } else {
                values.add(v.get(i).textValue());
            }
        }
        return values.size() == v.size() ? values : null;
    }

    /** A number written as text, as JSON writes numbers; null when it is not one. */
    private static BigDecimal decimalText(String text) {
        String t = text.strip();
        if (t.length() > JsonCodec.READ_CONSTRAINTS.getMaxNumberLength() || !JSON_NUMBER.matcher(t).matches()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException | ArithmeticException e) {
            return null; // an exponent beyond what BigDecimal holds
        }
    }

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    /** Separates the items of a list cell ({@code L4-L5;L5-S1}). */
    static final char LIST_SEPARATOR = ';';

    /** A list cell as the array JSON would have sent: items trimmed, empty ones (a trailing ';') dropped. */
    private static JsonNode listCell(String text) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (String item : text.split(Pattern.quote(String.valueOf(LIST_SEPARATOR)), -1)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    static String path(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** Field names come from the client: keep them printable and short in error messages. */
    static String safeName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._\\-\\[\\]]", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "..." : cleaned;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
