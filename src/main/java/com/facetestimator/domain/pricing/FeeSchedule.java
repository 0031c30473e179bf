package com.facetestimator.domain.pricing;

import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.FeeQuote.BilateralAdjustment;
import com.facetestimator.domain.pricing.FeeQuote.Basis;
import com.facetestimator.domain.pricing.FeeQuote.MultipleProcedureRule;
import com.facetestimator.domain.pricing.FeeQuote.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One payer's fee data, immutable and in memory: PFS relative values and GPCIs, OPPS rates and
 * contract fixed amounts, each effective-dated. The row in force on the date of service applies;
 * rows of one key may not overlap in time (rejected when the schedule is built).
 *
 * <p>{@link #quote} turns the rows into the fee for one unit of a code on one side at a site,
 * claim component, locality and date: a contract row if the payer has one, else the PFS formula
 * (professional), the OPPS rate (HOPD facility) or the ASC Addendum AA rate (ASC facility). National
 * means every GPCI is 1.0.
 *
 * <p>A date after the last day a kind of row is loaded for (e.g. a 2027 date with CY2026 files) is
 * priced with that kind's latest rows, and the quote says so ({@link FeeQuote#carriedForward()}):
 * the year turning never makes a fee $0. A later year's rows, once loaded, take over for their
 * dates. The work-GPCI floor is not carried: CY2026's GPCI rows end the floor on 2026-01-31.
 */
public final class FeeSchedule {
    private static final List<String> PRICED_PFS_STATUSES = List.of("A", "R", "T");
    /** ASC payment indicators paid at the Addendum AA rate (G2: non-office-based surgery; R2: office-based, rate from the ASC weight). */
    private static final List<String> ASC_PAID_AT_RATE = List.of("G2", "R2");

    private final String payerId;
    private final List<RelativeValueRow> relativeValues;
    private final List<GpciRow> gpcis;
    private final List<OppsRateRow> oppsRates;
    private final List<ContractFeeRow> contractFees;
    private final List<AscRateRow> ascRates;
    private final List<MueRow> mues;
    private final Map<String, List<RelativeValueRow>> relativeValuesByKey;
    private final Map<String, List<GpciRow>> gpcisByLocality;
    private final Map<String, List<OppsRateRow>> oppsRatesByCode;
    private final Map<String, List<ContractFeeRow>> contractFeesByKey;
    private final Map<String, List<AscRateRow>> ascRatesByCode;
    private final Map<String, List<MueRow>> muesByCode;
    /** The last day each kind of row is loaded for: a later date is priced with that day's rows, carried forward. */
    private final LoadedThrough loadedThrough;

    private FeeSchedule(String payerId, List<RelativeValueRow> relativeValues, List<GpciRow> gpcis,
                        List<OppsRateRow> oppsRates, List<ContractFeeRow> contractFees, List<AscRateRow> ascRates,
                        List<MueRow> mues) {
        this.payerId = Money.requireText(payerId, "payerId");
        this.relativeValues = List.copyOf(relativeValues);
        this.gpcis = List.copyOf(gpcis);
        this.oppsRates = List.copyOf(oppsRates);
        this.contractFees = List.copyOf(contractFees);
        this.ascRates = List.copyOf(ascRates);
        this.mues = List.copyOf(mues);
        for (ContractFeeRow row : this.contractFees) {
            if (!row.payerId().equals(this.payerId)) {
                throw new IllegalArgumentException("contract row of payer " + row.payerId() + " in the schedule of " + this.payerId);
            }
        }
        this.relativeValuesByKey = index(this.relativeValues, r -> key(r.code(), r.modifier()), "PFS relative values");
        this.gpcisByLocality = index(this.gpcis, GpciRow::localityKey, "GPCIs");
        this.oppsRatesByCode = index(this.oppsRates, r -> norm(r.code()), "OPPS rates");
        this.contractFeesByKey = index(this.contractFees,
                r -> key(r.site().name(), r.component().name(), r.code(), r.modifier(), r.locality()), "contract fees");
        this.ascRatesByCode = index(this.ascRates, r -> norm(r.code()), "ASC rates");
        this.muesByCode = index(this.mues, r -> norm(r.code()), "MUE");
        this.loadedThrough = new LoadedThrough(lastDay(this.relativeValues), lastDay(this.gpcis), lastDay(this.oppsRates),
                lastDay(this.contractFees), lastDay(this.ascRates), lastDay(this.mues));
    }

    /** The last day of each row kind's loaded data, null when none is loaded. */
    private record LoadedThrough(LocalDate relativeValues, LocalDate gpcis, LocalDate oppsRates, LocalDate contractFees,
                                 LocalDate ascRates, LocalDate mues) {}

    private static LocalDate lastDay(List<? extends EffectiveDated> rows) {
        return rows.stream().map(EffectiveDated::effectiveTo).max(LocalDate::compareTo).orElse(null);
    }

    /** {@code date}, or the last loaded day when {@code date} is after it: the latest data is carried forward. */
    private static LocalDate lookupDate(LocalDate date, LocalDate lastLoaded) {
        return lastLoaded != null && date.isAfter(lastLoaded) ? lastLoaded : date;
    }

    /**
     * What was carried forward to {@code date}, e.g. {@code CY2026 PFS relative values (CMS PFS RVU26A ...)
     * used for 2027-01-15: no CY2027 PFS relative values are loaded}; null when {@code row} is in force on it.
     */
    private static String carriedNote(EffectiveDated row, String kind, LocalDate date) {
        if (row.inForceOn(date)) {
            return null;
        }
        String missing = date.getYear() > row.effectiveTo().getYear()
                ? "no CY" + date.getYear() + " " + kind + " loaded"
                : "no " + kind + " loaded after " + row.effectiveTo();
        return "CY" + row.effectiveFrom().getYear() + " " + kind + " (" + row.source() + ") used for " + date + ": " + missing;
    }


    public static Builder builder(String payerId) {
        return new Builder(payerId);
    }

    public static FeeSchedule empty(String payerId) {
        return builder(payerId).build();
    }

    public String payerId() {
        return payerId;
    }

    public List<RelativeValueRow> relativeValues() {
        return relativeValues;
    }

    public List<GpciRow> gpcis() {
        return gpcis;
    }

    public List<OppsRateRow> oppsRates() {
        return oppsRates;
    }

    public List<ContractFeeRow> contractFees() {
        return contractFees;
    }

    public List<AscRateRow> ascRates() {
        return ascRates;
    }

    public List<MueRow> mues() {
        return mues;
    }

    public boolean isEmpty() {
        return relativeValues.isEmpty() && gpcis.isEmpty() && oppsRates.isEmpty() && contractFees.isEmpty()
                && ascRates.isEmpty() && mues.isEmpty();
    }

    // ---- row lookups -------------------------------------------------------------------------

    public Optional<RelativeValueRow> relativeValue(String code, String modifier, LocalDate date) {
        return inForce(relativeValuesByKey.get(key(code, modifier)), date);
    }

    /** The row of the first of {@code modifiers} that has one (e.g. 26), else the code's general row. */
    public Optional<RelativeValueRow> relativeValue(String code, List<String> modifiers, LocalDate date) {
        for (String modifier : modifiers) {
            Optional<RelativeValueRow> row = relativeValue(code, modifier, date);
            if (row.isPresent()) {
                return row;
            }
        }
        return relativeValue(code, "", date);
    }

    /** GPCIs of a {@code MAC-LOCALITY} key such as {@code 01182-18}. */
    public Optional<GpciRow> gpci(String locality, LocalDate date) {
        return locality == null ? Optional.empty() : inForce(gpcisByLocality.get(norm(locality)), date);
    }

    public Optional<OppsRateRow> oppsRate(String code, LocalDate date) {
        return inForce(oppsRatesByCode.get(norm(code)), date);
    }

    public Optional<AscRateRow> ascRate(String code, LocalDate date) {
        return inForce(ascRatesByCode.get(norm(code)), date);
    }

    /**
     * The MUE of {@code code} for {@code date}: the row in force, or the latest table's row
     * carried forward when the date is after every loaded table.
     */
    public Optional<MueRow> mue(String code, LocalDate date) {
        return inForce(muesByCode.get(norm(code)), lookupDate(date, loadedThrough.mues()));
    }

    /**
     * The contract row for a line: a row for one of the line's modifiers first, then the
     * no-modifier row; within each, the row of the locality first, then the any-locality row.
     */
    public Optional<ContractFeeRow> contractFee(String code, List<String> modifiers, SiteOfService site,
                                                ClaimType component, String locality, LocalDate date) {
        List<String> modifierOrder = new ArrayList<>(modifiers);
        modifierOrder.add("");
        List<String> localityOrder = locality == null ? List.of("") : List.of(locality, "");
        for (String modifier : modifierOrder) {
            for (String loc : localityOrder) {
                Optional<ContractFeeRow> row = inForce(
                        contractFeesByKey.get(key(site.name(), component.name(), code, modifier, loc)), date);
                if (row.isPresent()) {
                    return row;
                }
            }
        }
        return Optional.empty();
    }

    // ---- quotes ------------------------------------------------------------------------------

    /**
     * The fee for one unit of {@code code}, one side, on a claim of {@code component} at
     * {@code site} on {@code date}; {@code locality} null means national. Never throws for
     * missing data: the quote's status says why there is no amount.
     */
    public FeeQuote quote(String code, List<String> modifiers, SiteOfService site, ClaimType component,
                          String locality, LocalDate date) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(date, "date");
        List<String> mods = modifiers == null ? List.of() : modifiers;
        Optional<ContractFeeRow> contract = contractFee(code, mods, site, component, locality,
                lookupDate(date, loadedThrough.contractFees()));
        if (contract.isPresent()) {
            return contractQuote(contract.get()).carried(carriedNote(contract.get(), "contract fees", date));
        }
        if (component == ClaimType.PROFESSIONAL) {
            return relativeValue(code, mods, lookupDate(date, loadedThrough.relativeValues()))
                    .map(rv -> pfsQuote(rv, site, locality, date))
                    .orElseGet(() -> notLoaded(code, site, component,
                            "no PFS relative values or contract amount loaded for " + code + " on " + date));
        }
        return switch (site) {
            case HOPD -> oppsRate(code, lookupDate(date, loadedThrough.oppsRates()))
                    .map(row -> oppsQuote(row, site).carried(carriedNote(row, "OPPS Addendum B rates", date)))
                    .orElseGet(() -> notLoaded(code, site, component,
                            "no OPPS Addendum B rate or contract amount loaded for " + code + " on " + date));
            case ASC -> ascRate(code, lookupDate(date, loadedThrough.ascRates()))
                    .map(row -> ascQuote(row, site).carried(carriedNote(row, "ASC Addendum AA rates", date)))
                    .orElseGet(() -> notLoaded(code, site, component,
                            "no ASC Addendum AA rate or contract amount loaded for " + code + " on " + date));
            case OFFICE -> new FeeQuote(code, "", site, component, Status.NOT_PAYABLE, Basis.NONE, null,
                    code + " office service: no facility claim", BilateralAdjustment.NONE,
                    MultipleProcedureRule.EXEMPT, null, "an office service has no facility claim", List.of());
        };
    }

    /**
     * The fees in effect at a site on a date (for a fee listing): one quote per code and row
     * modifier for the professional component, and for ASC/HOPD the facility component; codes
     * without any row in force are left out.
     */
    public List<FeeQuote> feesInEffect(SiteOfService site, LocalDate date, String locality) {
        Map<String, FeeQuote> quotes = new LinkedHashMap<>();
        LocalDate rvDate = lookupDate(date, loadedThrough.relativeValues());
        for (RelativeValueRow rv : relativeValues) {
            if (rv.inForceOn(rvDate)) {
                List<String> mods = rv.modifier().isEmpty() ? List.of() : List.of(rv.modifier());
                quotes.putIfAbsent(key("P", rv.code(), rv.modifier()), quote(rv.code(), mods, site, ClaimType.PROFESSIONAL, locality, date));
            }
        }
        if (site == SiteOfService.HOPD) {
            LocalDate oppsDate = lookupDate(date, loadedThrough.oppsRates());
            for (OppsRateRow row : oppsRates) {
                if (row.inForceOn(oppsDate)) {
                    quotes.putIfAbsent(key("F", row.code(), ""), quote(row.code(), List.of(), site, ClaimType.FACILITY, locality, date));
                }
            }
        }
        if (site == SiteOfService.ASC) {
            LocalDate ascDate = lookupDate(date, loadedThrough.ascRates());
            for (AscRateRow row : ascRates) {
                if (row.inForceOn(ascDate)) {
                    quotes.putIfAbsent(key("F", row.code(), ""), quote(row.code(), List.of(), site, ClaimType.FACILITY, locality, date));
                }
            }
        }
        LocalDate contractDate = lookupDate(date, loadedThrough.contractFees());
        for (ContractFeeRow row : contractFees) {
            if (row.inForceOn(contractDate) && row.site() == site
                    && (row.locality().isEmpty() || row.locality().equals(locality))) {
                List<String> mods = row.modifier().isEmpty() ? List.of() : List.of(row.modifier());
                String k = key(row.component() == ClaimType.PROFESSIONAL ? "P" : "F", row.code(), row.modifier());
                quotes.put(k, quote(row.code(), mods, site, row.component(), locality, date));
            }
        }
        return quotes.values().stream()
                .filter(q -> q.status() != Status.NOT_LOADED)
                .sorted(Comparator.comparing(FeeQuote::code).thenComparing(FeeQuote::modifier)
                        .thenComparing(FeeQuote::component))
                .toList();
    }

    private FeeQuote pfsQuote(RelativeValueRow rv, SiteOfService site, String locality, LocalDate date) {
        String label = FeeQuote.label(rv.code(), rv.modifier());
        BilateralAdjustment bilateral = switch (rv.bilateralIndicator()) {
            case 1 -> BilateralAdjustment.PERCENT_150;
            case 3 -> BilateralAdjustment.PERCENT_200;
            default -> BilateralAdjustment.NONE;
        };
        MultipleProcedureRule multiple = rv.multipleProcedureIndicator() == 2
                ? MultipleProcedureRule.REDUCED_WHEN_NOT_HIGHEST
                : MultipleProcedureRule.EXEMPT;
        String status = rv.statusCode().toUpperCase(Locale.ROOT);
        if (!PRICED_PFS_STATUSES.contains(status)) {
            Status kind;
            String note;
            if (status.equals("C")) {
                kind = Status.CARRIER_PRICED;
                note = "PFS status C: carrier-priced, no national RVUs; the Medicare contractor sets the price";
            } else if (status.equals("B")) {
                kind = Status.PACKAGED;
                note = "PFS status B: bundled, paid as part of another service";
            } else {
                kind = Status.NOT_PAYABLE;
                note = "PFS status " + status + ": not separately payable under the PFS";
            }
            return new FeeQuote(rv.code(), rv.modifier(), site, ClaimType.PROFESSIONAL, kind, Basis.PFS, null,
                    label + " " + note + " = 0.00", bilateral, multiple, null, note, List.of(rv.source()))
                    .carried(carriedNote(rv, "PFS relative values", date));
        }
        String rvCarried = carriedNote(rv, "PFS relative values", date);
        String peKind = site == SiteOfService.OFFICE ? "non-facility" : "facility";
        BigDecimal pe = rv.peRvu(site);
        Optional<GpciRow> gpci = gpci(locality, lookupDate(date, loadedThrough.gpcis()));
        if (gpci.isEmpty()) {
            BigDecimal rvus = rv.workRvu().add(pe).add(rv.mpRvu());
            BigDecimal amount = Money.cents(rvus.multiply(rv.conversionFactor()));
            String calc = label + " " + peKind + " PFS " + rvus.toPlainString() + " RVU x "
                    + rv.conversionFactor().toPlainString() + " = " + Money.format(amount);
            return new FeeQuote(rv.code(), rv.modifier(), site, ClaimType.PROFESSIONAL, Status.PRICED, Basis.PFS, amount,
                    calc, bilateral, multiple, null, null, List.of(rv.source() + ", national")).carried(rvCarried);
        }
        GpciRow g = gpci.get();
        BigDecimal adjusted = rv.workRvu().multiply(g.workGpci())
                .add(pe.multiply(g.peGpci()))
                .add(rv.mpRvu().multiply(g.mpGpci()));
        BigDecimal amount = Money.cents(adjusted.multiply(rv.conversionFactor()));
        String calc = label + " " + peKind + " PFS (" + rv.workRvu().toPlainString() + " x " + g.workGpci().toPlainString()
                + " + " + pe.toPlainString() + " x " + g.peGpci().toPlainString()
                + " + " + rv.mpRvu().toPlainString() + " x " + g.mpGpci().toPlainString() + ") x "
                + rv.conversionFactor().toPlainString() + " = " + Money.format(amount) + ", locality " + g.localityKey();
        String where = g.localityName().isEmpty() ? g.localityKey() : g.localityKey() + " " + g.localityName();
        return new FeeQuote(rv.code(), rv.modifier(), site, ClaimType.PROFESSIONAL, Status.PRICED, Basis.PFS, amount,
                calc, bilateral, multiple, g.localityKey(), null, List.of(rv.source() + ", locality " + where, g.source()))
                .carried(rvCarried).carried(carriedNote(g, "PFS GPCIs", date));
    }

    private static FeeQuote oppsQuote(OppsRateRow row, SiteOfService site) {
        String si = row.statusIndicator().toUpperCase(Locale.ROOT);
        String apc = row.apc().isEmpty() ? "" : " APC " + row.apc();
        List<String> sources = List.of(row.source());
        boolean paid = si.equals("T") || si.equals("J1");
        if (paid && row.paymentRate() == null) {
            return notLoaded(row.code(), site, ClaimType.FACILITY, "OPPS status " + si + " row for " + row.code() + " has no payment rate");
        }
        return switch (si) {
            case "T" -> new FeeQuote(row.code(), "", site, ClaimType.FACILITY, Status.PRICED, Basis.OPPS, row.paymentRate(),
                    row.code() + " OPPS" + apc + " status T national unadjusted rate = " + Money.format(row.paymentRate()),
                    BilateralAdjustment.PERCENT_150, MultipleProcedureRule.REDUCED_WHEN_NOT_HIGHEST, null, null, sources);
            case "J1" -> new FeeQuote(row.code(), "", site, ClaimType.FACILITY, Status.PRICED, Basis.OPPS, row.paymentRate(),
                    row.code() + " OPPS" + apc + " status J1 (comprehensive) national unadjusted rate = " + Money.format(row.paymentRate()),
                    BilateralAdjustment.NONE, MultipleProcedureRule.COMPREHENSIVE, null, null, sources);
            case "N" -> new FeeQuote(row.code(), "", site, ClaimType.FACILITY, Status.PACKAGED, Basis.OPPS, null,
                    row.code() + " OPPS status N: packaged, no separate payment = 0.00",
                    BilateralAdjustment.NONE, MultipleProcedureRule.EXEMPT, null,
                    "OPPS status N: packaged into the primary procedure's payment", sources);
            default -> new FeeQuote(row.code(), "", site, ClaimType.FACILITY, Status.NOT_PAYABLE, Basis.OPPS, null,
                    row.code() + " OPPS status " + si + ": not priced by this estimator = 0.00",
                    BilateralAdjustment.NONE, MultipleProcedureRule.EXEMPT, null,
                    "OPPS status " + si + " is not modelled by this estimator", sources);
        };
    }

    /**
     * ASC Addendum AA: G2 and R2 are paid at the rate; N1 is packaged. A code subject to multiple
     * procedure discounting is reduced to 50% when it is not the highest-paid procedure; billed
     * with modifier 50 it pays 150% (both sides, the second at 50%).
     */
    private static FeeQuote ascQuote(AscRateRow row, SiteOfService site) {
        String pi = row.paymentIndicator().toUpperCase(Locale.ROOT);
        List<String> sources = List.of(row.source());
        if (ASC_PAID_AT_RATE.contains(pi)) {
            if (row.paymentRate() == null) {
                return notLoaded(row.code(), site, ClaimType.FACILITY, "ASC payment indicator " + pi + " row for " + row.code()
                        + " has no payment rate");
            }
            boolean discounted = row.multipleProcedureDiscount();
            return new FeeQuote(row.code(), "", site, ClaimType.FACILITY, Status.PRICED, Basis.ASC, row.paymentRate(),
                    row.code() + " ASC payment indicator " + pi + " national unadjusted rate = " + Money.format(row.paymentRate()),
                    discounted ? BilateralAdjustment.PERCENT_150 : BilateralAdjustment.NONE,
                    discounted ? MultipleProcedureRule.REDUCED_WHEN_NOT_HIGHEST : MultipleProcedureRule.EXEMPT,
                    null, null, sources);
        }
        if (pi.equals("N1")) {
            return new FeeQuote(row.code(), "", site, ClaimType.FACILITY, Status.PACKAGED, Basis.ASC, null,
                    row.code() + " ASC payment indicator N1: packaged, no separate payment = 0.00",
                    BilateralAdjustment.NONE, MultipleProcedureRule.EXEMPT, null,
                    "ASC payment indicator N1: packaged into the primary procedure's payment", sources);
        }
        return new FeeQuote(row.code(), "", site, ClaimType.FACILITY, Status.NOT_PAYABLE, Basis.ASC, null,
                row.code() + " ASC payment indicator " + pi + ": not priced by this estimator = 0.00",
                BilateralAdjustment.NONE, MultipleProcedureRule.EXEMPT, null,
                "ASC payment indicator " + pi + " is not modelled by this estimator", sources);
    }

    private FeeQuote contractQuote(ContractFeeRow row) {
        boolean bilateralRow = List.of("50", "RT", "LT").contains(row.modifier().toUpperCase(Locale.ROOT));
        String label = FeeQuote.label(row.code(), row.modifier());
        String where = row.site() + " " + row.component().name().toLowerCase(Locale.ROOT)
                + (row.locality().isEmpty() ? "" : ", locality " + row.locality());
        return new FeeQuote(row.code(), row.modifier(), row.site(), row.component(), Status.PRICED, Basis.CONTRACT, row.amount(),
                label + " " + payerId + " contract amount (" + where + ") = " + Money.format(row.amount()),
                bilateralRow ? BilateralAdjustment.NONE : BilateralAdjustment.PERCENT_150,
                MultipleProcedureRule.BY_ADD_ON_FLAG, row.locality().isEmpty() ? null : row.locality(), null,
                List.of(row.source()));
    }

    private static FeeQuote notLoaded(String code, SiteOfService site, ClaimType component, String note) {
        return new FeeQuote(code, "", site, component, Status.NOT_LOADED, Basis.NONE, null,
                code + " " + component.name().toLowerCase(Locale.ROOT) + " fee not loaded: " + note + " = 0.00",
                BilateralAdjustment.NONE, MultipleProcedureRule.EXEMPT, null, note, List.of());
    }

    // ---- indexing ----------------------------------------------------------------------------

    private static <R extends EffectiveDated> Optional<R> inForce(List<R> rows, LocalDate date) {
        if (rows == null) {
            return Optional.empty();
        }
        for (R row : rows) {
            if (row.inForceOn(date)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private static <R extends EffectiveDated> Map<String, List<R>> index(List<R> rows, Function<R, String> keyOf, String what) {
        Map<String, List<R>> byKey = new HashMap<>();
        for (R row : rows) {
            byKey.computeIfAbsent(keyOf.apply(row), k -> new ArrayList<>()).add(row);
        }
        Map<String, List<R>> frozen = new HashMap<>();
        byKey.forEach((k, list) -> {
            list.sort(Comparator.comparing(EffectiveDated::effectiveFrom));
            for (int i = 1; i < list.size(); i++) {
                R before = list.get(i - 1);
                R after = list.get(i);
                if (!after.effectiveFrom().isAfter(before.effectiveTo())) {
                    throw new IllegalArgumentException("overlapping " + what + " rows for " + k.replace('|', ' ').trim() + ": "
                            + before.effectiveFrom() + ".." + before.effectiveTo() + " (" + before.source() + ") and "
                            + after.effectiveFrom() + ".." + after.effectiveTo() + " (" + after.source() + ")");
                }
            }
            frozen.put(k, List.copyOf(list));
        });
        return Map.copyOf(frozen);
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }

    private static String key(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            sb.append(norm(part)).append('|');
        }
        return sb.toString();
    }

    /** Collects rows, then builds an immutable schedule (checking that no two rows of one key overlap). */
    public static final class Builder {
        private final String payerId;
        private final List<RelativeValueRow> relativeValues = new ArrayList<>();
        private final List<GpciRow> gpcis = new ArrayList<>();
        private final List<OppsRateRow> oppsRates = new ArrayList<>();
        private final List<ContractFeeRow> contractFees = new ArrayList<>();
        private final List<AscRateRow> ascRates = new ArrayList<>();
        private final List<MueRow> mues = new ArrayList<>();

        private Builder(String payerId) {
            this.payerId = payerId;
        }

        public Builder relativeValues(List<RelativeValueRow> rows) {
            relativeValues.addAll(rows);
            return this;
        }

        public Builder gpcis(List<GpciRow> rows) {
            gpcis.addAll(rows);
            return this;
        }

        public Builder oppsRates(List<OppsRateRow> rows) {
            oppsRates.addAll(rows);
            return this;
        }

        public Builder contractFees(List<ContractFeeRow> rows) {
            contractFees.addAll(rows);
            return this;
        }

        public Builder ascRates(List<AscRateRow> rows) {
            ascRates.addAll(rows);
            return this;
        }

        public Builder mues(List<MueRow> rows) {
            mues.addAll(rows);
            return this;
        }

        public FeeSchedule build() {
            return new FeeSchedule(payerId, relativeValues, gpcis, oppsRates, contractFees, ascRates, mues);
        }
    }
}
