package com.facetestimator.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.store.DynamoDbFeeSchedules;
import com.facetestimator.store.DynamoDbPayerDirectory;
import com.facetestimator.store.TableNames;
import com.facetestimator.testing.DynamoDbTestEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The importer script's publishing path against a real endpoint. */
class FeeImportPublishTest {
    private static final Path RVU_2026 = Path.of("src/test/resources/fixtures/cms/PPRRVU2026_Jan_nonQPP_excerpt.csv");

    private final DynamoDbClient dynamo = DynamoDbTestEndpoint.client();
    private TableNames tables;

    @BeforeEach
    void bundledDataPublished() {
        tables = ImporterTables.use(dynamo);
        assertThat(run("bundled").status).isZero();
    }

    @AfterEach
    void clearProperties() {
        ImporterTables.release();
    }

    @Test
    void bundledDataIsPublishedOnceAndRepublishingChangesNothing() {
        Result again = run("bundled");
        assertThat(again.status).isZero();
        assertThat(again.err).contains("0 fee schedules published").contains("already current");
    }

    @Test
    void aNewYearIsAddedBesideTheExistingOnes() {
        Result result = run("pfs", RVU_2026.toString(), "--year", "2027", "--source", "test: RVU26A rows as 2027", "--publish", "medicare");
        assertThat(result.status).as(result.err).isZero();
        assertThat(result.err).contains("published as version import-");

        var schedule = schedules().scheduleFor("medicare").orElseThrow();
        assertThat(schedule.relativeValue("64493", "", LocalDate.of(2027, 3, 1))).get()
                .extracting(r -> r.source()).isEqualTo("test: RVU26A rows as 2027");
        assertThat(schedule.relativeValue("64493", "", LocalDate.of(2026, 3, 1))).get()
                .extracting(r -> r.source()).asString().contains("RVU26A");
        assertThat(schedule.relativeValue("64493", "", LocalDate.of(2025, 3, 1))).isPresent();
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndNothingIsPublished(@TempDir Path dir) throws Exception {
        String before = new DynamoDbPayerDirectory(dynamo, tables.fees(), Duration.ZERO).feeVersion("medicare").orElseThrow();
        Path broken = dir.resolve("broken.csv");
        String text = Files.readString(RVU_2026, StandardCharsets.ISO_8859_1).replace("64493,,,A,,1.48", "64493,,,A,,x.48");
        Files.writeString(broken, text, StandardCharsets.ISO_8859_1);

        Result result = run("pfs", broken.toString(), "--year", "2027", "--source", "broken", "--publish", "medicare");

        assertThat(result.status).isEqualTo(1);
        assertThat(result.err).containsPattern("line \\d+");
        assertThat(new DynamoDbPayerDirectory(dynamo, tables.fees(), Duration.ZERO).feeVersion("medicare")).contains(before);
    }

    private DynamoDbFeeSchedules schedules() {
        var payers = new DynamoDbPayerDirectory(dynamo, tables.fees(), Duration.ZERO);
        return new DynamoDbFeeSchedules(dynamo, tables.fees(), payers, Duration.ZERO);
    }

    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = FeeImport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
