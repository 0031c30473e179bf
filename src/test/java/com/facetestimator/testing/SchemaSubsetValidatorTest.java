package com.facetestimator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The contract tests are only as good as this validator: it must reject what the schemas forbid. */
class SchemaSubsetValidatorTest {
    private static final String DOC = """
            {"components": {"schemas": {
              "Day": {"type": "string", "format": "date"},
              "Thing": {"type": "object", "required": ["id", "when"], "properties": {
                "id": {"type": "string", "pattern": "^[a-z]{1,3}$"},
                "when": {"$ref": "#/components/schemas/Day"},
                "next": {"type": ["string", "null"], "format": "date"},
                "kind": {"type": "string", "enum": ["A", "B"]},
                "count": {"type": "integer", "minimum": 1, "maximum": 3},
                "tags": {"type": "array", "maxItems": 2, "items": {"type": "string"}}}},
              "Closed": {"type": "object", "additionalProperties": false, "properties": {"a": {"type": "number"}}}}}}
            """;

    private final JsonNode doc = json(DOC);
    private final JsonNode thing = json("{\"$ref\": \"#/components/schemas/Thing\"}");

    @Test
    void acceptsAValidInstance() {
        var validator = new SchemaSubsetValidator(doc, true);
        assertThat(validator.validate(thing, json("{\"id\": \"ab\", \"when\": \"2026-03-02\", \"next\": null, \"kind\": \"A\", \"count\": 2.0, \"tags\": [\"x\"]}")))
                .isEmpty();
    }

    @Test
    void reportsEachViolationWithItsPath() {
        var validator = new SchemaSubsetValidator(doc, true);
        var errors = validator.validate(thing, json(
                "{\"id\": \"ABCD\", \"when\": \"2026-02-30\", \"next\": 5, \"kind\": \"C\", \"count\": 4, \"tags\": [1, \"a\", \"b\"], \"extra\": 1}"));
        assertThat(errors).anyMatch(e -> e.startsWith("$.id:")).anyMatch(e -> e.startsWith("$.when:"))
                .anyMatch(e -> e.startsWith("$.next:")).anyMatch(e -> e.startsWith("$.kind:"))
                .anyMatch(e -> e.startsWith("$.count:")).anyMatch(e -> e.startsWith("$.tags:"))
                .anyMatch(e -> e.startsWith("$.tags[0]:")).anyMatch(e -> e.startsWith("$.extra:"));
        assertThat(validator.validate(thing, json("{\"id\": \"a\"}"))).anyMatch(e -> e.contains("'when' is missing"));
    }

    @Test
    void undeclaredMembersFailOnlyInDocumentedOnlyModeUnlessClosed() {
        JsonNode extra = json("{\"id\": \"a\", \"when\": \"2026-03-02\", \"extra\": 1}");
        assertThat(new SchemaSubsetValidator(doc, false).validate(thing, extra)).isEmpty();
        assertThat(new SchemaSubsetValidator(doc, true).validate(thing, extra)).hasSize(1);
        JsonNode closed = json("{\"$ref\": \"#/components/schemas/Closed\"}");
        assertThat(new SchemaSubsetValidator(doc, false).validate(closed, json("{\"a\": 1, \"b\": 2}"))).hasSize(1);
    }

    @Test
    void schemaCheckRefusesUnsupportedKeywordsUnresolvedReferencesAndAnUnquotedYamlNull() {
        var validator = new SchemaSubsetValidator(doc, true);
        assertThat(validator.checkSchema(doc.at("/components/schemas/Thing"), "Thing")).isEmpty();
        assertThat(validator.checkSchema(json("{\"oneOf\": []}"), "s")).anyMatch(p -> p.contains("oneOf"));
        assertThat(validator.checkSchema(json("{\"$ref\": \"#/components/schemas/Nope\"}"), "s")).anyMatch(p -> p.contains("unresolved"));
        assertThat(validator.checkSchema(json("{\"type\": [\"string\", null]}"), "s")).anyMatch(p -> p.contains("null"));
        assertThat(validator.checkSchema(json("{\"format\": \"date-time\"}"), "s")).hasSize(1);
    }

    private static JsonNode json(String text) {
        try {
            return OpenApiDocument.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
