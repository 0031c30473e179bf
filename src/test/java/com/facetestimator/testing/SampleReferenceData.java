package com.facetestimator.testing;

import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.BillingConventions;
import com.facetestimator.domain.pricing.CostSharingTerms;
import com.facetestimator.domain.pricing.FeeBasis;
import com.facetestimator.domain.pricing.FeeSchedule;
import com.facetestimator.domain.pricing.GpciRow;
import com.facetestimator.domain.pricing.OppsRateRow;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.domain.pricing.PayerType;
import com.facetestimator.domain.pricing.RelativeValueRow;
import com.facetestimator.store.FeeSchedulePublisher;
import com.facetestimator.store.PayerProfileWriter;
import com.facetestimator.store.TableNames;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A small, realistic set of reference data for tests and the benchmark that need the tables
 * populated: Original Medicare with its 2026 facet fees (RVU26A, Addendum E, OPPS 2025 rows as in
 * src/main/resources/reference/cms) and one commercial payer priced at a percentage of Medicare.
 */
public final class SampleReferenceData {
    public static final String MEDICARE = "medicare";
    public static final String COMMERCIAL = "sample-commercial-a";

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final String RVU26 = "CMS PFS RVU26A";
    private static final String GPCI26 = "CMS CY2026 PFS Addendum E GPCIs";
    private static final String OPPS = "CMS CY2025 OPPS Addendum B (carried into 2026 for tests)";

    private SampleReferenceData() {}

    /** Writes the profiles, then publishes Medicare's fee schedule as version {@code v1}. */
    public static void publish(DynamoDbClient dynamo, TableNames tables) {
        PayerProfileWriter profiles = new PayerProfileWriter(dynamo, tables.fees());
        profiles.put(medicare());
        profiles.put(commercial());
        new FeeSchedulePublisher(dynamo, tables.fees(), message -> { }).publish(medicareSchedule(), "v1");
    }

    public static PayerProfile medicare() {
        return new PayerProfile(MEDICARE, "Original Medicare (Part B)", PayerType.MEDICARE, false,
                new BillingConventions(BilateralStyle.MODIFIER_50_ONE_UNIT, BilateralStyle.RT_LT_LINES, "MEDICARE-FACET-LCD"),
                "MEDICARE-FACET-LCD", new FeeBasis.OwnSchedule(),
                List.of(new CostSharingTerms(FROM, TO, d("283"), d("20"), null, d("1736"), "Medicare 2026 Part B terms")),
                null);
    }

    public static PayerProfile commercial() {
        return new PayerProfile(COMMERCIAL, "Sample commercial at 125% of Medicare", PayerType.COMMERCIAL, true,
                new BillingConventions(BilateralStyle.MODIFIER_50_TWO_UNITS, BilateralStyle.MODIFIER_50_ONE_UNIT, null),
                null, new FeeBasis.PercentOf(MEDICARE, d("125")),
                List.of(new CostSharingTerms(FROM, TO, d("1500"), d("20"), null, null, "sample plan terms")), "sample");
    }

    public static FeeSchedule medicareSchedule() {
        return FeeSchedule.builder(MEDICARE)
                .relativeValues(List.of(
                        rv("0216T", "C", "0.00", "0.00", "0.00", "0.00", 0),
                        rv("64490", "A", "1.77", "4.20", "0.88", "0.17", 2),
                        rv("64491", "A", "1.00", "1.70", "0.38", "0.09", 0),
                        rv("64492", "A", "1.00", "1.72", "0.38", "0.09", 0),
                        rv("64493", "A", "1.48", "4.08", "0.82", "0.14", 2),
                        rv("64494", "A", "0.98", "1.81", "0.25", "0.08", 0),
                        rv("64495", "A", "0.98", "1.90", "0.29", "0.08", 0),
                        rv("64633", "A", "3.32", "9.52", "1.70", "0.30", 2),
                        rv("64634", "A", "1.32", "5.63", "0.34", "0.12", 0),
                        rv("64635", "A", "3.24", "10.39", "1.65", "0.29", 2),
                        rv("64636", "A", "1.13", "6.29", "0.28", "0.11", 0)))
                .gpcis(List.of(
                        new GpciRow("10112", "AL", "00", "ALABAMA", d("0.988"), d("0.875"), d("0.566"), FROM, TO, GPCI26),
                        new GpciRow("01182", "CA", "18", "LOS ANGELES-LONG BEACH-ANAHEIM (LOS ANGELES/ORANGE CNTY)",
                                d("1.041"), d("1.183"), d("0.664"), FROM, TO, GPCI26)))
                .oppsRates(List.of(
                        opps("0216T", "T", "5443", "890.29", "178.06"),
                        opps("64490", "T", "5443", "890.29", "178.06"),
                        opps("64491", "N", "", null, null),
                        opps("64492", "N", "", null, null),
                        opps("64493", "T", "5443", "890.29", "178.06"),
                        opps("64494", "N", "", null, null),
                        opps("64495", "N", "", null, null),
                        opps("64633", "J1", "5431", "1952.77", "390.56"),
                        opps("64634", "N", "", null, null),
                        opps("64635", "J1", "5431", "1952.77", "390.56"),
                        opps("64636", "N", "", null, null)))
                .build();
    }

    private static RelativeValueRow rv(String code, String status, String work, String nf, String f, String mp, int mult) {
        return new RelativeValueRow(code, "", status, d(work), d(nf), d(f), d(mp), mult, 1, d("33.4009"), FROM, TO, RVU26);
    }

    private static OppsRateRow opps(String code, String si, String apc, String rate, String minCopay) {
        return new OppsRateRow(code, si, apc, rate == null ? null : d(rate), minCopay == null ? null : d(minCopay), FROM, TO, OPPS);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
