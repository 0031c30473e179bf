package com.facetestimator.api;

import com.facetestimator.domain.coding.DiagnosisCodes;
import com.facetestimator.domain.coding.FacetLevel;
import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.Laterality;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.coding.Purpose;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.estimate.Appointment;
import com.facetestimator.domain.estimate.ServicePlace;
import com.facetestimator.domain.pricing.PatientCoverage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes docs/API.md's common input fields of an appointment, wherever they appear, into a valid
 * {@link Appointment}: the one place they are checked. Every problem is named by its field;
 * the rules that are the domain's (purpose, levels) come from {@link ProcedureRequest}.
 */
final class AppointmentReader {
    /** The appointment fields; callers add their own (compareSites, appointmentId, ...). */
    static final Set<String> FIELDS = Set.of("payerId", "siteOfService", "dateOfService", "procedure", "purpose", "levels",
            "laterality", "guidance", "patientId", "locality", "coverage", "abnOnFile", "diagnoses",
            "zipCode", "facilityId", "cbsa", "hospitalWageIndex");
    static final Set<String> COVERAGE_FIELDS = Set.of("deductibleRemaining", "coinsurancePercent", "copay", "outOfPocketRemaining");

    private AppointmentReader() {}

    /**
     * Reads one appointment under {@code prefix} (e.g. {@code appointments[3]}), adding problems
     * to {@code fields}; returns null when any of its fields was invalid.
     */
    static Appointment read(Map<String, Object> node, String prefix, JsonFields fields, Set<String> extraFields) {
        int before = fields.count();
        Set<String> known = new HashSet<>(FIELDS);
        known.addAll(extraFields);
        fields.onlyKnown(node, prefix, known);
        String payerId = fields.id(node, prefix, "payerId", true);
        SiteOfService site = fields.enumValue(node, prefix, "siteOfService", SiteOfService.class, true);
        LocalDate date = fields.date(node, prefix, "dateOfService", true);
        Procedure procedure = fields.enumValue(node, prefix, "procedure", Procedure.class, true);
        Purpose purpose = fields.enumValue(node, prefix, "purpose", Purpose.class, false);
        if (procedure != null && !fields.has(JsonFields.path(prefix, "purpose"))) {
            ProcedureRequest.purposeProblem(procedure, purpose).ifPresent(p -> fields.add(JsonFields.path(prefix, "purpose"), p));
        }
        List<FacetLevel> levels = levels(fields.strings(node, prefix, "levels", 1, ProcedureRequest.MAX_LEVELS),
                JsonFields.path(prefix, "levels"), fields);
        Laterality laterality = fields.enumValue(node, prefix, "laterality", Laterality.class, true);
        Guidance guidance = fields.enumValue(node, prefix, "guidance", Guidance.class, true);
        String patientId = fields.id(node, prefix, "patientId", false);
        String locality = fields.locality(node, prefix, "locality");
        Boolean abn = fields.bool(node, prefix, "abnOnFile");
        List<String> diagnoses = diagnoses(node, prefix, fields);
        PatientCoverage coverage = coverage(node, prefix, fields);
        ServicePlace place = place(node, prefix, fields);
        if (fields.count() > before) {
            return null;
        }
        ProcedureRequest request = new ProcedureRequest(site, date, procedure, purpose, levels, laterality, guidance, locality,
                diagnoses);
        return new Appointment(payerId, request, patientId, coverage, Boolean.TRUE.equals(abn), place);
    }

