package com.facetestimator.api;

import com.facetestimator.json.PlainJsonValues;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All JSON of the Lambda request path, on jackson-core's streaming parser and generator alone:
 * no ObjectMapper, and no class of jackson-databind is ever loaded (building an ObjectMapper costs
 * a cold start about 200 ms of class loading; DatabindNotLoadedTest holds the request path to it).
 *
 * <p>A body is read into plain Java values: an object is a {@code LinkedHashMap<String, Object>}
 * in document order (a JSON {@code null} member is kept with a null value), an array a
 * {@code List}, a string a {@code String}, an integer an {@code Integer}, {@code Long} or
 * {@code BigInteger}, a fraction a {@code BigDecimal} with trailing zeros stripped, and
 * {@code true}/{@code false} a {@code Boolean}. Duplicate member names, trailing content and
 * the {@link #READ_CONSTRAINTS} limits are parse errors.
 *
 * <p>{@link #write} writes exactly the types responses are built from (see its javadoc) and
 * refuses anything else with {@link IllegalArgumentException}: there is no reflective fallback,
 * so a response built from an unsupported type fails its unit test instead of a container.
 */
final class JsonCodec {
    /** Bound what a hostile body can make the parser do before validation rejects it. */
    static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxNumberLength(40)
            .maxStringLength(100_000)
            .build();
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(READ_CONSTRAINTS)
            .build();

    private JsonCodec() {}

    /** The document as plain Java values (see the class comment); null for empty content. */
    static Object read(String text) throws JsonProcessingException {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            Object root = PlainJsonValues.value(p, first);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new JsonParseException(p, "Trailing token (of type " + trailing + ") found after the value", p.currentTokenLocation());
            }
            return root;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String has no I/O to fail
        }
    }

    /**
     * Writes {@code value}, which may be: null; a {@code String}, {@code Boolean}, {@code Integer},
     * {@code Long}, {@code Short}, {@code BigInteger}, {@code BigDecimal} or finite {@code Double};
     * a {@code LocalDate} (as {@code YYYY-MM-DD}); an enum constant (as its name); a {@code Map}
     * with {@code String} keys and a {@code Collection}, of any of these.
     *
     * @throws IllegalArgumentException naming the value's type and its place ({@code $.a[0].b})
     *                                  for anything else: a record, an array, a non-finite double...
     */
    static String write(Object value) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value, "$");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter has no I/O to fail
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value, String at) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof Short s) {
            g.writeNumber(s);
        } else if (value instanceof Double d && Double.isFinite(d)) {
            g.writeNumber(d);
        } else if (value instanceof LocalDate date) {
            g.writeString(date.toString());
        } else if (value instanceof Enum<?> constant) {
            g.writeString(constant.name());
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String name)) {
                    throw unsupported("a member name of type " + typeOf(e.getKey()), at);
                }
                g.writeFieldName(name);
                write(g, e.getValue(), at + "." + name);
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> items) {
            g.writeStartArray();
            int i = 0;
            for (Object item : items) {
                write(g, item, at + "[" + i++ + "]");
            }
            g.writeEndArray();
        } else {
            throw unsupported("a value of type " + typeOf(value), at);
        }
    }

    private static IllegalArgumentException unsupported(String what, String at) {
        return new IllegalArgumentException("JsonCodec cannot write " + what + " at " + at
                + "; convert it to a supported type where the response is built");
    }

    private static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
