package com.facetestimator.domain.coding;

import com.facetestimator.domain.Finding.Confidence;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The CPT code families of facet injections and RFA as data: for each procedure, guidance and region, the
 * primary code, the second-level add-on, the further-level add-on and whether that further
 * add-on is reported once per day or once per joint. Combinations with no code in any family
 * (injection without imaging, RFA without fluoroscopy/CT) are rows too, so that the engine
 * reports them instead of guessing a code.
 *
 * <p>The table is checked when built: every procedure × guidance × region has exactly one
 * answer, either a family or a "no code" row, and every lumbar/sacral family says how T12-L1
 * is coded when it opens a lumbar session.
 */
public final class CodeFamilyTable {

    /** How the further-level add-on is counted. */
    public enum FurtherUnits {
        /** One unit however many further levels (injection third-level add-ons, [S2]). */
        ONCE_PER_SESSION,
        /** One unit per further level (RFA add-ons per additional joint, [S]). */
        PER_LEVEL
    }

    /** One code as the project describes it (its own words, never the AMA descriptor). */
    public record CodeSpec(String code, boolean addOn, String description) {
        public CodeSpec {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * How T12-L1 is coded when it is done in the same session as lumbar levels: this primary
     * replaces the family's own, the family's add-ons follow, and the session counts as lumbar.
     */
    public record Junction(CodeSpec primary, Rule rule) {
        public Junction {
            Objects.requireNonNull(primary, "primary");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * One code family for one region.
     *
     * @param junction only for lumbar/sacral families: how a T12-L1 first level is coded; null otherwise
     */
    public record CodeFamily(
            String id,
            Procedure procedure,
            Set<Guidance> guidance,
            SpinalRegion region,
            String regionWords,
            CodeSpec primary,
            CodeSpec secondLevel,
            CodeSpec furtherLevels,
            FurtherUnits furtherUnits,
            Rule familyRule,
            Rule furtherUnitsRule,
            Junction junction) {
        public CodeFamily {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(procedure, "procedure");
            guidance = Set.copyOf(guidance);
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(primary, "primary");
            Objects.requireNonNull(secondLevel, "secondLevel");
            Objects.requireNonNull(furtherLevels, "furtherLevels");
            Objects.requireNonNull(furtherUnits, "furtherUnits");
            Objects.requireNonNull(familyRule, "familyRule");
            Objects.requireNonNull(furtherUnitsRule, "furtherUnitsRule");
            if (primary.addOn() || !secondLevel.addOn() || !furtherLevels.addOn()) {
                throw new IllegalArgumentException(id + ": the primary must not be an add-on and the level codes must be");
            }
            if (region == SpinalRegion.LUMBAR_SACRAL && junction == null) {
                throw new IllegalArgumentException(id + ": a lumbar/sacral family must say how T12-L1 is coded with it");
            }
            if (junction != null && junction.primary().addOn()) {
                throw new IllegalArgumentException(id + ": the T12-L1 primary must not be an add-on");
            }
        }
    }

    /**
     * A procedure and guidance for which no facet code can be reported: the engine produces no
     * lines and an ERROR finding with this message.
     */
    public record NoCode(Procedure procedure, Set<Guidance> guidance, Rule rule, String message) {
        public NoCode {
            Objects.requireNonNull(procedure, "procedure");
            guidance = Set.copyOf(guidance);
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }
    }

    // Rules the engine enforces on every claim it builds (see CodingEngine), listed here so their
    // ids and sources live with the rest of the coding data.
    /** Add-ons are exempt from multiple-procedure rules: never modifier 51 on an add-on. [S] */
    public static final Rule NO_51_ON_ADD_ON =
            new Rule("CPT-NO-51-ADDON", "CPT add-on code convention", Confidence.PRIMARY_SOURCE);
    /** An add-on is never reported alone, always after its primary on the same claim. [S] */
    public static final Rule ADD_ON_AFTER_PRIMARY =
            new Rule("CPT-ADDON-WITH-PRIMARY", "CPT add-on code convention", Confidence.PRIMARY_SOURCE);
    /** Imaging guidance and contrast are included: never 77003/77012 with these codes. [S] */
    public static final Rule IMAGING_INCLUDED =
            new Rule("CPT-IMAGING-INCLUDED", "CPT 64490-64495, 64633-64636 guidelines", Confidence.PRIMARY_SOURCE);
    /** Bilateral at one level is one level with modifier 50 or RT/LT lines, never more levels. [S] */
    public static final Rule BILATERAL_ONE_LEVEL =
            new Rule("CPT-BILATERAL", "CPT modifier 50 convention; payer bilateral style", Confidence.PRIMARY_SOURCE);
    /** T12-L1 alone (or with thoracic levels) is coded with the cervical/thoracic family. [S] */
    public static final Rule T12_L1_CERVICOTHORACIC =
            new Rule("CPT-T12L1-CERVICOTHORACIC", "CGS A58364 (2025-01-01)", Confidence.PRIMARY_SOURCE);

    private final List<CodeFamily> families;
    private final List<NoCode> noCodes;

    public CodeFamilyTable(List<CodeFamily> families, List<NoCode> noCodes) {
        this.families = List.copyOf(families);
        this.noCodes = List.copyOf(noCodes);
        for (Procedure procedure : Procedure.values()) {
            for (Guidance guidance : Guidance.values()) {
                boolean none = noCode(procedure, guidance).isPresent();
                for (SpinalRegion region : SpinalRegion.values()) {
                    long found = this.families.stream()
                            .filter(f -> f.procedure() == procedure && f.guidance().contains(guidance) && f.region() == region)
                            .count();
                    if (found + (none ? 1 : 0) != 1) {
                        throw new IllegalArgumentException("code family table must have exactly one answer for "
                                + procedure + " / " + guidance + " / " + region + ", has " + (found + (none ? 1 : 0)));
                    }
                }
            }
        }
        for (Procedure procedure : Procedure.values()) {
            for (Guidance guidance : Guidance.values()) {
                if (this.noCodes.stream().filter(n -> n.procedure() == procedure && n.guidance().contains(guidance)).count() > 1) {
                    throw new IllegalArgumentException("two no-code rows for " + procedure + " / " + guidance);
                }
            }
        }
    }

    public Optional<CodeFamily> family(Procedure procedure, Guidance guidance, SpinalRegion region) {
        return families.stream()
                .filter(f -> f.procedure() == procedure && f.guidance().contains(guidance) && f.region() == region)
                .findFirst();
    }

    public Optional<NoCode> noCode(Procedure procedure, Guidance guidance) {
        return noCodes.stream().filter(n -> n.procedure() == procedure && n.guidance().contains(guidance)).findFirst();
    }

    public List<CodeFamily> families() {
        return families;
    }

    public List<NoCode> noCodes() {
        return noCodes;
    }

    /** The CPT 2025 families (T12-L1 per CGS billing article A58364, update effective 2025-01-01). */
    public static CodeFamilyTable standard() {
        return STANDARD;
    }

    private static final CodeFamilyTable STANDARD = buildStandard();

    private static CodeFamilyTable buildStandard() {
        Set<Guidance> imaging = EnumSet.of(Guidance.FLUOROSCOPY, Guidance.CT);
        Set<Guidance> ultrasound = EnumSet.of(Guidance.ULTRASOUND);

        Rule injectionFamily = new Rule("CPT-FAMILY-INJECTION", "CPT 64490-64495", Confidence.PRIMARY_SOURCE);
        Rule ultrasoundFamily = new Rule("CPT-FAMILY-INJECTION-US", "CPT 0213T-0218T", Confidence.PRIMARY_SOURCE);
        Rule rfaFamily = new Rule("CPT-FAMILY-RFA", "CPT 64633-64636", Confidence.PRIMARY_SOURCE);
        Rule addOnOnce = new Rule("CPT-ADDON-ONCE",
                "CPT 64492/64495, 0215T/0218T: once per day (secondary source)", Confidence.SECONDARY_SOURCE);
        Rule rfaPerJoint = new Rule("CPT-RFA-ADDON-PER-JOINT", "CPT 64634/64636", Confidence.PRIMARY_SOURCE);
        Rule junction = new Rule("CPT-T12L1-WITH-LUMBAR", "CGS A58364 (2025-01-01)", Confidence.PRIMARY_SOURCE);
        // CGS speaks of 64490-64495 and 64633-64636 only; the ultrasound family mirrors 64490-64495
        // level for level, so the same pattern is applied to it, marked unconfirmed.
        Rule junctionUltrasound = new Rule("CPT-T12L1-WITH-LUMBAR-US",
                "By analogy with CGS A58364 (2025-01-01); no source for 0213T-0218T", Confidence.UNCONFIRMED);

        String ct = "cervical/thoracic";
        String ls = "lumbar/sacral";
        CodeSpec inj64490 = new CodeSpec("64490", false, "Facet joint injection, " + ct + ", first level");
        CodeSpec us0213 = new CodeSpec("0213T", false, "Facet joint injection under ultrasound, " + ct + ", first level");
        CodeSpec rfa64633 = new CodeSpec("64633", false, "Radiofrequency ablation of facet nerves, " + ct + ", first joint");

        List<CodeFamily> families = List.of(
                new CodeFamily("INJECTION-FLUORO-CT-CERVICAL-THORACIC", Procedure.INJECTION, imaging,
                        SpinalRegion.CERVICAL_THORACIC, ct,
                        inj64490,
                        new CodeSpec("64491", true, "Facet joint injection, " + ct + ", second level"),
                        new CodeSpec("64492", true, "Facet joint injection, " + ct + ", third and further levels"),
                        FurtherUnits.ONCE_PER_SESSION, injectionFamily, addOnOnce, null),
                new CodeFamily("INJECTION-FLUORO-CT-LUMBAR-SACRAL", Procedure.INJECTION, imaging,
                        SpinalRegion.LUMBAR_SACRAL, ls,
                        new CodeSpec("64493", false, "Facet joint injection, " + ls + ", first level"),
                        new CodeSpec("64494", true, "Facet joint injection, " + ls + ", second level"),
                        new CodeSpec("64495", true, "Facet joint injection, " + ls + ", third and further levels"),
                        FurtherUnits.ONCE_PER_SESSION, injectionFamily, addOnOnce,
                        new Junction(inj64490, junction)),
                new CodeFamily("INJECTION-US-CERVICAL-THORACIC", Procedure.INJECTION, ultrasound,
                        SpinalRegion.CERVICAL_THORACIC, ct,
                        us0213,
                        new CodeSpec("0214T", true, "Facet joint injection under ultrasound, " + ct + ", second level"),
                        new CodeSpec("0215T", true, "Facet joint injection under ultrasound, " + ct + ", third and further levels"),
                        FurtherUnits.ONCE_PER_SESSION, ultrasoundFamily, addOnOnce, null),
                new CodeFamily("INJECTION-US-LUMBAR-SACRAL", Procedure.INJECTION, ultrasound,
                        SpinalRegion.LUMBAR_SACRAL, ls,
                        new CodeSpec("0216T", false, "Facet joint injection under ultrasound, " + ls + ", first level"),
                        new CodeSpec("0217T", true, "Facet joint injection under ultrasound, " + ls + ", second level"),
                        new CodeSpec("0218T", true, "Facet joint injection under ultrasound, " + ls + ", third and further levels"),
                        FurtherUnits.ONCE_PER_SESSION, ultrasoundFamily, addOnOnce,
                        new Junction(us0213, junctionUltrasound)),
                new CodeFamily("RFA-FLUORO-CT-CERVICAL-THORACIC", Procedure.RFA, imaging,
                        SpinalRegion.CERVICAL_THORACIC, ct,
                        rfa64633,
                        new CodeSpec("64634", true, "Radiofrequency ablation of facet nerves, " + ct + ", each additional joint"),
                        new CodeSpec("64634", true, "Radiofrequency ablation of facet nerves, " + ct + ", each additional joint"),
                        FurtherUnits.PER_LEVEL, rfaFamily, rfaPerJoint, null),
                new CodeFamily("RFA-FLUORO-CT-LUMBAR-SACRAL", Procedure.RFA, imaging,
                        SpinalRegion.LUMBAR_SACRAL, ls,
                        new CodeSpec("64635", false, "Radiofrequency ablation of facet nerves, " + ls + ", first joint"),
                        new CodeSpec("64636", true, "Radiofrequency ablation of facet nerves, " + ls + ", each additional joint"),
                        new CodeSpec("64636", true, "Radiofrequency ablation of facet nerves, " + ls + ", each additional joint"),
                        FurtherUnits.PER_LEVEL, rfaFamily, rfaPerJoint,
                        new Junction(rfa64633, junction)));

        List<NoCode> noCodes = List.of(
                new NoCode(Procedure.INJECTION, EnumSet.of(Guidance.NONE),
                        new Rule("CPT-INJECTION-NO-GUIDANCE",
                                "CPT 64490-64495 require imaging; 20552/20553 per secondary sources", Confidence.UNCONFIRMED),
                        "A facet injection without imaging guidance cannot be reported with 64490-64495 or 0213T-0218T,"
                                + " so no facet lines were produced. Sources point to the trigger-point injection codes"
                                + " 20552 (one or two muscles) or 20553 (three or more) instead; confirm with the payer."),
                new NoCode(Procedure.RFA, EnumSet.of(Guidance.ULTRASOUND, Guidance.NONE),
                        new Rule("CPT-RFA-NO-FAMILY", "CPT 64633-64636 require fluoroscopy or CT; unlisted 64999",
                                Confidence.UNCONFIRMED),
                        "Radiofrequency ablation without fluoroscopy or CT guidance has no code in the 64633-64636 family,"
                                + " so no facet lines were produced. It would be reported with the unlisted code 64999,"
                                + " priced by the payer; confirm with the payer."));

        return new CodeFamilyTable(families, noCodes);
    }
}
