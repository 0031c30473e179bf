package com.facetestimator.domain.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.FieldError;
import com.facetestimator.domain.InvalidInputException;
import com.facetestimator.domain.coding.FacetLevel;
import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.Laterality;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.coding.Purpose;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.facility.FacilityDirectory;
import com.facetestimator.domain.facility.FacilityProfile;
import com.facetestimator.domain.locality.LocalityOrigin;
import com.facetestimator.domain.pricing.PatientCoverage;
import com.facetestimator.domain.pricing.WageIndex;
import com.facetestimator.store.BundledLocalityDirectory;
import com.facetestimator.store.BundledWageIndexes;
import com.facetestimator.testing.CmsFiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Locating appointments and finding facility wage indexes, on the bundled CMS tables. */
class ServicePlacesTest {
    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 2);
    private static final FacilityProfile ASC = new FacilityProfile("asc-1", "Test ASC", SiteOfService.ASC, "35614", null,
            "1234567893", new FacilityProfile.Address("1 Main St", "New York", "NY", "10016"), true, null);
    private static final FacilityProfile HOPD = new FacilityProfile("hopd-1", "Test HOPD", SiteOfService.HOPD, "31084",
            new BigDecimal("1.3107"), "1999999992", new FacilityProfile.Address("2 Main St", "Los Angeles", "CA", "90033"), true, null);
    private final BundledLocalityDirectory localities = new BundledLocalityDirectory();
    private final ServicePlaces places = new ServicePlaces(localities, new FacilityDirectory() {
        @Override
        public List<FacilityProfile> all() {
            return List.of(ASC, HOPD);
        }

        @Override
        public Optional<FacilityProfile> find(String id) {
            return all().stream().filter(f -> f.facilityId().equals(id)).findFirst();
        }
    }, new BundledWageIndexes());

    private static Appointment appointment(SiteOfService site, LocalDate date, String locality, ServicePlace place) {
        return new Appointment("medicare", new ProcedureRequest(site, date, Procedure.INJECTION, Purpose.THERAPEUTIC,
                List.of(FacetLevel.parse("L4-L5").orElseThrow()), Laterality.RIGHT, Guidance.FLUOROSCOPY, locality), null, PatientCoverage.PAYER_DEFAULTS, false, place);
    }

    private static ServicePlace place(String zip, String facility, String cbsa, String hospitalIndex) {
        return new ServicePlace(zip, facility, cbsa, hospitalIndex == null ? null : new BigDecimal(hospitalIndex), null);
    }

    @Test
    void theLocalityComesFromTheZipCodeTheLocalityOrTheFacilityInThatOrder() {
        Appointment fromZip = places.locate(appointment(SiteOfService.ASC, MARCH_2026, null, place("90012", "asc-1", null, null)));
        assertThat(fromZip.request().locality()).isEqualTo("01182-18");
        assertThat(fromZip.place().locality().from()).isEqualTo(LocalityOrigin.ZIP_CODE);

        Appointment given = places.locate(appointment(SiteOfService.ASC, MARCH_2026, "01182-18", place(null, "asc-1", null, null)));
        assertThat(given.place().locality().from()).isEqualTo(LocalityOrigin.LOCALITY);

        Appointment fromFacility = places.locate(appointment(SiteOfService.ASC, MARCH_2026, null, place(null, "asc-1", null, null)));
        assertThat(fromFacility.request().locality()).isEqualTo("13202-01");
        assertThat(fromFacility.place().locality().from()).isEqualTo(LocalityOrigin.FACILITY);

        Appointment national = places.locate(appointment(SiteOfService.OFFICE, MARCH_2026, null, ServicePlace.UNSPECIFIED));
        assertThat(national.request().locality()).isNull();
        assertThat(national.place().locality().from()).isEqualTo(LocalityOrigin.NATIONAL);
        assertThat(places.locate(national)).isSameAs(national);
    }

    @Test
    void anAppointmentWithoutAZipCodeNeverLoadsTheZipTable() {
        BundledLocalityDirectory fresh = new BundledLocalityDirectory();
        ServicePlaces lazy = new ServicePlaces(fresh, FacilityDirectory.NONE, new BundledWageIndexes());
        lazy.locate(appointment(SiteOfService.OFFICE, MARCH_2026, "13202-01", ServicePlace.UNSPECIFIED));
        lazy.locate(appointment(SiteOfService.OFFICE, MARCH_2026, null, ServicePlace.UNSPECIFIED));
        assertThat(fresh.zipCodesLoaded()).isFalse();
        lazy.locate(appointment(SiteOfService.OFFICE, MARCH_2026, null, place("10016", null, null, null)));
        assertThat(fresh.zipCodesLoaded()).isTrue();
    }

    @Test
    void everyUnknownOrDisagreeingPlaceFieldIsNamed() {
        assertThat(fields(appointment(SiteOfService.HOPD, MARCH_2026, "01112-98", place("00000", "nowhere", "99999", null))))
                .containsExactly("locality", "zipCode", "facilityId", "cbsa");
        assertThat(fields(appointment(SiteOfService.OFFICE, MARCH_2026, "01182-18", place("10016", null, null, null))))
                .containsExactly("zipCode");
        assertThat(fields(appointment(SiteOfService.HOPD, MARCH_2026, null, place(null, "asc-1", null, null))))
                .containsExactly("siteOfService");
    }

    @Test
    void theHospitalsOwnIndexWinsForHopdAndTheCbsaServesTheAsc() {
        BigDecimal newYork = CmsFiles.wageIndex2026("35614");
        BigDecimal losAngeles = CmsFiles.wageIndex2026("31084");
        Appointment asc = places.locate(appointment(SiteOfService.ASC, MARCH_2026, null, place(null, "asc-1", null, null)));
        WageIndex ascIndex = places.find(asc, SiteOfService.ASC).orElseThrow();
        assertThat(ascIndex.value()).isEqualByComparingTo(newYork);
        assertThat(ascIndex.cbsa()).isEqualTo("35614");
        assertThat(places.find(asc, SiteOfService.OFFICE)).isEmpty();
        assertThat(places.find(asc, SiteOfService.HOPD).orElseThrow().basis()).as("the other site: the area's index").isEqualTo(WageIndex.Basis.CBSA);

        Appointment hopd = places.locate(appointment(SiteOfService.HOPD, MARCH_2026, null, place(null, "hopd-1", null, null)));
        assertThat(places.find(hopd, SiteOfService.HOPD).orElseThrow().basis()).isEqualTo(WageIndex.Basis.HOSPITAL);
        assertThat(places.find(hopd, SiteOfService.HOPD).orElseThrow().value()).isEqualByComparingTo("1.3107");
        assertThat(places.find(hopd, SiteOfService.ASC).orElseThrow().value()).isEqualByComparingTo(losAngeles);

        Appointment given = places.locate(appointment(SiteOfService.HOPD, MARCH_2026, null, place(null, null, "35614", "0.95")));
        assertThat(places.find(given, SiteOfService.HOPD).orElseThrow().value()).isEqualByComparingTo("0.95");
        assertThat(places.find(given, SiteOfService.ASC).orElseThrow().value()).isEqualByComparingTo(newYork);
    }

    @Test
    void laterDatesCarryTheIndexForwardAndEarlierOnesHaveNone() {
        Appointment later = places.locate(appointment(SiteOfService.ASC, LocalDate.of(2027, 2, 1), null, place(null, null, "35614", null)));
        assertThat(places.find(later, SiteOfService.ASC).orElseThrow().carriedForward()).isTrue();
        Appointment earlier = places.locate(appointment(SiteOfService.ASC, LocalDate.of(2025, 6, 2), null, place(null, null, "35614", null)));
        assertThat(places.find(earlier, SiteOfService.ASC)).isEmpty();
    }

    @Test
    void facilityProfilesAreChecked() {
        assertThatThrownBy(() -> new FacilityProfile("x", "X", SiteOfService.ASC, "35614", null, "1234567890",
                ASC.address(), false, null)).hasMessageContaining("npi");
        assertThatThrownBy(() -> new FacilityProfile("x", "X", SiteOfService.OFFICE, "35614", null, "1234567893",
                ASC.address(), false, null)).hasMessageContaining("ASC or HOPD");
        assertThatThrownBy(() -> new FacilityProfile("x", "X", SiteOfService.ASC, null, null, "1234567893",
                ASC.address(), false, null)).hasMessageContaining("cbsa");
        assertThatThrownBy(() -> new FacilityProfile("x", "X", SiteOfService.ASC, "35614", BigDecimal.ONE, "1234567893",
                ASC.address(), false, null)).hasMessageContaining("hospital");
    }

    private List<String> fields(Appointment a) {
        try {
            places.locate(a);
            throw new AssertionError("expected a refusal");
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }
}
