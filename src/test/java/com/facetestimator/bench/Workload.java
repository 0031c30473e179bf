package com.facetestimator.bench;

import com.facetestimator.domain.coding.FacetLevel;
import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.Laterality;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.coding.Purpose;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.estimate.Appointment;
import com.facetestimator.domain.estimate.RevenueForecast;
import com.facetestimator.domain.frequency.FrequencyCounter;
import com.facetestimator.domain.frequency.PatientLedger;
import com.facetestimator.domain.frequency.RecordedSession;
import com.facetestimator.domain.frequency.SessionStatus;
import com.facetestimator.domain.pricing.PatientCoverage;
import com.facetestimator.store.DynamoDbSessionLedger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's requests, varied but deterministic (seeded): every bundled payer, every site, both
 * procedures and purposes, one or two levels in either region, every laterality, the usual
 * guidance, dates through 2026, patients with recorded sessions. Everything here is valid input:
 * the bench counts any non-2xx answer as an error.
 */
final class Workload {
    static final int PATIENTS = 1_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    private static final List<List<String>> LEVELS = List.of(
            List.of("L4-L5"), List.of("L5-S1"), List.of("L4-L5", "L5-S1"), List.of("L3-L4", "L4-L5"),
            List.of("L3-L4"), List.of("C5-C6"), List.of("C4-C5", "C5-C6"), List.of("C6-C7"));

    private final Random random;

    Workload(long seed) {
        this.random = new Random(seed);
    }

    /** Short ids keep a 5,000-appointment forecast body compact. */
    static String patientId(int i) {
        return "p" + i;
    }

    /** One appointment as the API takes it. */
    record Spec(String payerId, SiteOfService site, LocalDate date, Procedure procedure, Purpose purpose, List<String> levels,
                Laterality laterality, Guidance guidance, String patientId, BigDecimal deductibleRemaining) {

        Appointment appointment() {
            PatientCoverage coverage = deductibleRemaining == null ? PatientCoverage.PAYER_DEFAULTS
                    : new PatientCoverage(deductibleRemaining, null, null, null);
            return new Appointment(payerId, new ProcedureRequest(site, date, procedure, purpose,
                    levels.stream().map(l -> FacetLevel.parse(l).orElseThrow()).toList(), laterality, guidance, null),
                    patientId, coverage, false);
        }

        /** Compact JSON; every value is from a safe alphabet, so nothing needs escaping. */
        String json(String appointmentId, boolean compareSites) {
            StringBuilder b = new StringBuilder(220).append('{');
            if (appointmentId != null) {
                b.append("\"appointmentId\":\"").append(appointmentId).append("\",");
            }
            if (patientId != null) {
                b.append("\"patientId\":\"").append(patientId).append("\",");
            }
            b.append("\"payerId\":\"").append(payerId).append("\",\"siteOfService\":\"").append(site)
                    .append("\",\"dateOfService\":\"").append(date).append("\",\"procedure\":\"").append(procedure).append('"');
            if (purpose != null) {
                b.append(",\"purpose\":\"").append(purpose).append('"');
            }
            b.append(",\"levels\":[");
            for (int i = 0; i < levels.size(); i++) {
                b.append(i == 0 ? "" : ",").append('"').append(levels.get(i)).append('"');
            }
            b.append("],\"laterality\":\"").append(laterality).append("\",\"guidance\":\"").append(guidance).append('"');
            if (deductibleRemaining != null) {
                b.append(",\"coverage\":{\"deductibleRemaining\":").append(deductibleRemaining.toPlainString()).append('}');
            }
            if (compareSites) {
                b.append(",\"compareSites\":true");
            }
            return b.append('}').toString();
        }

        /** The same appointment as a CSV row in {@link #CSV_HEADER}'s columns; an absent field is an empty cell. */
        String csv(String appointmentId) {
            return appointmentId + ',' + (patientId == null ? "" : patientId) + ',' + payerId + ',' + site + ',' + date + ','
                    + procedure + ',' + (purpose == null ? "" : purpose) + ',' + String.join(";", levels) + ',' + laterality + ','
                    + guidance + ',' + (deductibleRemaining == null ? "" : deductibleRemaining.toPlainString());
        }
    }

    /** The columns of {@link Spec#csv}, in the order a practice-management export might list them. */
    static final String CSV_HEADER = "appointmentId,patientId,payerId,siteOfService,dateOfService,procedure,purpose,levels,laterality,"
            + "guidance,deductibleRemaining";

