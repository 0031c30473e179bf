package com.facetestimator.domain.coding;

import static com.facetestimator.testing.PropertyCheck.distinct;
import static com.facetestimator.testing.PropertyCheck.forAll;
import static com.facetestimator.testing.PropertyCheck.orNull;
import static com.facetestimator.testing.PropertyCheck.pick;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Invariants of every coded session, over random valid requests and payer conventions. */
class CodingProperties {

    private static final CodingEngine ENGINE = com.facetestimator.rules.RuleFiles.bundled().coding();
    private static final Set<String> PRIMARIES = Set.of("64490", "64493", "0213T", "0216T", "64633", "64635");
    private static final Set<String> ONCE_ADD_ONS = Set.of("64491", "64492", "64494", "64495", "0214T", "0215T", "0217T", "0218T");
    private static final Set<String> PER_JOINT_ADD_ONS = Set.of("64634", "64636");

    /** A valid request, and the same with its levels in a random order. */
    record Scenario(ProcedureRequest request, BillingConventions conventions, long shuffleSeed) {
        int levelCount() {
            return request.levels().size();
        }

        ProcedureRequest rewritten() {
            List<FacetLevel> levels = new ArrayList<>(request.levels());
            Collections.shuffle(levels, new Random(shuffleSeed));
            return new ProcedureRequest(request.siteOfService(), request.dateOfService(), request.procedure(),
                    request.purpose(), levels, request.laterality(), request.guidance(), request.locality());
        }
    }

    /** The 1,000 tries each of these properties has always had. */
    private static final int EXAMPLES = 1000;

    static Gen<List<FacetLevel>> levelSets() {
        List<FacetLevel> lumbar = List.of(FacetLevel.L1_L2, FacetLevel.L2_L3, FacetLevel.L3_L4, FacetLevel.L4_L5, FacetLevel.L5_S1);
        List<FacetLevel> upper = new ArrayList<>(EnumSet.range(FacetLevel.C2_C3, FacetLevel.T12_L1));
        Gen<List<FacetLevel>> lumbarSession = distinct(lumbar, 1, 5).zip(Generate.booleans(), (levels, junction) -> {
            List<FacetLevel> all = new ArrayList<>(levels);
            if (junction) {
                all.add(FacetLevel.T12_L1);
            }
            return all;
        });
        Gen<List<FacetLevel>> upperSession = distinct(upper, 1, 8);
        return Generate.oneOf(lumbarSession, upperSession);
    }

    /** The fields of a request other than its procedure and purpose. */
    private record Where(SiteOfService site, LocalDate date, List<FacetLevel> levels, Laterality laterality) {}

