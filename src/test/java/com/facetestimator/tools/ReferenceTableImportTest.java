package com.facetestimator.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.testing.CmsFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ZIP5 and wage-index importers: the bundled tables are their output, and a bad file writes nothing. */
class ReferenceTableImportTest {
    private static final Path BUNDLED = Path.of("src/main/resources/reference");
    private static final String WAGE_SOURCE = "CMS CY2026 ASC wage index by CBSA (derived copy: an open-source ASC pricer's data)";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return FeeImport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theBundledLocalityAndZipTablesAreWhatTheImporterWritesFromTheCmsFiles() throws IOException {
        Path out = dir.resolve("reference");
        assertThat(run("zip5", CmsFiles.ZIP5.toString(), "--gpci", CmsFiles.GPCI_2026.toString(), "--write", out.toString()))
                .as(errors()).isZero();
        for (String file : List.of(ReferenceTableImport.LOCALITIES_FILE, ReferenceTableImport.ZIP_CODES_FILE)) {
            assertThat(Files.readString(out.resolve(file))).as(file).isEqualTo(Files.readString(BUNDLED.resolve(file)));
        }
        assertThat(errors()).contains("42956 ZIP codes");
    }

    @Test
    void theBundledWageIndexIsTheFileAsImported() throws IOException {
        Path out = dir.resolve("reference");
        assertThat(run("wage-index", CmsFiles.WAGE_INDEX_2026.toString(), "--source", WAGE_SOURCE, "--write", out.toString()))
                .as(errors()).isZero();
        assertThat(Files.readAllBytes(out.resolve("cms/ASC_WageIndex_2026.csv"))).isEqualTo(Files.readAllBytes(CmsFiles.WAGE_INDEX_2026));
        assertThat(Files.readString(out.resolve("wage-index-files.tsv"))).isEqualTo(Files.readString(BUNDLED.resolve("wage-index-files.tsv")));

        // A later year joins the manifest beside the bundled one, with no code change.
        Path cy2027 = dir.resolve("wi2027.csv");
        Files.writeString(cy2027, "CBSA,CBSA Name,WI27\n35614,\"New York, NY\",1.3000\n");
        assertThat(run("wage-index", cy2027.toString(), "--source", "synthetic CY2027", "--write", out.toString())).isZero();
        assertThat(Files.readAllLines(out.resolve("wage-index-files.tsv"))).hasSize(2)
                .anyMatch(l -> l.startsWith("reference/cms/ASC_WageIndex_2027.csv\t2027\t"));
    }

    @Test
    void aBadZip5LineIsRefusedWithItsNumberAndNothingIsWritten() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(CmsFiles.ZIP5, StandardCharsets.ISO_8859_1));
        List<String> brokenZip = new ArrayList<>(lines);
        brokenZip.set(999, brokenZip.get(999).replaceFirst("\t\\d{5}\t", "\t123\t"));
        assertRefused(brokenZip, "line 1000: ZIP CODE '123' is not 5 digits");

        List<String> unknownLocality = new ArrayList<>(lines);
        String[] cells = unknownLocality.get(20).split("\t", -1);
        cells[3] = "77";
        unknownLocality.set(20, String.join("\t", cells));
        assertRefused(unknownLocality, "line 21: locality " + cells[2] + "-77");

        List<String> repeated = new ArrayList<>(lines);
        repeated.set(30, repeated.get(29));
        assertRefused(repeated, "line 31: a second row for ZIP code");

        List<String> badFlag = new ArrayList<>(lines);
        String[] flagCells = badFlag.get(40).split("\t", -1);
        flagCells[7] = "Y";
        badFlag.set(40, String.join("\t", flagCells));
        assertRefused(badFlag, "line 41: PLUS 4 FLAG 'Y'");
    }

    private void assertRefused(List<String> lines, String message) throws IOException {
        Path file = dir.resolve("bad-zip5.tsv");
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
        Path target = dir.resolve("target-" + message.hashCode());
        err.reset();
        assertThat(run("zip5", file.toString(), "--gpci", CmsFiles.GPCI_2026.toString(), "--write", target.toString())).isEqualTo(1);
        assertThat(errors()).contains("bad-zip5.tsv: " + message);
        assertThat(Files.exists(target)).as("nothing written").isFalse();
    }

    @Test
    void aBadWageIndexLineIsRefusedWithItsNumberAndNothingIsWritten() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(CmsFiles.WAGE_INDEX_2026, StandardCharsets.ISO_8859_1));
        lines.set(99, lines.get(99).replaceFirst(",[0-9.]+$", ",high"));
        Path file = dir.resolve("bad-wi.csv");
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
        Path target = dir.resolve("reference");
        Files.createDirectories(target);
        assertThat(run("wage-index", file.toString(), "--source", "x", "--write", target.toString())).isEqualTo(1);
        assertThat(errors()).contains("bad-wi.csv: line 100: wage index 'high' is not a number");
        try (Stream<Path> written = Files.list(target)) {
            assertThat(written).as("nothing written").isEmpty();
        }
    }

    @Test
    void aDryRunPrintsTheRowsAndHelpListsBothImporters() {
        assertThat(run("zip5", CmsFiles.ZIP5.toString(), "--gpci", CmsFiles.GPCI_2026.toString())).isZero();
        String[] rows = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(rows).hasSize(1 + 42_956);
        assertThat(rows).contains("10016\tNY\t13202-01\tfalse");
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("zip5").contains("wage-index");
        assertThat(run("zip5", CmsFiles.ZIP5.toString())).as("--gpci is required").isEqualTo(2);
    }
}
