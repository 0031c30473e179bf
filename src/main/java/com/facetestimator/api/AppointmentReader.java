package com.facetestimator.api;

import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.Laterality;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.coding.Purpose;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.estimate.Appointment;
import com.facetestimator.domain.estimate.ServicePlace;
import com.facetestimator.domain.InvalidInputException;
import com.facetestimator.domain.pricing.PatientCoverage;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads docs/API.md's "common input fields" of an appointment, wherever they appear. */
final class AppointmentReader {
    /** The appointment fields; callers add their own (compareSites, appointmentId, ...). */
    static final Set<String> FIELDS = Set.of("payerId", "siteOfService", "dateOfService", "procedure", "purpose", "levels",
            "laterality", "guidance", "patientId", "locality", "coverage", "abnOnFile",
            "zipCode", "facilityId", "cbsa", "hospitalWageIndex");
    private static final Set<String> COVERAGE_FIELDS = Set.of("deductibleRemaining", "coinsurancePercent", "copay", "outOfPocketRemaining");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private AppointmentReader() {}

    /**
     * Reads one appointment under {@code prefix} (e.g. {@code appointments[3]}), adding problems
     * to {@code fields}; returns null when any of its fields was invalid.
     */
    static Appointment read(Map<String, Object> node, String prefix, JsonFields fields, Set<String> extraFields) {
        int before = fields.errors().size();
        Set<String> known = new HashSet<>(FIELDS);
        known.addAll(extraFields);
        fields.onlyKnown(node, prefix, known);
        String payerId = fields.id(node, prefix, "payerId", true);
        SiteOfService site = fields.enumValue(node, prefix, "siteOfService", SiteOfService.class, true);
        var date = fields.date(node, prefix, "dateOfService", true);
        Procedure procedure = fields.enumValue(node, prefix, "procedure", Procedure.class, true);
        Purpose purpose = fields.enumValue(node, prefix, "purpose", Purpose.class, false);
        List<String> levels = fields.strings(node, prefix, "levels", 1, FieldRules.MAX_LEVELS);
        Laterality laterality = fields.enumValue(node, prefix, "laterality", Laterality.class, true);
        Guidance guidance = fields.enumValue(node, prefix, "guidance", Guidance.class, true);
        String patientId = fields.id(node, prefix, "patientId", false);
        String locality = fields.locality(fields.string(node, prefix, "locality", false), JsonFields.path(prefix, "locality"));
        Boolean abn = fields.bool(node, prefix, "abnOnFile");
        PatientCoverage coverage = coverage(node, prefix, fields);
        ServicePlace place = place(node, prefix, fields);
        if (fields.errors().size() > before) {
            return null;
        }
        ProcedureRequest request = new ProcedureRequest(site, date, procedure, purpose, levels, laterality, guidance, locality);
        return new Appointment(payerId, request, patientId, coverage, Boolean.TRUE.equals(abn), place);
    }

    /** Where the service is performed: checked for form here; whether the files know it, when it is located. */
    private static ServicePlace place(Map<String, Object> node, String prefix, JsonFields fields) {
        String zipCode = fields.zipCode(fields.string(node, prefix, "zipCode", false), JsonFields.path(prefix, "zipCode"));
        String facilityId = fields.id(node, prefix, "facilityId", false);
        String cbsa = fields.cbsa(fields.string(node, prefix, "cbsa", false), JsonFields.path(prefix, "cbsa"));
        BigDecimal hospitalWageIndex = fields.number(node, prefix, "hospitalWageIndex", HUNDRED);
        if (hospitalWageIndex != null && (hospitalWageIndex.compareTo(FieldRules.MIN_HOSPITAL_WAGE_INDEX) < 0
                || hospitalWageIndex.compareTo(FieldRules.MAX_HOSPITAL_WAGE_INDEX) > 0)) {
            fields.add(JsonFields.path(prefix, "hospitalWageIndex"), FieldRules.HOSPITAL_WAGE_INDEX_RULE);
            hospitalWageIndex = null;
        }
        if (zipCode == null && facilityId == null && cbsa == null && hospitalWageIndex == null) {
            return ServicePlace.UNSPECIFIED;
        }
        return new ServicePlace(zipCode, facilityId, cbsa, hospitalWageIndex, null);
    }

    private static PatientCoverage coverage(Map<String, Object> node, String prefix, JsonFields fields) {
        Map<String, Object> c = fields.object(node, prefix, "coverage");
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
