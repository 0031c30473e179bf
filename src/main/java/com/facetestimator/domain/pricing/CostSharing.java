package com.facetestimator.domain.pricing;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.NoncoveredLiability;
import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Splits priced claims between payer and patient (Medicare Part B cost sharing; docs/API.md, POST /estimates).
 *
 * <ul>
 *   <li>Covered amounts: the remaining deductible is taken first (professional claim first, then
 *       facility, in the order the claims are given), then coinsurance on the rest of each claim,
 *       then the copay once per appointment; the total is capped by {@code outOfPocketRemaining}
 *       (the copay is cut first, then coinsurance, then deductible).</li>
 *   <li>When the payer's terms have a per-service copayment cap (Medicare: the Part A inpatient
 *       deductible), each service line of a HOPD facility claim has its coinsurance capped at it.
 *       The cap limits the copayment, not the deductible (SSA §1833(t)(8)(C)).</li>
 *   <li>Not-covered amounts: the payer pays none; the patient pays them only with an ABN on
 *       file (GA); otherwise (GZ) they are the provider's liability.</li>
 *   <li>Self-pay: the patient pays the whole allowed amount.</li>
 * </ul>
 * Coverage fields the request leaves null come from the payer's terms on the date of service;
 * when there are none, they count as 0 and a finding says the share may be understated.
 */
final class CostSharing {

    /** @param carriedForward what cost-sharing terms were carried forward to the date of service, or null */
    record Outcome(BigDecimal notCovered, BigDecimal payerPays, BigDecimal patientPays, BigDecimal providerLiability,
                   BigDecimal deductible, BigDecimal coinsurance, BigDecimal copay, String carriedForward) {}

    private CostSharing() {}

