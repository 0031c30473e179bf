package com.facetestimator.tools.cms;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.tools.FeeImport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeeImportTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return FeeImport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path copy(String fixture, InputStream content) throws IOException {
        Path file = dir.resolve(fixture);
        Files.copy(content, file);
        return file;
    }

    @Test
    void printsTheRowsOfAGpciFileSplitAtTheFloor() throws IOException {
        Path file = copy(Fixtures.GPCI_2026, Fixtures.open(Fixtures.GPCI_2026));
        int status = run("gpci", file.toString(), "--year", "2026", "--source", "CY2026 Addendum E", "--floor-through", "2026-01-31");
        assertThat(status).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo("mac\tstate\tlocalityNumber\tlocalityName\tworkGpci\tpeGpci\tmpGpci\teffectiveFrom\teffectiveTo\tsource");
        assertThat(lines).hasSize(13);
        assertThat(lines[1]).startsWith("10112\tAL\t00\tALABAMA\t1.000\t0.875\t0.566\t2026-01-01\t2026-01-31\t");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("12 rows");
    }

    @Test
    void aMalformedFileExitsOneNamingTheLineAndPrintsNoRows() throws IOException {
        Path file = copy("bad.csv", Fixtures.withLineEdited(Fixtures.RVU_2026, 22, "64493,,,A,,1.48,", "64493,,,A,,x,"));
        int status = run("pfs", file.toString(), "--year", "2026", "--source", "RVU26A");
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.csv: line 22: work RVU 'x' is not a number");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        Path file = copy(Fixtures.OPPS_2025, Fixtures.open(Fixtures.OPPS_2025));
        assertThat(run("opps", file.toString(), "--source", "B")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("give --year, or --from and --to");
        assertThat(run("opps", file.toString(), "--year", "2025")).isEqualTo(2);
        assertThat(run("nonsense", file.toString())).isEqualTo(2);
        assertThat(run("opps", dir.resolve("missing.txt").toString(), "--year", "2025", "--source", "B")).isEqualTo(2);
        assertThat(run("opps", file.toString(), "--from", "2025-01-01", "--to", "2025-12-31", "--source", "B")).isZero();
    }

    @Test
    void helpListsTheFacilityFileTypes() {
        assertThat(run("--help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("FeeImport asc ").contains("ASC Addendum AA").contains("FeeImport mue ")
                .contains("FeeImport opps ").contains("FeeImport pfs ").contains("FeeImport gpci ");
    }

    @Test
    void anAscFileIsPrintedAsRowsOnADryRun() throws IOException {
        Path file = copy(Fixtures.ASC_2026_JANUARY, Fixtures.open(Fixtures.ASC_2026_JANUARY));
        assertThat(run("asc", file.toString(), "--year", "2026", "--source", "CMS ASC Addendum AA, January 2026")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("64493\tG2\ttrue\t8.6202\t485.51\t2026-01-01\t2026-12-31");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("16 rows");
    }
}
