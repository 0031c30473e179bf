package com.facetestimator.json;

import static com.facetestimator.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The reader against jackson-core, which the functions used before it, on generated documents:
 * every valid one reads to the same values, and every document made invalid or odd by one
 * random edit is refused by both or read to the same values by both. The writer's output reads
 * back, by jackson, to what was written.
 */
class PlainJsonValuesProperties {
    private static final JsonFactory JACKSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ReadLimits LIMITS = ReadLimits.BUNDLED_FILES;
    private static final Gen<Long> SEEDS = SourceDSL.longs().all();

    @Test
    void readsEveryGeneratedDocumentAsJacksonDoes() {
        forAll(2_000, SEEDS, seed -> {
            String doc = new Documents(new Random(seed)).document();
            assertThat(ours(doc)).as(doc).isEqualTo(jackson(doc));
        });
    }

    @Test
    void agreesWithJacksonOnWhatOneEditBreaks() {
        forAll(5_000, SEEDS, seed -> {
            Random random = new Random(seed);
            String doc = new Documents(random).mutated(new Documents(random).document());
            assertThat(ours(doc)).as(doc).isEqualTo(jackson(doc));
        });
    }

    @Test
    void writesWhatReadsBackTheSame() {
        forAll(1_000, SEEDS, seed -> {
            Object value = ours(new Documents(new Random(seed)).document());
            StringBuilder strings = new StringBuilder("[");
            collectStrings(value, strings);
            String text = strings.append("\"\"]").toString();
            assertThat(jackson(text)).as(text).isEqualTo(ours(text));
        });
    }

    /** Every string of {@code value} (names too), written by {@link PlainJsonValues#appendString}, comma-separated. */
    private static void collectStrings(Object value, StringBuilder out) {
        if (value instanceof String s) {
            PlainJsonValues.appendString(out, s);
            out.append(',');
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                collectStrings(e.getKey(), out);
                collectStrings(e.getValue(), out);
            }
        } else if (value instanceof List<?> l) {
            for (Object item : l) {
                collectStrings(item, out);
            }
        }
    }

    /** The value read, or "REFUSED" (a number out of BigDecimal's range too). */
    private static Object ours(String doc) {
        try {
            Object v = PlainJsonValues.read(doc, LIMITS);
            return v == null && doc.isBlank() ? "EMPTY" : v;
        } catch (JsonSyntaxException | NumberFormatException | ArithmeticException e) {
            return "REFUSED"; // the last two: an exponent BigDecimal cannot hold, which JsonFields reports as out of range
        }
    }

    /** What jackson-core reads, as the codec always turned its tokens into plain values, or "REFUSED". */
    private static Object jackson(String doc) {
        try (JsonParser p = JACKSON.createParser(doc)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return "EMPTY";
            }
            Object v = value(p, first);
            return p.nextToken() == null ? v : "REFUSED";
        } catch (IOException | NumberFormatException | ArithmeticException e) {
            return "REFUSED";
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
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
                BigDecimal d = p.getDecimalValue();
                return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalStateException("token " + t);
        }
    }

    /** Random JSON texts: nested values, white space, escapes and every kind of number. */
    private static final class Documents {
        private static final String[] NUMBERS = {"0", "-0", "7", "-12", "2147483647", "2147483648", "-2147483649",
                "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "0.5", "-0.0",
                "1.50", "1e2", "1E-3", "2.5e+10", "100.00", "12345678901234567890.5"};
        private static final String[] STRINGS = {"", "a", "L4-L5", "\\\"", "\\\\", "\\/", "\\n\\t\\r\\b\\f", "\\u00e9",
                "\\uD83D\\uDE00", "\\u0000", "é", "😀", "a b", "\\u001F"};
        private static final String EDITS = "{}[]\",:\\ \t\n0123456789-+.eEtrufalsn\u0001x'/";
        private final Random random;

        Documents(Random random) {
            this.random = random;
        }

        String document() {
            StringBuilder out = new StringBuilder();
            space(out);
            value(out, 0);
            space(out);
            return out.toString();
        }

        /** One random insertion, deletion or replacement. */
        String mutated(String doc) {
            int at = random.nextInt(doc.length() + 1);
            char c = EDITS.charAt(random.nextInt(EDITS.length()));
            return switch (random.nextInt(3)) {
                case 0 -> doc.substring(0, at) + c + doc.substring(at);
                case 1 -> at < doc.length() ? doc.substring(0, at) + doc.substring(at + 1) : doc;
                default -> at < doc.length() ? doc.substring(0, at) + c + doc.substring(at + 1) : doc + c;
            };
        }

        private void value(StringBuilder out, int depth) {
            int kind = random.nextInt(depth > 4 ? 4 : 7);
            switch (kind) {
                case 0 -> out.append(NUMBERS[random.nextInt(NUMBERS.length)]);
                case 1 -> out.append('"').append(STRINGS[random.nextInt(STRINGS.length)]).append('"');
                case 2 -> out.append(random.nextBoolean() ? "true" : "false");
                case 3 -> out.append("null");
                case 4, 5 -> {
                    out.append('{');
                    int n = random.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        space(out);
                        out.append("\"k").append(i).append(random.nextInt(3) == 0 ? "\\u00e9" : "").append('"');
                        space(out);
                        out.append(':');
                        space(out);
                        value(out, depth + 1);
                        space(out);
                        if (i < n - 1) {
                            out.append(',');
                        }
                    }
                    space(out);
                    out.append('}');
                }
                default -> {
                    out.append('[');
                    int n = random.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        space(out);
                        value(out, depth + 1);
                        space(out);
                        if (i < n - 1) {
                            out.append(',');
                        }
                    }
                    out.append(']');
                }
            }
        }

        private void space(StringBuilder out) {
            if (random.nextInt(3) == 0) {
                out.append(" \t\n\r".charAt(random.nextInt(4)));
            }
        }
    }
}
