package com.facetestimator.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.Claim;
import com.facetestimator.domain.coding.ClaimLine;
import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.ClaimPricer;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.domain.pricing.PricedLine;
import com.facetestimator.domain.pricing.PricingRequest;
import com.facetestimator.domain.pricing.PricingResult;
import com.facetestimator.store.DynamoDbFeeSchedules;
import com.facetestimator.store.DynamoDbPayerDirectory;
import com.facetestimator.store.TableNames;
import com.facetestimator.testing.DynamoDbTestEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The year ahead, through the published tables on the emulator: a 2027 date is priced with the
 * latest loaded (CY2026) data, provisional, never at 0; and once a later year's files are imported
 * with the importers, they take over for their dates with no code change. The later year here is a
 * synthetic fixture this test makes from the bundled CY2026 files; the product ships no 2027 data.
 */
class LaterYearImportTest {
    private static final LocalDate JAN_2027 = LocalDate.of(2027, 1, 15);
    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 2);

    private final DynamoDbClient dynamo = DynamoDbTestEndpoint.client();
    private TableNames tables;

    @BeforeEach
    void bundledDataPublished() {
        tables = ImporterTables.use(dynamo);
        assertThat(run("bundled")).isZero();
    }

    @AfterEach
    void clearProperties() {
        ImporterTables.release();
    }

    @Test
    void aDateAfterTheLastLoadedYearIsPricedWithItProvisionally() {
        PricingResult march = office(MARCH_2026, "10112-00");
        PricingResult january = office(JAN_2027, "10112-00");

        assertThat(january.allowed()).isPositive().isEqualTo(march.allowed());
        assertThat(amounts(january)).isEqualTo(amounts(march));
        assertThat(january.provisional()).isTrue();
        assertThat(march.provisional()).isFalse();
        assertThat(carried(january)).containsExactlyInAnyOrder(
                "CY2026 PFS relative values (CMS PFS RVU26A (released 2025-12-29)) used for 2027-01-15:"
                        + " no CY2027 PFS relative values loaded; the figures are provisional",
                "CY2026 PFS GPCIs (CMS CY2026 PFS final rule Addendum E (GPCIs) (work GPCI without the 1.0 floor, from 2026-02-01))"
                        + " used for 2027-01-15: no CY2027 PFS GPCIs loaded; the figures are provisional",
                "CY2026 cost-sharing terms of Original Medicare (Part B) (" + medicare().costSharingOn(MARCH_2026).orElseThrow().citation()
                        + ") used for 2027-01-15: no CY2027 terms are loaded; the figures are provisional");
        // Not 0% coinsurance because the year turned: the CY2026 deductible and 20% are carried.
        assertThat(january.patientPays()).isEqualTo(march.patientPays()).isPositive();
        // The January 2026 work-GPCI floor is not carried: 2027 uses the no-floor GPCI, as March 2026 does.
        assertThat(office(LocalDate.of(2026, 1, 15), "10112-00").allowed()).isGreaterThan(january.allowed());
    }

    @Test
    void facilityFeesAreCarriedForwardToo() {
        PricingResult asc = ascFacility(JAN_2027);
        assertThat(asc.allowed()).isEqualTo(ascFacility(MARCH_2026).allowed()).isPositive();
        assertThat(asc.provisional()).isTrue();
        assertThat(carried(asc)).anyMatch(m -> m.startsWith("CY2026 ASC Addendum AA rates (CMS ASC Addendum AA, January 2026"
                + " release (20260101)) used for 2027-01-15: no CY2027 ASC Addendum AA rates loaded"));
    }

    @Test
    void importedLaterYearFilesTakeOverForTheirDates(@TempDir Path dir) throws IOException {
        // Synthetic CY2027 files in the CMS layouts: the RVU26A rows with another conversion factor, and
        // the January 2026 Addendum AA with its columns renamed for January 2027 and another 64493 rate.
        Path rvu = dir.resolve("PPRRVU2027_synthetic.csv");
        Files.writeString(rvu, bundled("reference/cms/PPRRVU2026_Jan_nonQPP_excerpt.csv").replace("33.4009", "34.5000"),
                StandardCharsets.ISO_8859_1);
        Path aa = dir.resolve("ASC_AddendumAA_20270101_synthetic.csv");
        Files.writeString(aa, bundled("reference/cms/ASC_AddendumAA_20260101_excerpt.csv")
                .replace("January 2026", "January 2027").replace("64493,,Y,G2,8.6202,$485.51", "64493,,Y,G2,8.9000,$500.00"),
                StandardCharsets.ISO_8859_1);
        assertThat(run("pfs", rvu.toString(), "--year", "2027", "--source", "synthetic CY2027 RVU test fixture", "--publish", "medicare")).isZero();
        assertThat(run("asc", aa.toString(), "--year", "2027", "--source", "synthetic CY2027 Addendum AA test fixture",
                "--publish", "medicare")).isZero();

        PricingResult office = office(JAN_2027, null);
        // 64493 non-facility 5.70 RVU x 34.5000 = 196.65, -50 x 150% = 294.98 (294.975 rounded half-up)
        assertThat(amounts(office).get(0)).isEqualByComparingTo("294.98");
        assertThat(office.sources()).contains("synthetic CY2027 RVU test fixture, national");
        assertThat(ascFacility(JAN_2027).claims().get(0).lines().get(0).allowed()).isEqualByComparingTo("500.00");
        // Only the cost-sharing terms are still carried (no CY2027 deductible is loaded).
        assertThat(carried(office)).singleElement().asString().startsWith("CY2026 cost-sharing terms");
        // Earlier dates keep their own year's data.
        assertThat(office(MARCH_2026, null).claims().get(0).lines().get(0).allowed()).isEqualByComparingTo("285.59");
        assertThat(ascFacility(MARCH_2026).claims().get(0).lines().get(0).allowed()).isEqualByComparingTo("485.51");
    }

    @Test
    void aQuarterlyAscReleaseReplacesTheRowsFromItsFirstDayOnly(@TempDir Path dir) throws IOException {
        Path april = dir.resolve("ASC_AddendumAA_20260401_synthetic.csv");
        Files.writeString(april, bundled("reference/cms/ASC_AddendumAA_20260101_excerpt.csv")
                .replace("January 2026", "April 2026").replace("64493,,Y,G2,8.6202,$485.51", "64493,,Y,G2,8.7000,$490.00"),
                StandardCharsets.ISO_8859_1);
        assertThat(run("asc", april.toString(), "--from", "2026-04-01", "--to", "2026-12-31",
                "--source", "synthetic April 2026 Addendum AA test fixture", "--publish", "medicare")).isZero();
        assertThat(ascFacility(LocalDate.of(2026, 3, 31)).claims().get(0).lines().get(0).allowed()).isEqualByComparingTo("485.51");
        assertThat(ascFacility(LocalDate.of(2026, 4, 1)).claims().get(0).lines().get(0).allowed()).isEqualByComparingTo("490.00");
    }

    @Test
    void aMalformedAddendumAaIsRefusedWithItsLineAndNothingIsPublished(@TempDir Path dir) throws IOException {
        String before = payers().feeVersion("medicare").orElseThrow();
        Path broken = dir.resolve("broken.csv");
        String text = bundled("reference/cms/ASC_AddendumAA_20260101_excerpt.csv").replace("64493,,Y,G2,8.6202,$485.51", "64493,,Y,G2,8.6202,$48x.51");
        Files.writeString(broken, text, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = FeeImport.run(new String[] {"asc", broken.toString(), "--year", "2027", "--source", "broken", "--publish", "medicare"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        // 64493 is line 15: a title over two lines, a notice, a blank row, the header, 0213T..0218T, 64490..64492.
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 15: payment rate '$48x.51' is not an amount");
        assertThat(payers().feeVersion("medicare")).contains(before);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private DynamoDbPayerDirectory payers() {
        return new DynamoDbPayerDirectory(dynamo, tables.fees(), Duration.ZERO);
    }

    private PayerProfile medicare() {
        return payers().find("medicare").orElseThrow();
    }

    private PricingResult price(SiteOfService site, LocalDate date, String locality, Claim claim) {
        ClaimPricer pricer = new ClaimPricer(new DynamoDbFeeSchedules(dynamo, tables.fees(), payers(), Duration.ZERO));
        return pricer.price(new PricingRequest(medicare(), List.of(claim), site, date, locality, null, false, false));
    }

    private PricingResult office(LocalDate date, String locality) {
        return price(SiteOfService.OFFICE, date, locality, new Claim(ClaimType.PROFESSIONAL,
                List.of(line("64493", false, "50"), line("64494", true, "50"))));
    }

    private PricingResult ascFacility(LocalDate date) {
        return price(SiteOfService.ASC, date, null, new Claim(ClaimType.FACILITY,
                List.of(line("64493", false, "RT"), line("64493", false, "LT"))));
    }

    private static ClaimLine line(String code, boolean addOn, String... modifiers) {
        return new ClaimLine(code, List.of(modifiers), 1, addOn, code, true);
    }

    private static List<BigDecimal> amounts(PricingResult r) {
        return r.claims().get(0).lines().stream().map(PricedLine::allowed).toList();
    }

    private static List<String> carried(PricingResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("PAY-FEES-CARRIED-FORWARD"))
                .peek(f -> assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING)).map(Finding::message).toList();
    }

    private static String bundled(String resource) throws IOException {
        try (InputStream in = LaterYearImportTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static int run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = FeeImport.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (status != 0) {
            System.err.println(err.toString(StandardCharsets.UTF_8));
        }
        return status;
    }
}