    static Gen<Scenario> scenarios() {
        Gen<BillingConventions> conventions = Generate.enumValues(BilateralStyle.class).zip(
                Generate.enumValues(BilateralStyle.class), orNull(Generate.constant("MEDICARE-FACET-LCD"), 50),
                BillingConventions::new);
        Gen<Where> where = Generate.enumValues(SiteOfService.class).zip(
                pick(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 7, 1), LocalDate.of(2026, 3, 2)),
                levelSets(), Generate.enumValues(Laterality.class), Where::new);
        Gen<ProcedureRequest> requests = Generate.enumValues(Procedure.class).flatMap(procedure -> {
            Gen<Purpose> purposes = procedure == Procedure.INJECTION
                    ? Generate.enumValues(Purpose.class)
                    : orNull(Generate.constant(Purpose.THERAPEUTIC), 50);
            return where.zip(purposes, Generate.enumValues(Guidance.class), orNull(pick("01182-18", "09102-99", "04412-11"), 30),
                    (w, purpose, guidance, locality) -> new ProcedureRequest(w.site(), w.date(), procedure, purpose,
                            w.levels(), w.laterality(), guidance, locality));
        });
        return requests.zip(conventions, SourceDSL.longs().all(), Scenario::new);
    }

    @Test
    void addOnsFollowTheirPrimaryOnTheSameClaim() {
        forAll(EXAMPLES, scenarios(), CodingProperties::addOnsFollowTheirPrimaryOnTheSameClaimHolds);
    }

    private static void addOnsFollowTheirPrimaryOnTheSameClaimHolds(Scenario scenario) {
        CodingResult result = ENGINE.code(scenario.request(), scenario.conventions());
        for (Claim claim : result.claims()) {
            List<ClaimLine> lines = claim.lines();
            assertThat(lines).isNotEmpty();
            assertThat(lines.get(0).addOn()).as("first line is a primary").isFalse();
            int firstAddOn = IntStream.range(0, lines.size()).filter(i -> lines.get(i).addOn()).findFirst().orElse(-1);
            if (firstAddOn >= 0) {
                assertThat(lines.subList(firstAddOn, lines.size())).as("primaries first, then add-ons only")
                        .allMatch(ClaimLine::addOn);
            }
            assertThat(lines).allSatisfy(line -> assertThat(line.addOn()).isEqualTo(!PRIMARIES.contains(line.code())));
        }
    }

    @Test
    void noModifier51AndUnitsAtLeastOne() {
        forAll(EXAMPLES, scenarios(), CodingProperties::noModifier51AndUnitsAtLeastOneHolds);
    }

    private static void noModifier51AndUnitsAtLeastOneHolds(Scenario scenario) {
        CodingResult result = ENGINE.code(scenario.request(), scenario.conventions());
        assertThat(result.claims()).flatExtracting(Claim::lines).allSatisfy(line -> {
            assertThat(line.modifiers()).doesNotContain("51");
            assertThat(line.units()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void eachLevelIsCountedOnce() {
        forAll(EXAMPLES, scenarios(), CodingProperties::eachLevelIsCountedOnceHolds);
    }

    private static void eachLevelIsCountedOnceHolds(Scenario scenario) {
        ProcedureRequest request = scenario.request();
        CodingResult result = ENGINE.code(request, scenario.conventions());
        int n = scenario.levelCount();
        assertThat(result.levels()).hasSize(n).isSorted().doesNotHaveDuplicates();
        for (Claim claim : result.claims()) {
            BilateralStyle style = scenario.conventions().bilateralStyle(claim.type());
            boolean doubled = request.laterality() == Laterality.BILATERAL && style == BilateralStyle.MODIFIER_50_TWO_UNITS;
            // units per side (RT, LT or 50) and code
            Map<String, Map<String, Integer>> bySide = new LinkedHashMap<>();
            for (ClaimLine line : claim.lines()) {
                String side = line.modifiers().get(0);
                bySide.computeIfAbsent(side, s -> new LinkedHashMap<>()).merge(line.code(), line.units(), Integer::sum);
            }
            Set<String> expectedSides = switch (request.laterality()) {
                case LEFT -> Set.of("LT");
                case RIGHT -> Set.of("RT");
                case BILATERAL -> style == BilateralStyle.RT_LT_LINES ? Set.of("RT", "LT") : Set.of("50");
            };
            assertThat(bySide.keySet()).containsExactlyInAnyOrderElementsOf(expectedSides);
            int factor = doubled ? 2 : 1;
            for (Map<String, Integer> units : bySide.values()) {
                int primaryUnits = units.entrySet().stream().filter(e -> PRIMARIES.contains(e.getKey()))
                        .mapToInt(Map.Entry::getValue).sum();
                assertThat(primaryUnits).as("one first level").isEqualTo(factor);
                if (request.procedure() == Procedure.RFA) {
                    int addOnUnits = units.entrySet().stream().filter(e -> PER_JOINT_ADD_ONS.contains(e.getKey()))
                            .mapToInt(Map.Entry::getValue).sum();
                    assertThat(addOnUnits).as("one unit per additional joint").isEqualTo(factor * (n - 1));
                } else {
                    List<String> addOns = units.keySet().stream().filter(ONCE_ADD_ONS::contains).toList();
                    assertThat(addOns).as("second-level and once-per-day further-level add-ons").hasSize(Math.min(n, 3) - 1);
                    assertThat(addOns).allSatisfy(code -> assertThat(units.get(code)).isEqualTo(factor));
                }
            }
        }
    }

    @Test
    void claimsMatchTheSite() {
        forAll(EXAMPLES, scenarios(), CodingProperties::claimsMatchTheSiteHolds);
    }

    private static void claimsMatchTheSiteHolds(Scenario scenario) {
        CodingResult result = ENGINE.code(scenario.request(), scenario.conventions());
        if (result.claims().isEmpty()) {
            assertThat(result.findings()).anyMatch(f -> f.severity() == com.facetestimator.domain.Finding.Severity.ERROR);
            return;
        }
        List<ClaimType> expected = scenario.request().siteOfService() == SiteOfService.OFFICE
                ? List.of(ClaimType.PROFESSIONAL)
                : List.of(ClaimType.PROFESSIONAL, ClaimType.FACILITY);
        assertThat(result.claims()).extracting(Claim::type).containsExactlyElementsOf(expected);
    }

    @Test
    void theOrderOfTheLevelsDoesNotMatter() {
        forAll(EXAMPLES, scenarios(), CodingProperties::theOrderOfTheLevelsDoesNotMatterHolds);
    }

    private static void theOrderOfTheLevelsDoesNotMatterHolds(Scenario scenario) {
        CodingResult canonical = ENGINE.code(scenario.request(), scenario.conventions());
        CodingResult rewritten = ENGINE.code(scenario.rewritten(), scenario.conventions());
        assertThat(rewritten).isEqualTo(canonical);
    }

    @Test
    void withoutAPolicyEverythingIsCoveredAndThereIsNoKx() {
        forAll(EXAMPLES, scenarios(), CodingProperties::withoutAPolicyEverythingIsCoveredAndThereIsNoKxHolds);
    }

    private static void withoutAPolicyEverythingIsCoveredAndThereIsNoKxHolds(Scenario scenario) {
        BillingConventions c = scenario.conventions();
        CodingResult result = ENGINE.code(scenario.request(),
                new BillingConventions(c.professionalBilateral(), c.facilityBilateral(), null));
        assertThat(result.coverage()).isEqualTo(CoverageDetermination.noPolicy());
        assertThat(result.claims()).flatExtracting(Claim::lines).allSatisfy(line -> {
            assertThat(line.covered()).isTrue();
            assertThat(line.modifiers()).doesNotContain("KX");
        });
        assertThat(result.findings()).noneMatch(f -> f.ruleId().startsWith("LCD-") || f.ruleId().startsWith("OPPS-")
                || f.ruleId().startsWith("DENIAL-"));
        assertThat(result.documentation()).isNotEmpty();
    }

    @Test
    void underTheMedicarePolicyOnlyTheFirstTwoLevelsAreCovered() {
        forAll(EXAMPLES, scenarios(), CodingProperties::underTheMedicarePolicyOnlyTheFirstTwoLevelsAreCoveredHolds);
    }

    private static void underTheMedicarePolicyOnlyTheFirstTwoLevelsAreCoveredHolds(Scenario scenario) {
        BillingConventions c = scenario.conventions();
        CodingResult result = ENGINE.code(scenario.request(),
                new BillingConventions(c.professionalBilateral(), c.facilityBilateral(), "MEDICARE-FACET-LCD"));
        boolean imaging = EnumSet.of(Guidance.FLUOROSCOPY, Guidance.CT).contains(scenario.request().guidance());
        assertThat(result.coverage().covered()).isEqualTo(imaging);
        for (Claim claim : result.claims()) {
            for (ClaimLine line : claim.lines()) {
                if (!imaging) {
                    assertThat(line.covered()).isFalse();
                } else if (!line.addOn() || Set.of("64491", "64494", "0214T", "0217T").contains(line.code())) {
                    assertThat(line.covered()).as(line.code().toLowerCase(Locale.ROOT)).isTrue();
                }
            }
        }
        boolean anyNotCovered = result.claims().stream().flatMap(cl -> cl.lines().stream()).anyMatch(l -> !l.covered());
        assertThat(result.coverage().abnAdvised()).isEqualTo(!imaging || anyNotCovered);
        assertThat(anyNotCovered).isEqualTo(!result.claims().isEmpty() && (!imaging || scenario.levelCount() > 2));
    }
}
