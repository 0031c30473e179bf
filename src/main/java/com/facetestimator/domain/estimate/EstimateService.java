package com.facetestimator.domain.estimate;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.NotFoundException;
import com.facetestimator.domain.coding.Claim;
import com.facetestimator.domain.coding.ClaimLine;
import com.facetestimator.domain.coding.CodingEngine;
import com.facetestimator.domain.coding.CodingResult;
import com.facetestimator.domain.coding.CoverageDetermination;
import com.facetestimator.domain.coding.NoncoveredLiability;
import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.frequency.FrequencyCounter;
import com.facetestimator.domain.frequency.FrequencyPolicies;
import com.facetestimator.domain.frequency.FrequencyPolicy;
import com.facetestimator.domain.frequency.FrequencyVerdict;
import com.facetestimator.domain.frequency.RecordedSession;
import com.facetestimator.domain.frequency.SessionLedgerStore;
import com.facetestimator.domain.locality.LocalityChoice;
import com.facetestimator.domain.locality.PaymentLocality;
import com.facetestimator.domain.pricing.ClaimPricer;
import com.facetestimator.domain.pricing.PayerDirectory;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.domain.pricing.PricingRequest;
import com.facetestimator.domain.pricing.PricingResult;
import com.facetestimator.domain.pricing.PricingRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The estimate use case: code the appointment for its payer, check the frequency limit against
 * the patient's recorded sessions (one ledger read), price the claims and the patient's share.
 */
public final class EstimateService {
    private final PayerDirectory payers;
    private final SessionLedgerStore ledger;
    private final CodingEngine coding;
    private final FrequencyPolicies frequencyPolicies;
    private final ClaimPricer pricer;
    private final FacilityWageIndexes wageIndexes;
    /** Null when built without one: the request's locality is then used as given. */
    private final ServicePlaces places;

    public EstimateService(PayerDirectory payers, SessionLedgerStore ledger, CodingEngine coding,
                           FrequencyPolicies frequencyPolicies, ClaimPricer pricer) {
        this(payers, ledger, coding, frequencyPolicies, pricer, FacilityWageIndexes.NONE);
    }

    public EstimateService(PayerDirectory payers, SessionLedgerStore ledger, CodingEngine coding,
                           FrequencyPolicies frequencyPolicies, ClaimPricer pricer, FacilityWageIndexes wageIndexes) {
        this(payers, ledger, coding, frequencyPolicies, pricer, wageIndexes, null);
    }

    /** The production wiring: {@code places} locates every appointment and gives facilities their wage index. */
    public EstimateService(PayerDirectory payers, SessionLedgerStore ledger, CodingEngine coding,
                           FrequencyPolicies frequencyPolicies, ClaimPricer pricer, ServicePlaces places) {
        this(payers, ledger, coding, frequencyPolicies, pricer, places, Objects.requireNonNull(places, "places"));
    }

    private EstimateService(PayerDirectory payers, SessionLedgerStore ledger, CodingEngine coding,
                            FrequencyPolicies frequencyPolicies, ClaimPricer pricer, FacilityWageIndexes wageIndexes,
                            ServicePlaces places) {
        this.wageIndexes = Objects.requireNonNull(wageIndexes, "wageIndexes");
        this.places = places;
        this.payers = payers;
        this.ledger = ledger;
        this.coding = coding;
        this.frequencyPolicies = frequencyPolicies;
        this.pricer = pricer;
    }

    public Estimate estimate(Appointment given, boolean compareSites) {
        PayerProfile payer = payer(given.payerId());
        Appointment appointment = locate(given);
        CodingResult coded = coding.code(appointment.request(), payer.billing());
        Optional<FrequencyPolicy> policy = frequencyPolicy(payer, appointment.request().dateOfService());
        FrequencyVerdict verdict = null;
        if (policy.isPresent()) {
            List<RecordedSession> history = appointment.patientId() == null
                    ? List.of()
                    : ledger.load(appointment.patientId()).sessions();
            verdict = policy.get().assess(history, coded.region(),
                    FrequencyCounter.of(appointment.request().procedure(), appointment.request().purpose()),
                    appointment.request().dateOfService(), appointment.abnOnFile());
        }
        Estimate estimate = assemble(appointment, payer, coded, verdict);
        if (!compareSites) {
            return estimate;
        }
        List<Estimate.SiteAlternative> alternatives = new ArrayList<>();
        for (SiteOfService site : SiteOfService.values()) {
            if (site != appointment.request().siteOfService()) {
                Appointment there = appointment.atSite(site);
                PricingResult priced = assemble(there, payer, coding.code(there.request(), payer.billing()), verdict).pricing();
                alternatives.add(new Estimate.SiteAlternative(site, priced.allowed(), priced.payerPays(), priced.patientPays(),
                        priced.complete(), priced.provisional()));
            }
        }
        List<Finding> findings = new ArrayList<>(estimate.findings());
        siteComparisonFinding(appointment.request().siteOfService(), estimate.pricing(), alternatives).ifPresent(findings::add);
        return new Estimate(estimate.region(), estimate.pricing(), estimate.frequency(), estimate.coverage(), findings,
                estimate.documentation(), estimate.sources(), alternatives, estimate.locality());
    }

