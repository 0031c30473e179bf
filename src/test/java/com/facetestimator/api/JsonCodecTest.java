package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.facetestimator.json.JsonSyntaxException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request path's light codec must read and write what an ObjectMapper with the same
 * settings would: the same trees (kinds, number types and scales, member order), the same
 * failures at the same places, the same texts; and it must refuse, loudly, any value it does not
 * support, since there is no fallback to an ObjectMapper behind it.
 */
class JsonCodecTest {

    /** What the codec is held to: databind with the codec's own parser settings. */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(JsonCodec.READ_LIMITS.maxNestingDepth())
                            .maxNumberLength(JsonCodec.READ_LIMITS.maxNumberLength())
                            .maxStringLength(JsonCodec.READ_LIMITS.maxStringLength())
                            .build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static List<String> validBodies() {
        return List.of(
                "{\"a\":1}",
                "  {\"payerId\":\"medicare\",\"levels\":[\"L4-L5\",\"L5-S1\"],\"coverage\":{\"deductibleRemaining\":0}}  ",
                "{\"n\":[0,-1,2147483647,2147483648,-2147483649,9223372036854775807,9223372036854775808,-9223372036854775809]}",
                "{\"f\":[1.0,20.0,1e2,1E-3,0.10,-0.0,100.00,1.5e10,12345678901234567890.5,283.00,0.05,1e-7,-12.3400]}",
                "{\"s\":[\"\",\"a\\\"b\",\"back\\\\slash\",\"line\\nbreak\",\"\\u00e9t\\u00e9\",\"\\ud83d\\ude00\",\"tab\\t\",\"\\/\"]}",
                "{\"b\":[true,false,null],\"e\":{},\"ea\":[],\"deep\":{\"x\":{\"y\":[{\"z\":[1,{\"w\":null}]}]}}}",
                "[1,2,\"x\"]",
                "\"just a string\"",
                "42",
                "12.50",
                "null",
                "{\"z\":1,\"a\":2,\"m\":3}");
    }

    static List<String> invalidBodies() {
        return List.of(
                "{\"a\":1,\"a\":2}",
                "{} {}",
                "{}x",
                "{} 1",
                "[1] ]",
                "{\"a\":}",
                "{",
                "[1,]",
                "{'a':1}",
                "{\"a\":1,}",
                "NaN",
                "{\"a\":01}",
                "{\"a\":\"unterminated}",
                "[".repeat(33) + "]".repeat(33),
                "{\"a\":" + "1".repeat(41) + "}",
                "{\"a\":\"" + "x".repeat(100_001) + "\"}");
    }

    @ParameterizedTest
    @MethodSource("validBodies")
    void readsTheSameTree(String body) throws Exception {
        assertSameTree(JsonCodec.read(body), MAPPER.readTree(body), "$");
    }

    /**
     * Where the codec points differently from jackson, on purpose: at the first character of the
     * offending token (jackson points past it), and at the start of what exceeds a limit
     * (jackson gives no place).
     */
    private static final Map<String, Integer> OWN_COLUMNS = Map.of(
            "{\"a\":1,\"a\":2}", 8,
            "NaN", 1,
            "[".repeat(33) + "]".repeat(33), 33,
            "{\"a\":" + "1".repeat(41) + "}", 6,
            "{\"a\":\"" + "x".repeat(100_001) + "\"}", 6);

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void failsAtTheSamePlace(String body) {
        JsonProcessingException expected = failure(() -> MAPPER.readTree(body));
        JsonSyntaxException actual = codecFailure(body);
        assertThat(actual.limitExceeded()).as("a limit, as jackson says").isEqualTo(expected instanceof StreamConstraintsException);
        assertThat(actual.line()).isEqualTo(1);
        Integer own = OWN_COLUMNS.get(body);
        assertThat(actual.column()).isEqualTo(own != null ? own : expected.getLocation().getColumnNr());
    }

    @Test
    void placesAProblemOnItsLine() {
        JsonSyntaxException e = codecFailure("{\n  \"a\": 1,\n  \"b\": tru\n}");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(11);
        assertThat(e.getMessage()).isEqualTo("not valid JSON: a character that starts no JSON value at line 3, column 11");
    }

