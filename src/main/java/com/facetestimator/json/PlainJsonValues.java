package com.facetestimator.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON value read from jackson-core's streaming parser into plain Java values, shared by the
 * request path ({@code api.JsonCodec}) and the rule files ({@code rules.RuleJson}), so that both
 * read JSON the same way and neither needs an ObjectMapper. An object is a
 * {@code LinkedHashMap<String, Object>} in document order, an array a {@code List}, a string a
 * {@code String}, an integer an {@code Integer}, {@code Long} or {@code BigInteger}, a fraction a
 * {@code BigDecimal} with trailing zeros stripped, {@code true}/{@code false} a {@code Boolean}.
 * Framing (empty content, trailing tokens) and limits are the caller's parser's business.
 */
public final class PlainJsonValues {
    private PlainJsonValues() {}

    /** The value that starts at {@code t}, the parser's current token. */
    public static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    object.put(name, value(p, p.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    array.add(value(p, v));
                }
                return array;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return p.getIntValue();
                    case LONG:
                        return p.getLongValue();
                    default:
                        return p.getBigIntegerValue();
                }
            case VALUE_NUMBER_FLOAT:
                return stripped(p.getDecimalValue()); // exact: money is never a double
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new JsonParseException(p, "Unexpected token " + t);
        }
    }

    /** As databind's tree reader does by default, so 12.50 and 12.5 read the same. */
    private static BigDecimal stripped(BigDecimal value) {
        try {
            return value.stripTrailingZeros();
        } catch (ArithmeticException e) {
            return value;
        }
    }
}
