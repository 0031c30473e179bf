package com.facetestimator.tools;

import com.facetestimator.domain.pricing.ContractFeeRow;
import com.facetestimator.domain.pricing.EffectiveDated;
import com.facetestimator.tools.cms.ImportPeriod;
import com.facetestimator.tools.cms.PercentOfContract;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/** The DynamoDB side of the fee importer's {@code --publish} and {@code bundled}. */
public final class FeeImportPublishing {
    private FeeImportPublishing() {}

    public static String bundled(PrintStream progress) {
        return FeeSchedulePublication.fromEnvironment(progress).publishBundled().toString();
    }

    @SuppressWarnings("unchecked")
    public static String publish(String format, String payerId, List<?> rows, ImportPeriod period, PrintStream progress) {
        FeeSchedulePublication publication = FeeSchedulePublication.fromEnvironment(progress);
        if (format.equals("percent-of")) {
            publication.publishPercentOf((List<PercentOfContract>) rows);
            return "payer profiles updated";
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the file holds no rows");
        }
        LocalDate from;
        LocalDate to;
        if (period != null) {
            from = period.from();
            to = period.to();
        } else {
            // A contract file carries its own dates: it replaces the contract rows in its span.
            List<EffectiveDated> dated = (List<EffectiveDated>) rows;
            from = dated.stream().map(EffectiveDated::effectiveFrom).min(LocalDate::compareTo).orElseThrow();
            to = dated.stream().map(EffectiveDated::effectiveTo).max(LocalDate::compareTo).orElseThrow();
            if (rows.stream().anyMatch(r -> r instanceof ContractFeeRow c && !c.payerId().equals(payerId))) {
                throw new IllegalArgumentException("the file holds rows of a payer other than " + payerId);
            }
        }
        return "published as version " + publication.publish(payerId, rows, from, to);
    }
}
