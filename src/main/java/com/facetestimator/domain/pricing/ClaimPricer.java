package com.facetestimator.domain.pricing;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.BillingConventions;
import com.facetestimator.domain.coding.Claim;
import com.facetestimator.domain.coding.ClaimLine;
import com.facetestimator.domain.pricing.FeeQuote.Basis;
import com.facetestimator.domain.pricing.FeeQuote.BilateralAdjustment;
import com.facetestimator.domain.pricing.FeeQuote.MultipleProcedureRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Prices the claims of one appointment (PFS with GPCIs, OPPS Addendum B, contracts) and splits the allowed amount between
 * payer and patient. Pure: the fee data comes through {@link FeeScheduleSource}.
 *
 * <p>Per line, in this order, each step rounded half-up to cents and written to {@code steps}:
 * <ol>
 *   <li>the fee of one unit, one side ({@link FeeSchedule#quote}): a contract amount, or the PFS
 *       formula with the GPCIs of the locality (national: all 1.0), or the OPPS rate; packaged
 *       and absent fees are 0.00 with a finding;</li>
 *   <li>units and modifier 50: bilateral indicator 1 pays 150% of one side, also when the payer's
 *       style bills both sides as 50 with 2 units (never 200%); add-on units multiply;</li>
 *   <li>RT and LT lines of the same code with bilateral indicator 1 are one bilateral procedure:
 *       the first side pays 100% and the other 50%, i.e. 150% in all, exactly as modifier 50. For
 *       primaries this is the multiple-procedure rule's "second procedure at 50%"; for add-ons it
 *       keeps RT+LT from paying 200% where 64494-50 pays 150% (CMS: a code with bilateral
 *       indicator 1 reported twice on the same day, by 50, RT/LT or 2 units, is paid at 150%);</li>
 *   <li>OPPS status J1 (comprehensive APC): the highest J1 line pays its rate once; every other
 *       line on that claim is packaged into it;</li>
 *   <li>multiple procedures (indicator 2, OPPS T, contract primaries): the highest-priced
 *       procedure pays 100% and every other one 50%, where a bilateral line or an RT/LT pair is
 *       one procedure ranked at its bilateral amount and extra units of a primary are further
 *       procedures; add-ons (indicator 0) are exempt. Covered lines rank before not-covered ones,
 *       so a line the payer does not cover never pushes a covered one to 50%;</li>
 *   <li>a percent-of contract: the base payer's line amount times the percentage, rounded per line.</li>
 * </ol>
 * Then {@link CostSharing} applies the deductible, coinsurance, copay and caps.
 */
public final class ClaimPricer {
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal ONE_AND_HALF = new BigDecimal("1.5");
    private static final BigDecimal TWO = new BigDecimal("2");

    private final FeeScheduleSource schedules;

    public ClaimPricer(FeeScheduleSource schedules) {
        this.schedules = Objects.requireNonNull(schedules, "schedules");
    }

    public PricingResult price(PricingRequest request) {
        Run run = new Run(request);
        PayerProfile payer = request.payer();
        FeeSchedule schedule;
        BigDecimal percent = null;
        String basePayerId = null;
        if (payer.feeBasis() instanceof FeeBasis.PercentOf percentOf) {
            basePayerId = percentOf.basePayerId();
            percent = percentOf.percent();
            String base = basePayerId;
            schedule = schedules.scheduleFor(base).orElseGet(() -> FeeSchedule.empty(base));
            run.sources.add(payer.name() + " contract: " + Money.formatPercent(percent) + " of " + base + " allowed amounts");
        } else {
            schedule = schedules.scheduleFor(payer.payerId()).orElseGet(() -> FeeSchedule.empty(payer.payerId()));
        }

        List<PricedClaim> claims = new ArrayList<>();
        for (Claim claim : request.claims()) {
            claims.add(priceClaim(claim, schedule, percent, basePayerId, run));
        }
        CostSharing.Outcome share = CostSharing.apply(request, claims, run.steps, run::add);
        BigDecimal allowed = claims.stream().map(PricedClaim::allowed).reduce(Money.ZERO, BigDecimal::add);
        return new PricingResult(claims, allowed, share.notCovered(), share.payerPays(), share.patientPays(),
                share.providerLiability(), share.deductible(), share.coinsurance(), share.copay(),
                run.steps, List.copyOf(run.sources), List.copyOf(run.findings.values()));
    }

    private PricedClaim priceClaim(Claim claim, FeeSchedule schedule, BigDecimal percent, String basePayerId, Run run) {
        PricingRequest request = run.request;
        BillingConventions billing = request.payer().billing();
        BilateralStyle style = billing == null
                ? BilateralStyle.MODIFIER_50_ONE_UNIT
                : Objects.requireNonNullElse(billing.bilateralStyle(claim.type(), request.site()), BilateralStyle.MODIFIER_50_ONE_UNIT);

        List<LineWork> work = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            ClaimLine line = claim.lines().get(i);
            FeeQuote quote = schedule.quote(line.code(), line.modifiers(), request.site(), claim.type(),
                    request.locality(), request.dateOfService());
            LineWork w = new LineWork(i, line, quote, line.covered() && !request.frequencyLimitExceeded());
            w.steps.add(quote.calculation());
            run.sources.addAll(quote.sources());
            noteQuote(w, run);
            if (quote.priced()) {
                applyUnitsAndBilateral(w, style, run);
            }
            work.add(w);
        }
        pairRightAndLeft(work);
        applyComprehensive(work, run);
        applyMultipleProcedure(work);
        if (percent != null) {
            for (LineWork w : work) {
                if (w.quote.priced() && w.amount.signum() > 0) {
                    BigDecimal before = w.amount;
                    w.amount = Money.percentOf(before, percent);
                    w.steps.add(w.label() + " " + Money.formatPercent(percent) + " of " + basePayerId + " "
                            + Money.format(before) + " = " + Money.format(w.amount));
                }
            }
        }

        List<PricedLine> lines = new ArrayList<>();
        BigDecimal total = Money.ZERO;
        for (LineWork w : work) {
            run.steps.addAll(w.steps);
            lines.add(new PricedLine(w.line, w.amount, w.covered, w.quote));
            total = total.add(w.amount);
        }
        run.steps.add(claim.type().name().toLowerCase() + " claim allowed = " + Money.format(total));
        return new PricedClaim(claim.type(), lines, total);
    }

    /** Findings about where a fee came from (or why there is none). */
    private static void noteQuote(LineWork w, Run run) {
        FeeQuote q = w.quote;
        String label = w.label();
        switch (q.status()) {
            case NOT_LOADED -> run.add(PricingRule.FEE_NOT_LOADED.finding(
                    label + ": fee not loaded: " + q.note() + "; the line shows 0.00 (no amount is invented)"));
            case CARRIER_PRICED -> run.add(PricingRule.CARRIER_PRICED.finding(
                    label + ": " + q.note() + "; the line shows 0.00 until the payer's price is loaded"));
            case PACKAGED -> run.add(PricingRule.PACKAGED.finding(label + ": " + q.note() + "; the line pays 0.00"));
            case NOT_PAYABLE -> run.add(PricingRule.NOT_SEPARATELY_PAYABLE.finding(label + ": " + q.note() + "; the line shows 0.00"));
            case PRICED -> {
                String locality = run.request.locality();
                if (locality != null && q.basis() == Basis.PFS && q.locality() == null) {
                    run.add(PricingRule.LOCALITY_NOT_LOADED.finding("GPCIs of locality " + locality + " are not loaded for "
                            + run.request.dateOfService() + ": national amounts (all GPCIs 1.0) are used"));
                }
                if (locality != null && q.basis() == Basis.OPPS) {
                    run.add(PricingRule.OPPS_NATIONAL_RATE.finding("hospital outpatient amounts are OPPS national unadjusted rates;"
                            + " the hospital's wage index adjustment for locality " + locality + " is not applied"));
                }
            }
        }
    }

    private static void applyUnitsAndBilateral(LineWork w, BilateralStyle style, Run run) {
        ClaimLine line = w.line;
        BigDecimal fee = w.quote.amount();
        if (w.quote.multipleProcedure() == MultipleProcedureRule.COMPREHENSIVE) {
            w.amount = fee; // paid once whatever the units or sides: see applyComprehensive
            return;
        }
        if (!line.bilateral()) {
            w.amount = Money.cents(fee.multiply(BigDecimal.valueOf(line.units())));
            if (line.units() > 1) {
                w.steps.add(w.label() + " x " + line.units() + " units = " + Money.format(w.amount));
            }
            return;
        }
        int sideUnits = line.units();
        String unitsNote = "";
        if (style == BilateralStyle.MODIFIER_50_TWO_UNITS && line.units() > 1) {
            sideUnits = (line.units() + 1) / 2;
            unitsNote = " (" + line.units() + " units with modifier 50 count both sides)";
            if (line.units() % 2 != 0) {
                run.add(PricingRule.BILATERAL_UNITS.finding(w.label() + ": " + line.units()
                        + " units with modifier 50 for a payer that bills both sides as 2 units; priced as "
                        + sideUnits + " per side"));
            }
        }
        String perSide = sideUnits > 1 ? " x " + sideUnits + " units" : "";
        switch (w.quote.bilateral()) {
            case PERCENT_150 -> {
                w.amount = Money.cents(fee.multiply(BigDecimal.valueOf(sideUnits)).multiply(ONE_AND_HALF));
                w.steps.add(w.label() + " bilateral 150%" + perSide + unitsNote + " = " + Money.format(w.amount));
            }
            case PERCENT_200 -> {
                w.amount = Money.cents(fee.multiply(BigDecimal.valueOf(sideUnits)).multiply(TWO));
                w.steps.add(w.label() + " bilateral 200% (each side 100%)" + perSide + unitsNote + " = " + Money.format(w.amount));
            }
            case NONE -> {
                w.amount = Money.cents(fee.multiply(BigDecimal.valueOf(sideUnits)));
                String why = w.quote.basis() == Basis.CONTRACT
                        ? "the contract row prices the bilateral service"
                        : "no bilateral adjustment for this code";
                w.steps.add(w.label() + " modifier 50: " + why + perSide + unitsNote + " = " + Money.format(w.amount));
            }
        }
    }

    /** RT and LT lines of one code with the 150% bilateral rule form a pair: the later line pays 50%. */
    private static void pairRightAndLeft(List<LineWork> work) {
        Map<String, List<LineWork>> rights = new LinkedHashMap<>();
        Map<String, List<LineWork>> lefts = new LinkedHashMap<>();
        for (LineWork w : work) {
            if (!w.quote.priced() || w.line.bilateral() || w.quote.bilateral() != BilateralAdjustment.PERCENT_150
                    || w.quote.multipleProcedure() == MultipleProcedureRule.COMPREHENSIVE) {
                continue;
            }
            boolean right = w.line.modifiers().contains("RT");
            boolean left = w.line.modifiers().contains("LT");
            if (right != left) {
                (right ? rights : lefts).computeIfAbsent(w.line.code(), k -> new ArrayList<>()).add(w);
            }
        }
        rights.forEach((code, rightLines) -> {
            List<LineWork> leftLines = lefts.getOrDefault(code, List.of());
            for (int i = 0; i < Math.min(rightLines.size(), leftLines.size()); i++) {
                LineWork a = rightLines.get(i);
                LineWork b = leftLines.get(i);
                LineWork first = a.index < b.index ? a : b;
                LineWork second = first == a ? b : a;
                first.partner = second;
                second.partner = first;
                second.amount = Money.cents(second.amount.multiply(HALF));
                second.steps.add(second.label() + " other side of " + first.label()
                        + ": RT and LT lines are one bilateral procedure (150%), this side 50% = " + Money.format(second.amount));
            }
        });
    }

    private static void applyComprehensive(List<LineWork> work, Run run) {
        LineWork primary = null;
        for (LineWork w : work) {
            if (w.quote.priced() && w.quote.multipleProcedure() == MultipleProcedureRule.COMPREHENSIVE
                    && (primary == null || w.quote.amount().compareTo(primary.quote.amount()) > 0)) {
                primary = w;
            }
        }
        if (primary == null) {
            return;
        }
        if (primary.line.units() > 1 || primary.line.bilateral()) {
            primary.steps.add(primary.label() + " comprehensive APC pays its rate once = " + Money.format(primary.amount));
        }
        List<String> packaged = new ArrayList<>();
        for (LineWork w : work) {
            if (w != primary && w.quote.priced()) {
                w.amount = Money.ZERO;
                w.steps.add(w.label() + " packaged into the comprehensive APC of " + primary.label() + " = 0.00");
                packaged.add(w.label());
            }
        }
        run.add(PricingRule.OPPS_COMPREHENSIVE.finding(primary.label() + " is paid as a comprehensive APC (status J1)"
                + (packaged.isEmpty() ? "" : "; packaged into it: " + String.join(", ", packaged))));
    }

    private static void applyMultipleProcedure(List<LineWork> work) {
        List<List<LineWork>> procedures = new ArrayList<>();
        Set<LineWork> seen = new LinkedHashSet<>();
        for (LineWork w : work) {
            if (seen.contains(w) || !w.reducible()) {
                continue;
            }
            List<LineWork> procedure = new ArrayList<>();
            procedure.add(w);
            seen.add(w);
            if (w.partner != null && w.partner.reducible()) {
                procedure.add(w.partner);
                seen.add(w.partner);
            }
            procedures.add(procedure);
        }
        procedures.sort(Comparator
                .comparing((List<LineWork> p) -> p.stream().noneMatch(w -> w.covered))
                .thenComparing(p -> p.stream().map(w -> w.amount).reduce(BigDecimal.ZERO, BigDecimal::add), Comparator.reverseOrder())
                .thenComparing(p -> p.get(0).index));
        for (int rank = 0; rank < procedures.size(); rank++) {
            for (LineWork w : procedures.get(rank)) {
                boolean extraUnits = !w.line.bilateral() && w.partner == null && w.line.units() > 1;
                if (rank == 0 && extraUnits) {
                    BigDecimal fee = w.quote.amount();
                    int more = w.line.units() - 1;
                    w.amount = Money.cents(fee.add(fee.multiply(BigDecimal.valueOf(more)).multiply(HALF)));
                    w.steps.add(w.label() + " multiple procedure: first unit 100%, " + more + " more at 50% = " + Money.format(w.amount));
                } else if (rank > 0) {
                    w.amount = Money.cents(w.amount.multiply(HALF));
                    w.steps.add(w.label() + " multiple procedure, not the highest-priced: 50% = " + Money.format(w.amount));
                }
            }
        }
    }

    /** One line while it is being priced. */
    private static final class LineWork {
        final int index;
        final ClaimLine line;
        final FeeQuote quote;
        final boolean covered;
        final List<String> steps = new ArrayList<>();
        BigDecimal amount = Money.ZERO;
        LineWork partner;

        LineWork(int index, ClaimLine line, FeeQuote quote, boolean covered) {
            this.index = index;
            this.line = line;
            this.quote = quote;
            this.covered = covered;
        }

        /** Takes part in the multiple-procedure reduction. */
        boolean reducible() {
            if (!quote.priced() || amount.signum() == 0) {
                return false;
            }
            return quote.multipleProcedure() == MultipleProcedureRule.REDUCED_WHEN_NOT_HIGHEST
                    || (quote.multipleProcedure() == MultipleProcedureRule.BY_ADD_ON_FLAG && !line.addOn());
        }

        String label() {
            return PricedLine.label(line);
        }
    }

    /** State of one pricing call. */
    private static final class Run {
        final PricingRequest request;
        final List<String> steps = new ArrayList<>();
        final Set<String> sources = new LinkedHashSet<>();
        final Map<String, Finding> findings = new LinkedHashMap<>();

        Run(PricingRequest request) {
            this.request = request;
        }

        void add(Finding finding) {
            findings.putIfAbsent(finding.ruleId() + "\n" + finding.message(), finding);
        }
    }
}
