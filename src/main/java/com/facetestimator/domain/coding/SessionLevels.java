package com.facetestimator.domain.coding;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The levels of one session in spinal order, with the region they are coded and counted in:
 * T12-L1 alone (or with thoracic levels) is cervical/thoracic, T12-L1 with lumbar levels is
 * lumbar/sacral, a "junction" session. {@link ProcedureRequest} has already checked them.
 */
record SessionLevels(List<FacetLevel> levels, SpinalRegion region, boolean junction) {

    static SessionLevels of(List<FacetLevel> requested) {
        List<FacetLevel> levels = List.copyOf(EnumSet.copyOf(requested)); // EnumSet: spinal order
        boolean hasLumbar = levels.stream().anyMatch(l -> l.codingRegion() == SpinalRegion.LUMBAR_SACRAL);
        boolean junction = hasLumbar && levels.contains(FacetLevel.T12_L1);
        return new SessionLevels(levels, hasLumbar ? SpinalRegion.LUMBAR_SACRAL : SpinalRegion.CERVICAL_THORACIC, junction);
    }

    static String labels(List<FacetLevel> levels) {
        return levels.stream().map(FacetLevel::label).collect(Collectors.joining(", "));
    }
}
