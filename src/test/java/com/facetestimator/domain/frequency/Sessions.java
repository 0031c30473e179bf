package com.facetestimator.domain.frequency;

import com.facetestimator.domain.coding.FacetLevel;
import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.Laterality;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.Purpose;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.coding.SpinalRegion;
import java.time.LocalDate;
import java.util.List;

/** Test fixtures: sessions with plausible appointment content for a region and counter. */
public final class Sessions {
    private Sessions() {}

    public static final FrequencyPolicy MEDICARE = FrequencyPolicies.MEDICARE_FACET_LCD;

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
