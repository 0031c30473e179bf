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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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
