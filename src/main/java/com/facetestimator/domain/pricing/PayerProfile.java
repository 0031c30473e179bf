package com.facetestimator.domain.pricing;

import com.facetestimator.domain.coding.BillingConventions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the estimator knows about one payer: how it wants claims coded, which coverage
 * and frequency policies it applies, how it prices, and its default cost sharing.
 *
 * @param frequencyPolicyId the frequency policy (e.g. the Medicare facet LCD limits) or null
 * @param sample            true for illustrative payers bundled with the project, not real contracts
 */
public record PayerProfile(
        String payerId,
        String name,
        PayerType type,
        boolean sample,
        BillingConventions billing,
        String frequencyPolicyId,
        FeeBasis feeBasis,
        List<CostSharingTerms> costSharing,
        String note) {

    public PayerProfile {
        costSharing = costSharing == null ? List.of() : List.copyOf(costSharing);
    }

    public Optional<CostSharingTerms> costSharingOn(LocalDate dateOfService) {
        return costSharing.stream().filter(t -> t.appliesOn(dateOfService)).findFirst();
    }
}
