package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.FieldError;
import com.facetestimator.domain.coding.FacetLevel;
import com.facetestimator.domain.estimate.Appointment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The edge names every field problem of an appointment at once, by its path, and echoes nothing unsafe. */
class AppointmentReaderTest {

    private static Map<String, Object> body(Object... levels) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payerId", "medicare");
        body.put("siteOfService", "OFFICE");
        body.put("dateOfService", "2026-03-02");
        body.put("procedure", "INJECTION");
        body.put("purpose", "THERAPEUTIC");
        body.put("levels", new ArrayList<>(List.of(levels)));
        body.put("laterality", "RIGHT");
        body.put("guidance", "FLUOROSCOPY");
        return body;
    }

    private static List<FieldError> errors(Map<String, Object> body) {
        JsonFields fields = new JsonFields();
        assertThat(AppointmentReader.read(body, "", fields, Set.of())).isNull();
        return fields.errors();
    }

    @Test
    void aValidAppointmentIsDecodedWithItsLevelsInAnyCaseAndTrimmed() {
        JsonFields fields = new JsonFields();
        Appointment a = AppointmentReader.read(body(" l5-s1", "L4-l5 "), "", fields, Set.of());
        assertThat(fields.errors()).isEmpty();
        assertThat(a.request().levels()).containsExactly(FacetLevel.L5_S1, FacetLevel.L4_L5);
    }

    @Test
    void unknownLevelNamesItsIndexAndValue() {
        assertThat(errors(body("L4-L5", "L6-L7"))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("levels[1]");
            assertThat(e.message()).contains("'L6-L7'");
        });
    }

    @Test
    void blankLevelIsNamed() {
        assertThat(errors(body(" "))).extracting(FieldError::field).containsExactly("levels[0]");
    }

    @Test
    void duplicateLevelIsNamedWhateverItsCase() {
        assertThat(errors(body("L4-L5", "L5-S1", "l4-l5"))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("levels[2]");
            assertThat(e.message()).contains("L4-L5").contains("levels[0]");
        });
    }

    @Test
    void noLevelsOrMoreThanEightIsAnError() {
        assertThat(errors(body())).extracting(FieldError::field).containsExactly("levels");
        assertThat(errors(body("C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1", "T1-T2", "T2-T3", "T3-T4")))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("levels");
                    assertThat(e.message()).contains("8");
                });
    }

    @Test
    void twoRegionsInOneSessionIsAnErrorOnLevels() {
        assertThat(errors(body("C5-C6", "L4-L5"))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("levels");
            assertThat(e.message()).contains("C5-C6").contains("L4-L5");
        });
    }

    @Test
    void purposeRulesAreNamedOnPurpose() {
        Map<String, Object> noPurpose = body("L4-L5");
        noPurpose.remove("purpose");
        Map<String, Object> diagnosticRfa = body("L4-L5");
        diagnosticRfa.put("procedure", "RFA");
        diagnosticRfa.put("purpose", "DIAGNOSTIC");

        assertThat(errors(noPurpose)).extracting(FieldError::field).containsExactly("purpose");
        assertThat(errors(diagnosticRfa)).singleElement().satisfies(e -> assertThat(e.message()).contains("RFA"));
    }

    @Test
    void everyProblemIsReportedAtOnceUnderItsPrefix() {
        Map<String, Object> body = body("L4-L5", "X9", "L4-L5", "C5-C6");
        body.remove("siteOfService");
        body.put("dateOfService", "2026-02-30");
        body.remove("purpose");
        body.remove("laterality");
        body.put("guidance", "XRAY");
        body.put("locality", "Noridian");
        body.put("coverage", Map.of("copay", -1));
        JsonFields fields = new JsonFields();

        assertThat(AppointmentReader.read(body, "appointments[3]", fields, Set.of())).isNull();
        assertThat(fields.errors()).extracting(FieldError::field).containsExactly(
                "appointments[3].siteOfService", "appointments[3].dateOfService", "appointments[3].purpose",
                "appointments[3].levels[1]", "appointments[3].levels[2]", "appointments[3].laterality",
                "appointments[3].guidance", "appointments[3].locality", "appointments[3].coverage.copay");
    }

    @Test
    void echoedValuesAreShortAndPrintable() {
        String hostile = "L4-L5<script>" + "x".repeat(200) + "\u2028";
        assertThat(errors(body(hostile))).singleElement().satisfies(e ->
                assertThat(e.message()).doesNotContain("<script>x" + "x".repeat(30)).doesNotContain("\u2028").hasSizeLessThan(200));
    }

    @Test
    void aControlCharacterInALevelIsNamedNotTrimmedAway() {
        assertThat(errors(body("L4-L5\u0000"))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("levels[0]");
            assertThat(e.message()).contains("control characters");
        });
    }
}
