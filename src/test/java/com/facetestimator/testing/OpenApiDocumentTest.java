package com.facetestimator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * What this project adds around the validator library: the "documented only" reading of
 * responses, the unknown-keyword check, and openapi.yaml found on the classpath.
 */
class OpenApiDocumentTest {
    private static final String PROBLEM = "/components/schemas/Problem";

    @Test
    void responsesMayCarryOnlyDocumentedMembersWhileRequestsFollowTheDocumentAsWritten() throws Exception {
        OpenApiDocument spec = OpenApiDocument.load();
        JsonNode problem = OpenApiDocument.JSON.readTree("""
                {"type": "/problems/not-found", "title": "Not found", "status": 404, "detail": "no such payer",
                 "errors": [{"field": "payerId", "message": "unknown"}]}""");
        assertThat(spec.validateResponse(PROBLEM, problem)).isEmpty();

        JsonNode extra = ((com.fasterxml.jackson.databind.node.ObjectNode) problem.deepCopy()).put("stack", "at ...");
        assertThat(spec.validateResponse(PROBLEM, extra)).anyMatch(e -> e.contains("stack"));
        assertThat(spec.validateRequest(PROBLEM, extra)).as("the published document stays open").isEmpty();

        JsonNode wrongType = ((com.fasterxml.jackson.databind.node.ObjectNode) problem.deepCopy()).put("status", "404");
        assertThat(spec.validateResponse(PROBLEM, wrongType)).anyMatch(e -> e.contains("status"));
    }

    @Test
    void branchesOfACombinedSchemaStayOpenSoTheCombinationDecides() throws Exception {
        OpenApiDocument spec = OpenApiDocument.of(OpenApiDocument.JSON.readTree("""
                {"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"Both": {
                   "allOf": [{"type": "object", "properties": {"a": {"type": "string"}}},
                             {"type": "object", "properties": {"b": {"type": "string"}}}]}}}}"""));
        assertThat(spec.validateResponse("/components/schemas/Both", OpenApiDocument.JSON.readTree("{\"a\": \"x\", \"b\": \"y\"}")))
                .isEmpty();
        assertThat(spec.validateResponse("/components/schemas/Both", OpenApiDocument.JSON.readTree("{\"a\": \"x\", \"c\": 1}")))
                .anyMatch(e -> e.contains("c"));
    }

    @Test
    void aKeywordOutsideTheDialectOrAnUnresolvedReferenceIsAProblemOfTheDocument() throws Exception {
        OpenApiDocument spec = OpenApiDocument.of(OpenApiDocument.JSON.readTree("""
                {"openapi": "3.1.0", "paths": {}, "components": {"schemas": {
                   "Typo": {"type": "object", "properties": {"n": {"type": "integer", "minimun": 1}}},
                   "Dangling": {"$ref": "#/components/schemas/Nowhere"},
                   "WrongKind": {"type": "string", "minLength": "one"}}}}"""));
        assertThat(spec.schemaProblems())
                .anyMatch(p -> p.contains("/components/schemas/Typo/properties/n/minimun"))
                .anyMatch(p -> p.contains("Nowhere"))
                .anyMatch(p -> p.contains("/components/schemas/WrongKind"));
    }
}
