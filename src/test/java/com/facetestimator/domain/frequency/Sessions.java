package com.facetestimator.domain.frequency;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.FacetLevel;
import com.facetestimator.domain.coding.Rule;
import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.Laterality;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.Purpose;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.coding.SpinalRegion;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Test fixtures: sessions with plausible appointment content for a region and counter. */
public final class Sessions {
    private Sessions() {}

    /** The bundled Medicare facet LCD limits (revision in force in 2025-2026), with Original Medicare liability (GA/GZ). */
    public static final FrequencyPolicy MEDICARE = com.facetestimator.rules.RuleFiles.bundled().frequency()
            .find("MEDICARE-FACET-LCD", LocalDate.of(2026, 1, 1), "MEDICARE").orElseThrow();

    /** A test policy version with these limits, in force from 2000-01-01, with Original Medicare's GA/GZ. */
    public static FrequencyPolicy policy(String id, Map<FrequencyCounter, Integer> limits, int windowMonths, int confirmatoryMinDays) {
        Map<FrequencyCounter, Rule> rules = new EnumMap<>(FrequencyCounter.class);
        for (FrequencyCounter counter : FrequencyCounter.values()) {
            rules.put(counter, new Rule("LCD-FREQ-" + counter.name(), "test policy " + id, Finding.Confidence.UNCONFIRMED));
        }
        return new FrequencyPolicy(id, "test", LocalDate.of(2000, 1, 1), null, "test policy " + id, limits, rules,
                windowMonths, confirmatoryMinDays,
                new Rule("LCD-DIAG-CONFIRMATORY-INTERVAL", "test policy " + id, Finding.Confidence.UNCONFIRMED),
                MEDICARE.liability());
    }

    static RecordedSession session(String id, LocalDate date, SpinalRegion region, FrequencyCounter counter,
                                   SessionStatus status) {
        Procedure procedure = counter == FrequencyCounter.RFA ? Procedure.RFA : Procedure.INJECTION;
        Purpose purpose = switch (counter) {
            case DIAGNOSTIC -> Purpose.DIAGNOSTIC;
            case THERAPEUTIC -> Purpose.THERAPEUTIC;
            case RFA -> null;
        };
        List<FacetLevel> levels = region == SpinalRegion.LUMBAR_SACRAL
                ? List.of(FacetLevel.L5_S1, FacetLevel.L4_L5)
                : List.of(FacetLevel.C5_C6);
        return new RecordedSession(id, date, "medicare", SiteOfService.OFFICE, procedure, purpose, levels,
                Laterality.BILATERAL, Guidance.FLUOROSCOPY, status, region, counter);
    }

    public static RecordedSession lumbarTherapeutic(String id, String date) {
        return session(id, LocalDate.parse(date), SpinalRegion.LUMBAR_SACRAL, FrequencyCounter.THERAPEUTIC,
                SessionStatus.PERFORMED);
    }

    static RecordedSession lumbar(String id, String date, FrequencyCounter counter, SessionStatus status) {
        return session(id, LocalDate.parse(date), SpinalRegion.LUMBAR_SACRAL, counter, status);
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