    static Outcome apply(PricingRequest request, List<PricedClaim> claims, List<String> steps, Consumer<Finding> findings) {
        BigDecimal allowed = Money.ZERO;
        BigDecimal covered = Money.ZERO;
        for (PricedClaim claim : claims) {
            allowed = allowed.add(claim.allowed());
            covered = covered.add(claim.coveredAllowed());
        }
        PayerProfile payer = request.payer();
        if (payer.type() == PayerType.SELF_PAY) {
            steps.add("self-pay: the patient pays the allowed amount " + Money.format(allowed));
            return new Outcome(Money.ZERO, Money.ZERO, allowed, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null);
        }
        BigDecimal notCovered = allowed.subtract(covered);

        Optional<CostSharingTerms> terms = payer.costSharingOn(request.dateOfService());
        String carriedForward = null;
        if (terms.isEmpty()) {
            // After the last loaded terms (e.g. 2027 with the 2026 deductible loaded): the latest terms
            // are carried forward, and the estimate is provisional, rather than a 0% share.
            Optional<CostSharingTerms> latest = payer.costSharing().stream()
                    .max(java.util.Comparator.comparing(CostSharingTerms::effectiveTo))
                    .filter(t -> t.effectiveTo().isBefore(request.dateOfService()));
            if (latest.isPresent()) {
                terms = latest;
                CostSharingTerms t = latest.get();
                carriedForward = "CY" + t.effectiveTo().getYear() + " cost-sharing terms of " + payer.name()
                        + (t.citation() == null ? "" : " (" + t.citation() + ")") + " used for " + request.dateOfService()
                        + ": no CY" + request.dateOfService().getYear() + " terms are loaded";
            }
        }
        PatientCoverage stated = request.coverage();
        if (terms.isEmpty() && covered.signum() > 0
                && (stated.deductibleRemaining() == null || stated.coinsurancePercent() == null || stated.copay() == null)) {
            findings.accept(PricingRule.COST_SHARING_UNKNOWN.finding("payer " + payer.payerId()
                    + " has no cost-sharing terms for " + request.dateOfService()
                    + "; deductible, coinsurance or copay not stated in the request count as 0, so the patient share may be understated"));
        }
        BigDecimal deductibleLeft = Money.cents(pick(stated.deductibleRemaining(), terms.map(CostSharingTerms::annualDeductible)));
        BigDecimal percent = pick(stated.coinsurancePercent(), terms.map(CostSharingTerms::coinsurancePercent));
        BigDecimal copay = Money.cents(pick(stated.copay(), terms.map(CostSharingTerms::copay)));
        BigDecimal cap = terms.map(CostSharingTerms::perServiceCopayCap).orElse(null);
        steps.add("cost sharing: deductible remaining " + Money.format(deductibleLeft) + origin(stated.deductibleRemaining())
                + ", coinsurance " + Money.formatPercent(percent) + origin(stated.coinsurancePercent())
                + ", copay " + Money.format(copay) + origin(stated.copay())
                + (terms.isPresent() && terms.get().citation() != null ? " [" + terms.get().citation() + "]" : ""));

        BigDecimal deductible = Money.ZERO;
        BigDecimal coinsurance = Money.ZERO;
        for (PricedClaim claim : claims) {
            BigDecimal claimCovered = claim.coveredAllowed();
            if (claimCovered.signum() == 0) {
                continue;
            }
            String name = claim.type().name().toLowerCase() + " claim";
            boolean perService = cap != null && request.site() == SiteOfService.HOPD && claim.type() == ClaimType.FACILITY;
            if (!perService) {
                BigDecimal ded = Money.min(deductibleLeft, claimCovered);
                deductibleLeft = deductibleLeft.subtract(ded);
                BigDecimal coins = Money.percentOf(claimCovered.subtract(ded), percent);
                steps.add(deductibleStep(name, ded, deductibleLeft));
                steps.add(name + ": coinsurance " + Money.formatPercent(percent) + " x " + Money.format(claimCovered.subtract(ded))
                        + " = " + Money.format(coins));
                deductible = deductible.add(ded);
                coinsurance = coinsurance.add(coins);
                continue;
            }
            for (PricedLine line : claim.lines()) {
                if (!line.covered() || line.allowed().signum() == 0) {
                    continue;
                }
                String service = name + " " + line.label();
                BigDecimal ded = Money.min(deductibleLeft, line.allowed());
                deductibleLeft = deductibleLeft.subtract(ded);
                BigDecimal coins = Money.percentOf(line.allowed().subtract(ded), percent);
                steps.add(deductibleStep(service, ded, deductibleLeft));
                String coinsStep = service + ": coinsurance " + Money.formatPercent(percent) + " x "
                        + Money.format(line.allowed().subtract(ded)) + " = " + Money.format(coins);
                if (coins.compareTo(cap) > 0) {
                    findings.accept(PricingRule.OPPS_COPAY_CAP.finding(line.label() + ": the patient's copayment "
                            + Money.format(coins) + " is capped at " + Money.format(cap) + " for one hospital outpatient service"));
                    coins = Money.cents(cap);
                    coinsStep += ", capped at the per-service copayment cap " + Money.format(cap);
                } else {
                    coinsStep += " (per-service copayment cap " + Money.format(cap) + " not reached)";
                }
                steps.add(coinsStep);
                deductible = deductible.add(ded);
                coinsurance = coinsurance.add(coins);
            }
        }
        BigDecimal copayApplied = Money.ZERO;
        if (covered.signum() > 0 && copay.signum() > 0) {
            copayApplied = Money.min(copay, covered.subtract(deductible).subtract(coinsurance));
            steps.add("copay " + Money.format(copayApplied));
        }
        BigDecimal share = deductible.add(coinsurance).add(copayApplied);
        BigDecimal outOfPocket = stated.outOfPocketRemaining();
        if (outOfPocket != null && share.compareTo(outOfPocket) > 0) {
            BigDecimal excess = share.subtract(outOfPocket);
            BigDecimal cut = Money.min(excess, copayApplied);
            copayApplied = copayApplied.subtract(cut);
            excess = excess.subtract(cut);
            cut = Money.min(excess, coinsurance);
            coinsurance = coinsurance.subtract(cut);
            excess = excess.subtract(cut);
            deductible = deductible.subtract(excess);
            steps.add("patient share " + Money.format(share) + " capped at out-of-pocket remaining " + Money.format(outOfPocket));
            share = Money.cents(outOfPocket);
        }
        BigDecimal payerPays = covered.subtract(share);
        BigDecimal patientPays = share;
        BigDecimal providerLiability = Money.ZERO;
        if (notCovered.signum() > 0) {
            String what = request.frequencyLimitExceeded()
                    ? "the frequency limit is exceeded, so the service is not covered and the payer pays nothing"
                    : "lines not covered by the payer's policy (" + notCoveredLabels(claims) + ") are not paid by the payer";
            NoncoveredLiability liability = request.liability();
            boolean abn = liability != null && liability.notice() == NoncoveredLiability.Notice.ABN;
            if (abn && request.abnOnFile()) {
                String ga = liability.modifier(true);
                patientPays = patientPays.add(notCovered);
                steps.add("not covered " + Money.format(notCovered) + ": ABN on file (" + ga + "), billed to the patient");
                findings.accept(PricingRule.NOT_COVERED_ABN.finding(what + "; with the signed ABN on file (" + ga
                        + ") the patient pays " + Money.format(notCovered)));
            } else if (abn) {
                String gz = liability.modifier(false);
                providerLiability = notCovered;
                steps.add("not covered " + Money.format(notCovered) + ": no ABN (" + gz + "), provider liability");
                findings.accept(PricingRule.NOT_COVERED_NO_ABN.finding(what + "; without an ABN (" + gz + ") the patient cannot be billed"
                        + " and the provider bears " + Money.format(notCovered)));
            } else {
                // No ABN for this payer (a Medicare Advantage plan, or a policy that names no notice): without the
                // plan's own advance denial the enrollee is not billed, so the figure is the provider's.
                providerLiability = notCovered;
                steps.add("not covered " + Money.format(notCovered) + ": no ABN applies to this payer, provider liability");
                findings.accept(PricingRule.NOT_COVERED_NO_NOTICE.finding(what + "; " + request.payer().name()
                        + " has no ABN: unless the plan denied the service in a pre-service organization determination,"
                        + " the enrollee is not billed and the provider bears " + Money.format(notCovered)));
            }
        }
        steps.add("patient pays " + Money.format(patientPays) + "; payer pays " + Money.format(covered) + " - "
                + Money.format(share) + " = " + Money.format(payerPays));
        return new Outcome(Money.cents(notCovered), Money.cents(payerPays), Money.cents(patientPays),
                Money.cents(providerLiability), Money.cents(deductible), Money.cents(coinsurance), Money.cents(copayApplied),
                carriedForward);
    }

    private static BigDecimal pick(BigDecimal stated, Optional<BigDecimal> fromTerms) {
        if (stated != null) {
            return stated;
        }
        return fromTerms.orElse(BigDecimal.ZERO);
    }

    private static String origin(BigDecimal stated) {
        return stated != null ? " (stated)" : " (payer default)";
    }

    private static String deductibleStep(String name, BigDecimal applied, BigDecimal left) {
        if (applied.signum() == 0) {
            return name + ": deductible already met, 0.00";
        }
        return name + ": deductible " + Money.format(applied) + " (deductible remaining after it " + Money.format(left) + ")";
    }

    private static String notCoveredLabels(List<PricedClaim> claims) {
        return String.join(", ", claims.stream().flatMap(c -> c.lines().stream())
                .filter(l -> !l.covered()).map(PricedLine::label).distinct().toList());
    }
}
