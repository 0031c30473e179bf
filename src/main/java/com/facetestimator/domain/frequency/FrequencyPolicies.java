package com.facetestimator.domain.frequency;

import com.facetestimator.domain.coding.NoncoveredLiability;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The frequency policy versions the estimator knows, loaded from data. A payer profile names a
 * policy by id; the date of service picks the version, and the payer's type picks who is liable
 * for a service over the limit (the ABN for Original Medicare). Checked when built: two versions
 * of one policy never overlap in time.
 */
public final class FrequencyPolicies {

    private final List<FrequencyPolicy> versions;
    private final Map<String, Map<String, NoncoveredLiability>> liabilities; // by version label
    private final String countersPolicyId;

    /**
     * @param countersPolicyId the policy a patient's counters are shown against when no payer is named
     *                         (the sessions overview); it must be one of {@code versions}
     * @param liabilities for each version's {@link FrequencyPolicy#versionLabel() label}, the liability by payer
     *                    type name (e.g. {@code MEDICARE}); a version missing from it has none
     */
    public FrequencyPolicies(Collection<FrequencyPolicy> versions,
                             Map<String, Map<String, NoncoveredLiability>> liabilities, String countersPolicyId) {
        this.versions = List.copyOf(versions);
        this.countersPolicyId = Objects.requireNonNull(countersPolicyId, "countersPolicyId");
        if (!knows(countersPolicyId)) {
            throw new IllegalArgumentException("the counters policy " + countersPolicyId + " has no version");
        }
        // Keyed by label, not by the record: a record's hashCode is bootstrapped through method
        // handles on first use, which cost this path about 15 ms of every cold start.
        Map<String, Map<String, NoncoveredLiability>> copy = new HashMap<>();
        for (Map.Entry<String, Map<String, NoncoveredLiability>> e : liabilities.entrySet()) {
            copy.put(e.getKey(), Map.copyOf(e.getValue()));
        }
        this.liabilities = copy;
        for (int i = 0; i < this.versions.size(); i++) {
            for (int j = i + 1; j < this.versions.size(); j++) {
                FrequencyPolicy a = this.versions.get(i);
                FrequencyPolicy b = this.versions.get(j);
                if (a.policyId().equals(b.policyId()) && a.overlaps(b)) {
                    throw new IllegalArgumentException("frequency policy " + a.policyId() + ": revisions " + a.revision()
                            + " and " + b.revision() + " are both in force on one date");
                }
            }
        }
    }

    /**
     * The version of {@code policyId} in force on {@code dateOfService}, with the liability for a
     * payer of type {@code payerType} (none when the policy names none for it).
     */
    public Optional<FrequencyPolicy> find(String policyId, LocalDate dateOfService, String payerType) {
        Objects.requireNonNull(dateOfService, "dateOfService");
        if (policyId == null) {
            return Optional.empty();
        }
        return versions.stream()
                .filter(v -> v.policyId().equals(policyId) && v.appliesOn(dateOfService))
                .findFirst()
                .map(v -> v.withLiability(payerType == null ? null : liabilities.getOrDefault(v.versionLabel(), Map.of()).get(payerType)));
    }

    /** The policy a patient's counters are shown against when no payer is named. */
    public String countersPolicyId() {
        return countersPolicyId;
    }

    /** Whether any version of {@code policyId} is loaded. */
    public boolean knows(String policyId) {
        return policyId != null && versions.stream().anyMatch(v -> v.policyId().equals(policyId));
    }

    /** Every version, in load order (for the rules catalogue). */
    public List<FrequencyPolicy> versions() {
        return versions;
    }

    /** The liabilities of a version by payer type name. */
    public Map<String, NoncoveredLiability> liabilities(FrequencyPolicy version) {
        return liabilities.getOrDefault(version, Map.of());
    }
}
