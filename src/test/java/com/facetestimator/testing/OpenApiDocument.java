package com.facetestimator.testing;

import com.facetestimator.local.TemplateRoutes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** openapi.yaml, parsed, with the look-ups the contract tests need. */
public final class OpenApiDocument {
    public static final Path FILE = Path.of("openapi.yaml");
    public static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** Reads response bodies with exact decimals, as a client comparing money should. */
    public static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final JsonNode root;
    private final SchemaSubsetValidator responses;
    private final SchemaSubsetValidator requests;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        this.responses = new SchemaSubsetValidator(root, true);
        this.requests = new SchemaSubsetValidator(root, false);
    }

    public static OpenApiDocument load() {
        try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            // Plain YAML: no custom tags, and no implicit timestamps turned into Dates.
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return new OpenApiDocument(JSON.valueToTree(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public SchemaSubsetValidator responseValidator() {
        return responses;
    }

    public SchemaSubsetValidator requestValidator() {
        return requests;
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
        String method = routeKey.substring(0, routeKey.indexOf(' ')).toLowerCase(Locale.ROOT);
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        JsonNode item = root.get("paths").get(path);
        if (item == null || item.get(method) == null) {
            throw new IllegalArgumentException("openapi.yaml has no operation " + routeKey);
        }
        return item.get(method);
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
        JsonNode responsesNode = operation(routeKey).get("responses");
        JsonNode response = responsesNode.get(Integer.toString(status));
        if (response == null) {
            response = responsesNode.get("default");
        }
        return response == null ? null : deref(response);
    }

    public JsonNode deref(JsonNode node) {
        while (node != null && node.has("$ref")) {
            node = responses.resolve(node.get("$ref").asText());
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
        JsonNode response = response(routeKey, status);
        if (response == null) {
            problems.add(where + ": status not documented");
            return problems;
        }
        if (response.has("headers")) {
            response.get("headers").fields().forEachRemaining(h -> {
                JsonNode header = deref(h.getValue());
                boolean present = headers.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(h.getKey()));
                if (header.path("required").asBoolean(false) && !present) {
                    problems.add(where + ": required header " + h.getKey() + " is missing");
                }
                if (present && header.has("schema")) {
                    String value = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(h.getKey()))
                            .findFirst().orElseThrow().getValue();
                    JsonNode parsed;
                    try {
                        parsed = JSON.readTree(value);
                    } catch (IOException e) {
                        parsed = JSON.getNodeFactory().textNode(value);
                    }
                    responses.validate(header.get("schema"), parsed).forEach(e -> problems.add(where + " header " + h.getKey() + ": " + e));
                }
            });
        }
        JsonNode content = response.get("content");
        if (content == null) {
            if (body != null && !body.isEmpty()) {
                problems.add(where + ": a body was sent but none is documented");
            }
            return problems;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = content.get(mediaType);
        if (media == null) {
            problems.add(where + ": content type '" + contentType + "' is not among " + iterable(content.fieldNames()));
            return problems;
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(body);
        } catch (IOException e) {
            problems.add(where + ": body is not JSON");
            return problems;
        }
        responses.validate(media.get("schema"), parsed).forEach(e -> problems.add(where + ": " + e));
        return problems;
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
