package com.facetestimator.domain.coding;

import com.facetestimator.domain.locality.PaymentLocality;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the clinic intends to do, as far as coding is concerned: a valid command, decoded and
 * checked at the edge. {@code purpose} is null for RFA; {@code locality} is the Medicare payment
 * locality as {@code MAC-LOCALITY} (e.g. {@code 01182-18}) or null for national, which tells the
 * MAC and so which LCD article's modifier rules apply.
 *
 * <p>The rules a request must meet are stated here once ({@link #purposeProblem},
 * {@link #levelsProblem}, {@link #LOCALITY}, {@link #MAX_LEVELS}): the edge asks them to name the
 * field a client got wrong, and the constructor guards them, so an invalid request cannot be
 * built at all (a programming error, {@link IllegalArgumentException}).
 *
 * @param diagnoses the claim's ICD-10-CM codes (at most {@link DiagnosisCodes#MAX_PER_CLAIM}, each of
 *                  the form {@link DiagnosisCodes#PATTERN}); empty when none were given, and the
 *                  coverage policy's diagnosis check then says it was not done
 */
public record ProcedureRequest(
        SiteOfService siteOfService,
        LocalDate dateOfService,
        Procedure procedure,
        Purpose purpose,
        List<FacetLevel> levels,
        Laterality laterality,
        Guidance guidance,
        String locality,
        List<String> diagnoses) {

    /** Facet levels in one session at most. */
    public static final int MAX_LEVELS = 8;

    /** A Medicare payment locality: the MAC's 5-digit number and the 2-digit locality. */
    public static final Pattern LOCALITY = PaymentLocality.ID;

    public ProcedureRequest {
        Objects.requireNonNull(siteOfService, "siteOfService");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(laterality, "laterality");
        Objects.requireNonNull(guidance, "guidance");
        List<FacetLevel> copy = List.copyOf(levels);
        levels = copy;
        Optional<String> problem = purposeProblem(procedure, purpose).or(() -> levelsProblem(copy));
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        if (locality != null && !LOCALITY.matcher(locality).matches()) {
            throw new IllegalArgumentException("locality is not MAC-LOCALITY");
        }
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        if (diagnoses.size() > DiagnosisCodes.MAX_PER_CLAIM || !diagnoses.stream().allMatch(DiagnosisCodes::isWellFormed)) {
            throw new IllegalArgumentException("diagnoses: at most " + DiagnosisCodes.MAX_PER_CLAIM + " ICD-10-CM codes");
        }
    }

    /** A request without diagnoses. */
    public ProcedureRequest(SiteOfService siteOfService, LocalDate dateOfService, Procedure procedure, Purpose purpose,
                            List<FacetLevel> levels, Laterality laterality, Guidance guidance, String locality) {
        this(siteOfService, dateOfService, procedure, purpose, levels, laterality, guidance, locality, List.of());
    }

    /** What is wrong with {@code purpose} for {@code procedure}, if anything: an injection needs one, RFA is never diagnostic. */
    public static Optional<String> purposeProblem(Procedure procedure, Purpose purpose) {
        if (procedure == Procedure.INJECTION && purpose == null) {
            return Optional.of("is required for INJECTION: DIAGNOSTIC or THERAPEUTIC");
        }
        if (procedure == Procedure.RFA && purpose == Purpose.DIAGNOSTIC) {
            return Optional.of("DIAGNOSTIC is not valid for RFA, which is therapeutic; omit purpose or send THERAPEUTIC");
        }
        return Optional.empty();
    }

    /**
     * What is wrong with the levels of one session, if anything: 1 to {@link #MAX_LEVELS}
     * distinct levels of one spinal region, where T12-L1 may join lumbar levels (the "junction"
     * session CGS A58364 codes as one lumbar session).
     */
    public static Optional<String> levelsProblem(List<FacetLevel> levels) {
        if (levels.isEmpty()) {
            return Optional.of("at least one facet level is required, e.g. L4-L5");
        }
        if (levels.size() > MAX_LEVELS) {
            return Optional.of("at most " + MAX_LEVELS + " levels per session; got " + levels.size());
        }
        Set<FacetLevel> distinct = EnumSet.copyOf(levels);
        if (distinct.size() != levels.size()) {
            return Optional.of("a level is given twice");
        }
        List<FacetLevel> lumbar = distinct.stream().filter(l -> l.codingRegion() == SpinalRegion.LUMBAR_SACRAL).toList();
        List<FacetLevel> upper = distinct.stream()
                .filter(l -> l.codingRegion() == SpinalRegion.CERVICAL_THORACIC && l != FacetLevel.T12_L1)
                .toList();
        if (!lumbar.isEmpty() && !upper.isEmpty()) {
            return Optional.of("levels of two spinal regions in one session (" + SessionLevels.labels(upper)
                    + " cervical/thoracic; " + SessionLevels.labels(lumbar) + " lumbar/sacral); only T12-L1 may join lumbar levels");
        }
        return Optional.empty();
    }

    /**
     * The same procedure in another locality ({@code MAC-LOCALITY}, or null for national), e.g. once a
     * ZIP code or facility is resolved: everything else, the diagnoses included, is kept, because the
     * locality's MAC decides which LCD, article and diagnosis list they are checked against.
     */
    public ProcedureRequest withLocality(String localityId) {
        return new ProcedureRequest(siteOfService, dateOfService, procedure, purpose, levels, laterality, guidance, localityId,
                diagnoses);
    }

    /** The same procedure at another site, for site comparisons. */
    public ProcedureRequest atSite(SiteOfService site) {
        return new ProcedureRequest(site, dateOfService, procedure, purpose, levels, laterality, guidance, locality, diagnoses);
    }
}
