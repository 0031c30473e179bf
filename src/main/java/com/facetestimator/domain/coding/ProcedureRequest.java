package com.facetestimator.domain.coding;

import java.time.LocalDate;
import java.util.List;

/**
 * What the clinic intends to do, as far as coding is concerned. {@code levels} are the raw
 * level strings the client sent (validated by the coding engine, which names bad ones);
 * {@code purpose} is null for RFA.
 */
public record ProcedureRequest(
        SiteOfService siteOfService,
        LocalDate dateOfService,
        Procedure procedure,
        Purpose purpose,
        List<String> levels,
        Laterality laterality,
        Guidance guidance) {
    public ProcedureRequest {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
