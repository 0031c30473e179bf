package com.facetestimator.domain.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A practice's expected revenue over a batch of appointments, and the appointments at risk.
 *
 * @param byMonth      buckets keyed {@code YYYY-MM}, in date order
 * @param byPayer      buckets keyed by payer id
 * @param bySite       buckets keyed by site of service
 * @param atRisk       the appointments with at least one reason, in the order they were given
 * @param byReason     each reason that occurs, in the reasons' order: how many appointments and how much allowed it concerns
 * @param appointments every appointment's own figures, in the order they were given
 */
public record Forecast(int count, Totals totals, List<Bucket> byMonth, List<Bucket> byPayer, List<Bucket> bySite, List<AtRisk> atRisk,
                       List<ReasonTotal> byReason, List<AppointmentForecast> appointments) {

    /** Sums over every appointment; {@code atRiskAllowed} is the part of {@code allowed} at risk. */
    public record Totals(BigDecimal allowed, BigDecimal payerPays, BigDecimal patientPays, BigDecimal atRiskAllowed) {}

    public record Bucket(String key, int count, BigDecimal allowed, BigDecimal payerPays, BigDecimal patientPays, BigDecimal atRiskAllowed) {}

    /** An appointment with several reasons counts under each of them. */
    public record ReasonTotal(AtRiskReason reason, int count, BigDecimal allowed) {}

    public record AtRisk(String appointmentId, LocalDate dateOfService, List<AtRiskReason> reasons) {}

    /**
     * One appointment's figures.
     *
     * @param codes the billed lines as labelled on the claims (e.g. {@code 64493-50}), each once, in billing order
     */
    public record AppointmentForecast(String appointmentId, LocalDate dateOfService, List<String> codes, BigDecimal allowed,
                                      BigDecimal payerPays, BigDecimal patientPays, List<AtRiskReason> reasons) {
        public boolean atRisk() {
            return !reasons.isEmpty();
        }
    }
}
