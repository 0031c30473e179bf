package com.facetestimator.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates requests a client should never send, from a fixed seed: each starts from a valid
 * request of a route and breaks it one way (malformed JSON, wrong types, missing and unknown
 * members, huge values, unknown enumerations, control characters, injection strings, deep
 * nesting, huge arrays, impossible dates, bad path and query parameters, bad encodings).
 */
public final class BadRequestGenerator {
    /** One generated request, as the gateway would hand it to a handler. */
    public record BadRequest(String kind, String routeKey, Map<String, String> path, Map<String, String> query, String body,
                             boolean base64) {
        @Override
        public String toString() {
            String shown = body == null ? "null" : body.length() > 300 ? body.substring(0, 300) + "...(" + body.length() + " chars)" : body;
            return kind + " " + routeKey + " path=" + path + " query=" + query + (base64 ? " base64" : "") + " body=" + shown;
        }
    }

    public static final List<String> ROUTES = List.of(
            "POST /estimates", "POST /forecasts",
            "POST /patients/{patientId}/sessions", "GET /patients/{patientId}/sessions",
            "PATCH /patients/{patientId}/sessions/{sessionId}",
            "GET /payers", "GET /payers/{payerId}/fees");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "\u00a7RAW";

    private static final String[] CONTROL = {"\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\u000b", "\f", "\u001b[31m",
            "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\u202e", "\ud800", "\udfff", "\uffff", "\r\nX-Injected: 1"};
    private static final String[] INJECTION = {"' OR '1'='1", "'; DROP TABLE sessions; --", "\" OR \"\"=\"", "{\"$gt\": \"\"}",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "#{7*7}", "{{7*7}}", "%s%s%s%n", "../../../../etc/passwd",
            "..\\..\\windows\\win.ini", "%2e%2e%2f", "%00", "$(reboot)", "`id`", "\\u0000", "attribute_exists(pk)", "pk = :pk",
            "__proto__", "constructor", "null", "undefined", "NaN", "-Infinity", "0x41", "AAAA" + "%n".repeat(20), "\u0130\u0131",
            "\ud83d\udca9", "MEDICARE", "medicare ", " medicare"};
    private static final String[] BAD_DATES = {"2026-02-30", "2026-02-29", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31",
            "2026-03-00", "2026-03-32", "0000-01-01", "9999-12-31", "1989-12-31", "2100-01-01", "2026-3-2", "2026/03/02",
            "20260302", "02-03-2026", "2026-03-02T00:00:00Z", " 2026-03-02", "2026-03-02 ", "+2026-03-02", "-2026-03-02",
            "\uff12\uff10\uff12\uff16-03-02", "2026-03-0\u0662", "", "today", "2026-W10-1", "2026-061", "+999999999-12-31",
            "2026-03-02\u0000", "2026-02-30T10:00"};
    private static final String[] BAD_IDS = {"", " ", "a b", "a/b", "../x", "..", ".", "%00", "\u0000", "p\u0000", "p\n",
            "x".repeat(65), "x".repeat(1000), "\u00e9l\u00e8ve", "\ud83d\ude00", "p;drop", "p'--", "<p>", "p%2Fq", "p?q=1", "p#f",
            "\u202epatient", "patient\u200b"};
    private static final String[] BAD_LOCALITIES = {"01182-1", "1182-18", "ABCDE-18", "01182_18", "01182-18-1", "", " 01182-18",
            "99999-99", "00000-00", "01182-18\u0000", "national", "\uff10\uff11182-18"};
    private static final String[] ENUM_FIELDS = {"siteOfService", "procedure", "purpose", "laterality", "guidance", "status"};
    private static final String[] RAW_NUMBERS = {"1e308", "-1e308", "1e309", "1E+2147483647", "1e-2147483648", "1e999999999",
            "1e-999999999", "-0", "-0.0", "0.000000000000000000000000000000001", "99999999999999999999999999999999999999",
            "9".repeat(41), "1" + "0".repeat(500), "0." + "0".repeat(300) + "1", "123456789.123456789123456789123456789",
            "NaN", "Infinity", "-Infinity", "0x10", "01", "1.", ".5", "+1", "1e", "--1", "4294967296", "-9223372036854775809",
            "18446744073709551616", "3.4028235E+39", "4.9E-325", "1E400", "100.0000000000000000001", "1e-7", "2147483648"};

