package com.facetestimator.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.BillingConventions;
import com.facetestimator.domain.pricing.CostSharingTerms;
import com.facetestimator.domain.pricing.FeeBasis;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.domain.pricing.PayerType;
import com.facetestimator.testing.DynamoDbTestEndpoint;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynamoDbPayerDirectoryTest {
    private final DynamoDbClient dynamo = DynamoDbTestEndpoint.client();
    private TableNames tables;

    @BeforeEach
    void tables() {
        tables = DynamoDbTestEndpoint.freshTables(dynamo);
    }

    @Test
    void profilesRoundTripThroughTheFeesTable() {
        PayerProfile medicare = TestPayers.medicare();
        PayerProfile commercial = TestPayers.percentOfMedicare("sample-commercial-a", new BigDecimal("125"));
        PayerProfileWriter writer = new PayerProfileWriter(dynamo, tables.fees());
        writer.put(medicare);
        writer.put(commercial);

        var directory = new DynamoDbPayerDirectory(dynamo, tables.fees(), Duration.ofMinutes(5));

        assertThat(directory.all()).containsExactly(medicare, commercial);
        assertThat(directory.find("sample-commercial-a")).contains(commercial);
        assertThat(directory.find("nobody")).isEmpty();
    }

    @Test
    void cachedProfilesAreReloadedOnlyAfterTheTtl() {
        AtomicLong clock = new AtomicLong();
        var directory = new DynamoDbPayerDirectory(dynamo, tables.fees(), Duration.ofSeconds(10), clock::get);
        assertThat(directory.all()).isEmpty();

        new PayerProfileWriter(dynamo, tables.fees()).put(TestPayers.medicare());
        clock.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(directory.all()).as("still within the TTL").isEmpty();

        clock.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(directory.all()).extracting(PayerProfile::payerId).containsExactly("medicare");
    }

    /** Profiles for store tests; the bundled ones are tested with the reference data. */
    static final class TestPayers {
        static PayerProfile medicare() {
            return new PayerProfile("medicare", "Medicare (Original, Part B)", PayerType.MEDICARE, false,
                    new BillingConventions(BilateralStyle.MODIFIER_50_ONE_UNIT, BilateralStyle.RT_LT_LINES, "MEDICARE-FACET-LCD"),
                    "MEDICARE-FACET-LCD", new FeeBasis.OwnSchedule(),
                    List.of(new CostSharingTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                            new BigDecimal("283"), new BigDecimal("20"), null, new BigDecimal("1736"), "CMS 2026 Part B")),
                    null);
        }

        static PayerProfile percentOfMedicare(String id, BigDecimal percent) {
            return new PayerProfile(id, "Sample commercial " + percent + "%", PayerType.COMMERCIAL, true,
                    new BillingConventions(BilateralStyle.MODIFIER_50_TWO_UNITS, BilateralStyle.MODIFIER_50_ONE_UNIT, null),
                    null, new FeeBasis.PercentOf("medicare", percent), List.of(), "sample");
        }
    }
}
