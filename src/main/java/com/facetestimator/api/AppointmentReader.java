package com.facetestimator.api;

import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.Laterality;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.coding.Purpose;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.estimate.Appointment;
import com.facetestimator.domain.InvalidInputException;
import com.facetestimator.domain.pricing.PatientCoverage;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads API.md's "common input fields" of an appointment, wherever they appear. */
final class AppointmentReader {
    /** The appointment fields; callers add their own (compareSites, appointmentId, ...). */
    static final Set<String> FIELDS = Set.of("payerId", "siteOfService", "dateOfService", "procedure", "purpose", "levels",
            "laterality", "guidance", "patientId", "locality", "coverage", "abnOnFile");
    private static final Set<String> COVERAGE_FIELDS = Set.of("deductibleRemaining", "coinsurancePercent", "copay", "outOfPocketRemaining");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    static final int MAX_LEVELS = 8;

    private AppointmentReader() {}

    /**
     * Reads one appointment under {@code prefix} (e.g. {@code appointments[3]}), adding problems
     * to {@code fields}; returns null when any of its fields was invalid.
     */
    static Appointment read(JsonNode node, String prefix, JsonFields fields, Set<String> extraFields) {
        int before = fields.errors().size();
        Set<String> known = new HashSet<>(FIELDS);
        known.addAll(extraFields);
        fields.onlyKnown(node, prefix, known);
        String payerId = fields.id(node, prefix, "payerId", true);
        SiteOfService site = fields.enumValue(node, prefix, "siteOfService", SiteOfService.class, true);
        var date = fields.date(node, prefix, "dateOfService", true);
        Procedure procedure = fields.enumValue(node, prefix, "procedure", Procedure.class, true);
        Purpose purpose = fields.enumValue(node, prefix, "purpose", Purpose.class, false);
        List<String> levels = fields.strings(node, prefix, "levels", 1, MAX_LEVELS);
        Laterality laterality = fields.enumValue(node, prefix, "laterality", Laterality.class, true);
        Guidance guidance = fields.enumValue(node, prefix, "guidance", Guidance.class, true);
        String patientId = fields.id(node, prefix, "patientId", false);
        String locality = fields.string(node, prefix, "locality", false);
        if (locality != null && !locality.matches("\\d{5}-\\d{2}")) {
            fields.add(JsonFields.path(prefix, "locality"), "must be a Medicare locality as MAC-LOCALITY, e.g. 01182-18");
            locality = null;
        }
        Boolean abn = fields.bool(node, prefix, "abnOnFile");
        PatientCoverage coverage = coverage(node, prefix, fields);
        if (fields.errors().size() > before) {
            return null;
        }
        ProcedureRequest request = new ProcedureRequest(site, date, procedure, purpose, levels, laterality, guidance, locality);
        return new Appointment(payerId, request, patientId, coverage, Boolean.TRUE.equals(abn));
    }

    private static PatientCoverage coverage(JsonNode node, String prefix, JsonFields fields) {
        JsonNode c = fields.object(node, prefix, "coverage");
        if (c == null) {
            return PatientCoverage.PAYER_DEFAULTS;
        }
        String at = JsonFields.path(prefix, "coverage");
        fields.onlyKnown(c, at, COVERAGE_FIELDS);
        BigDecimal deductible = fields.money(c, at, "deductibleRemaining");
        BigDecimal coinsurance = fields.number(c, at, "coinsurancePercent", HUNDRED);
        BigDecimal copay = fields.money(c, at, "copay");
        BigDecimal outOfPocket = fields.money(c, at, "outOfPocketRemaining");
        try {
            return new PatientCoverage(deductible, coinsurance, copay, outOfPocket);
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> fields.add(JsonFields.path(prefix, err.field()), err.message()));
            return PatientCoverage.PAYER_DEFAULTS;
        }
    }
}
