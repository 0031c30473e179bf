package com.facetestimator.domain.pricing;

import com.facetestimator.domain.coding.Claim;
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
        WageIndex wageIndex) {

    /** Without a facility wage index: facility claims are priced at national rates. */
    public PricingRequest(PayerProfile payer, List<Claim> claims, SiteOfService site, LocalDate dateOfService,
                          String locality, PatientCoverage coverage, boolean frequencyLimitExceeded, boolean abnOnFile) {
        this(payer, claims, site, dateOfService, locality, coverage, frequencyLimitExceeded, abnOnFile, null);
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
