package com.facetestimator.domain.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * One service line of a claim.
 *
 * @param modifiers   in billing order (e.g. 50, RT/LT, KX, GA/GZ); never 51 on an add-on
 * @param addOn       an add-on code, reported only after its primary
 * @param description the project's own plain-language description (never the AMA descriptor)
 * @param covered     false when the payer's coverage policy excludes this line (e.g. a third level under the Medicare LCD)
 */
public record ClaimLine(String code, List<String> modifiers, int units, boolean addOn, String description, boolean covered) {
    public ClaimLine {
        modifiers = List.copyOf(modifiers);
        if (units < 1) {
            throw new IllegalArgumentException("units must be at least 1");
        }
    }

    public ClaimLine withModifier(String modifier) {
        if (modifiers.contains(modifier)) {
            return this;
        }
        List<String> more = new ArrayList<>(modifiers);
        more.add(modifier);
        return new ClaimLine(code, more, units, addOn, description, covered);
    }

    public boolean bilateral() {
        return modifiers.contains("50");
    }
}
