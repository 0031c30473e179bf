package com.facetestimator.domain.estimate;

import com.facetestimator.domain.InvalidInputException;
import com.facetestimator.domain.coding.CodingResult;
import com.facetestimator.domain.frequency.FrequencyCounter;
import com.facetestimator.domain.frequency.FrequencyPolicy;
import com.facetestimator.domain.frequency.FrequencyTimeline;
import com.facetestimator.domain.frequency.FrequencyVerdict;
import com.facetestimator.domain.frequency.PatientLedger;
import com.facetestimator.domain.frequency.PlannedAppointment;
import com.facetestimator.domain.frequency.SessionLedgerStore;
import com.facetestimator.domain.coding.CodingEngine;
import com.facetestimator.domain.pricing.PayerProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The forecast use case: every appointment estimated as {@link EstimateService} would, with
 * the patients' ledgers read in batches (never one read per appointment) and each patient's
 * appointments consuming the frequency limits in date order, after the recorded sessions.
 */
public final class RevenueForecast {
    /** What one call takes: 30,000 appointments fit Lambda's 6 MB payload as CSV, and its time (see the README's bench). */
    public static final int MAX_APPOINTMENTS = 30_000;

    private final EstimateService estimates;
    private final SessionLedgerStore ledger;
    private final CodingEngine coding;

    public RevenueForecast(EstimateService estimates, SessionLedgerStore ledger, CodingEngine coding) {
        this.estimates = estimates;
        this.ledger = ledger;
        this.coding = coding;
    }

    /** One appointment of a forecast, named by the caller's id. */
    public record Planned(String appointmentId, Appointment appointment) {}

    private record Prepared(Planned planned, PayerProfile payer, CodingResult coded, FrequencyPolicy policy) {}

    /**
     * @throws UnknownPayersException naming each appointment whose payer has no profile loaded
     * @throws UnlocatedAppointmentsException naming each appointment's place fields that cannot be resolved
     * @throws IllegalArgumentException for an empty batch or one over {@link #MAX_APPOINTMENTS}
     */
    public Forecast forecast(List<Planned> appointments) {
        List<Prepared> prepared = prepare(appointments);
        Map<String, FrequencyVerdict> verdicts = frequencyVerdicts(prepared);

        Totals total = new Totals();
        Map<String, Totals> byMonth = new TreeMap<>();
        Map<String, Totals> byPayer = new TreeMap<>();
        Map<String, Totals> bySite = new TreeMap<>();
        List<Forecast.AtRisk> atRisk = new ArrayList<>();
        List<Forecast.AppointmentForecast> results = new ArrayList<>(prepared.size());
        Map<AtRiskReason, Totals> byReason = new EnumMap<>(AtRiskReason.class);
        for (Prepared p : prepared) {
            Appointment a = p.planned().appointment();
            Estimate estimate = estimates.assemble(a, p.payer(), p.coded(), verdicts.get(p.planned().appointmentId()));
            List<AtRiskReason> reasons = List.copyOf(AtRiskReason.of(estimate, a.abnOnFile()));
            BigDecimal atRiskAllowed = reasons.isEmpty() ? BigDecimal.ZERO : estimate.pricing().allowed();
            for (Totals t : List.of(total,
                    byMonth.computeIfAbsent(a.request().dateOfService().toString().substring(0, 7), k -> new Totals()),
                    byPayer.computeIfAbsent(a.payerId(), k -> new Totals()),
                    bySite.computeIfAbsent(a.request().siteOfService().name(), k -> new Totals()))) {
                t.add(estimate, atRiskAllowed);
            }
            for (AtRiskReason reason : reasons) {
                byReason.computeIfAbsent(reason, k -> new Totals()).add(estimate, atRiskAllowed);
            }
            if (!reasons.isEmpty()) {
                atRisk.add(new Forecast.AtRisk(p.planned().appointmentId(), a.request().dateOfService(), reasons));
            }
            results.add(new Forecast.AppointmentForecast(p.planned().appointmentId(), a.request().dateOfService(), codes(estimate),
                    estimate.pricing().allowed(), estimate.pricing().payerPays(), estimate.pricing().patientPays(), reasons));
        }
        return new Forecast(prepared.size(),
                new Forecast.Totals(total.allowed, total.payerPays, total.patientPays, total.atRiskAllowed),
                buckets(byMonth), buckets(byPayer), buckets(bySite), atRisk,
                byReason.entrySet().stream().map(e -> new Forecast.ReasonTotal(e.getKey(), e.getValue().count, e.getValue().allowed)).toList(),
                results);
    }

    /** Each billed line once, as the claims label it, professional claim first. */
    private static List<String> codes(Estimate e) {
        Set<String> codes = new LinkedHashSet<>();
        e.pricing().claims().forEach(c -> c.lines().forEach(l -> codes.add(l.label())));
        return List.copyOf(codes);
    }

