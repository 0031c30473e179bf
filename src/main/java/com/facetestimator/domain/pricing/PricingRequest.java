package com.facetestimator.domain.pricing;

import com.facetestimator.domain.coding.Claim;
import com.facetestimator.domain.coding.NoncoveredLiability;
import com.facetestimator.domain.coding.SiteOfService;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to price: the claims the coding engine produced for one appointment, and the patient's
 * benefits.
 *
 * @param locality               Medicare payment locality {@code MAC-LOCALITY} (e.g. {@code 01182-18}), or null for national
 * @param coverage               the patient's remaining benefits; null means the payer's defaults
 * @param frequencyLimitExceeded the whole service is not covered because the payer's frequency limit is exceeded
 * @param abnOnFile              a signed Advance Beneficiary Notice covers this service (claim modifier GA), so
 *                               not-covered amounts can be billed to the patient; without it (GZ) the provider bears them
 * @param wageIndex              the facility's wage index for the date of service (ASC and HOPD facility
 *                               claims are wage-adjusted with it); null when none is known: national rates
 * @param liability              who is liable for a non-covered service with this payer, from its policy (the ABN
 *                               with GA/GZ for Original Medicare; an organization determination for Medicare
 *                               Advantage); null when the payer's policy names none: the provider is then liable
 */
public record PricingRequest(
        PayerProfile payer,
        List<Claim> claims,
        SiteOfService site,
        LocalDate dateOfService,
        String locality,
        PatientCoverage coverage,
        boolean frequencyLimitExceeded,
        boolean abnOnFile,
        WageIndex wageIndex,
        NoncoveredLiability liability) {

    /** Without a facility wage index (national rates) and without a notice for non-covered services. */
    public PricingRequest(PayerProfile payer, List<Claim> claims, SiteOfService site, LocalDate dateOfService,
                          String locality, PatientCoverage coverage, boolean frequencyLimitExceeded, boolean abnOnFile) {
        this(payer, claims, site, dateOfService, locality, coverage, frequencyLimitExceeded, abnOnFile, null, null);
    }

    /** Without a notice for non-covered services (the provider is liable for them). */
    public PricingRequest(PayerProfile payer, List<Claim> claims, SiteOfService site, LocalDate dateOfService,
                          String locality, PatientCoverage coverage, boolean frequencyLimitExceeded, boolean abnOnFile,
                          WageIndex wageIndex) {
        this(payer, claims, site, dateOfService, locality, coverage, frequencyLimitExceeded, abnOnFile, wageIndex, null);
    }

    public PricingRequest {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(dateOfService, "dateOfService");
        claims = claims == null ? List.of() : List.copyOf(claims);
        locality = locality == null || locality.isBlank() ? null : locality.trim();
        coverage = coverage == null ? PatientCoverage.PAYER_DEFAULTS : coverage;
    }
}