    /** Where the service is performed: checked for form here; whether the files know it, when it is located. */
    private static ServicePlace place(Map<String, Object> node, String prefix, JsonFields fields) {
        String zipCode = fields.zipCode(fields.string(node, prefix, "zipCode", false), JsonFields.path(prefix, "zipCode"));
        String facilityId = fields.id(node, prefix, "facilityId", false);
        String cbsa = fields.cbsa(fields.string(node, prefix, "cbsa", false), JsonFields.path(prefix, "cbsa"));
        BigDecimal hospitalWageIndex = fields.number(node, prefix, "hospitalWageIndex", FieldRules.MAX_HOSPITAL_WAGE_INDEX);
        if (hospitalWageIndex != null && hospitalWageIndex.compareTo(FieldRules.MIN_HOSPITAL_WAGE_INDEX) < 0) {
            fields.add(JsonFields.path(prefix, "hospitalWageIndex"), FieldRules.HOSPITAL_WAGE_INDEX_RULE);
            hospitalWageIndex = null;
        }
        if (zipCode == null && facilityId == null && cbsa == null && hospitalWageIndex == null) {
            return ServicePlace.UNSPECIFIED;
        }
        return new ServicePlace(zipCode, facilityId, cbsa, hospitalWageIndex, null);
    }

    /** The level names as levels: each one known and given once, and together one session's. */
    private static List<FacetLevel> levels(List<String> names, String field, JsonFields fields) {
        if (names == null) {
            return null;
        }
        int before = fields.count();
        Map<FacetLevel, Integer> firstIndex = new EnumMap<>(FacetLevel.class);
        List<FacetLevel> levels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String at = field + "[" + i + "]";
            Optional<FacetLevel> level = FacetLevel.parse(names.get(i));
            if (level.isEmpty()) {
                fields.add(at, names.get(i).isBlank()
                        ? "is blank; expected a facet level such as L4-L5"
                        : "unknown facet level '" + quoted(names.get(i)) + "'; expected C2-C3 to C7-T1, T1-T2 to T12-L1, or L1-L2 to L5-S1");
                continue;
            }
            Integer seen = firstIndex.putIfAbsent(level.get(), i);
            if (seen != null) {
                fields.add(at, "duplicate level " + level.get().label() + " (already given as " + field + "[" + seen + "])");
                continue;
            }
            levels.add(level.get());
        }
        if (fields.count() > before) {
            return null;
        }
        ProcedureRequest.levelsProblem(levels).ifPresent(p -> fields.add(field, p));
        return levels;
    }

    /**
     * The optional ICD-10-CM codes: up to {@link DiagnosisCodes#MAX_PER_CLAIM}, each of the ICD-10-CM
     * form, a bad one named {@code diagnoses[i]}. In a CSV cell they are {@code ;}-separated, read by
     * the same code as JSON's array.
     */
    private static List<String> diagnoses(Map<String, Object> node, String prefix, JsonFields fields) {
        if (node.get("diagnoses") == null) {
            return List.of();
        }
        String field = JsonFields.path(prefix, "diagnoses");
        List<String> codes = fields.strings(node, prefix, "diagnoses", 0, DiagnosisCodes.MAX_PER_CLAIM);
        if (codes == null) {
            return List.of();
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!DiagnosisCodes.isWellFormed(codes.get(i))) {
                fields.add(field + "[" + i + "]", "'" + quoted(codes.get(i)) + "' " + DiagnosisCodes.RULE);
            }
        }
        return codes;
    }

    /** The client's text made safe to echo: printable ASCII only, at most 24 characters. */
    static String quoted(String text) {
        String printable = text.codePoints()
                .map(c -> c >= 0x20 && c < 0x7f && c != '\'' ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() > 24 ? printable.substring(0, 24) + "..." : printable;
    }

    private static PatientCoverage coverage(Map<String, Object> node, String prefix, JsonFields fields) {
        Map<String, Object> c = fields.object(node, prefix, "coverage");
        if (c == null) {
            return PatientCoverage.PAYER_DEFAULTS;
        }
        String at = JsonFields.path(prefix, "coverage");
        fields.onlyKnown(c, at, COVERAGE_FIELDS);
        BigDecimal deductible = fields.money(c, at, "deductibleRemaining");
        BigDecimal coinsurance = fields.number(c, at, "coinsurancePercent", PatientCoverage.MAX_COINSURANCE_PERCENT);
        BigDecimal copay = fields.money(c, at, "copay");
        BigDecimal outOfPocket = fields.money(c, at, "outOfPocketRemaining");
        return new PatientCoverage(deductible, coinsurance, copay, outOfPocket);
    }
}