    private final Random random;
    private final Map<String, JsonNode> bases = new LinkedHashMap<>();

    public BadRequestGenerator(long seed) {
        this.random = new Random(seed);
        bases.put("POST /estimates", SampleRequests.workedExample().put("compareSites", true).put("abnOnFile", false));
        ObjectNode second = SampleRequests.forecastAppointment("f2", "fuzz-patient-1", "2026-04-06");
        second.put("locality", "01182-18");
        second.put("procedure", "RFA");
        second.remove("purpose");
        bases.put("POST /forecasts", SampleRequests.forecast(SampleRequests.forecastAppointment("f1", "fuzz-patient-1", "2026-03-02"), second));
        ObjectNode session = SampleRequests.session("fuzz-session", "2026-03-02", "SCHEDULED");
        session.putObject("coverage").put("deductibleRemaining", 10).put("coinsurancePercent", 20).put("copay", 0)
                .put("outOfPocketRemaining", 1000);
        bases.put("POST /patients/{patientId}/sessions", session.put("requireWithinLimit", true));
        bases.put("PATCH /patients/{patientId}/sessions/{sessionId}", NODES.objectNode().put("status", "PERFORMED"));
    }

    public BadRequest next() {
        String route = ROUTES.get(random.nextInt(ROUTES.size()));
        if (route.equals("GET /payers") && random.nextInt(5) != 0) {
            route = ROUTES.get(random.nextInt(ROUTES.size())); // it takes no input: ignoring what it is sent is all it can do
        }
        return bases.containsKey(route) ? bodyRequest(route) : queryRequest(route);
    }

    private BadRequest bodyRequest(String route) {
        JsonNode base = bases.get(route).deepCopy();
        Map<String, String> path = validPath(route);
        return switch (random.nextInt(16)) {
            case 0, 1 -> body("malformed-json", route, path, malformed(base.toString()));
            case 2 -> body("wrong-type", route, path, serialize(mutate(base, this::wrongType)));
            case 3 -> body("missing-member", route, path, serialize(mutate(base, Slot::remove)));
            case 4 -> body("unknown-member", route, path, serialize(addUnknown(base)));
            case 5 -> body("huge-value", route, path, serialize(mutate(base, this::hugeValue)));
            case 6 -> body("unknown-enum", route, path, serialize(unknownEnum(base)));
            case 7 -> body("control-chars", route, path, serialize(mutate(base, this::controlChars)));
            case 8 -> body("injection", route, path, serialize(mutate(base, this::injection)));
            case 9 -> body("deep-nesting", route, path, deepNesting(base));
            case 10 -> body("huge-array", route, path, hugeArray(base));
            case 11 -> body("bad-date", route, path, serialize(badDate(base)));
            case 12 -> route.contains("{") ? body("bad-path", route, badPath(route), serialize(base))
                    : body("malformed-json", route, path, malformed(base.toString()));
            case 13 -> badEncoding(route, path, base);
            case 14 -> body("semantic", route, path, serialize(semantic(route, base)));
            default -> body("not-an-object", route, path, pick(new String[] {"", " ", "null", "[]", "[{}]", "0", "true",
                    "\"body\"", "{}", "{\"\": 1}", "[" + base + "]", "\"" + base.toString().replace("\"", "\\\"") + "\""}));
        };
    }

    private static BadRequest body(String kind, String route, Map<String, String> path, String body) {
        return new BadRequest(kind, route, path, null, body, false);
    }

