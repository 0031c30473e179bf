package com.facetestimator.tools;

import com.facetestimator.domain.pricing.FeeSchedule;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.store.DynamoDbFacilityDirectory;
import com.facetestimator.store.DynamoDbPayerDirectory;
import com.facetestimator.store.FeeSchedulePublisher;
import com.facetestimator.store.PayerProfileWriter;
import com.facetestimator.store.TableNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Publishes the bundled reference data (payer profiles and their fee schedules) into the
 * tables. Idempotent: a schedule's version is a digest of its rows, so publishing the same
 * data again writes no fee rows and a restart with {@code --data} finds everything in place.
 */
public final class ReferenceDataPublisher {
    private final DynamoDbClient dynamo;
    private final TableNames tables;
    private final Consumer<String> progress;

    public record Summary(int payers, int facilities, int schedulesPublished, int schedulesUnchanged, int feeRowsWritten) {
        @Override
        public String toString() {
            return payers + " payers, " + facilities + " facilities; " + schedulesPublished + " fee schedules published (" + feeRowsWritten + " rows), "
                    + schedulesUnchanged + " already current";
        }
    }

    public ReferenceDataPublisher(DynamoDbClient dynamo, TableNames tables, Consumer<String> progress) {
        this.dynamo = dynamo;
        this.tables = tables;
        this.progress = progress;
    }

    public Summary publishBundled() {
        return publish(BundledReferenceData.load());
    }

    public Summary publish(BundledReferenceData data) {
        PayerProfileWriter writer = new PayerProfileWriter(dynamo, tables.fees());
        for (PayerProfile payer : data.payers()) {
            writer.put(payer);
        }
        var facilities = new DynamoDbFacilityDirectory(dynamo, tables.fees(), Duration.ZERO);
        data.facilities().forEach(facilities::put);
        var current = new DynamoDbPayerDirectory(dynamo, tables.fees(), Duration.ZERO);
        FeeSchedulePublisher publisher = new FeeSchedulePublisher(dynamo, tables.fees(), progress);
        int published = 0;
        int unchanged = 0;
        int rows = 0;
        for (Map.Entry<String, FeeSchedule> entry : data.schedules().entrySet()) {
            String version = "bundled-" + digest(entry.getValue());
            if (current.feeVersion(entry.getKey()).filter(version::equals).isPresent()) {
                unchanged++;
                continue;
            }
            rows += publisher.publish(entry.getValue(), version);
            published++;
        }
        return new Summary(data.payers().size(), data.facilities().size(), published, unchanged, rows);
    }

    /** A short digest of every row, so a changed bundle gets a new version and an unchanged one none. */
    static String digest(FeeSchedule schedule) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FeeSchedulePublisher.ITEM_LAYOUT.getBytes(StandardCharsets.UTF_8));
            for (List<?> rows : List.of(schedule.relativeValues(), schedule.gpcis(), schedule.oppsRates(),
                    schedule.contractFees(), schedule.ascRates(), schedule.mues())) {
                for (Object row : rows) {
                    sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