    static List<Object> values() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("null", null);
        map.put("text", "quote \" backslash \\ control \u0001 \u001f sep \u2028 emoji \ud83d\ude00 accent \u00e9 </script>");
        map.put("int", 7);
        map.put("long", 1L << 40);
        map.put("short", (short) 3);
        map.put("doubles", List.of(1.0, 0.1, 1e20, 1e-7, -0.0, 429.38 / 3));
        map.put("money", List.of(new BigDecimal("429.38"), new BigDecimal("1E+3"), new BigDecimal("0.000001"),
                BigDecimal.valueOf(5).setScale(2), new BigDecimal("-0.00"), new BigDecimal("12345678901234567890.12")));
        map.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        map.put("booleans", new LinkedHashSet<>(List.of(true, false)));
        map.put("enum", Thread.State.NEW);
        map.put("nested", List.of(Map.of("k", List.of()), new TreeMap<>(Map.of("b", 2, "a", 1)), new ArrayList<>()));
        return List.of(
                map,
                List.of(),
                Map.of(),
                "top-level string",
                new BigDecimal("85.88"),
                List.of(Map.of("field", "body", "message", "is not valid JSON at line 1, column 2")));
    }

    @ParameterizedTest
    @MethodSource("values")
    void writesTheSameText(Object value) throws Exception {
        assertThat(JsonCodec.write(value)).isEqualTo(MAPPER.writeValueAsString(value));
    }

    @ParameterizedTest
    @MethodSource("validBodies")
    void writesWhatItReadsAsDatabindWould(String body) throws Exception {
        assertThat(JsonCodec.write(JsonCodec.read(body))).isEqualTo(MAPPER.writeValueAsString(MAPPER.readTree(body)));
    }

    @Test
    void writesDatesAsIsoDates() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nextEligibleDate", LocalDate.of(2026, 3, 2));
        assertThat(JsonCodec.write(body)).isEqualTo("{\"nextEligibleDate\":\"2026-03-02\"}");
    }

    record Sample(String name, int count) {}

    /** Anything a response might carry by mistake: each is refused with its type and place. */
    static List<Object[]> unsupported() {
        Map<String, Object> withRecord = new LinkedHashMap<>();
        withRecord.put("ok", 1);
        withRecord.put("frequency", List.of(Map.of("verdict", new Sample("y", 2))));
        return List.of(
                new Object[] {new Sample("x", 1), "$", Sample.class.getName()},
                new Object[] {withRecord, "$.frequency[0].verdict", Sample.class.getName()},
                new Object[] {new int[] {1, 2}, "$", "[I"},
                new Object[] {Map.of(1, "integer key"), "$", "java.lang.Integer"},
                new Object[] {List.of(Double.NaN), "$[0]", "java.lang.Double"},
                new Object[] {Map.of("f", 1.5f), "$.f", "java.lang.Float"},
                new Object[] {Optional.of("x"), "$", "java.util.Optional"},
                new Object[] {Map.of("node", MAPPER.createObjectNode()), "$.node", "ObjectNode"});
    }

    @ParameterizedTest
    @MethodSource("unsupported")
    void refusesEveryOtherTypeNamingItsPlace(Object value, String at, String type) {
        assertThatThrownBy(() -> JsonCodec.write(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(type)
                .hasMessageContaining(" at " + at + ";");
    }

    private interface Read {
        Object read() throws Exception;
    }

    private static JsonSyntaxException codecFailure(String body) {
        try {
            JsonCodec.read(body);
        } catch (JsonSyntaxException e) {
            return e;
        }
        return fail("expected the codec to refuse " + body);
    }

    private static JsonProcessingException failure(Read read) {
        try {
            read.read();
        } catch (JsonProcessingException e) {
            return e;
        } catch (Exception e) {
            fail("expected a JsonProcessingException, got " + e);
        }
        return fail("expected a failure");
    }

    /** {@code actual} is the codec's plain value; {@code expected} databind's node for it. */
    private static void assertSameTree(Object actual, JsonNode expected, String path) {
        if (expected.isNull()) {
            assertThat(actual).as(path).isNull();
        } else if (expected.isBigDecimal()) {
            assertThat(actual).as(path + " kind").isInstanceOf(BigDecimal.class);
            assertThat(actual).as(path + " value and scale").isEqualTo(expected.decimalValue());
        } else if (expected.isNumber()) {
            Class<?> kind = expected.isInt() ? Integer.class : expected.isLong() ? Long.class : BigInteger.class;
            assertThat(actual).as(path + " kind").isInstanceOf(kind);
            assertThat(actual.toString()).as(path).isEqualTo(expected.asText());
        } else if (expected.isTextual()) {
            assertThat(actual).as(path).isEqualTo(expected.textValue());
        } else if (expected.isBoolean()) {
            assertThat(actual).as(path).isEqualTo(expected.booleanValue());
        } else if (expected.isArray()) {
            assertThat(actual).as(path + " kind").isInstanceOf(List.class);
            List<?> items = (List<?>) actual;
            assertThat(items).as(path + " size").hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameTree(items.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else {
            assertThat(actual).as(path + " kind").isInstanceOf(Map.class);
            Map<?, ?> members = (Map<?, ?>) actual;
            List<String> names = new ArrayList<>();
            expected.fieldNames().forEachRemaining(names::add);
            assertThat(new ArrayList<>(members.keySet())).as(path + " members in order").isEqualTo(names);
            for (String name : names) {
                assertSameTree(members.get(name), expected.get(name), path + "." + name);
            }
        }
    }
}
