package com.facetestimator.domain.pricing;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.BillingConventions;
import com.facetestimator.domain.coding.Claim;
import com.facetestimator.domain.coding.ClaimLine;
import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.FeeQuote.Basis;
import com.facetestimator.domain.pricing.FeeQuote.BilateralAdjustment;
import com.facetestimator.domain.pricing.FeeQuote.MultipleProcedureRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Prices the claims of one appointment and splits the allowed amount between
 * payer and patient. Pure: the fee data comes through {@link FeeScheduleSource}.
 *
 * <p>Per line, in this order, each step rounded half-up to cents and written to {@code steps}:
 * <ol>
 *   <li>the fee of one unit, one side ({@link FeeSchedule#quote}): a contract amount, or the PFS
 *       formula with the GPCIs of the locality (national: all 1.0), or the OPPS or ASC rate
 *       adjusted for the facility's wage index; packaged and absent fees are 0.00 with a finding
 *       (absent ones make the claim incomplete);</li>
 *   <li>units and modifier 50: bilateral indicator 1 pays 150% of one side, also when the payer's
 *       style bills both sides as 50 with 2 units (never 200%); add-on units multiply;</li>
 *   <li>RT and LT lines of the same code with bilateral indicator 1 are one bilateral procedure:
 *       the first side pays 100% and the other 50%, i.e. 150% in all, exactly as modifier 50. For
 *       primaries this is the multiple-procedure rule's "second procedure at 50%"; for add-ons it
 *       keeps RT+LT from paying 200% where 64494-50 pays 150% (CMS: a code with bilateral
 *       indicator 1 reported twice on the same day, by 50, RT/LT or 2 units, is paid at 150%).
 *       Not for ASC rates: there RT and LT lines are two procedures of the next step;</li>
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
    /** Labour share of the ASC rate (42 CFR 416.172): rate x (0.5 x wage index + 0.5). */
    static final BigDecimal ASC_LABOR_SHARE = new BigDecimal("0.5");
    /** Labour share of the OPPS rate (42 CFR 419.43): rate x (0.6 x wage index + 0.4). */
    static final BigDecimal OPPS_LABOR_SHARE = new BigDecimal("0.6");

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
        if (share.carriedForward() != null) {
            run.carried.add(share.carriedForward());
        }
        for (String carried : run.carried) {
            run.add(PricingRule.FEES_CARRIED_FORWARD.finding(carried + "; the figures are provisional"));
        }
        BigDecimal allowed = claims.stream().map(PricedClaim::allowed).reduce(Money.ZERO, BigDecimal::add);
        return new PricingResult(claims, allowed, share.notCovered(), share.payerPays(), share.patientPays(),
                share.providerLiability(), share.deductible(), share.coinsurance(), share.copay(),
                run.steps, List.copyOf(run.sources), List.copyOf(run.findings.values()), !run.carried.isEmpty());
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
            run.carried.addAll(quote.carriedForward());
            noteQuote(w, run);
            if (quote.priced() && claim.type() == ClaimType.FACILITY
                    && (quote.basis() == Basis.ASC || quote.basis() == Basis.OPPS)) {
                applyWageIndex(w, run);
            }
            if (w.quote.priced()) {
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
        if (claim.type() == ClaimType.FACILITY && request.site() == SiteOfService.HOPD) {
            checkMedicallyUnlikelyEdits(claim, schedule, run);
        }
        return new PricedClaim(claim.type(), lines, total);
    }

    /**
     * The facility rate adjusted for the facility's wage index: ASC rate x (0.5 x WI + 0.5), OPPS
     * rate x (0.6 x WI + 0.4), rounded to cents before units, bilateral and discounting apply.
     * Without an index the national rate stays, and a finding says so.
     */
    private static void applyWageIndex(LineWork w, Run run) {
        FeeQuote q = w.quote;
        boolean asc = q.basis() == Basis.ASC;
        WageIndex wi = run.request.wageIndex();
        if (wi == null) {
            run.add(PricingRule.FACILITY_NATIONAL_RATE.finding((asc
                    ? "ASC facility amounts are national unadjusted ASC Addendum AA rates"
                    : "hospital outpatient facility amounts are national unadjusted OPPS Addendum B rates")
                    + ": no wage index is known for the facility (give cbsa, hospitalWageIndex or facilityId)"));
            return;
        }
        BigDecimal share = asc ? ASC_LABOR_SHARE : OPPS_LABOR_SHARE;
        BigDecimal adjusted = wi.adjust(q.amount(), share);
        String which = wi.basis() == WageIndex.Basis.CBSA ? "CBSA " + wi.cbsa() : "the hospital's own index";
        String step = w.label() + " " + (asc ? "ASC" : "OPPS") + " wage-adjusted " + Money.format(q.amount()) + " x ("
                + share.toPlainString() + " x " + wi.value().toPlainString() + " + " + BigDecimal.ONE.subtract(share).toPlainString()
                + ") = " + Money.format(adjusted) + " (wage index of " + which + ", " + wi.source() + ")";
        w.steps.add(step);
        run.sources.add(wi.source());
        List<String> sources = new ArrayList<>(q.sources());
        sources.add(wi.source());
        w.quote = q.withAmount(adjusted, q.calculation() + "; " + step, sources);
        if (!asc && wi.basis() == WageIndex.Basis.CBSA) {
            run.add(PricingRule.OPPS_CBSA_WAGE_INDEX.finding("hospital outpatient amounts use the wage index of CBSA " + wi.cbsa()
                    + " (" + wi.value().toPlainString() + "), an approximation of the hospital's own index; give"
                    + " hospitalWageIndex (from the hospital's provider-specific file) for the hospital's figure"));
        }
        if (wi.carriedForward()) {
            String year = wi.effectiveFrom() == null ? "" : "CY" + wi.effectiveFrom().getYear() + " ";
            run.carried.add(year + "wage index (" + wi.source() + ") used for " + run.request.dateOfService()
                    + ": no CY" + run.request.dateOfService().getYear() + " wage index is loaded");
        }
    }

    /**
     * NCCI MUE on the hospital outpatient claim: units of one code above its MUE, per line for MAI 1,
     * per date of service (all lines of the code) for MAI 2 and 3.
     */
    private static void checkMedicallyUnlikelyEdits(Claim claim, FeeSchedule schedule, Run run) {
        LocalDate date = run.request.dateOfService();
        Map<String, Integer> unitsPerDay = new LinkedHashMap<>();
        Map<String, MueRow> rows = new LinkedHashMap<>();
        for (ClaimLine line : claim.lines()) {
            Optional<MueRow> found = schedule.mue(line.code(), date);
            if (found.isEmpty()) {
                continue;
            }
            MueRow mue = found.get();
            rows.put(line.code(), mue);
            if (mue.perLine()) {
                if (line.units() > mue.maximumUnits()) {
                    run.add(mueFinding(PricedLine.label(line), line.units(), mue, date));
                }
            } else {
                unitsPerDay.merge(line.code(), line.units(), Integer::sum);
            }
        }
        unitsPerDay.forEach((code, units) -> {
            MueRow mue = rows.get(code);
            if (units > mue.maximumUnits()) {
                run.add(mueFinding(code, units, mue, date));
            }
        });
    }

    private static Finding mueFinding(String what, int units, MueRow mue, LocalDate date) {
        String table = mue.inForceOn(date) ? mue.source()
                : mue.source() + ", carried forward to " + date + " (no later table is loaded)";
        return PricingRule.MUE_EXCEEDED.finding(what + ": " + units + " units on the hospital outpatient claim exceed the MUE of "
                + mue.code() + ", " + mue.maximumUnits() + " (" + mue.adjudicationText() + "); units above it are denied ["
                + table + "]");
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
                // A file imported as a derived copy says so in its source; the amount is then lower-confidence.
                q.sources().stream().filter(s -> s.contains("derived")).forEach(s -> run.add(PricingRule.DERIVED_FEE_DATA.finding(
                        "rates from " + s + ": figures taken from an extract of the CMS file, not the file itself")));
                String locality = run.request.locality();
                if (locality != null && q.basis() == Basis.PFS && q.locality() == null) {
                    run.add(PricingRule.LOCALITY_NOT_LOADED.finding("GPCIs of locality " + locality + " are not loaded for "
                            + run.request.dateOfService() + ": national amounts (all GPCIs 1.0) are used"));
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
            // ASC: RT and LT lines are two procedures, each ranked by the multiple-procedure rule.
            if (!w.quote.priced() || w.line.bilateral() || w.quote.bilateral() != BilateralAdjustment.PERCENT_150
                    || w.quote.multipleProcedure() == MultipleProcedureRule.COMPREHENSIVE || w.quote.basis() == Basis.ASC) {
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
        FeeQuote quote;
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
        /** What fee data or terms were carried forward past their period, each once. */
        final Set<String> carried = new LinkedHashSet<>();

        Run(PricingRequest request) {
            this.request = request;
        }

        void add(Finding finding) {
            findings.putIfAbsent(finding.ruleId() + "\n" + finding.message(), finding);
        }
    }
}