    /** The appointments (ids a0, a1, ...) as one CSV file with CRLF line ends, as spreadsheets write it. */
    static String forecastCsv(List<Spec> specs) {
        StringBuilder csv = new StringBuilder(specs.size() * 96).append(CSV_HEADER).append("\r\n");
        for (int i = 0; i < specs.size(); i++) {
            csv.append(specs.get(i).csv("a" + i)).append("\r\n");
        }
        return csv.toString();
    }

    Spec appointment(String patientId, LocalDate date, boolean withCoverage) {
        Procedure procedure = random.nextInt(5) < 3 ? Procedure.INJECTION : Procedure.RFA;
        Purpose purpose = procedure == Procedure.RFA ? null : random.nextBoolean() ? Purpose.DIAGNOSTIC : Purpose.THERAPEUTIC;
        int guidance = random.nextInt(10);
        return new Spec(
                payer(random.nextInt(10)),
                SiteOfService.values()[random.nextInt(3)],
                date,
                procedure,
                purpose,
                LEVELS.get(random.nextInt(LEVELS.size())),
                Laterality.values()[random.nextInt(3)],
                guidance < 7 ? Guidance.FLUOROSCOPY : Guidance.CT,
                patientId,
                withCoverage && random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(300)) : null);
    }

    /** The bundled payers: Medicare most of the time, each other payer one time in ten. */
    private static String payer(int roll) {
        return switch (roll) {
            case 0 -> "sample-commercial-a";
            case 1 -> "sample-commercial-b";
            case 2 -> "sample-self-pay";
            default -> "medicare";
        };
    }

    /** A POST /estimates body: a seeded patient (so the frequency check reads a ledger), sometimes comparing sites. */
    String estimateBody() {
        Spec spec = appointment(patientId(random.nextInt(PATIENTS)), FIRST_DAY.plusDays(random.nextInt(330)), true);
        return spec.json(null, random.nextInt(10) == 0);
    }

    static List<RevenueForecast.Planned> planned(List<Spec> specs) {
        List<RevenueForecast.Planned> planned = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            planned.add(new RevenueForecast.Planned("a" + i, specs.get(i).appointment()));
        }
        return planned;
    }

    /** The same appointments (same ids) as one compact POST /forecasts body, as many as fit in {@code maxBytes}. */
    static String forecastBody(List<Spec> specs, int maxBytes) {
        StringBuilder body = new StringBuilder(maxBytes).append("{\"appointments\":[");
        int n = 0;
        for (Spec spec : specs) {
            String item = spec.json("a" + n, false);
            if (body.length() + item.length() + 3 > maxBytes) {
                break;
            }
            body.append(n == 0 ? "" : ",").append(item);
            n++;
        }
        return body.append("]}").toString();
    }

    /** {@code count} appointments over {@code patients} patients, each patient's spread through the year. */
    List<Spec> forecastSpecs(int count, int patients) {
        return forecastSpecs(count, patients, false);
    }

    /** As {@link #forecastSpecs(int, int)}; {@code withCoverage} gives half of them a deductible remaining. */
    List<Spec> forecastSpecs(int count, int patients, boolean withCoverage) {
        List<Spec> specs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            specs.add(appointment(patientId(i % patients), FIRST_DAY.plusDays(random.nextInt(330)), withCoverage));
        }
        return specs;
    }

    /** Zero to three performed sessions in 2025-2026, as the sessions handler would have recorded them. */
    List<RecordedSession> history(int patient) {
        int n = random.nextInt(4);
        List<RecordedSession> sessions = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            Spec spec = appointment(patientId(patient), LocalDate.of(2025, 6, 1).plusDays(random.nextInt(300)), false);
            List<FacetLevel> levels = spec.levels().stream().map(l -> FacetLevel.parse(l).orElseThrow()).toList();
            sessions.add(new RecordedSession("s" + s, spec.date(), spec.payerId(), spec.site(), spec.procedure(), spec.purpose(),
                    levels, spec.laterality(), spec.guidance(), SessionStatus.PERFORMED, levels.get(0).codingRegion(),
                    FrequencyCounter.of(spec.procedure(), spec.purpose())));
        }
        return sessions;
    }

    /** Writes every patient's ledger (one conditional PutItem each, as recording would). */
    void seedLedgers(DynamoDbSessionLedger ledger) {
        seedLedgers(ledger, 0, PATIENTS);
    }

    /** Writes the ledgers of patients {@code from} (inclusive) to {@code to} (exclusive). */
    void seedLedgers(DynamoDbSessionLedger ledger, int from, int to) {
        for (int p = from; p < to; p++) {
            List<RecordedSession> sessions = history(p);
            if (!ledger.replaceIfVersion(patientId(p), new PatientLedger(1, sessions), 0)) {
                throw new IllegalStateException("ledger of " + patientId(p) + " already exists");
            }
        }
    }
}
