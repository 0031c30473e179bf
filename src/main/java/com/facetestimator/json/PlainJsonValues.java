package com.facetestimator.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text (RFC 8259) to plain Java values and back, shared by the request path
 * ({@code api.JsonCodec}) and the rule files ({@code rules.RuleJson}), so that both read JSON the
 * same way. An object is a {@code LinkedHashMap<String, Object>} in document order (a
 * {@code null} member is kept with a null value), an array a {@code List}, a string a
 * {@code String}, an integer an {@code Integer}, {@code Long} or {@code BigInteger} (the smallest
 * that holds it), a number with a fraction or an exponent a {@code BigDecimal} with trailing zeros
 * stripped (exact: money is never a double), {@code true}/{@code false} a {@code Boolean}.
 *
 * <p>Strict: one value and nothing after it but white space, no duplicate member names, no
 * comments, single quotes, trailing commas, leading zeros, {@code NaN} or unescaped control
 * characters. Written here rather than taken from jackson-core, which the functions used before:
 * loading jackson-core was about 20 ms of every cold start, for a grammar this small (README,
 * "What moved the numbers"). {@code JsonCodecTest} holds it to jackson's reading and writing.
 */
public final class PlainJsonValues {
    private PlainJsonValues() {}

    /**
     * The document's one value; null when the text is empty or only white space.
     *
     * @throws NumberFormatException for a number whose exponent {@code BigDecimal} cannot hold,
     *                               such as {@code 1e-2147483648}: valid JSON, but out of range
     */
    public static Object read(String text, ReadLimits limits) throws JsonSyntaxException {
        Reader r = new Reader(text, limits);
        r.skipWhitespace();
        if (r.at == text.length()) {
            return null;
        }
        Object value = r.value();
        r.skipWhitespace();
        if (r.at < text.length()) {
            throw r.error(r.at, "content after the JSON value");
        }
        return value;
    }

    /** Appends {@code s} as a JSON string: quoted, with {@code "}, {@code \} and control characters escaped. */
    public static void appendString(StringBuilder out, String s) {
        out.append('"');
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, run, i).append('\\');
            switch (c) {
                case '"', '\\' -> out.append(c);
                case '\b' -> out.append('b');
                case '\t' -> out.append('t');
                case '\n' -> out.append('n');
                case '\f' -> out.append('f');
                case '\r' -> out.append('r');
                default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            run = i + 1;
        }
        out.append(s, run, s.length()).append('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** One pass over the text; {@code at} is the index of the next character to read. */
    private static final class Reader {
        private final String text;
        private final ReadLimits limits;
        private int at;
        private int depth;

        Reader(String text, ReadLimits limits) {
            this.text = text;
            this.limits = limits;
        }

        /** The next character, or -1 at the end of the text. */
        private int peek() {
            return at < text.length() ? text.charAt(at) : -1;
        }

        void skipWhitespace() {
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                at++;
            }
        }

        Object value() throws JsonSyntaxException {
            int c = peek();
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    literal("true");
                    return Boolean.TRUE;
                case 'f':
                    literal("false");
                    return Boolean.FALSE;
                case 'n':
                    literal("null");
                    return null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error(at, c < 0 ? "the end of the text where a value was expected" : "a character that starts no JSON value");
            }
        }

        private Map<String, Object> object() throws JsonSyntaxException {
            Map<String, Object> object = new LinkedHashMap<>();
            if (opens('}')) {
                do {
                    if (peek() != '"') {
                        throw error(at, "a member name in double quotes was expected");
                    }
                    int nameAt = at;
                    String name = string();
                    if (object.containsKey(name)) {
                        throw error(nameAt, "a member name given twice");
                    }
                    skipWhitespace();
                    if (peek() != ':') {
                        throw error(at, "':' was expected after the member name");
                    }
                    at++;
                    skipWhitespace();
                    object.put(name, value());
                } while (!closes('}'));
            }
            return object;
        }

        private List<Object> array() throws JsonSyntaxException {
            List<Object> array = new ArrayList<>();
            if (opens(']')) {
                do {
                    array.add(value());
                } while (!closes(']'));
            }
            return array;
        }

        /**
         * At an opening bracket or brace: steps over it, one level deeper, and says whether a
         * member or element follows; when {@code close} follows at once, steps over that too.
         */
        private boolean opens(char close) throws JsonSyntaxException {
            enter();
            skipWhitespace();
            if (peek() != close) {
                return true;
            }
            at++;
            depth--;
            return false;
        }

        /** After a member or element: true at {@code close} (stepped over, one level up), false at a comma. */
        private boolean closes(char close) throws JsonSyntaxException {
            skipWhitespace();
            int c = peek();
            at++;
            if (c == close) {
                depth--;
                return true;
            }
            if (c != ',') {
                throw error(at - 1, "',' or '" + close + "' was expected");
            }
            skipWhitespace();
            return false;
        }

