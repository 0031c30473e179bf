package com.facetestimator.domain.coding;

import java.time.LocalDate;
import java.util.List;

/**
 * What the clinic intends to do, as far as coding is concerned. {@code levels} are the raw
 * level strings the client sent (validated by the coding engine, which names bad ones);
 * {@code purpose} is null for RFA; {@code locality} is the Medicare payment locality as
 * {@code MAC-LOCALITY} (e.g. {@code 01182-18}) or null for national, which tells the MAC and
 * so which LCD article's modifier rules apply.
 */
public record ProcedureRequest(
        SiteOfService siteOfService,
        LocalDate dateOfService,
        Procedure procedure,
        Purpose purpose,
        List<String> levels,
        Laterality laterality,
        Guidance guidance,
        String locality) {
    public ProcedureRequest {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The same procedure in another locality ({@code MAC-LOCALITY}, or null for national). */
    public ProcedureRequest withLocality(String localityId) {
        return new ProcedureRequest(siteOfService, dateOfService, procedure, purpose, levels, laterality, guidance, localityId);
    }

    /** The same procedure at another site, for site comparisons. */
    public ProcedureRequest atSite(SiteOfService site) {
        return new ProcedureRequest(site, dateOfService, procedure, purpose, levels, laterality, guidance, locality);
    }
}
