package com.facetestimator.rules;

import com.facetestimator.json.JsonSyntaxException;
import com.facetestimator.json.PlainJsonValues;
import com.facetestimator.json.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule file's JSON, read by {@link PlainJsonValues} into plain maps and lists, as request
 * bodies are (the file is read once per container on the cold-start path), and accessors that
 * name the resource and the JSON path of whatever is missing or malformed.
 */
final class RuleJson {
    private final String resource;
    private final String path;
    private final Map<String, Object> fields;

    private RuleJson(String resource, String path, Map<String, Object> fields) {
        this.resource = resource;
        this.path = path;
        this.fields = fields;
    }

    /** Parses one JSON object; {@code resource} names it in errors. */
    @SuppressWarnings("unchecked")
    static RuleJson parse(String resource, InputStream in) {
        Object root;
        try {
            root = PlainJsonValues.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), ReadLimits.BUNDLED_FILES);
        } catch (JsonSyntaxException | IOException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
        if (!(root instanceof Map)) {
            throw new IllegalStateException(resource + ": the file must hold one JSON object");
        }
        return new RuleJson(resource, "", (Map<String, Object>) root);
    }

    String where(String field) {
        return resource + ": " + (path.isEmpty() ? field : path + "." + field);
    }

    IllegalStateException error(String field, String message) {
        return new IllegalStateException(where(field) + " " + message);
    }

    /** Fails on a field the file format does not have ({@code _comment} is always allowed). */
    RuleJson onlyKnown(Set<String> known) {
        for (String name : fields.keySet()) {
            if (!known.contains(name) && !name.equals("_comment")) {
                throw error(name, "is not a known field (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    boolean has(String field) {
        return fields.get(field) != null;
    }

    String string(String field) {
        String value = optionalString(field);
        if (value == null || value.isBlank()) {
            throw error(field, "is required (a non-empty string)");
        }
        return value;
    }

    String optionalString(String field) {
        Object value = fields.get(field);
        if (value != null && !(value instanceof String)) {
            throw error(field, "must be a string");
        }
        return (String) value;
    }

    int integer(String field) {
        Object value = fields.get(field);
        if (!(value instanceof Number number)) {
            throw error(field, "is required (a whole number)");
        }
        try {
            return new BigDecimal(number.toString()).intValueExact();
        } catch (ArithmeticException e) {
            throw error(field, "must be a whole number");
        }
    }

    boolean bool(String field) {
        Object value = fields.get(field);
        if (value != null && !(value instanceof Boolean)) {
            throw error(field, "must be true or false");
        }
        return Boolean.TRUE.equals(value);
    }

    LocalDate date(String field) {
        LocalDate date = optionalDate(field);
        if (date == null) {
            throw error(field, "is required (YYYY-MM-DD)");
        }
        return date;
    }

    LocalDate optionalDate(String field) {
        String text = optionalString(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(field, "'" + text + "' is not a date as YYYY-MM-DD");
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String text = string(field);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw error(field, "'" + text + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    <E extends Enum<E>> List<E> enums(String field, Class<E> type) {
        List<E> values = new ArrayList<>();
        List<String> texts = strings(field);
        for (int i = 0; i < texts.size(); i++) {
            try {
                values.add(Enum.valueOf(type, texts.get(i)));
            } catch (IllegalArgumentException e) {
                throw error(field + "[" + i + "]", "'" + texts.get(i) + "' is not one of " + List.of(type.getEnumConstants()));
            }
        }
        return values;
    }

    List<String> strings(String field) {
        Object value = fields.get(field);
        if (!(value instanceof List<?> list)) {
            throw error(field, "is required (a list of strings)");
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String s) || s.isBlank()) {
                throw error(field + "[" + i + "]", "must be a non-empty string");
            }
            strings.add(s);
        }
        return strings;
    }

    List<String> optionalStrings(String field) {
        return has(field) ? strings(field) : List.of();
    }

    @SuppressWarnings("unchecked")
    RuleJson object(String field) {
        Object value = fields.get(field);
        if (!(value instanceof Map)) {
            throw error(field, "is required (an object)");
        }
        return new RuleJson(resource, path.isEmpty() ? field : path + "." + field, (Map<String, Object>) value);
    }

    RuleJson optionalObject(String field) {
        return has(field) ? object(field) : null;
    }

    @SuppressWarnings("unchecked")
    List<RuleJson> objects(String field) {
        Object value = fields.get(field);
        if (!(value instanceof List<?> list)) {
            throw error(field, "is required (a list of objects)");
        }
        List<RuleJson> objects = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = (path.isEmpty() ? field : path + "." + field) + "[" + i + "]";
            if (!(list.get(i) instanceof Map)) {
                throw new IllegalStateException(resource + ": " + at + " must be an object");
            }
            objects.add(new RuleJson(resource, at, (Map<String, Object>) list.get(i)));
        }
        return objects;
    }

    /** The names of this object's fields other than {@code _comment}, in file order. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (String name : fields.keySet()) {
            if (!name.equals("_comment")) {
                names.add(name);
            }
        }
        return names;
    }
}
