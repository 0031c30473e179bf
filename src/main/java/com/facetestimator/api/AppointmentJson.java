package com.facetestimator.api;

import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.Laterality;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.coding.Purpose;
import com.facetestimator.domain.coding.SiteOfService;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The common appointment fields of API.md, read with {@link JsonFields} so that every field
 * problem is reported with its path. Level strings, the purpose/procedure combination and the
 * locality's format are left to the coding engine, which names them; this class checks types,
 * enumerations, dates, sizes and the coverage object.
 */
final class AppointmentJson {

    /** Every appointment field (API.md, "Common input fields"). */
    static final Set<String> FIELDS = Set.of("payerId", "siteOfService", "dateOfService", "procedure", "purpose",
            "levels", "laterality", "guidance", "patientId", "locality", "coverage", "abnOnFile");
    static final Set<String> COVERAGE_FIELDS = Set.of("deductibleRemaining", "coinsurancePercent", "copay",
            "outOfPocketRemaining");
    static final int MAX_LEVELS = 8;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private AppointmentJson() {}

    /** The patient's remaining benefits as sent; null members fall back to the payer profile's defaults. */
    record Coverage(BigDecimal deductibleRemaining, BigDecimal coinsurancePercent, BigDecimal copay,
                    BigDecimal outOfPocketRemaining) {}

    /** @param coverage null when not sent */
    record Appointment(String payerId, ProcedureRequest procedure, String patientId, Coverage coverage, boolean abnOnFile) {}

    /**
     * Reads the appointment members of {@code object} (unknown members are the caller's to check).
     * Problems are added to {@code fields}; the result is meaningful only when it has none.
     */
    static Appointment read(JsonFields fields, JsonNode object, String prefix) {
        String payerId = fields.id(object, prefix, "payerId", true);
        SiteOfService site = fields.enumValue(object, prefix, "siteOfService", SiteOfService.class, true);
        var date = fields.date(object, prefix, "dateOfService", true);
        Procedure procedure = fields.enumValue(object, prefix, "procedure", Procedure.class, true);
        Purpose purpose = fields.enumValue(object, prefix, "purpose", Purpose.class, false);
        List<String> levels = fields.strings(object, prefix, "levels", 1, MAX_LEVELS);
        Laterality laterality = fields.enumValue(object, prefix, "laterality", Laterality.class, true);
        Guidance guidance = fields.enumValue(object, prefix, "guidance", Guidance.class, true);
        String patientId = fields.id(object, prefix, "patientId", false);
        String locality = fields.string(object, prefix, "locality", false);
        Coverage coverage = coverage(fields, object, prefix);
        Boolean abn = fields.bool(object, prefix, "abnOnFile");
        return new Appointment(payerId,
                new ProcedureRequest(site, date, procedure, purpose, levels, laterality, guidance, locality),
                patientId, coverage, Boolean.TRUE.equals(abn));
    }

    private static Coverage coverage(JsonFields fields, JsonNode object, String prefix) {
        JsonNode node = fields.object(object, prefix, "coverage");
        if (node == null) {
            return null;
        }
        String at = JsonFields.path(prefix, "coverage");
        fields.onlyKnown(node, at, COVERAGE_FIELDS);
        return new Coverage(
                fields.money(node, at, "deductibleRemaining"),
                fields.number(node, at, "coinsurancePercent", HUNDRED),
                fields.money(node, at, "copay"),
                fields.money(node, at, "outOfPocketRemaining"));
    }
}
