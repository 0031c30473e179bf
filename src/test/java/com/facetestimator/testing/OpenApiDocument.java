package com.facetestimator.testing;

import com.facetestimator.local.TemplateRoutes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * openapi.yaml, read from the test classpath, with the look-ups the contract tests need, and
 * validation by networknt json-schema-validator in the OpenAPI 3.1 dialect ({@code format}
 * asserted). A schema keyword the dialect does not know is reported by {@link #schemaProblems},
 * so the document never relies on a rule that nothing checks.
 *
 * <p>Two copies of the document are registered. Requests are validated against it as written.
 * Responses are validated "documented only": every object schema that does not say otherwise
 * gets {@code unevaluatedProperties: false}, so a member the server sends but the document does
 * not describe is an error, while the published document leaves responses open to additions
 * (docs/API.md: "add fields freely").
 */
public final class OpenApiDocument {
    public static final String RESOURCE = "openapi.yaml";
    public static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** Reads response bodies with exact decimals, as a client comparing money should. */
    public static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final String AS_WRITTEN = "urn:facet-estimator:openapi";
    private static final String DOCUMENTED_ONLY = "urn:facet-estimator:openapi:documented-only";
    /** Where a keyword's value is a schema, or a list or map of schemas. */
    private static final Set<String> SUBSCHEMA = Set.of("items", "additionalProperties", "unevaluatedProperties", "not", "if",
            "then", "else", "contains", "propertyNames", "unevaluatedItems", "contentSchema");
    private static final Set<String> SUBSCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> SUBSCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");

    private final JsonNode root;
    private final SchemaRegistry registry;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        JsonNode closed = root.deepCopy();
        forEachSchema(closed, "", (pointer, schema) -> closeObjects(schema));
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(AS_WRITTEN, root.toString(), DOCUMENTED_ONLY, closed.toString()))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    public static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath (pom.xml testResources)");
            }
            return of(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document already parsed (tests of this class use small ones). */
    static OpenApiDocument of(JsonNode document) {
        return new OpenApiDocument(document);
    }

    public JsonNode root() {
        return root;
    }

    /** Every violation of {@code instance} against the schema at {@code pointer}, as written; empty when valid. */
    public List<String> validateRequest(String pointer, JsonNode instance) {
        return validate(AS_WRITTEN, pointer, instance);
    }

    /** Every violation of {@code instance} against the schema at {@code pointer}, undocumented members included. */
    public List<String> validateResponse(String pointer, JsonNode instance) {
        return validate(DOCUMENTED_ONLY, pointer, instance);
    }

    private List<String> validate(String document, String pointer, JsonNode instance) {
        Schema schema = registry.getSchema(SchemaLocation.of(document + "#" + pointer));
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(instance)) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    /**
     * Every problem with the document's schemas: a keyword the dialect does not know, a value of
     * the wrong kind for its keyword (checked against the JSON Schema 2020-12 meta-schema), or a
     * reference that does not resolve.
     */
    public List<String> schemaProblems() {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<String> problems = new ArrayList<>();
        Set<String> keywords = Dialects.getOpenApi31().getKeywords().keySet();
        forEachSchema(root, "", (pointer, schema) -> {
            unknownKeywords(schema, pointer, keywords, problems);
            for (Error error : metaSchema.validate(schema)) {
                problems.add(pointer + error.getInstanceLocation().toString().substring(1) + ": " + error.getMessage());
            }
            try {
                registry.getSchema(SchemaLocation.of(AS_WRITTEN + "#" + pointer)).initializeValidators();
            } catch (RuntimeException e) {
                problems.add(pointer + ": " + e.getMessage());
            }
        });
        collectRefs(root, "", problems);
        return problems;
    }

    /** {@code METHOD /path} for every operation, e.g. {@code GET /payers/{payerId}/fees}. */
    public Set<String> routeKeys() {
        Set<String> keys = new TreeSet<>();
        root.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(name -> {
            if (METHODS.contains(name)) {
                keys.add(name.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return keys;
    }

    /** The operation object of a route key. */
    public JsonNode operation(String routeKey) {
        return root.at(operationPointer(routeKey));
    }

    /** The JSON pointer of the request body schema of {@code routeKey} for {@code mediaType}, or null if none. */
    public String requestSchemaPointer(String routeKey, String mediaType) {
        String body = derefPointer(operationPointer(routeKey) + "/requestBody");
        JsonNode schema = root.at(body + "/content/" + escape(mediaType) + "/schema");
        return schema.isMissingNode() ? null : body + "/content/" + escape(mediaType) + "/schema";
    }

    /** The route key whose path template matches {@code rawPath} for {@code method}, or null. */
    public String routeKeyFor(String method, String rawPath) {
        for (String key : routeKeys()) {
            String m = key.substring(0, key.indexOf(' '));
            String path = key.substring(key.indexOf(' ') + 1);
            if (m.equalsIgnoreCase(method) && new TemplateRoutes.Route("", "", m, path).match(rawPath) != null) {
                return key;
            }
        }
        return null;
    }

    /** The response object (references resolved) for a status: the exact code, else {@code default}; null if neither. */
    public JsonNode response(String routeKey, int status) {
        String pointer = responsePointer(routeKey, status);
        return pointer == null ? null : root.at(pointer);
    }

    public JsonNode deref(JsonNode node) {
        while (node != null && node.has("$ref")) {
            node = root.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /**
     * Everything wrong with one real response against the document: the status must be
     * documented for the route, the content type must be one the response declares, required
     * headers must be present, and the body must match the schema (undocumented members included).
     */
    public List<String> check(String routeKey, int status, String contentType, Map<String, String> headers, String body) {
        List<String> problems = new ArrayList<>();
        String where = routeKey + " -> " + status;
        String response = responsePointer(routeKey, status);
        if (response == null) {
            problems.add(where + ": status not documented");
            return problems;
        }
        root.at(response).path("headers").fields().forEachRemaining(h -> {
            String header = derefPointer(response + "/headers/" + escape(h.getKey()));
            String value = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(h.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (root.at(header).path("required").asBoolean(false) && value == null) {
                problems.add(where + ": required header " + h.getKey() + " is missing");
            }
            if (value != null && root.at(header).has("schema")) {
                validateResponse(header + "/schema", headerValue(value))
                        .forEach(e -> problems.add(where + " header " + h.getKey() + ": " + e));
            }
        });
        JsonNode content = root.at(response).get("content");
        if (content == null) {
            if (body != null && !body.isEmpty()) {
                problems.add(where + ": a body was sent but none is documented");
            }
            return problems;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!content.has(mediaType)) {
            problems.add(where + ": content type '" + contentType + "' is not among " + names(content.fieldNames()));
            return problems;
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(body);
        } catch (IOException e) {
            problems.add(where + ": body is not JSON");
            return problems;
        }
        validateResponse(response + "/content/" + escape(mediaType) + "/schema", parsed).forEach(e -> problems.add(where + ": " + e));
        return problems;
    }

    /**
     * Everything wrong with one HTTP exchange with the local server: the response must match
     * its operation ({@link #check}). A path no operation serves must answer a problem; the one
     * exception is a successful response outside the API, such as a page the local server serves.
     */
    public List<String> checkExchange(String method, String pathAndQuery, java.net.http.HttpResponse<String> response) {
        String rawPath = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String routeKey = routeKeyFor(method, rawPath);
        if (routeKey == null) {
            String type = response.headers().firstValue("content-type").orElse("");
            if (type.startsWith("application/problem+json")) {
                try {
                    return validateResponse("/components/schemas/Problem", JSON.readTree(response.body()));
                } catch (IOException e) {
                    return List.of("the problem is not JSON");
                }
            }
            return response.statusCode() < 300 ? List.of() : List.of("no operation, and the answer (" + response.statusCode()
                    + ", " + type + ") is not a problem");
        }
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k, String.join(",", v)));
        return check(routeKey, response.statusCode(), response.headers().firstValue("content-type").orElse(null), headers,
                response.body());
    }

    // ---- pointers ---------------------------------------------------------------------------

    private String operationPointer(String routeKey) {
        String method = routeKey.substring(0, routeKey.indexOf(' ')).toLowerCase(Locale.ROOT);
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        String pointer = "/paths/" + escape(path) + "/" + method;
        if (root.at(pointer).isMissingNode()) {
            throw new IllegalArgumentException("openapi.yaml has no operation " + routeKey);
        }
        return pointer;
    }

    private String responsePointer(String routeKey, int status) {
        String responses = operationPointer(routeKey) + "/responses/";
        for (String key : List.of(Integer.toString(status), "default")) {
            if (root.at(responses + key).isObject()) {
                return derefPointer(responses + key);
            }
        }
        return null;
    }

    /** Follows {@code $ref}s (local ones, as the document uses) from {@code pointer} to the object they name. */
    private String derefPointer(String pointer) {
        JsonNode node = root.at(pointer);
        while (node.has("$ref")) {
            pointer = node.get("$ref").asText().substring(1);
            node = root.at(pointer);
        }
        return pointer;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode headerValue(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(value);
        }
    }

    // ---- walking the document's schemas --------------------------------------------------------

    private interface SchemaVisitor {
        void visit(String pointer, JsonNode schema);
    }

    /** Calls {@code visitor} on every schema root: each component schema and each {@code schema} member. */
    private static void forEachSchema(JsonNode node, String pointer, SchemaVisitor visitor) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String at = pointer + "/" + escape(f.getKey());
                if (f.getKey().equals("schema") && f.getValue().isObject()) {
                    visitor.visit(at, f.getValue());
                } else if (f.getKey().equals("schemas") && pointer.equals("/components")) {
                    f.getValue().fields().forEachRemaining(s -> visitor.visit(at + "/" + escape(s.getKey()), s.getValue()));
                } else {
                    forEachSchema(f.getValue(), at, visitor);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachSchema(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    /**
     * Adds {@code unevaluatedProperties: false} to each object schema that neither allows nor
     * forbids extra members. Branches of allOf/anyOf/oneOf are left open: the schema combining
     * them is the one that knows all the members.
     */
    private static void closeObjects(JsonNode schema) {
        closeObjects(schema, false);
    }

    private static void closeObjects(JsonNode schema, boolean branch) {
        if (!(schema instanceof ObjectNode object) || object.has("$ref") && object.size() == 1) {
            return;
        }
        if (describesObject(object) && !branch && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
            object.put("unevaluatedProperties", false);
        }
        object.fields().forEachRemaining(f -> {
            if (SUBSCHEMA.contains(f.getKey())) {
                closeObjects(f.getValue(), false);
            } else if (SUBSCHEMA_LISTS.contains(f.getKey())) {
                f.getValue().forEach(s -> closeObjects(s, !f.getKey().equals("prefixItems")));
            } else if (SUBSCHEMA_MAPS.contains(f.getKey())) {
                f.getValue().forEach(s -> closeObjects(s, false));
            }
        });
    }

    private static void unknownKeywords(JsonNode schema, String pointer, Set<String> keywords, List<String> problems) {
        if (!schema.isObject()) {
            return;
        }
        schema.fields().forEachRemaining(f -> {
            String at = pointer + "/" + escape(f.getKey());
            if (!keywords.contains(f.getKey()) && !f.getKey().startsWith("x-")) {
                problems.add(at + ": keyword '" + f.getKey() + "' is not in the OpenAPI 3.1 dialect");
            } else if (SUBSCHEMA.contains(f.getKey())) {
                unknownKeywords(f.getValue(), at, keywords, problems);
            } else if (SUBSCHEMA_LISTS.contains(f.getKey())) {
                for (int i = 0; i < f.getValue().size(); i++) {
                    unknownKeywords(f.getValue().get(i), at + "/" + i, keywords, problems);
                }
            } else if (SUBSCHEMA_MAPS.contains(f.getKey())) {
                f.getValue().fields().forEachRemaining(e -> unknownKeywords(e.getValue(), at + "/" + escape(e.getKey()), keywords, problems));
            }
        });
    }

    /** An object schema, directly or through the branches it combines. */
    private static boolean describesObject(JsonNode schema) {
        if (schema.has("properties") || "object".equals(schema.path("type").asText())
                || schema.path("type").isArray() && schema.path("type").toString().contains("\"object\"")) {
            return true;
        }
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(combination)) {
                if (describesObject(branch)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void collectRefs(JsonNode node, String where, List<String> problems) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                String ref = node.get("$ref").asText();
                if (!ref.startsWith("#/") || root.at(ref.substring(1)).isMissingNode()) {
                    problems.add(where + ": unresolved reference " + ref);
                }
            }
            node.fields().forEachRemaining(f -> collectRefs(f.getValue(), where + "/" + escape(f.getKey()), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRefs(node.get(i), where + "/" + i, problems);
            }
        }
    }

    private static List<String> names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
