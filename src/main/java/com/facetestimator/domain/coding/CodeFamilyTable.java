package com.facetestimator.domain.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The CPT code families as data (loaded from the bundled code-family file): for each procedure, guidance and region, the
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
        /** One unit however many further levels (injection third-level add-ons; secondary source). */
        ONCE_PER_SESSION,
        /** One unit per further level (RFA add-ons per additional joint). */
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
            furtherLevels = furtherLevels == null ? secondLevel : furtherLevels; // RFA: one add-on per additional joint
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

    /** The rule id of T12-L1 coded without lumbar levels (cervical/thoracic codes). */
    public static final String T12_L1_CERVICOTHORACIC = "CPT-T12L1-CERVICOTHORACIC";

    private final List<CodeFamily> families;
    private final List<NoCode> noCodes;
    private final Map<String, Rule> rules;

    /**
     * @param rules every coding rule by id: those the families and no-code rows use, and the
     *              conventions the engine enforces on every claim (e.g. {@code CPT-NO-51-ADDON});
     *              it must hold {@link #T12_L1_CERVICOTHORACIC}
     */
    public CodeFamilyTable(List<CodeFamily> families, List<NoCode> noCodes, List<Rule> rules) {
        this.families = List.copyOf(families);
        this.noCodes = List.copyOf(noCodes);
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("two coding rules with id " + rule.id());
            }
        }
        this.rules = java.util.Collections.unmodifiableMap(byId);
        if (!byId.containsKey(T12_L1_CERVICOTHORACIC)) {
            throw new IllegalArgumentException("the coding rules need " + T12_L1_CERVICOTHORACIC);
        }
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

    /** Every coding rule, in load order (for the rules catalogue). */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /** A coding rule by id. */
    public Rule rule(String id) {
        Rule rule = rules.get(id);
        if (rule == null) {
            throw new IllegalStateException("no coding rule " + id);
        }
        return rule;
    }
}
