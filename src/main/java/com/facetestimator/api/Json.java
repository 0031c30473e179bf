package com.facetestimator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one ObjectMapper of the container: building it is costly, using it is thread-safe. The
 * request path reads and writes through {@link JsonCodec} instead, which needs no ObjectMapper
 * for trees, maps, lists and scalars; this one is built only when something else needs it.
 */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    static {
        // Bound what a hostile body can make the parser do before validation rejects it.
        MAPPER.getFactory().setStreamReadConstraints(JsonCodec.READ_CONSTRAINTS);
    }

    private Json() {}
}
