package com.facetestimator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.AscRateRow;
import com.facetestimator.domain.pricing.ContractFeeRow;
import com.facetestimator.domain.pricing.FeeSchedule;
import com.facetestimator.domain.pricing.GpciRow;
import com.facetestimator.domain.pricing.MueRow;
import com.facetestimator.domain.pricing.OppsRateRow;
import com.facetestimator.domain.pricing.RelativeValueRow;
import com.facetestimator.testing.DynamoDbTestEndpoint;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbFeeSchedulesTest {
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private final AtomicInteger requests = new AtomicInteger();
    private final DynamoDbClient dynamo = DynamoDbClientsForTest.counting(requests);
    private TableNames tables;

    @BeforeEach
    void setUp() {
        tables = DynamoDbTestEndpoint.freshTables(dynamo);
        new PayerProfileWriter(dynamo, tables.fees()).put(DynamoDbPayerDirectoryTest.TestPayers.medicare());
    }

    @Test
    void everyRowKindRoundTripsThroughOnePublishedVersion() {
        FeeSchedule schedule = schedule("190.39");
        int written = new FeeSchedulePublisher(dynamo, tables.fees(), line -> { }).publish(schedule, "v1");
        assertThat(written).isEqualTo(7);

        FeeSchedule read = source(new AtomicLong()).scheduleFor("medicare").orElseThrow();

        assertThat(read.relativeValues()).containsExactlyElementsOf(schedule.relativeValues());
        assertThat(read.gpcis()).containsExactlyElementsOf(schedule.gpcis());
        assertThat(read.oppsRates()).containsExactlyElementsOf(schedule.oppsRates());
        assertThat(read.contractFees()).containsExactlyElementsOf(schedule.contractFees());
        assertThat(read.ascRates()).containsExactlyInAnyOrderElementsOf(schedule.ascRates());
        assertThat(read.mues()).containsExactlyElementsOf(schedule.mues());
    }

    @Test
    void warmReadsCostNothingAndANewVersionIsSeenAfterTheTtl() {
        FeeSchedulePublisher publisher = new FeeSchedulePublisher(dynamo, tables.fees(), line -> { });
        publisher.publish(schedule("100.00"), "v1");
        AtomicLong clock = new AtomicLong();
        var source = source(clock);
        assertThat(amount(source.scheduleFor("medicare").orElseThrow())).isEqualByComparingTo("100.00");

        requests.set(0);
        for (int i = 0; i < 50; i++) {
            source.scheduleFor("medicare");
        }
        assertThat(requests).as("cached in the container").hasValue(0);

        publisher.publish(schedule("200.00"), "v2");
        assertThat(amount(source.scheduleFor("medicare").orElseThrow())).as("within the TTL").isEqualByComparingTo("100.00");
        clock.addAndGet(Duration.ofMinutes(6).toNanos());
        assertThat(amount(source.scheduleFor("medicare").orElseThrow())).isEqualByComparingTo("200.00");
    }

    @Test
    void aPayerWithoutPublishedFeesHasNoSchedule() {
        assertThat(source(new AtomicLong()).scheduleFor("medicare")).isEmpty();
        assertThat(source(new AtomicLong()).scheduleFor("nobody")).isEmpty();
    }

    @Test
    void feesOfAnUnknownPayerAreRefusedAndNotMadeCurrent() {
        FeeSchedule orphan = FeeSchedule.builder("nobody").contractFees(List.of()).build();
        assertThatThrownBy(() -> new FeeSchedulePublisher(dynamo, tables.fees(), line -> { }).publish(orphan, "v1"))
                .hasMessageContaining("must be loaded before its fees");
    }

    @Test
    void rowsAreStoredAsOneTablePerKindAndSourceAndCutBeforeTheItemLimit() {
        List<GpciRow> localities = new ArrayList<>();
        for (int i = 0; i < 3000; i++) { // far more than one item may hold
            localities.add(new GpciRow("01182", "CA", String.format("%04d", i), "LOCALITY NUMBER " + i + " WITH A LONG NAME, CA " + "X".repeat(100),
                    new BigDecimal("1.041"), new BigDecimal("1.183"), new BigDecimal("0.664"), FROM, TO, "GPCI file " + (i < 2000 ? "A" : "B")));
        }
        FeeSchedule big = FeeSchedule.builder("medicare").gpcis(localities).build();

        List<Map<String, AttributeValue>> items = FeeRowItems.items(big, "v1");

        assertThat(items).allSatisfy(item -> assertThat(item.get("rows").s().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(FeeRowItems.MAX_ROWS_BYTES));
        assertThat(items).extracting(item -> item.get("source").s()).containsOnly("GPCI file A", "GPCI file B");
        assertThat(items.size()).as("2,000 long rows need more than one item").isGreaterThan(2);
        assertThat(FeeRowItems.rows(items)).isEqualTo(3000);

        assertThat(new FeeSchedulePublisher(dynamo, tables.fees(), line -> { }).publish(big, "v1")).isEqualTo(3000);
        assertThat(source(new AtomicLong()).scheduleFor("medicare").orElseThrow().gpcis()).containsExactlyElementsOf(localities);
    }

    @Test
    void aValueWithATabOrLineBreakIsRefusedAndNothingIsPublished() {
        FeeSchedule bad = FeeSchedule.builder("medicare").gpcis(List.of(new GpciRow("01182", "CA", "18", "LOS\tANGELES",
                new BigDecimal("1.041"), new BigDecimal("1.183"), new BigDecimal("0.664"), FROM, TO, "src"))).build();
        requests.set(0);
        assertThatThrownBy(() -> new FeeSchedulePublisher(dynamo, tables.fees(), line -> { }).publish(bad, "v1"))
                .hasMessageContaining("localityName value contains a tab or a line break");
        assertThat(requests).as("refused before any write").hasValue(0);
        assertThat(source(new AtomicLong()).scheduleFor("medicare")).isEmpty();
    }

    @Test
    void columnsAreFoundByNameSoAReleaseMayReorderOrAddThem() {
        put(Map.of(TableBootstrap.PK, AttributeValue.fromS(FeeRowItems.partition("medicare", "v1")),
                TableBootstrap.SK, AttributeValue.fromS("ROWS#MUE#0001"),
                "kind", AttributeValue.fromS("MUE"), "source", AttributeValue.fromS("MUE file"),
                "columns", AttributeValue.fromS("to\tnewColumn\tcode\tmai\tunits\tfrom"),
                "rows", AttributeValue.fromS("2026-12-31\tx\t64634\t3\t4\t2026-10-01\n2026-12-31\t\t64635\t2\t2\t2026-10-01"),
                "count", AttributeValue.fromN("2")));
        pointMedicareAt("v1");

        assertThat(source(new AtomicLong()).scheduleFor("medicare").orElseThrow().mues()).containsExactly(
                new MueRow("64634", 4, 3, LocalDate.of(2026, 10, 1), TO, "MUE file"),
                new MueRow("64635", 2, 2, LocalDate.of(2026, 10, 1), TO, "MUE file"));
    }

    @Test
    void aVersionWrittenOneItemPerRowByAnEarlierReleaseIsStillRead() {
        put(legacyRow("GPCI#01182-18#2026-02-01", "2026-02-01", Map.of("mac", AttributeValue.fromS("01182"),
                "state", AttributeValue.fromS("CA"), "locality", AttributeValue.fromS("18"),
                "localityName", AttributeValue.fromS("LOS ANGELES"), "work", AttributeValue.fromN("1.041"),
                "pe", AttributeValue.fromN("1.183"), "mp", AttributeValue.fromN("0.664"))));
        put(legacyRow("ASC#64494#2026-01-01", "2026-01-01", Map.of("code", AttributeValue.fromS("64494"),
                "paymentIndicator", AttributeValue.fromS("N1"), "discounted", AttributeValue.fromBool(false))));
        pointMedicareAt("old");

        FeeSchedule read = source(new AtomicLong()).scheduleFor("medicare").orElseThrow();
        assertThat(read.gpcis()).containsExactly(new GpciRow("01182", "CA", "18", "LOS ANGELES", new BigDecimal("1.041"),
                new BigDecimal("1.183"), new BigDecimal("0.664"), LocalDate.of(2026, 2, 1), TO, "old src"));
        assertThat(read.ascRates()).containsExactly(new AscRateRow("64494", "N1", false, null, null, FROM, TO, "old src"));
    }

    /** One row as the previous release wrote it: an item of its own, fields as typed attributes. */
    private static Map<String, AttributeValue> legacyRow(String sk, String from, Map<String, AttributeValue> fields) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(fields);
        item.put(TableBootstrap.PK, AttributeValue.fromS(FeeRowItems.partition("medicare", "old")));
        item.put(TableBootstrap.SK, AttributeValue.fromS(sk));
        item.put("from", AttributeValue.fromS(from));
        item.put("to", AttributeValue.fromS("2026-12-31"));
        item.put("source", AttributeValue.fromS("old src"));
        return item;
    }

    private void put(Map<String, AttributeValue> item) {
        dynamo.putItem(b -> b.tableName(tables.fees()).item(item));
    }

    /** What the publisher does last: the payer's profile names the version. */
    private void pointMedicareAt(String version) {
        dynamo.updateItem(b -> b.tableName(tables.fees())
                .key(Map.of(TableBootstrap.PK, AttributeValue.fromS(PayerProfileItem.PARTITION), TableBootstrap.SK, AttributeValue.fromS("medicare")))
                .updateExpression("SET #v = :v")
                .expressionAttributeNames(Map.of("#v", PayerProfileItem.FEE_VERSION))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(version))));
    }

    private DynamoDbFeeSchedules source(AtomicLong clock) {
        var payers = new DynamoDbPayerDirectory(dynamo, tables.fees(), Duration.ofMinutes(5), clock::get);
        return new DynamoDbFeeSchedules(dynamo, tables.fees(), payers, Duration.ofMinutes(5), clock::get);
    }

    private static BigDecimal amount(FeeSchedule s) {
        return s.contractFees().get(0).amount();
    }

    private static FeeSchedule schedule(String contractAmount) {
        String src = "test source";
        return FeeSchedule.builder("medicare")
                .relativeValues(List.of(new RelativeValueRow("64493", "", "A", new BigDecimal("1.48"), new BigDecimal("4.08"),
                        new BigDecimal("0.82"), new BigDecimal("0.14"), 2, 1, new BigDecimal("33.4009"), FROM, TO, src)))
                .gpcis(List.of(new GpciRow("01182", "CA", "18", "LOS ANGELES", new BigDecimal("1.041"), new BigDecimal("1.183"),
                        new BigDecimal("0.664"), LocalDate.of(2026, 2, 1), TO, src)))
                .oppsRates(new ArrayList<>(List.of(new OppsRateRow("64494", "N", "", null, null, FROM, TO, src))))
                .contractFees(List.of(new ContractFeeRow("medicare", SiteOfService.OFFICE, ClaimType.PROFESSIONAL, "64493", "", "",
                        FROM, TO, new BigDecimal(contractAmount), src)))
                .ascRates(List.of(new AscRateRow("64493", "G2", true, new BigDecimal("8.6202"), new BigDecimal("485.51"), FROM, TO, src),
                        new AscRateRow("64494", "N1", false, null, null, FROM, TO, src)))
                .mues(List.of(new MueRow("64634", 4, 3, LocalDate.of(2026, 10, 1), TO, src)))
                .build();
    }

    /** A client on the test endpoint that counts the requests it sends. */
    static final class DynamoDbClientsForTest {
        static DynamoDbClient counting(AtomicInteger counter) {
            ExecutionInterceptor counting = new ExecutionInterceptor() {
                @Override
                public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                    counter.incrementAndGet();
                }
            };
            return DynamoDbClients.create(DynamoDbTestEndpoint.endpoint(), List.of(counting));
        }
    }
}
