package com.facetestimator.store;

import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.AscRateRow;
import com.facetestimator.domain.pricing.ContractFeeRow;
import com.facetestimator.domain.pricing.FeeSchedule;
import com.facetestimator.domain.pricing.GpciRow;
import com.facetestimator.domain.pricing.MueRow;
import com.facetestimator.domain.pricing.OppsRateRow;
import com.facetestimator.domain.pricing.RelativeValueRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Fee rows as fees-table items. All items of one published schedule version share the partition
 * {@code FEES#<payer>#<version>}, so one Query reads a payer's whole schedule.
 *
 * <p>Rows are stored as tables, not one item per row: an item holds the rows of one kind that
 * came from one source file ({@code ROWS#<kind>#<n>}, e.g. the 109 localities of a GPCI file),
 * as tab-separated lines under a header that names the columns, with the source cited once. A
 * whole Medicare schedule is then about a dozen items instead of some 550, which the benchmark
 * showed to be most of the cold Query's cost (README, "What moved the numbers"). Columns are
 * found by name, so a later release may add one without breaking readers.
 *
 * <p>Versions written before that layout (one item per row, sort key {@code RVU#…}, {@code GPCI#…},
 * …) are still read, so an import that merges new rows into such a version loses nothing.
 */
final class FeeRowItems {
    /** Part of every bundled version's digest, so re-publishing rewrites a version of an older layout. */
    static final String LAYOUT = "row-tables-1";
    /** Row text per item, well under DynamoDB's 400 KB item limit with its other attributes. */
    static final int MAX_ROWS_BYTES = 256 * 1024;

    static final String ROWS_PREFIX = "ROWS#";
    private static final String KIND = "kind";
    private static final String SOURCE = "source";
    private static final String COLUMNS = "columns";
    private static final String ROWS = "rows";
    private static final String COUNT = "count";

    static final List<String> RVU_COLUMNS = List.of("code", "modifier", "status", "work", "peNonFacility", "peFacility",
            "mp", "multipleProcedure", "bilateral", "conversionFactor", "from", "to");
    static final List<String> GPCI_COLUMNS = List.of("mac", "state", "locality", "localityName", "work", "pe", "mp", "from", "to");
    static final List<String> OPPS_COLUMNS = List.of("code", "statusIndicator", "apc", "paymentRate", "minimumCopayment", "from", "to");
    static final List<String> ASC_COLUMNS = List.of("code", "paymentIndicator", "discounted", "paymentWeight", "paymentRate", "from", "to");
    static final List<String> MUE_COLUMNS = List.of("code", "units", "mai", "from", "to");
    static final List<String> CONTRACT_COLUMNS = List.of("site", "component", "code", "modifier", "locality", "amount", "from", "to");

    private FeeRowItems() {}

    static String partition(String payerId, String version) {
        return "FEES#" + payerId + "#" + version;
    }

    // ---- writing ----------------------------------------------------------------------------

    static List<Map<String, AttributeValue>> items(FeeSchedule schedule, String version) {
        String pk = partition(schedule.payerId(), version);
        Tables tables = new Tables(pk);
        for (RelativeValueRow r : schedule.relativeValues()) {
            tables.add("RVU", RVU_COLUMNS, r.source(), r.code(), r.modifier(), r.statusCode(), plain(r.workRvu()),
                    plain(r.nonFacilityPeRvu()), plain(r.facilityPeRvu()), plain(r.mpRvu()),
                    Integer.toString(r.multipleProcedureIndicator()), Integer.toString(r.bilateralIndicator()),
                    plain(r.conversionFactor()), r.effectiveFrom().toString(), r.effectiveTo().toString());
        }
        for (GpciRow g : schedule.gpcis()) {
            tables.add("GPCI", GPCI_COLUMNS, g.source(), g.mac(), g.state(), g.localityNumber(), g.localityName(),
                    plain(g.workGpci()), plain(g.peGpci()), plain(g.mpGpci()), g.effectiveFrom().toString(), g.effectiveTo().toString());
        }
        for (OppsRateRow o : schedule.oppsRates()) {
            tables.add("OPPS", OPPS_COLUMNS, o.source(), o.code(), o.statusIndicator(), o.apc(), plain(o.paymentRate()),
                    plain(o.minimumUnadjustedCopayment()), o.effectiveFrom().toString(), o.effectiveTo().toString());
        }
        for (AscRateRow a : schedule.ascRates()) {
            tables.add("ASC", ASC_COLUMNS, a.source(), a.code(), a.paymentIndicator(), Boolean.toString(a.multipleProcedureDiscount()),
                    plain(a.paymentWeight()), plain(a.paymentRate()), a.effectiveFrom().toString(), a.effectiveTo().toString());
        }
        for (MueRow u : schedule.mues()) {
            tables.add("MUE", MUE_COLUMNS, u.source(), u.code(), Integer.toString(u.maximumUnits()),
                    Integer.toString(u.adjudication()), u.effectiveFrom().toString(), u.effectiveTo().toString());
        }
        for (ContractFeeRow c : schedule.contractFees()) {
            tables.add("CONTRACT", CONTRACT_COLUMNS, c.source(), c.site().name(), c.component().name(), c.code(), c.modifier(),
                    c.locality(), plain(c.amount()), c.effectiveFrom().toString(), c.effectiveTo().toString());
        }
        return tables.items();
    }

    /** The number of fee rows in items written by {@link #items}. */
    static int rows(List<Map<String, AttributeValue>> items) {
        int rows = 0;
        for (Map<String, AttributeValue> item : items) {
            rows += Integer.parseInt(item.get(COUNT).n());
        }
        return rows;
    }

    /** Row tables being filled: one open table per kind and source, cut when it reaches the byte limit. */
    private static final class Tables {
        private final String pk;
        private final Map<String, Table> open = new LinkedHashMap<>();
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<Table> done = new ArrayList<>();

        Tables(String pk) {
            this.pk = pk;
        }

        void add(String kind, List<String> columns, String source, String... values) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                String v = values[i] == null ? "" : values[i];
                if (v.indexOf('\t') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    throw new IllegalArgumentException(kind + " row: the " + columns.get(i)
                            + " value contains a tab or a line break, which a fee row cannot store");
                }
                line.append(i == 0 ? "" : "\t").append(v);
            }
            String key = kind + "\u0000" + (source == null ? "" : source);
            Table table = open.get(key);
            int bytes = line.toString().getBytes(StandardCharsets.UTF_8).length + 1;
            if (table != null && table.bytes + bytes > MAX_ROWS_BYTES) {
                done.add(table);
                table = null;
            }
            if (table == null) {
                int n = numbers.merge(kind, 1, Integer::sum);
                table = new Table(kind, n, columns, source);
                open.put(key, table);
            }
            table.rows.append(table.count == 0 ? "" : "\n").append(line);
            table.count++;
            table.bytes += bytes;
        }

        List<Map<String, AttributeValue>> items() {
            List<Table> all = new ArrayList<>(done);
            all.addAll(open.values());
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            for (Table t : all) {
                Map<String, AttributeValue> m = new HashMap<>();
                m.put(TableBootstrap.PK, AttributeValue.fromS(pk));
                m.put(TableBootstrap.SK, AttributeValue.fromS(ROWS_PREFIX + t.kind + "#" + String.format("%04d", t.number)));
                m.put(KIND, AttributeValue.fromS(t.kind));
                m.put(SOURCE, AttributeValue.fromS(t.source == null ? "" : t.source));
                m.put(COLUMNS, AttributeValue.fromS(String.join("\t", t.columns)));
                m.put(ROWS, AttributeValue.fromS(t.rows.toString()));
                m.put(COUNT, AttributeValue.fromN(Integer.toString(t.count)));
                items.add(m);
            }
            return items;
        }
    }

    private static final class Table {
        final String kind;
        final int number;
        final List<String> columns;
        final String source;
        final StringBuilder rows = new StringBuilder();
        int count;
        int bytes;

        Table(String kind, int number, List<String> columns, String source) {
            this.kind = kind;
            this.number = number;
            this.columns = columns;
            this.source = source;
        }
    }

    // ---- reading ----------------------------------------------------------------------------
    // No lambdas or streams below: this runs in every cold start, where each one costs its spin-up.

    static FeeSchedule schedule(String payerId, List<Map<String, AttributeValue>> items) {
        Rows rows = new Rows(payerId);
        for (Map<String, AttributeValue> m : items) {
            String sk = m.get(TableBootstrap.SK).s();
            if (sk.startsWith(ROWS_PREFIX)) {
                rows.addTable(m);
            } else {
                rows.addLegacyItem(sk.substring(0, sk.indexOf('#')), m);
            }
        }
        return FeeSchedule.builder(payerId).relativeValues(rows.rvus).gpcis(rows.gpcis).oppsRates(rows.opps)
                .contractFees(rows.contracts).ascRates(rows.asc).mues(rows.mues).build();
    }

    /** One row's fields by column name: from a table line, or from a legacy one-row item. */
    private interface Fields {
        String str(String name);

        default BigDecimal num(String name) {
            String v = str(name);
            return v == null || v.isEmpty() ? null : new BigDecimal(v);
        }

        default int integer(String name) {
            return Integer.parseInt(str(name));
        }

        LocalDate date(String name);
    }

    /**
     * Dates parsed once per distinct text: a schedule's rows share a handful of effective dates,
     * and parsing each of its thousand or so date fields costs the cold start about 10 ms.
     */
    private static final class Dates {
        private final Map<String, LocalDate> parsed = new HashMap<>();

        LocalDate of(String text) {
            LocalDate date = parsed.get(text);
            if (date == null) {
                date = LocalDate.parse(text);
                parsed.put(text, date);
            }
            return date;
        }
    }

    private static final class Line implements Fields {
        private final Map<String, Integer> index;
        private final Dates dates;
        private String[] values;

        Line(String columns, Dates dates) {
            this.dates = dates;
            String[] names = columns.split("\t", -1);
            index = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                index.put(names[i], i);
            }
        }

        @Override
        public String str(String name) {
            Integer i = index.get(name);
            return i == null || i >= values.length ? null : values[i];
        }

        @Override
        public LocalDate date(String name) {
            return dates.of(str(name));
        }
    }

    private static final class LegacyItem implements Fields {
        private final Map<String, AttributeValue> item;

        LegacyItem(Map<String, AttributeValue> item) {
            this.item = item;
        }

        @Override
        public String str(String name) {
            AttributeValue v = item.get(name);
            return v == null ? null : v.s() != null ? v.s() : v.n() != null ? v.n() : v.bool() != null ? v.bool().toString() : null;
        }

        @Override
        public LocalDate date(String name) {
            return LocalDate.parse(str(name));
        }
    }

    private static final class Rows {
        final String payerId;
        final List<RelativeValueRow> rvus = new ArrayList<>();
        final List<GpciRow> gpcis = new ArrayList<>();
        final List<OppsRateRow> opps = new ArrayList<>();
        final List<ContractFeeRow> contracts = new ArrayList<>();
        final List<AscRateRow> asc = new ArrayList<>();
        final List<MueRow> mues = new ArrayList<>();
        final Dates dates = new Dates();

        Rows(String payerId) {
            this.payerId = payerId;
        }

        void addTable(Map<String, AttributeValue> m) {
            String kind = m.get(KIND).s();
            String source = m.get(SOURCE).s();
            String text = m.get(ROWS).s();
            int count = Integer.parseInt(m.get(COUNT).n());
            Line line = new Line(m.get(COLUMNS).s(), dates);
            int start = 0;
            for (int i = 0; i < count; i++) {
                int end = text.indexOf('\n', start);
                if ((end < 0) != (i == count - 1)) {
                    throw new IllegalStateException(m.get(TableBootstrap.SK).s() + " does not hold the " + count + " rows it counts");
                }
                line.values = text.substring(start, end < 0 ? text.length() : end).split("\t", -1);
                add(kind, line, source);
                start = end + 1;
            }
        }

        void addLegacyItem(String kind, Map<String, AttributeValue> m) {
            add(kind, new LegacyItem(m), m.get(SOURCE).s());
        }

        private void add(String kind, Fields f, String source) {
            switch (kind) {
                case "RVU" -> rvus.add(new RelativeValueRow(f.str("code"), f.str("modifier"), f.str("status"),
                        f.num("work"), f.num("peNonFacility"), f.num("peFacility"), f.num("mp"),
                        f.integer("multipleProcedure"), f.integer("bilateral"), f.num("conversionFactor"),
                        f.date("from"), f.date("to"), source));
                case "GPCI" -> gpcis.add(new GpciRow(f.str("mac"), f.str("state"), f.str("locality"), f.str("localityName"),
                        f.num("work"), f.num("pe"), f.num("mp"), f.date("from"), f.date("to"), source));
                case "OPPS" -> opps.add(new OppsRateRow(f.str("code"), f.str("statusIndicator"), f.str("apc"),
                        f.num("paymentRate"), f.num("minimumCopayment"), f.date("from"), f.date("to"), source));
                case "CONTRACT" -> contracts.add(new ContractFeeRow(payerId, SiteOfService.valueOf(f.str("site")),
                        ClaimType.valueOf(f.str("component")), f.str("code"), f.str("modifier"), f.str("locality"),
                        f.date("from"), f.date("to"), f.num("amount"), source));
                case "ASC" -> asc.add(new AscRateRow(f.str("code"), f.str("paymentIndicator"), Boolean.parseBoolean(f.str("discounted")),
                        f.num("paymentWeight"), f.num("paymentRate"), f.date("from"), f.date("to"), source));
                case "MUE" -> mues.add(new MueRow(f.str("code"), f.integer("units"), f.integer("mai"),
                        f.date("from"), f.date("to"), source));
                default -> { } // a row kind this version does not know: written by a newer importer
            }
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
