package com.facetestimator.domain.frequency;

import com.facetestimator.domain.Finding;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frequency policies the estimator knows, by id (a payer profile names one). A revised
 * LCD is loaded as another entry (or a replacement of the same id), not as new code.
 */
public final class FrequencyPolicies {

    public static final String MEDICARE_FACET_LCD_ID = "MEDICARE-FACET-LCD";

    /**
     * Medicare "Facet Joint Interventions for Pain Management" LCDs, revised 2024 (read
     * in the LCDs and in secondary sources quoting them): per spinal region per rolling 12 months, 4 diagnostic, 4 therapeutic injection and
     * 2 RFA sessions; the confirmatory diagnostic block at least 2 weeks after the first.
     */
    public static final FrequencyPolicy MEDICARE_FACET_LCD = new FrequencyPolicy(
            MEDICARE_FACET_LCD_ID,
            "Facet Joint Interventions LCDs (e.g. CGS L38773, Noridian L38803), rev. 2024",
            Finding.Confidence.SECONDARY_SOURCE,
            Map.of(FrequencyCounter.DIAGNOSTIC, 4, FrequencyCounter.THERAPEUTIC, 4, FrequencyCounter.RFA, 2),
            12,
            14);

    private final Map<String, FrequencyPolicy> byId;

    /** Later policies with the same id replace earlier ones. */
    public FrequencyPolicies(Collection<FrequencyPolicy> policies) {
        Map<String, FrequencyPolicy> map = new LinkedHashMap<>();
        for (FrequencyPolicy policy : policies) {
            map.put(policy.policyId(), policy);
        }
        this.byId = map;
    }

    /** The policies bundled with the estimator. */
    public static FrequencyPolicies bundled() {
        return new FrequencyPolicies(List.of(MEDICARE_FACET_LCD));
    }

    public Optional<FrequencyPolicy> find(String policyId) {
        return policyId == null ? Optional.empty() : Optional.ofNullable(byId.get(policyId));
    }

    public List<FrequencyPolicy> all() {
        return List.copyOf(byId.values());
    }
}
