package com.facetestimator.api;

import com.facetestimator.domain.FieldError;
import com.facetestimator.domain.InvalidInputException;
import com.facetestimator.json.JsonSyntaxException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads request values field by field, collecting every problem with the field's path (e.g.
 * {@code appointments[3].levels[0]}) instead of stopping at the first. Objects are the
 * {@code Map}s {@link JsonCodec#read} makes; the rules and messages are {@link FieldRules}'.
 * Values are never echoed back for identifier fields, which may hold patient ids.
 */
final class JsonFields {
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    private static final BigDecimal MAX_MONEY = new BigDecimal("10000000");
    /** Amounts and percentages finer than this are not meaningful and only cost arithmetic. */
    static final int MAX_DECIMALS = 6;

    private final List<FieldError> errors = new ArrayList<>();
    private final int maxListed;
    private final boolean textCells;
    private int count;

    /** The fields of one request. */
    JsonFields() {
        this(Integer.MAX_VALUE, false);
    }

    /**
     * @param maxListed keep at most this many problems, counting them all, so a large bad batch
     *                  costs no more memory than a good one and the client learns how many there are
     * @param textCells scalars arrive as text (CSV cells): a number, a boolean or a {@code ;}-separated
     *                  list is read from its text by the same accessors and held to the same rules
     */
    JsonFields(int maxListed, boolean textCells) {
        this.maxListed = maxListed;
        this.textCells = textCells;
    }

    /** Parses a body that must be one JSON object; a 400 naming {@code body} otherwise. */
    static Map<String, Object> parseObject(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        Object node;
        try {
            node = JsonCodec.read(body);
        } catch (JsonSyntaxException e) {
            if (e.limitExceeded()) {
                throw new InvalidInputException("body", "exceeds the parser's limits (nesting, number or string length)");
            }
            throw new InvalidInputException("body", "is not valid JSON at line " + e.line() + ", column " + e.column());
        } catch (NumberFormatException | ArithmeticException e) {
            // Floats are read as BigDecimal (exact money); an exponent such as 1e-2147483648
            // is a valid JSON number whose scale BigDecimal cannot hold, and escapes as a runtime exception.
            throw new InvalidInputException("body", "holds a number out of range");
        }
        Map<String, Object> object = asObject(node);
        if (object == null) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        return object;
    }

    /** The value as a JSON object, or null when it is not one. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
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

    List<FieldError> errors() {
        return errors;
    }

    /** Whether {@code field} already has a problem (so a rule that depends on its value is not checked). */
    boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Whether a batch has met {@link FieldRules#MAX_REPORTED_ERRORS} and should stop being read. */
    boolean full() {
        return errors.size() >= FieldRules.MAX_REPORTED_ERRORS;
    }

    void throwIfAny() {
        if (count > 0 && maxListed != Integer.MAX_VALUE) {
            throw new InvalidInputException(errors, count);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.size() > FieldRules.MAX_REPORTED_ERRORS
                    ? errors.subList(0, FieldRules.MAX_REPORTED_ERRORS) : errors);
        }
    }

    /** Unknown members are refused: a misspelt optional field must not be silently ignored. */
    void onlyKnown(Map<String, Object> object, String prefix, Set<String> known) {
        for (String name : object.keySet()) {
            if (!known.contains(name)) {
                add(path(prefix, safeName(name)), "is not a known field");
            }
        }
    }

    /** Unknown query parameters are refused too, with the list of those the route takes. */
    void onlyKnownQuery(ApiRequest request, List<String> known) {
        for (String name : request.queryParameters().keySet()) {
            if (!known.contains(name)) {
                add(safeName(name), "is not a known query parameter; expected " + String.join(" or ", known));
            }
        }
    }

    String string(Map<String, Object> object, String prefix, String name, boolean required) {
        Object v = object.get(name);
        if (v == null) {
            if (required) {
                add(path(prefix, name), "is required");
            }
            return null;
        }
        if (!(v instanceof String text)) {
            add(path(prefix, name), "must be a string");
            return null;
        }
        return text(text, path(prefix, name));
    }

    /** Text from anywhere in a request (a body member, a query or path parameter): no control characters. */
    String text(String value, String field) {
        if (value != null && FieldRules.hasControlCharacter(value)) {
            add(field, FieldRules.CONTROL_CHARACTER_RULE);
            return null;
        }
        return value;
    }

    /** An identifier ({@link FieldRules#ID}). The value is never repeated in the message. */
    String id(Map<String, Object> object, String prefix, String name, boolean required) {
        return id(string(object, prefix, name, required), path(prefix, name));
    }

    /** {@code value} checked as an identifier; a missing one is the caller's to require. */
    String id(String value, String field) {
        if (value != null && !FieldRules.ID.matcher(value).matches()) {
            add(field, FieldRules.ID_RULE);
            return null;
        }
        return value;
    }

    /** A path parameter that is an identifier: required, since the route matched without it only by mistake. */
    String pathId(ApiRequest request, String name) {
        String value = request.path(name);
        if (value == null) {
            add(name, FieldRules.ID_RULE);
            return null;
        }
        return id(value, name);
    }

    <E extends Enum<E>> E enumValue(Map<String, Object> object, String prefix, String name, Class<E> type, boolean required) {
        return constant(string(object, prefix, name, required), path(prefix, name), type);
    }

    /** A query parameter as a constant of {@code type}; null for null, and null with the problem added for anything else. */
    <E extends Enum<E>> E enumValue(String value, String field, Class<E> type) {
        return constant(text(value, field), field, type);
    }

    private <E extends Enum<E>> E constant(String value, String field, Class<E> type) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        add(field, FieldRules.oneOf(type));
        return null;
    }

    LocalDate date(Map<String, Object> object, String prefix, String name, boolean required) {
        return parseDate(string(object, prefix, name, required), path(prefix, name));
    }

    /** A query parameter that is a date. */
    LocalDate date(String value, String field) {
        return parseDate(text(value, field), field);
    }

    private LocalDate parseDate(String value, String field) {
        if (value == null) {
            return null;
        }
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
            add(field, FieldRules.DATE_RULE);
            return null;
        }
    }

    /** An optional Medicare payment locality ({@link FieldRules#LOCALITY}). */
    String locality(Map<String, Object> object, String prefix, String name) {
        return matchLocality(string(object, prefix, name, false), path(prefix, name));
    }

    /** A query parameter that is a Medicare payment locality, optional. */
    String locality(String value, String field) {
        return matchLocality(text(value, field), field);
    }

    private String matchLocality(String value, String field) {
        if (value != null && !FieldRules.LOCALITY.matcher(value).matches()) {
            add(field, FieldRules.LOCALITY_RULE);
            return null;
        }
        return value;
    }

    /** A ZIP code ({@link FieldRules#ZIP_CODE}), optional. */
    String zipCode(String value, String field) {
        if (text(value, field) != null && !FieldRules.ZIP_CODE.matcher(value).matches()) {
            add(field, FieldRules.ZIP_CODE_RULE);
            return null;
        }
        return value;
    }

    /** A CBSA ({@link FieldRules#CBSA}), optional. */
    String cbsa(String value, String field) {
        if (text(value, field) != null && !FieldRules.CBSA.matcher(value).matches()) {
            add(field, FieldRules.CBSA_RULE);
            return null;
        }
        return value;
    }

    Boolean bool(Map<String, Object> object, String prefix, String name) {
        Object v = object.get(name);
        if (v == null) {
            return null;
        }
        if (textCells && v instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(text.equalsIgnoreCase("true")); // TRUE is how spreadsheets write it
        }
        if (!(v instanceof Boolean b)) {
            add(path(prefix, name), "must be true or false");
            return null;
        }
        return b;
    }

    /** A non-negative amount in dollars, at most 10,000,000. */
    BigDecimal money(Map<String, Object> object, String prefix, String name) {
        return number(object, prefix, name, MAX_MONEY);
    }

    BigDecimal number(Map<String, Object> object, String prefix, String name, BigDecimal max) {
        Object v = object.get(name);
        if (v == null) {
            return null;
        }
        BigDecimal decimal = textCells && v instanceof String text ? decimalText(text) : decimal(v);
        if (decimal == null) {
            add(path(prefix, name), "must be a number");
            return null;
        }
        // Normalise first: 1e-999999999 is a small, in-range number whose scale would make every
        // later BigDecimal sum allocate a billion digits (a denial of service, seen as a 500).
        BigDecimal value = decimal.stripTrailingZeros();
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

    private static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Integer || v instanceof Long) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        return null;
    }

    /** A number written as text the way JSON writes numbers; null when it is not one. */
    private static BigDecimal decimalText(String text) {
        if (text.length() > JsonCodec.READ_LIMITS.maxNumberLength() || !JSON_NUMBER.matcher(text).matches()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            return null; // an exponent beyond what BigDecimal holds
        }
    }

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /** Separates the items of a list cell: {@code L4-L5;L5-S1}. */
    static final String LIST_SEPARATOR = ";";

    /** A list cell as the array JSON would have sent: items trimmed, empty ones (a trailing ';') dropped. */
    private static List<String> listCell(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(LIST_SEPARATOR, -1)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    Map<String, Object> object(Map<String, Object> object, String prefix, String name) {
        Object v = object.get(name);
        if (v == null) {
            return null;
        }
        Map<String, Object> member = asObject(v);
        if (member == null) {
            add(path(prefix, name), "must be an object");
        }
        return member;
    }

    /**
     * A required array of {@code min} to {@code max} items; null (with the problem added) otherwise.
     * {@code kind} names the items in the messages ("must hold 1 to 8 strings").
     */
    List<?> array(Map<String, Object> object, String prefix, String name, int min, int max, String kind) {
        Object v = object.get(name);
        String field = path(prefix, name);
        if (v == null) {
            add(field, "is required");
            return null;
        }
        if (textCells && v instanceof String text) {
            v = listCell(text);
        }
        if (!(v instanceof List<?> items)) {
            add(field, "must be an array of " + kind);
            return null;
        }
        if (items.size() < min || items.size() > max) {
            add(field, "must hold " + min + " to " + max + " " + kind);
            return null;
        }
        return items;
    }

    List<String> strings(Map<String, Object> object, String prefix, String name, int min, int max) {
        List<?> items = array(object, prefix, name, min, max, "strings");
        if (items == null) {
            return null;
        }
        String field = path(prefix, name);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String s)) {
                add(field + "[" + i + "]", "must be a string");
            } else if (text(s, field + "[" + i + "]") != null) {
                values.add(s);
            }
        }
        return values.size() == items.size() ? values : null;
    }

    static String path(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** Field names come from the client: keep them printable and short in error messages. */
    static String safeName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._\\-\\[\\]]", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "..." : cleaned;
    }
}
