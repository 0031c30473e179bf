package com.facetestimator.domain.coding;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: a compact text form of claims ("64493-50x1 +64494-50x1") and request builders. */
final class ClaimText {
    private ClaimText() {}

    static final BillingConventions MEDICARE = new BillingConventions(
            BilateralStyle.MODIFIER_50_ONE_UNIT, BilateralStyle.MODIFIER_50_ONE_UNIT, "MEDICARE-FACET-LCD");
    static final BillingConventions MEDICARE_ASC = new BillingConventions(
            BilateralStyle.MODIFIER_50_ONE_UNIT, BilateralStyle.RT_LT_LINES, "MEDICARE-FACET-LCD");
    static final BillingConventions NO_POLICY = new BillingConventions(
            BilateralStyle.MODIFIER_50_ONE_UNIT, BilateralStyle.MODIFIER_50_ONE_UNIT, null);

    /** Each line as [+]code[-modifier...]xunits, "+" marking an add-on, "!" a line not covered. */
    static String render(Claim claim) {
        return claim.lines().stream().map(ClaimText::render).collect(Collectors.joining(" "));
    }

    static String render(ClaimLine line) {
        return (line.covered() ? "" : "!") + (line.addOn() ? "+" : "") + line.code()
                + line.modifiers().stream().map(m -> "-" + m).collect(Collectors.joining()) + "x" + line.units();
    }

    static String render(CodingResult result, ClaimType type) {
        return result.claims().stream().filter(c -> c.type() == type).findFirst().map(ClaimText::render).orElse("-");
    }

    static ProcedureRequest request(SiteOfService site, Procedure procedure, Purpose purpose, Guidance guidance,
                                    Laterality laterality, String... levels) {
        return new ProcedureRequest(site, LocalDate.of(2026, 3, 2), procedure, purpose, levels(levels), laterality,
                guidance, null);
    }

    /** Levels by their labels, e.g. {@code "L4-L5"}. */
    static List<FacetLevel> levels(String... labels) {
        return Arrays.stream(labels).map(l -> FacetLevel.parse(l).orElseThrow(() -> new IllegalArgumentException(l))).toList();
    }

    static ProcedureRequest injection(Purpose purpose, Laterality laterality, String... levels) {
        return request(SiteOfService.OFFICE, Procedure.INJECTION, purpose, Guidance.FLUOROSCOPY, laterality, levels);
    }
}