    /**
     * Finds every appointment's payer and codes it first, so a batch naming a payer that is not
     * loaded is refused whole, before any ledger read.
     */
    private List<Prepared> prepare(List<Planned> appointments) {
        if (appointments.isEmpty() || appointments.size() > MAX_APPOINTMENTS) {
            throw new IllegalArgumentException("a forecast holds 1 to " + MAX_APPOINTMENTS + " appointments");
        }
        Map<String, Optional<PayerProfile>> payers = new HashMap<>();
        List<UnknownPayersException.Position> unknown = new ArrayList<>();
        List<UnlocatedAppointmentsException.Position> unlocated = new ArrayList<>();
        List<Prepared> prepared = new ArrayList<>(appointments.size());
        for (int i = 0; i < appointments.size(); i++) {
            Planned planned = appointments.get(i);
            Appointment a = planned.appointment();
            Optional<PayerProfile> payer = payers.computeIfAbsent(a.payerId(), estimates::findPayer);
            if (payer.isEmpty()) {
                unknown.add(new UnknownPayersException.Position(i, a.payerId()));
            } else if (unknown.isEmpty()) {
                Appointment located;
                try {
                    located = estimates.locate(a); // the MAC-from-locality rules need it before coding
                } catch (InvalidInputException e) {
                    int index = i;
                    e.errors().forEach(err -> unlocated.add(new UnlocatedAppointmentsException.Position(index, err)));
                    continue;
                }
                if (unlocated.isEmpty()) {
                    CodingResult coded = coding.code(located.request(), payer.get().billing());
                    prepared.add(new Prepared(new Planned(planned.appointmentId(), located), payer.get(), coded,
                            estimates.frequencyPolicy(payer.get(), located.request().dateOfService()).orElse(null)));
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownPayersException(unknown);
        }
        if (!unlocated.isEmpty()) {
            throw new UnlocatedAppointmentsException(unlocated);
        }
        return prepared;
    }

    /** One batched ledger read for all patients, then each patient's appointments in date order. */
    private Map<String, FrequencyVerdict> frequencyVerdicts(List<Prepared> prepared) {
        List<String> patients = prepared.stream()
                .filter(p -> p.policy() != null && p.planned().appointment().patientId() != null)
                .map(p -> p.planned().appointment().patientId())
                .distinct().toList();
        Map<String, PatientLedger> ledgers = patients.isEmpty() ? Map.of() : ledger.loadAll(patients);

        Map<List<String>, List<Prepared>> timelines = new LinkedHashMap<>();
        Map<String, FrequencyVerdict> verdicts = new HashMap<>();
        for (Prepared p : prepared) {
            if (p.policy() == null) {
                continue;
            }
            String patient = p.planned().appointment().patientId();
            // Without a patient id there is no history to share: each appointment stands alone.
            String owner = patient == null ? "appointment:" + p.planned().appointmentId() : "patient:" + patient;
            timelines.computeIfAbsent(List.of(owner, p.policy().policyId()), k -> new ArrayList<>()).add(p);
        }
        for (var timeline : timelines.entrySet()) {
            List<Prepared> members = timeline.getValue();
            // Each appointment is judged by the policy version of its own date (and its payer's liability).
            Map<String, FrequencyPolicy> versions = new HashMap<>();
            members.forEach(p -> versions.put(p.planned().appointmentId(), p.policy()));
            String patient = members.get(0).planned().appointment().patientId();
            var recorded = patient == null ? List.<com.facetestimator.domain.frequency.RecordedSession>of()
                    : ledgers.getOrDefault(patient, PatientLedger.empty()).sessions();
            List<PlannedAppointment> planned = members.stream().map(p -> new PlannedAppointment(
                    p.planned().appointmentId(),
                    p.planned().appointment().request().dateOfService(),
                    p.coded().region(),
                    FrequencyCounter.of(p.planned().appointment().request().procedure(), p.planned().appointment().request().purpose()),
                    p.planned().appointment().abnOnFile())).toList();
            verdicts.putAll(FrequencyTimeline.assess(a -> versions.get(a.key()), recorded, planned));
        }
        return verdicts;
    }

    private static List<Forecast.Bucket> buckets(Map<String, Totals> totals) {
        return totals.entrySet().stream()
                .map(e -> new Forecast.Bucket(e.getKey(), e.getValue().count, e.getValue().allowed, e.getValue().payerPays,
                        e.getValue().patientPays, e.getValue().atRiskAllowed))
                .toList();
    }

    /** A running sum; money stays exact (BigDecimal), so totals equal the sum of the estimates. */
    private static final class Totals {
        int count;
        BigDecimal allowed = BigDecimal.ZERO.setScale(2);
        BigDecimal payerPays = BigDecimal.ZERO.setScale(2);
        BigDecimal patientPays = BigDecimal.ZERO.setScale(2);
        BigDecimal atRiskAllowed = BigDecimal.ZERO.setScale(2);

        void add(Estimate e, BigDecimal atRisk) {
            count++;
            allowed = allowed.add(e.pricing().allowed());
            payerPays = payerPays.add(e.pricing().payerPays());
            patientPays = patientPays.add(e.pricing().patientPays());
            atRiskAllowed = atRiskAllowed.add(atRisk);
        }
    }
}