    private BadRequest badEncoding(String route, Map<String, String> path, JsonNode base) {
        String json = base.toString();
        String body;
        boolean base64 = true;
        switch (random.nextInt(7)) {
            case 0 -> body = "not base64 !!";
            case 1 -> body = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)).substring(1);
            case 2 -> body = Base64.getEncoder().encodeToString(malformed(json).getBytes(StandardCharsets.UTF_8));
            case 3 -> body = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}', (byte) 0xc0, (byte) 0x80});
            case 4 -> body = Base64.getEncoder().encodeToString(("\ufeff" + json).getBytes(StandardCharsets.UTF_8));
            case 5 -> body = "=".repeat(random.nextInt(8));
            default -> {
                body = json.substring(0, json.length() - 1) + ", \"x\": \"" + "\u00ff".repeat(200) + "\"}";
                base64 = false;
            }
        }
        return new BadRequest("bad-encoding", route, path, null, body, base64);
    }

    private BadRequest queryRequest(String route) {
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> path = validPath(route);
        String kind;
        if (route.equals("GET /payers")) {
            kind = "query";
            query.put(pick(new String[] {"site", "x", "payerId", "\u0000", "a".repeat(300)}), pick(INJECTION));
            return new BadRequest(kind, route, path, random.nextBoolean() ? query : null, random.nextInt(4) == 0 ? pick(INJECTION) : null, false);
        }
        if (route.equals("GET /patients/{patientId}/sessions")) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    kind = "bad-path";
                    path = badPath(route);
                }
                case 1 -> {
                    kind = "bad-date";
                    query.put("asOf", pick(BAD_DATES));
                }
                case 2 -> {
                    kind = "unknown-enum";
                    query.put("region", pick(new String[] {"lumbar_sacral", "LUMBAR", "CERVICAL", "", "LUMBAR_SACRAL,CERVICAL_THORACIC", "THORACIC", pick(INJECTION)}));
                }
                case 3 -> {
                    kind = "unknown-member";
                    query.put(pick(new String[] {"regions", "as_of", "patientId", "", "\u0000", "x".repeat(200)}), "1");
                }
                case 4 -> {
                    kind = "control-chars";
                    query.put(random.nextBoolean() ? "asOf" : "region", "2026-03-02" + pick(CONTROL));
                }
                default -> {
                    kind = "injection";
                    query.put(random.nextBoolean() ? "asOf" : "region", pick(INJECTION));
                }
            }
            return new BadRequest(kind, route, path, query, null, false);
        }
        // GET /payers/{payerId}/fees
        query.put("site", "OFFICE");
        query.put("date", "2026-03-02");
        switch (random.nextInt(7)) {
            case 0 -> {
                kind = "bad-path";
                path = badPath(route);
            }
            case 1 -> {
                kind = "bad-date";
                query.put("date", pick(BAD_DATES));
            }
            case 2 -> {
                kind = "unknown-enum";
                query.put("site", pick(new String[] {"office", "Office", "HOME", "", "OFFICE,ASC", "ASC ", pick(INJECTION)}));
            }
            case 3 -> {
                kind = "missing-member";
                query.remove(random.nextBoolean() ? "site" : "date");
            }
            case 4 -> {
                kind = "bad-locality";
                query.put("locality", pick(BAD_LOCALITIES));
            }
            case 5 -> {
                kind = "control-chars";
                String name = pick(new String[] {"site", "date", "locality"});
                query.put(name, query.getOrDefault(name, "01182-18") + pick(CONTROL));
            }
            default -> {
                kind = "injection";
                query.put(pick(new String[] {"site", "date", "locality"}), pick(INJECTION));
            }
        }
        if (random.nextInt(10) == 0) {
            query = null;
            kind = "missing-member";
        }
        return new BadRequest(kind, route, path, query, null, false);
    }

    // ------------------------------------------------------------------ path parameters

    private Map<String, String> validPath(String route) {
        Map<String, String> path = new LinkedHashMap<>();
        if (route.contains("{patientId}")) {
            path.put("patientId", "fuzz-patient-" + random.nextInt(3));
        }
        if (route.contains("{sessionId}")) {
            path.put("sessionId", random.nextBoolean() ? "fuzz-session" : "no-such-session");
        }
        if (route.contains("{payerId}")) {
            path.put("payerId", pick(new String[] {"medicare", "sample-commercial-a", "sample-self-pay"}));
        }
        return path.isEmpty() ? null : path;
    }

    private Map<String, String> badPath(String route) {
        Map<String, String> path = validPath(route);
        if (path == null || random.nextInt(8) == 0) {
            return random.nextBoolean() ? null : new LinkedHashMap<>();
        }
        List<String> names = new ArrayList<>(path.keySet());
        String name = names.get(random.nextInt(names.size()));
        if (random.nextInt(6) == 0) {
            path.remove(name);
        } else {
            path.put(name, random.nextBoolean() ? pick(BAD_IDS) : pick(INJECTION));
        }
        return path;
    }

    // ------------------------------------------------------------------ body mutations

    /** Applies {@code change} to one randomly chosen member or element anywhere in the tree. */
    private JsonNode mutate(JsonNode root, Mutation change) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return root;
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        change.apply(slot);
        return root;
    }

    private interface Mutation {
        void apply(Slot slot);
    }

    /** A place in the tree: a member of an object or an element of an array. */
    private record Slot(JsonNode parent, String name, int index) {
        JsonNode get() {
            return parent.isObject() ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                slots.add(new Slot(node, name, -1));
                collect(node.get(name), slots);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }

    private void wrongType(Slot slot) {
        JsonNode current = slot.get();
        JsonNode replacement;
        do {
            replacement = anyValue();
        } while (replacement.getNodeType() == current.getNodeType());
        slot.set(replacement);
    }

    private JsonNode anyValue() {
        return switch (random.nextInt(11)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(200) - 100);
            case 3 -> NODES.numberNode(random.nextDouble() * 1000);
            case 4 -> NODES.textNode("");
            case 5 -> NODES.textNode(pick(INJECTION));
            case 6 -> NODES.arrayNode();
            case 7 -> NODES.arrayNode().add(1).add("L4-L5").add(NODES.nullNode());
            case 8 -> NODES.objectNode();
            case 9 -> NODES.objectNode().put("payerId", "medicare").set("levels", NODES.arrayNode().add("L4-L5"));
            default -> NODES.textNode("2026-03-02");
        };
    }

    private void hugeValue(Slot slot) {
        switch (random.nextInt(4)) {
            case 0, 1 -> slot.set(NODES.textNode(RAW + pick(RAW_NUMBERS)));
            case 2 -> slot.set(NODES.textNode("x".repeat(random.nextBoolean() ? 70 : 100_000 + random.nextInt(150_000))));
            default -> slot.set(NODES.numberNode(random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE));
        }
    }

    private void controlChars(Slot slot) {
        JsonNode current = slot.get();
        String text = current.isTextual() ? current.textValue() : current.toString();
        int at = random.nextInt(text.length() + 1);
        slot.set(NODES.textNode(text.substring(0, at) + pick(CONTROL) + text.substring(at)));
    }

    private void injection(Slot slot) {
        slot.set(NODES.textNode(random.nextBoolean() ? pick(INJECTION) : slot.get().asText() + pick(INJECTION)));
    }

    private JsonNode addUnknown(JsonNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        String name = pick(new String[] {"comparesites", "PayerId", "payerid", "patient_id", "__proto__", "constructor", "$where",
                "", " ", "\u0000", "a".repeat(10_000), "levels ", "appointmentId", "sessionId", "status", "extra", pick(INJECTION),
                "coverage.deductibleRemaining", "errors", "type"});
        if (target.has(name)) {
            name = name + "_";
        }
        target.set(name, anyValue());
        return root;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode o) {
            objects.add(o);
        }
        node.elements().forEachRemaining(child -> collectObjects(child, objects));
    }

    private JsonNode unknownEnum(JsonNode root) {
        List<Slot> enums = new ArrayList<>();
        List<Slot> all = new ArrayList<>();
        collect(root, all);
        for (Slot slot : all) {
            boolean enumMember = slot.name() != null && List.of(ENUM_FIELDS).contains(slot.name());
            boolean level = slot.name() == null && slot.get().isTextual() && slot.get().textValue().matches("[CTL]\\d+-[CTLS]\\d+");
            if (enumMember || level) {
                enums.add(slot);
            }
        }
        if (enums.isEmpty()) {
            return root;
        }
        Slot slot = enums.get(random.nextInt(enums.size()));
        String value = slot.get().asText();
        slot.set(NODES.textNode(switch (random.nextInt(9)) {
            case 0 -> value.toLowerCase(java.util.Locale.ROOT);
            case 1 -> value.charAt(0) + value.substring(1).toLowerCase(java.util.Locale.ROOT);
            case 2 -> " " + value;
            case 3 -> value + "\u0000";
            case 4 -> value.replace('O', '\u041e').replace('E', '\u0415').replace('C', '\u0421').replace('L', '\u216c');
            case 5 -> "";
            case 6 -> pick(new String[] {"HOME", "TELEHEALTH", "PRP", "BOTH", "MRI", "CANCELED", "DONE", "L6-S2", "S1-S2", "C1-C2",
                    "L5-L4", "L4L5", "L4_L5", "T13-L1", "L4-L5-S1", "l4-l5"});
            case 7 -> value + "," + value;
            default -> pick(new String[] {"OFFICE", "INJECTION", "DIAGNOSTIC", "BILATERAL", "CT", "CANCELLED", "SCHEDULED", "L4-L5"});
        }));
        return root;
    }

    private JsonNode badDate(JsonNode root) {
        List<Slot> all = new ArrayList<>();
        collect(root, all);
        List<Slot> dates = all.stream().filter(s -> "dateOfService".equals(s.name())).toList();
        if (dates.isEmpty()) {
            return root;
        }
        dates.get(random.nextInt(dates.size())).set(NODES.textNode(pick(BAD_DATES)));
        return root;
    }

    private String deepNesting(JsonNode base) {
        int depth = pick(new int[] {33, 100, 1_000, 10_000, 100_000, 400_000});
        boolean arrays = random.nextBoolean();
        StringBuilder nested = new StringBuilder(depth * 6);
        for (int i = 0; i < depth; i++) {
            nested.append(arrays ? "[" : "{\"a\":");
        }
        nested.append("1");
        for (int i = 0; i < depth; i++) {
            nested.append(arrays ? "]" : "}");
        }
        if (random.nextBoolean()) {
            return nested.toString();
        }
        return serialize(mutate(base, slot -> slot.set(NODES.textNode(RAW + nested))));
    }

    private String hugeArray(JsonNode base) {
        int size = pick(new int[] {9, 100, 5_001, 10_000, 50_000});
        StringBuilder items = new StringBuilder("[");
        String item = pick(new String[] {"\"L4-L5\"", "0", "null", "{}", "[]", "\"x\""});
        for (int i = 0; i < size; i++) {
            items.append(i == 0 ? "" : ",").append(item);
        }
        items.append("]");
        if (base.has("appointments") && random.nextBoolean()) {
            ((ObjectNode) base).put("appointments", RAW + items);
            return serialize(base);
        }
        if (base.has("levels") && random.nextBoolean()) {
            ((ObjectNode) base).put("levels", RAW + items);
            return serialize(base);
        }
        return serialize(mutate(base, slot -> slot.set(NODES.textNode(RAW + items))));
    }

    /** Well-formed, well-typed, but wrong for the domain. */
    private JsonNode semantic(String route, JsonNode root) {
        JsonNode target = route.equals("POST /forecasts") ? root.get("appointments").get(random.nextInt(2)) : root;
        if (!(target instanceof ObjectNode a) || !a.has("levels")) {
            ((ObjectNode) root).put("status", pick(new String[] {"SCHEDULED", "CANCELLED", "PERFORMED"}));
            return root;
        }
        switch (random.nextInt(14)) {
            case 0 -> a.putArray("levels").add("L4-L5").add("L4-L5");
            case 1 -> a.putArray("levels").add("C5-C6").add("L4-L5");
            case 2 -> {
                ArrayNode levels = a.putArray("levels");
                for (String l : new String[] {"T1-T2", "T2-T3", "T3-T4", "T4-T5", "T5-T6", "T6-T7", "T7-T8", "T8-T9", "T9-T10"}) {
                    levels.add(l);
                }
            }
            case 3 -> a.put("procedure", "RFA").put("purpose", "DIAGNOSTIC");
            case 4 -> a.put("procedure", "INJECTION").remove("purpose");
            case 5 -> a.put("payerId", "no-such-payer");
            case 6 -> a.putObject("coverage").put("coinsurancePercent", 101);
            case 7 -> a.putObject("coverage").put("deductibleRemaining", -1).put("copay", -0.01);
            case 8 -> a.putArray("levels").add("T12-L1").add("C7-T1");
            case 9 -> a.putArray("levels");
            case 10 -> a.put("dateOfService", random.nextBoolean() ? "1990-01-01" : "2099-12-31");
            case 11 -> {
                if (root.has("appointments")) {
                    ((ObjectNode) root.get("appointments").get(1)).put("appointmentId", "f1");
                } else {
                    a.put("guidance", "NONE").put("siteOfService", "HOPD");
                }
            }
            case 12 -> a.putObject("coverage").put("outOfPocketRemaining", 0).put("copay", 10_000_000);
            default -> a.put("locality", pick(BAD_LOCALITIES));
        }
        return root;
    }

    private String malformed(String json) {
        return switch (random.nextInt(12)) {
            case 0 -> json.substring(0, random.nextInt(json.length()));
            case 1 -> {
                int at = random.nextInt(json.length());
                yield json.substring(0, at) + pick(new String[] {"{", "}", "[", "]", ",", ":", "\"", "\\", "'", "\u0000", "/*", "//"}) + json.substring(at);
            }
            case 2 -> {
                int at = random.nextInt(json.length());
                yield json.substring(0, at) + json.substring(at + 1);
            }
            case 3 -> json + pick(new String[] {"x", "}", "{}", " {}", ",", "\u0000", "\n[]", "garbage"});
            case 4 -> json.replace('"', '\'');
            case 5 -> json.replaceFirst("\\}$", ",}");
            case 6 -> json.replaceFirst("\\{", "{\"payerId\": \"medicare\", \"payerId\": \"medicare\", ");
            case 7 -> "\ufeff" + json;
            case 8 -> json.replaceFirst(":", ": NaN, \"n\":");
            case 9 -> json.replaceFirst("\"", "\"\u0001");
            case 10 -> json.replaceFirst(":\"", java.util.regex.Matcher.quoteReplacement(":\"\\uD800\\x41\\"));
            default -> json.replaceFirst("\"(\\w+)\":", "$1:");
        };
    }

    private static String serialize(JsonNode node) {
        try {
            String text = OpenApiDocument.JSON.writeValueAsString(node);
            // Raw tokens (numbers JSON libraries would normalise, nested structures) go in unquoted.
            int at;
            while ((at = text.indexOf("\"" + RAW)) >= 0) {
                int end = at + 1 + RAW.length();
                int close = end;
                while (text.charAt(close) != '"' || text.charAt(close - 1) == '\\') {
                    close++;
                }
                String raw = OpenApiDocument.JSON.readValue(text.substring(at, close + 1), String.class).substring(RAW.length());
                text = text.substring(0, at) + raw + text.substring(close + 1);
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private int pick(int[] options) {
        return options[random.nextInt(options.length)];
    }
}
