package com.facetestimator.domain.estimate;

import java.math.BigDecimal;
import java.util.List;

/**
 * A practice's expected revenue over a batch of appointments, and the appointments at risk.
 *
 * @param byMonth buckets keyed {@code YYYY-MM}, in date order
 * @param byPayer buckets keyed by payer id
 * @param bySite  buckets keyed by site of service
 */
public record Forecast(int count, Totals totals, List<Bucket> byMonth, List<Bucket> byPayer, List<Bucket> bySite, List<AtRisk> atRisk) {

    /** Sums over every appointment; {@code atRiskAllowed} is the part of {@code allowed} at risk. */
    public record Totals(BigDecimal allowed, BigDecimal payerPays, BigDecimal patientPays, BigDecimal atRiskAllowed) {}

    public record Bucket(String key, int count, BigDecimal allowed, BigDecimal payerPays, BigDecimal patientPays, BigDecimal atRiskAllowed) {}

    public record AtRisk(String appointmentId, List<AtRiskReason> reasons) {}

    /** Why an appointment's revenue may not arrive as estimated. */
    public enum AtRiskReason {
        FREQUENCY_EXCEEDED,
        GUIDANCE_NOT_COVERED,
        LEVELS_NOT_COVERED,
        PRIOR_AUTHORIZATION_REQUIRED,
        FEE_NOT_LOADED,
        NOT_BILLABLE
    }
}
