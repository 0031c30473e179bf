package com.facetestimator.domain.coding;

import com.facetestimator.domain.FieldError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The validated levels of one session: distinct, in spinal order, of one region, or T12-L1
 * joining lumbar levels (the "junction" session CGS A58364 codes as one lumbar session).
 */
record SessionLevels(List<FacetLevel> levels, SpinalRegion region, boolean junction) {
    // region is both the code family region and the Medicare frequency region: T12-L1 alone (or
    // with thoracic levels) is cervical/thoracic, T12-L1 with lumbar levels is lumbar/sacral.

    static final int MAX_LEVELS = 8;

    /**
     * Parses and checks the raw level strings, adding every problem to {@code errors}; empty when
     * there was any problem with the levels.
     */
    static Optional<SessionLevels> parse(List<String> raw, List<FieldError> errors) {
        int before = errors.size();
        if (raw.isEmpty()) {
            errors.add(new FieldError("levels", "at least one facet level is required, e.g. L4-L5"));
        } else if (raw.size() > MAX_LEVELS) {
            errors.add(new FieldError("levels",
                    "at most " + MAX_LEVELS + " levels per session; got " + raw.size()));
        }
        Map<FacetLevel, Integer> firstIndex = new EnumMap<>(FacetLevel.class);
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i);
            String field = "levels[" + i + "]";
            Optional<FacetLevel> level = FacetLevel.parse(text);
            if (level.isEmpty()) {
                errors.add(new FieldError(field, text == null || text.isBlank()
                        ? "is blank; expected a facet level such as L4-L5"
                        : "unknown facet level '" + quoted(text) + "'; expected C2-C3 to C7-T1, T1-T2 to T12-L1, or L1-L2 to L5-S1"));
                continue;
            }
            Integer seen = firstIndex.putIfAbsent(level.get(), i);
            if (seen != null) {
                errors.add(new FieldError(field,
                        "duplicate level " + level.get().label() + " (already given as levels[" + seen + "])"));
            }
        }
        List<FacetLevel> levels = new ArrayList<>(firstIndex.keySet()); // EnumMap: spinal order
        boolean hasLumbar = levels.stream().anyMatch(l -> l.codingRegion() == SpinalRegion.LUMBAR_SACRAL);
        List<FacetLevel> upper = levels.stream()
                .filter(l -> l.codingRegion() == SpinalRegion.CERVICAL_THORACIC && l != FacetLevel.T12_L1)
                .toList();
        if (hasLumbar && !upper.isEmpty()) {
            errors.add(new FieldError("levels", "levels of two spinal regions in one session ("
                    + labels(upper) + " cervical/thoracic; "
                    + labels(levels.stream().filter(l -> l.codingRegion() == SpinalRegion.LUMBAR_SACRAL).toList())
                    + " lumbar/sacral); only T12-L1 may join lumbar levels"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        boolean junction = hasLumbar && levels.contains(FacetLevel.T12_L1);
        SpinalRegion region = hasLumbar ? SpinalRegion.LUMBAR_SACRAL : SpinalRegion.CERVICAL_THORACIC;
        return Optional.of(new SessionLevels(List.copyOf(levels), region, junction));
    }

    private static String labels(List<FacetLevel> levels) {
        return levels.stream().map(FacetLevel::label).collect(Collectors.joining(", "));
    }

    /** The client's text made safe to echo: printable ASCII only, at most 24 characters. */
    static String quoted(String text) {
        String printable = text.codePoints()
                .map(c -> c >= 0x20 && c < 0x7f && c != '\'' ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() > 24 ? printable.substring(0, 24) + "..." : printable;
    }
}
