package com.facetestimator.tools;

import com.facetestimator.domain.pricing.AscRateRow;
import com.facetestimator.domain.pricing.ContractFeeRow;
import com.facetestimator.domain.pricing.EffectiveDated;
import com.facetestimator.domain.pricing.FeeBasis;
import com.facetestimator.domain.pricing.FeeSchedule;
import com.facetestimator.domain.pricing.GpciRow;
import com.facetestimator.domain.pricing.MueRow;
import com.facetestimator.domain.pricing.OppsRateRow;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.domain.pricing.RelativeValueRow;
import com.facetestimator.store.DynamoDbClients;
import com.facetestimator.store.DynamoDbFeeSchedules;
import com.facetestimator.store.DynamoDbPayerDirectory;
import com.facetestimator.store.FeeSchedulePublisher;
import com.facetestimator.store.PayerProfileWriter;
import com.facetestimator.store.TableBootstrap;
import com.facetestimator.store.TableNames;
import com.facetestimator.tools.cms.PercentOfContract;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Puts parsed fee rows into the payer's published schedule: the rows of the same kind whose
 * period overlaps the import are replaced, every other row is kept, and the result is
 * published as a new version (readers switch to it at once, never to half of it).
 */
final class FeeSchedulePublication {
    private final DynamoDbClient dynamo;
    private final TableNames tables;
    private final PrintStream progress;

    FeeSchedulePublication(DynamoDbClient dynamo, TableNames tables, PrintStream progress) {
        this.dynamo = dynamo;
        this.tables = tables;
        this.progress = progress;
    }

    static FeeSchedulePublication fromEnvironment(PrintStream progress) {
        DynamoDbClient dynamo = DynamoDbClients.fromEnvironment();
        TableNames tables = TableNames.fromEnvironment();
        new TableBootstrap(dynamo).createIfMissing(tables);
        return new FeeSchedulePublication(dynamo, tables, progress);
    }

    ReferenceDataPublisher.Summary publishBundled() {
        return new ReferenceDataPublisher(dynamo, tables, progress::println).publishBundled();
    }

    /** Publishes {@code rows} (all of one kind) into {@code payerId}'s schedule; returns the new version. */
    String publish(String payerId, List<?> rows, LocalDate from, LocalDate to) {
        var payers = new DynamoDbPayerDirectory(dynamo, tables.fees(), Duration.ZERO);
        payers.find(payerId).orElseThrow(() -> new IllegalArgumentException(
                "payer '" + payerId + "' has no profile in " + tables.fees() + "; load the payer profiles first"));
        FeeSchedule current = new DynamoDbFeeSchedules(dynamo, tables.fees(), payers, Duration.ZERO)
                .scheduleFor(payerId).orElse(FeeSchedule.empty(payerId));
        FeeSchedule merged = FeeSchedule.builder(payerId)
                .relativeValues(merge(current.relativeValues(), rows, RelativeValueRow.class, from, to))
                .gpcis(merge(current.gpcis(), rows, GpciRow.class, from, to))
                .oppsRates(merge(current.oppsRates(), rows, OppsRateRow.class, from, to))
                .contractFees(merge(current.contractFees(), rows, ContractFeeRow.class, from, to))
                .ascRates(merge(current.ascRates(), rows, AscRateRow.class, from, to))
                .mues(merge(current.mues(), rows, MueRow.class, from, to))
                .build();
        String version = "import-" + ReferenceDataPublisher.digest(merged);
        new FeeSchedulePublisher(dynamo, tables.fees(), progress::println).publish(merged, version);
        return version;
    }

    /** Points each named payer's profile at its percent-of-payer contract. */
    void publishPercentOf(List<PercentOfContract> contracts) {
        var payers = new DynamoDbPayerDirectory(dynamo, tables.fees(), Duration.ZERO);
        PayerProfileWriter writer = new PayerProfileWriter(dynamo, tables.fees());
        for (PercentOfContract c : contracts) {
            PayerProfile p = payers.find(c.payerId()).orElseThrow(() -> new IllegalArgumentException(
                    "payer '" + c.payerId() + "' has no profile; load the payer profiles first"));
            writer.put(new PayerProfile(p.payerId(), p.name(), p.type(), p.sample(), p.billing(), p.frequencyPolicyId(),
                    new FeeBasis.PercentOf(c.basePayerId(), c.percent()), p.costSharing(), p.note()));
            progress.println(c.payerId() + ": now " + c.percent().toPlainString() + "% of " + c.basePayerId());
        }
    }

    private static <T extends EffectiveDated> List<T> merge(List<T> current, List<?> imported, Class<T> kind, LocalDate from, LocalDate to) {
        List<T> incoming = imported.stream().filter(kind::isInstance).map(kind::cast).toList();
        if (incoming.isEmpty()) {
            return current;
        }
        List<T> merged = new ArrayList<>();
        for (T row : current) {
            boolean overlaps = !row.effectiveTo().isBefore(from) && !row.effectiveFrom().isAfter(to);
            if (!overlaps) {
                merged.add(row);
            } else if (row instanceof AscRateRow asc) {
                // A quarterly release replaces the rows of its period only: the part of an earlier
                // release before it (e.g. January's rows for January to March) is kept.
                if (asc.effectiveFrom().isBefore(from)) {
                    merged.add(kind.cast(new AscRateRow(asc.code(), asc.paymentIndicator(), asc.multipleProcedureDiscount(),
                            asc.paymentWeight(), asc.paymentRate(), asc.effectiveFrom(), from.minusDays(1), asc.source())));
                }
                if (asc.effectiveTo().isAfter(to)) {
                    merged.add(kind.cast(new AscRateRow(asc.code(), asc.paymentIndicator(), asc.multipleProcedureDiscount(),
                            asc.paymentWeight(), asc.paymentRate(), to.plusDays(1), asc.effectiveTo(), asc.source())));
                }
            }
        }
        merged.addAll(incoming);
        return merged;
    }
}
