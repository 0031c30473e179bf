package com.facetestimator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validator for the part of JSON Schema 2020-12 that openapi.yaml uses: {@code $ref} (local,
 * {@code #/...}), {@code type} (one name or an array, {@code "null"} for nullable),
 * {@code required}, {@code properties}, {@code additionalProperties}, {@code items},
 * {@code enum}, {@code const}, {@code format: date}, {@code minItems}/{@code maxItems},
 * {@code minLength}/{@code maxLength}, {@code pattern}, {@code minimum}/{@code maximum}, and
 * the annotations. Any other keyword is refused, so the document can never rely on a rule that
 * nothing checks.
 *
 * <p>In {@code documentedOnly} mode, an object schema without {@code additionalProperties}
 * still refuses members it does not declare: the contract test uses it on responses to prove
 * that every member the server sends is documented, while the published document leaves
 * responses open to additions (API.md: "add fields freely").
 */
public final class SchemaSubsetValidator {
    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "example", "examples", "default",
            "deprecated", "readOnly", "writeOnly", "$comment");
    private static final Set<String> KEYWORDS = Set.of("$ref", "type", "required", "properties", "additionalProperties", "items",
            "enum", "const", "format", "minItems", "maxItems", "minLength", "maxLength", "pattern", "minimum", "maximum");
    private static final Set<String> TYPES = Set.of("null", "boolean", "object", "array", "number", "integer", "string");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final JsonNode document;
    private final boolean documentedOnly;

    /** @param document the whole OpenAPI document, against which {@code $ref}s resolve */
    public SchemaSubsetValidator(JsonNode document, boolean documentedOnly) {
        this.document = document;
        this.documentedOnly = documentedOnly;
    }

    /** Every violation, each prefixed with the instance path ({@code $.claims[0].lines[1].allowed}); empty when valid. */
    public List<String> validate(JsonNode schema, JsonNode instance) {
        List<String> errors = new ArrayList<>();
        validate(schema, instance, "$", errors, 0);
        return errors;
    }

    /** Resolves {@code #/a/b/c} in the document. */
    public JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.get(part.replace("~1", "/").replace("~0", "~"));
            if (node == null) {
                throw new IllegalArgumentException("unresolved reference " + ref);
            }
        }
        return node;
    }

    /** Every problem with the schema itself (unknown keywords, bad types, unresolved refs), recursively. */
    public List<String> checkSchema(JsonNode schema, String where) {
        List<String> problems = new ArrayList<>();
        checkSchema(schema, where, problems, 0);
        return problems;
    }

    private void checkSchema(JsonNode schema, String where, List<String> problems, int depth) {
        if (depth > 64) {
            return;
        }
        if (schema == null || !schema.isObject()) {
            problems.add(where + ": a schema must be an object");
            return;
        }
        Iterator<String> names = schema.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!KEYWORDS.contains(name) && !ANNOTATIONS.contains(name) && !name.startsWith("x-")) {
                problems.add(where + ": unsupported keyword '" + name + "'");
            }
        }
        if (schema.has("$ref")) {
            try {
                resolve(schema.get("$ref").asText());
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        if (schema.has("type")) {
            JsonNode type = schema.get("type");
            List<JsonNode> entries = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(entries::add);
            } else {
                entries.add(type);
            }
            for (JsonNode t : entries) {
                if (!t.isTextual() || !TYPES.contains(t.asText())) {
                    problems.add(where + ": type entry " + t + " is not a JSON Schema type name (quote \"null\" in YAML)");
                }
            }
        }
        if (schema.has("format") && !schema.get("format").asText().equals("date")) {
            problems.add(where + ": only format 'date' is checked");
        }
        if (schema.has("properties")) {
            schema.get("properties").fields().forEachRemaining(p -> checkSchema(p.getValue(), where + ".properties." + p.getKey(), problems, depth + 1));
        }
        if (schema.has("required")) {
            for (JsonNode r : schema.get("required")) {
                if (schema.has("properties") && !schema.get("properties").has(r.asText())) {
                    problems.add(where + ": required '" + r.asText() + "' is not among the properties");
                }
            }
        }
        if (schema.has("items")) {
            checkSchema(schema.get("items"), where + ".items", problems, depth + 1);
        }
        if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
            checkSchema(schema.get("additionalProperties"), where + ".additionalProperties", problems, depth + 1);
        }
    }

    private void validate(JsonNode schema, JsonNode value, String path, List<String> errors, int depth) {
        if (depth > 64) {
            errors.add(path + ": schema recursion too deep");
            return;
        }
        if (schema.has("$ref")) {
            validate(resolve(schema.get("$ref").asText()), value, path, errors, depth + 1);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(path + ": expected type " + schema.get("type") + " but was " + describe(value));
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= equal(option, value);
            }
            if (!found) {
                errors.add(path + ": " + abbreviate(value) + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("const") && !equal(schema.get("const"), value)) {
            errors.add(path + ": must be " + schema.get("const") + " but was " + abbreviate(value));
        }
        if (value.isTextual()) {
            String text = value.textValue();
            int length = text.codePointCount(0, text.length());
            if (schema.has("format") && "date".equals(schema.get("format").asText()) && !isDate(text)) {
                errors.add(path + ": '" + abbreviate(value) + "' is not a date (YYYY-MM-DD)");
            }
            if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
                errors.add(path + ": shorter than " + schema.get("minLength"));
            }
            if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
                errors.add(path + ": longer than " + schema.get("maxLength"));
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                errors.add(path + ": does not match " + schema.get("pattern").asText());
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
                errors.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
                errors.add(path + ": " + value + " is above the maximum " + schema.get("maximum"));
            }
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                errors.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                errors.add(path + ": more than " + schema.get("maxItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    validate(schema.get("items"), value.get(i), path + "[" + i + "]", errors, depth + 1);
                }
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.get("properties");
            if (schema.has("required")) {
                for (JsonNode name : schema.get("required")) {
                    if (!value.has(name.asText())) {
                        errors.add(path + ": required member '" + name.asText() + "' is missing");
                    }
                }
            }
            Iterator<Map.Entry<String, JsonNode>> members = value.fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                String at = path + "." + member.getKey();
                if (properties != null && properties.has(member.getKey())) {
                    validate(properties.get(member.getKey()), member.getValue(), at, errors, depth + 1);
                    continue;
                }
                JsonNode additional = schema.get("additionalProperties");
                if (additional == null) {
                    if (documentedOnly && properties != null) {
                        errors.add(at + ": member is not documented in the schema");
                    }
                } else if (additional.isBoolean()) {
                    if (!additional.booleanValue()) {
                        errors.add(at + ": member is not allowed");
                    }
                } else {
                    validate(additional, member.getValue(), at, errors, depth + 1);
                }
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t.asText(), value)) {
                    return true;
                }
            }
            return false;
        }
        return typeMatches(type.asText(), value);
    }

    private static boolean typeMatches(String type, JsonNode value) {
        return switch (type) {
            case "null" -> value.isNull();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber()
                    || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static boolean isDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String describe(JsonNode value) {
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + abbreviate(value);
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
