package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request path's light codec must be indistinguishable from {@link Json#MAPPER}: the same
 * trees (node kinds, number types and scales, member order), the same failures at the same
 * places, the same texts.
 */
class JsonCodecTest {

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
        assertSameTree(JsonCodec.readTree(body), Json.MAPPER.readTree(body), "$");
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void failsTheSameWayAtTheSamePlace(String body) {
        JsonProcessingException expected = failure(() -> Json.MAPPER.readTree(body));
        JsonProcessingException actual = failure(() -> JsonCodec.readTree(body));
        assertThat(actual).isExactlyInstanceOf(expected.getClass());
        if (expected.getLocation() != null) {
            assertThat(actual.getLocation().getLineNr()).isEqualTo(expected.getLocation().getLineNr());
            assertThat(actual.getLocation().getColumnNr()).isEqualTo(expected.getLocation().getColumnNr());
        }
    }

    static List<Object> values() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("null", null);
        map.put("text", "quote \" backslash \\ control \u0001 \u001f sep \u2028 emoji \ud83d\ude00 accent \u00e9 </script>");
        map.put("int", 7);
        map.put("long", 1L << 40);
        map.put("short", (short) 3);
        map.put("doubles", List.of(1.0, 0.1, 1e20, 1e-7, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 429.38 / 3));
        map.put("float", 1.5f);
        map.put("money", List.of(new BigDecimal("429.38"), new BigDecimal("1E+3"), new BigDecimal("0.000001"),
                BigDecimal.valueOf(5).setScale(2), new BigDecimal("-0.00"), new BigDecimal("12345678901234567890.12")));
        map.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        map.put("booleans", new LinkedHashSet<>(List.of(true, false)));
        map.put("nested", List.of(Map.of("k", List.of()), new TreeMap<>(Map.of("b", 2, "a", 1)), new ArrayList<>()));
        map.put("tree", Json.MAPPER.readTree(validBodies().get(3)));
        map.put("treeMixed", Json.MAPPER.readTree(validBodies().get(5)));
        map.put("nodeKinds", Json.MAPPER.createObjectNode().put("i", 1).put("l", 1L << 40).put("d", 2.5).put("f", 1.25f)
                .put("dec", new BigDecimal("1.50")).put("s", (short) 2).put("bi", BigInteger.TEN).putNull("n"));
        return List.of(
                map,
                List.of(),
                Map.of(),
                "top-level string",
                new BigDecimal("85.88"),
                List.of(Map.of("field", "body", "message", "is not valid JSON at line 1, column 2")),
                // Left to databind: not maps, lists, scalars or trees.
                new Sample("x", 1),
                Thread.State.NEW,
                new int[] {1, 2},
                Map.of(1, "integer key"),
                List.of(Map.of("record", new Sample("y", 2))));
    }

    record Sample(String name, int count) {}

    @ParameterizedTest
    @MethodSource("values")
    void writesTheSameText(Object value) throws Exception {
        assertThat(JsonCodec.write(value)).isEqualTo(Json.MAPPER.writeValueAsString(value));
    }

    private interface Read {
        JsonNode read() throws Exception;
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

    private static void assertSameTree(JsonNode actual, JsonNode expected, String path) {
        assertThat(actual).as(path).isNotNull();
        assertThat(actual.getClass()).as(path + " node kind").isEqualTo(expected.getClass());
        if (expected.isBigDecimal()) {
            assertThat(actual.decimalValue()).as(path + " value and scale").isEqualTo(expected.decimalValue());
            assertThat(actual.decimalValue().scale()).as(path + " scale").isEqualTo(expected.decimalValue().scale());
        } else if (expected.isValueNode()) {
            assertThat(actual).as(path).isEqualTo(expected);
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameTree(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else {
            List<String> names = new ArrayList<>();
            expected.fieldNames().forEachRemaining(names::add);
            List<String> actualNames = new ArrayList<>();
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                actualNames.add(it.next());
            }
            assertThat(actualNames).as(path + " members in order").isEqualTo(names);
            for (String name : names) {
                assertSameTree(actual.get(name), expected.get(name), path + "." + name);
            }
        }
    }
}
