package com.facetestimator.domain.pricing;

import com.facetestimator.domain.InvalidInputException;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.locality.LocalityDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fee rows in effect for a payer at a site on a date, as GET /payers/{payerId}/fees lists
 * them: a percent-of-Medicare contract shows the base payer's fees scaled by its percentage.
 * A payer with no loaded schedule lists nothing (never invented amounts); a date after the last
 * loaded rows lists the latest ones, their source saying they are carried forward.
 */
public final class FeeListing {
    private final FeeScheduleSource schedules;
    private final LocalityDirectory localities;

    public FeeListing(FeeScheduleSource schedules, LocalityDirectory localities) {
        this.schedules = schedules;
        this.localities = localities;
    }

    public record Row(FeeQuote quote, java.math.BigDecimal amount, String source) {}

    /**
     * @param locality {@code MAC-LOCALITY}, or null for national
     * @throws InvalidInputException naming {@code locality} when it is not a Medicare payment locality
     */
    public List<Row> feesInEffect(PayerProfile payer, SiteOfService site, LocalDate date, String locality) {
        if (locality != null && localities.find(locality).isEmpty()) {
            throw new InvalidInputException("locality", "'" + locality + "' is not a Medicare payment locality"
                    + " of the PFS GPCI files (GET /localities lists them)");
        }
        List<Row> rows = new ArrayList<>();
        if (payer.feeBasis() instanceof FeeBasis.PercentOf percentOf) {
            schedules.scheduleFor(percentOf.basePayerId()).ifPresent(base -> {
                for (FeeQuote q : base.feesInEffect(site, date, locality)) {
                    rows.add(new Row(q, Money.percentOf(q.amount(), percentOf.percent()),
                            Money.formatPercent(percentOf.percent()) + " of " + percentOf.basePayerId() + ": " + source(q)));
                }
            });
        } else {
            schedules.scheduleFor(payer.payerId()).ifPresent(own -> {
                for (FeeQuote q : own.feesInEffect(site, date, locality)) {
                    rows.add(new Row(q, q.amount(), source(q)));
                }
            });
        }
        return rows;
    }

    /** The row's sources, and what was carried forward to the date when no later rows are loaded. */
    private static String source(FeeQuote q) {
        List<String> parts = new ArrayList<>(q.sources());
        q.carriedForward().forEach(c -> parts.add("carried forward, provisional: " + c));
        return String.join("; ", parts);
    }
}
