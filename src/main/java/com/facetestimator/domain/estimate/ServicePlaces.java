package com.facetestimator.domain.estimate;

import com.facetestimator.domain.FieldError;
import com.facetestimator.domain.Finding;
import com.facetestimator.domain.InvalidInputException;
import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.facility.FacilityDirectory;
import com.facetestimator.domain.facility.FacilityProfile;
import com.facetestimator.domain.locality.LocalityChoice;
import com.facetestimator.domain.locality.LocalityDirectory;
import com.facetestimator.domain.locality.LocalityOrigin;
import com.facetestimator.domain.locality.LocalityRule;
import com.facetestimator.domain.locality.PaymentLocality;
import com.facetestimator.domain.locality.ZipCodeLocality;
import com.facetestimator.domain.pricing.WageIndex;
import com.facetestimator.domain.pricing.WageIndexTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves where an appointment takes place before it is coded and priced: the payment
 * locality (from {@code zipCode}, {@code locality} or the facility's address, in that order;
 * national without any), and the facility's wage index for each site priced.
 *
 * <p>Coding reads the MAC from the locality, so {@link #locate} must run first; it refuses, with
 * every field named, a ZIP code or locality the CMS files do not have, a ZIP code in another
 * locality than the one given, an unknown facility or CBSA, and a facility of another site.
 * The ZIP table is only consulted for a request that has a ZIP code (its loading is lazy).
 */
public final class ServicePlaces implements FacilityWageIndexes {
    private final LocalityDirectory localities;
    private final FacilityDirectory facilities;
    private final Supplier<WageIndexTable> wageIndexes;

    public ServicePlaces(LocalityDirectory localities, FacilityDirectory facilities, Supplier<WageIndexTable> wageIndexes) {
        this.localities = Objects.requireNonNull(localities, "localities");
        this.facilities = Objects.requireNonNull(facilities, "facilities");
        this.wageIndexes = Objects.requireNonNull(wageIndexes, "wageIndexes");
    }

    public LocalityDirectory localities() {
        return localities;
    }

    public FacilityDirectory facilities() {
        return facilities;
    }

    /**
     * The appointment with its locality resolved onto the procedure request (and recorded with
     * its origin on the place); an appointment already located is returned as it is.
     *
     * @throws InvalidInputException naming {@code zipCode}, {@code locality}, {@code facilityId},
     *                               {@code siteOfService} or {@code cbsa}
     */
    public Appointment locate(Appointment appointment) {
        ServicePlace place = appointment.place();
        if (place.located()) {
            return appointment;
        }
        ProcedureRequest request = appointment.request();
        List<FieldError> errors = new ArrayList<>();
        PaymentLocality given = null;
        if (request.locality() != null) {
            given = localities.find(request.locality()).orElse(null);
            if (given == null) {
                errors.add(new FieldError("locality", "'" + request.locality() + "' is not a Medicare payment locality"
                        + " of the PFS GPCI files (GET /localities lists them)"));
            }
        }
        ZipCodeLocality zip = null;
        if (place.zipCode() != null) {
            zip = localities.forZipCode(place.zipCode()).orElse(null);
            if (zip == null) {
                errors.add(new FieldError("zipCode", "ZIP code " + place.zipCode() + " is not in " + localities.zipCodeSource()));
            } else if (given != null && !zip.locality().equals(given)) {
                errors.add(new FieldError("zipCode", "ZIP code " + place.zipCode() + " is in locality " + zip.locality().id()
                        + " (" + zip.locality().name() + "), not in the given locality " + given.id() + " (" + given.name() + ")"));
            }
        }
        FacilityProfile facility = null;
        if (place.facilityId() != null) {
            facility = facilities.find(place.facilityId()).orElse(null);
            if (facility == null) {
                errors.add(new FieldError("facilityId", "no facility profile '" + place.facilityId()
                        + "' is loaded (GET /facilities lists them)"));
            } else if (facility.siteOfService() != request.siteOfService() && request.siteOfService() != null) {
                errors.add(new FieldError("siteOfService", "is " + request.siteOfService() + ", but facility "
                        + facility.facilityId() + " is " + article(facility.siteOfService()) + " " + facility.siteOfService()));
            }
        }
        if (place.cbsa() != null && !wageIndexes.get().knows(place.cbsa())) {
            errors.add(new FieldError("cbsa", "CBSA " + place.cbsa() + " has no index in the wage-index table"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalityChoice choice;
        if (zip != null) {
            choice = LocalityChoice.fromZipCode(zip, LocalityOrigin.ZIP_CODE);
        } else if (given != null) {
            choice = LocalityChoice.given(given);
        } else if (facility != null) {
            choice = localities.forZipCode(facility.address().zipCode())
                    .map(z -> LocalityChoice.fromZipCode(z, LocalityOrigin.FACILITY))
                    .orElse(LocalityChoice.NATIONAL);
        } else {
            choice = LocalityChoice.NATIONAL;
        }
        return appointment.located(request.withLocality(choice.localityId()), place.withLocality(choice));
    }

    /** What the user should know about the locality used (a ZIP code split by ZIP+4). */
    public static List<Finding> findings(LocalityChoice choice) {
        if (choice == null || !choice.plusFourDependent()) {
            return List.of();
        }
        PaymentLocality l = choice.locality();
        String whose = choice.from() == LocalityOrigin.FACILITY ? "The facility's ZIP code " : "ZIP code ";
        return List.of(LocalityRule.ZIP_PLUS_FOUR.finding(whose + choice.zipCode()
                + " is split between payment localities by ZIP+4 (CMS PLUS 4 FLAG); it was priced in " + l.id() + " ("
                + l.name() + "), the ZIP5 file's locality for it. Check the ZIP+4 of the service address: part of this"
                + " ZIP code may be paid in another locality."));
    }

    /**
     * The wage index of the facility at {@code site}: for HOPD the hospital's own index (the
     * request's, else the facility profile's) wins; else the CBSA's (the request's, else the
     * facility's) from the table in force on the date of service, or carried forward past it.
     */
    @Override
    public Optional<WageIndex> find(Appointment appointment, SiteOfService site) {
        if (site == SiteOfService.OFFICE) {
            return Optional.empty();
        }
        ServicePlace place = appointment.place();
        FacilityProfile facility = place.facilityId() == null ? null : facilities.find(place.facilityId()).orElse(null);
        if (site == SiteOfService.HOPD) {
            if (place.hospitalWageIndex() != null) {
                return Optional.of(WageIndex.ofHospital(place.hospitalWageIndex(), "the hospital's own wage index (hospitalWageIndex)"));
            }
            if (facility != null && facility.hospitalWageIndex() != null) {
                return Optional.of(WageIndex.ofHospital(facility.hospitalWageIndex(),
                        "the hospital's own wage index (facility profile " + facility.facilityId() + ")"));
            }
        }
        String cbsa = place.cbsa() != null ? place.cbsa() : facility == null ? null : facility.cbsa();
        return cbsa == null ? Optional.empty() : wageIndexes.get().find(cbsa, appointment.request().dateOfService());
    }

    private static String article(SiteOfService site) {
        return site == SiteOfService.ASC ? "an" : "a";
    }
}
