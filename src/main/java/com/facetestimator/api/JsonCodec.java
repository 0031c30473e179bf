package com.facetestimator.api;

import com.facetestimator.json.JsonSyntaxException;
import com.facetestimator.json.PlainJsonValues;
import com.facetestimator.json.ReadLimits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * All JSON of the Lambda request path, read and written by {@link PlainJsonValues}: no
 * ObjectMapper, no reflection, and no JSON library to load (building an ObjectMapper cost a cold
 * start about 200 ms, loading jackson-core about 20 ms; JacksonNotLoadedTest holds the request
 * path to loading no jackson class).
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
    static final ReadLimits READ_LIMITS = new ReadLimits(32, 40, 100_000);

    private JsonCodec() {}

    /** The document as plain Java values (see the class comment); null for empty content. */
    static Object read(String text) throws JsonSyntaxException {
        return PlainJsonValues.read(text, READ_LIMITS);
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
        StringBuilder out = new StringBuilder(256);
        try {
            write(out, value);
        } catch (Unwritable e) {
            throw new IllegalArgumentException("JsonCodec cannot write " + e.what + " at $" + e.place
                    + "; convert it to a supported type where the response is built");
        }
        return out.toString();
    }

    /**
     * A value {@link #write} does not support, with its place built while unwinding: a response
     * that writes well, as every one should, builds no place names at all.
     */
    private static final class Unwritable extends RuntimeException {
        final String what;
        final StringBuilder place = new StringBuilder();

        Unwritable(String what) {
            super(null, null, false, false);
            this.what = what;
        }

        Unwritable within(String step) {
            place.insert(0, step);
            return this;
        }
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            PlainJsonValues.appendString(out, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toString()); // as jackson-core wrote it: 1E+3 stays in scientific notation
        } else if (value instanceof Double d && Double.isFinite(d)) {
            out.append(d.doubleValue());
        } else if (value instanceof LocalDate date) {
            PlainJsonValues.appendString(out, date.toString());
        } else if (value instanceof Enum<?> constant) {
            PlainJsonValues.appendString(out, constant.name());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String name)) {
                    throw new Unwritable("a member name of type " + typeOf(e.getKey()));
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                PlainJsonValues.appendString(out, name);
                out.append(':');
                try {
                    write(out, e.getValue());
                } catch (Unwritable u) {
                    throw u.within("." + name);
                }
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            int i = 0;
            for (Object item : items) {
                if (i > 0) {
                    out.append(',');
                }
                try {
                    write(out, item);
                } catch (Unwritable u) {
                    throw u.within("[" + i + "]");
                }
                i++;
            }
            out.append(']');
        } else {
            throw new Unwritable("a value of type " + typeOf(value));
        }
    }

    private static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