        /** At an opening bracket or brace: steps over it, one level deeper. */
        private void enter() throws JsonSyntaxException {
            if (++depth > limits.maxNestingDepth()) {
                throw limit(at, "nesting deeper than " + limits.maxNestingDepth() + " levels");
            }
            at++;
        }

        private String string() throws JsonSyntaxException {
            int start = at++;
            StringBuilder escaped = null;
            int run = at;
            while (true) {
                if (at >= text.length()) {
                    throw error(at, "the end of the text inside a string");
                }
                char c = text.charAt(at);
                if (c == '"') {
                    String s = escaped == null ? text.substring(run, at) : escaped.append(text, run, at).toString();
                    if (s.length() > limits.maxStringLength()) {
                        throw limit(start, "a string longer than " + limits.maxStringLength() + " characters");
                    }
                    at++;
                    return s;
                }
                if (c == '\\') {
                    if (escaped == null) {
                        escaped = new StringBuilder();
                    }
                    escaped.append(text, run, at);
                    escape(escaped);
                    run = at;
                } else if (c < 0x20) {
                    throw error(at, "a control character not escaped in a string");
                } else {
                    at++;
                }
            }
        }

        /** At a backslash: appends the character its escape stands for and steps over it. */
        private void escape(StringBuilder out) throws JsonSyntaxException {
            int c = ++at < text.length() ? text.charAt(at) : -1;
            switch (c) {
                case '"', '\\', '/' -> out.append((char) c);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int code = 0;
                    for (int k = 1; k <= 4; k++) {
                        int d = at + k < text.length() ? Character.digit(text.charAt(at + k), 16) : -1;
                        if (d < 0) {
                            throw error(at + k, "four hexadecimal digits were expected after \\u");
                        }
                        code = code * 16 + d;
                    }
                    out.append((char) code);
                    at += 4;
                }
                default -> throw error(at, "an escape that JSON does not have");
            }
            at++;
        }

        private Object number() throws JsonSyntaxException {
            int start = at;
            if (peek() == '-') {
                at++;
            }
            if (peek() == '0') {
                at++;
                if (isDigit(peek())) {
                    throw error(at, "a number with a leading zero");
                }
            } else if (isDigit(peek())) {
                skipDigits();
            } else {
                throw error(at, "a digit was expected");
            }
            boolean integer = true;
            if (peek() == '.') {
                integer = false;
                at++;
                requireDigits("a digit was expected after the decimal point");
            }
            if (peek() == 'e' || peek() == 'E') {
                integer = false;
                at++;
                if (peek() == '+' || peek() == '-') {
                    at++;
                }
                requireDigits("a digit was expected in the exponent");
            }
            if (at - start > limits.maxNumberLength()) {
                throw limit(start, "a number longer than " + limits.maxNumberLength() + " characters");
            }
            String digits = text.substring(start, at);
            if (!integer) {
                return stripped(new BigDecimal(digits)); // an exponent BigDecimal cannot hold throws NumberFormatException
            }
            int length = digits.length() - (digits.charAt(0) == '-' ? 1 : 0);
            if (length < 10) {
                return Integer.parseInt(digits);
            }
            if (length < 19) {
                long l = Long.parseLong(digits);
                return l == (int) l ? (Object) (int) l : (Object) l;
            }
            BigInteger big = new BigInteger(digits);
            return big.bitLength() < 32 ? (Object) big.intValue() : big.bitLength() < 64 ? (Object) big.longValue() : big;
        }

        private void requireDigits(String problem) throws JsonSyntaxException {
            if (!isDigit(peek())) {
                throw error(at, problem);
            }
            skipDigits();
        }

        private void skipDigits() {
            while (isDigit(peek())) {
                at++;
            }
        }

        private static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }

        private void literal(String word) throws JsonSyntaxException {
            for (int k = 0; k < word.length(); k++) {
                if (at + k >= text.length() || text.charAt(at + k) != word.charAt(k)) {
                    throw error(at + k, "a character that starts no JSON value");
                }
            }
            at += word.length();
        }

        JsonSyntaxException error(int index, String problem) {
            return located(index, "not valid JSON: " + problem, false);
        }

        private JsonSyntaxException limit(int index, String problem) {
            return located(index, "over the reading limits: " + problem, true);
        }

        private JsonSyntaxException located(int index, String problem, boolean limitExceeded) {
            int line = 1;
            int lineStart = 0;
            for (int k = 0; k < index && k < text.length(); k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            return new JsonSyntaxException(problem, line, index - lineStart + 1, limitExceeded);
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