    /**
     * The appointment with its payment locality resolved (from its ZIP code, locality or
     * facility): coding reads the MAC from it, so this comes before coding.
     *
     * @throws com.facetestimator.domain.InvalidInputException naming the place fields that are unknown or disagree
     */
    public Appointment locate(Appointment appointment) {
        if (places != null) {
            return places.locate(appointment);
        }
        if (appointment.place().located()) {
            return appointment;
        }
        String id = appointment.request().locality();
        LocalityChoice choice = id == null ? LocalityChoice.NATIONAL
                : LocalityChoice.given(new PaymentLocality(id, id.substring(0, 5), "", ""));
        return appointment.located(appointment.request(), appointment.place().withLocality(choice));
    }

    /**
     * A site whose figure leaves out a missing fee would look cheaper than it is: when any compared
     * site is incomplete, a finding says which, so none is taken for the cheaper one on that basis.
     */
    private static Optional<Finding> siteComparisonFinding(SiteOfService requested, PricingResult requestedPricing,
                                                           List<Estimate.SiteAlternative> alternatives) {
        List<String> incomplete = new ArrayList<>();
        if (!requestedPricing.complete()) {
            incomplete.add(requested.name() + " (missing: " + String.join(", ", requestedPricing.missingLines().stream()
                    .map(l -> l.label()).toList()) + ")");
        }
        alternatives.stream().filter(a -> !a.complete()).forEach(a -> incomplete.add(a.siteOfService().name()));
        if (incomplete.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PricingRule.SITE_COMPARISON_INCOMPLETE.finding("the figures for " + String.join(", ", incomplete)
                + " leave out fees that are not loaded, so they are lower than what the site would be paid: do not read"
                + " them as the cheaper site"));
    }

    /** The payer's profile, or a 404 naming {@code payerId}. */
    public PayerProfile payer(String payerId) {
        return findPayer(payerId).orElseThrow(() -> new NotFoundException("payerId", "no payer profile '" + payerId + "' is loaded"));
    }

    public Optional<PayerProfile> findPayer(String payerId) {
        return payers.find(payerId);
    }

    /**
     * The version of the payer's frequency policy in force on the date of service, with the
     * liability for the payer's type; empty when the payer names none or no version is in force.
     */
    public Optional<FrequencyPolicy> frequencyPolicy(PayerProfile payer, LocalDate dateOfService) {
        if (payer.frequencyPolicyId() == null) {
            return Optional.empty();
        }
        if (!frequencyPolicies.knows(payer.frequencyPolicyId())) {
            throw new IllegalStateException("payer profile names an unknown frequency policy " + payer.frequencyPolicyId());
        }
        return frequencyPolicies.find(payer.frequencyPolicyId(), dateOfService, payer.type().name());
    }

    /** Who is liable for a non-covered service with this payer on this date (the policy's, by payer type), or null. */
    private NoncoveredLiability liability(PayerProfile payer, LocalDate dateOfService) {
        return coding.coveragePolicy(payer.billing(), dateOfService)
                .map(p -> p.liability(payer.type().name()))
                .orElseGet(() -> frequencyPolicy(payer, dateOfService).map(FrequencyPolicy::liability).orElse(null));
    }

    /**
     * Prices a coded appointment given its frequency verdict (null when the payer has none):
     * no I/O beyond cached fee data, so a forecast can call it for thousands of appointments.
     */
    public Estimate assemble(Appointment appointment, PayerProfile payer, CodingResult coded, FrequencyVerdict verdict) {
        boolean exceeded = verdict != null && verdict.exceeded();
        ProcedureRequest request = appointment.request();
        // A service (frequency exceeded) or a line (excluded by the coverage policy) that is not
        // covered carries the payer's liability modifier: for Original Medicare GA with a signed
        // ABN, GZ without; a Medicare Advantage plan has none (no ABN).
        NoncoveredLiability liability = liability(payer, request.dateOfService());
        String modifier = liability == null ? null : liability.modifier(appointment.abnOnFile());
        List<Claim> claims = modifier == null ? coded.claims() : liabilityModifiers(coded.claims(), exceeded, modifier);
        PricingResult priced = pricer.price(new PricingRequest(payer, claims, request.siteOfService(),
                request.dateOfService(), request.locality(), appointment.coverage(), exceeded, appointment.abnOnFile(),
                wageIndexes.find(appointment, request.siteOfService()).orElse(null), liability));
        CoverageDetermination coverage = coded.coverage();
        if (exceeded) {
            coverage = new CoverageDetermination(false, coverage.priorAuthorizationRequired(), true);
        }
        coverage = coverage.forLiability(liability);
        LocalityChoice locality = appointment.place().located() ? appointment.place().locality() : locate(appointment).place().locality();
        List<Finding> findings = new ArrayList<>(coded.findings());
        findings.addAll(ServicePlaces.findings(locality));
        if (verdict != null) {
            findings.addAll(verdict.findings());
        }
        if (coverage.organizationDeterminationAdvised() && !exceeded) {
            findings.add(liability.finding(false)); // an exceeded verdict already carries it
        }
        findings.addAll(priced.findings());
        LinkedHashSet<String> sources = new LinkedHashSet<>(priced.sources());
        sources.addAll(coded.sources());
        if (verdict != null) {
            frequencyPolicy(payer, request.dateOfService()).ifPresent(p -> sources.add(p.source()));
        }
        return new Estimate(coded.region(), priced, verdict, coverage, findings, coded.documentation(), List.copyOf(sources), List.of(),
                locality);
    }

    private static List<Claim> liabilityModifiers(List<Claim> claims, boolean wholeServiceNotCovered, String modifier) {
        return claims.stream()
                .map(c -> new Claim(c.type(), c.lines().stream()
                        .map((ClaimLine l) -> wholeServiceNotCovered || !l.covered() ? l.withModifier(modifier) : l)
                        .toList()))
                .toList();
    }
}
