package com.facetestimator.testing;

import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.BillingConventions;
import com.facetestimator.domain.coding.SiteOfService;
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
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Payer profiles and Medicare fee rows for the API tests, typed in from the CMS excerpts in
 * shared/reference/cms (RVU26A, Addendum E 2026, OPPS Addendum B 2025): Original Medicare
 * with the facet frequency policy, and a sample commercial plan paying 125% of Medicare
 * without one. Used until the bundled reference data publisher is on this branch.
 */
public final class TestReferenceData {
    public static final String MEDICARE = "medicare";
    public static final String COMMERCIAL = "sample-commercial-125";

    private static final String RVU26 = "CMS PFS RVU26A (released 2025-12-29)";
    private static final String GPCI26 = "CMS CY2026 PFS Addendum E GPCIs";
    private static final String OPPS25 = "CMS CY2025 OPPS Addendum B";
    private static final LocalDate Y25_START = LocalDate.of(2025, 1, 1);
    private static final LocalDate Y25_END = LocalDate.of(2025, 12, 31);
    private static final LocalDate Y26_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate Y26_END = LocalDate.of(2026, 12, 31);

    private TestReferenceData() {}

    /** Writes the profiles and publishes Medicare's fee schedule into {@code tables}. */
    public static void publish(DynamoDbClient dynamo, TableNames tables) {
        PayerProfileWriter profiles = new PayerProfileWriter(dynamo, tables.fees());
        profiles.put(medicare());
        profiles.put(commercial());
        new FeeSchedulePublisher(dynamo, tables.fees(), line -> { }).publish(medicareSchedule(), "test-1");
    }

    static PayerProfile medicare() {
        return new PayerProfile(MEDICARE, "Original Medicare (Part B)", PayerType.MEDICARE, false,
                new BillingConventions(BilateralStyle.MODIFIER_50_ONE_UNIT, BilateralStyle.MODIFIER_50_ONE_UNIT,
                        "MEDICARE-FACET-LCD", Map.of(SiteOfService.ASC, BilateralStyle.RT_LT_LINES)),
                "MEDICARE-FACET-LCD", new FeeBasis.OwnSchedule(),
                List.of(new CostSharingTerms(Y25_START, Y25_END, d("257"), d("20"), null, d("1676"), "Medicare 2025 Part B terms"),
                        new CostSharingTerms(Y26_START, Y26_END, d("283"), d("20"), null, d("1736"), "Medicare 2026 Part B terms")),
                null);
    }

    static PayerProfile commercial() {
        return new PayerProfile(COMMERCIAL, "Sample commercial plan (125% of Medicare)", PayerType.COMMERCIAL, true,
                new BillingConventions(BilateralStyle.MODIFIER_50_TWO_UNITS, BilateralStyle.MODIFIER_50_TWO_UNITS, null),
                null, new FeeBasis.PercentOf(MEDICARE, d("125")),
                List.of(new CostSharingTerms(Y26_START, Y26_END, d("1500"), d("20"), null, d("6000"), "sample plan terms")),
                "illustrative, not a real contract");
    }

    static FeeSchedule medicareSchedule() {
        return FeeSchedule.builder(MEDICARE)
                .relativeValues(List.of(
                        rv("0216T", "C", "0.00", "0.00", "0.00", "0.00", 0),
                        rv("64490", "A", "1.77", "4.20", "0.88", "0.17", 2),
                        rv("64491", "A", "1.13", "1.81", "0.28", "0.11", 0),
                        rv("64492", "A", "1.13", "1.84", "0.31", "0.09", 0),
                        rv("64493", "A", "1.48", "4.08", "0.82", "0.14", 2),
                        rv("64494", "A", "0.98", "1.81", "0.25", "0.08", 0),
                        rv("64495", "A", "0.98", "1.90", "0.29", "0.08", 0),
                        rv("64633", "A", "3.24", "10.20", "1.63", "0.30", 2),
                        rv("64634", "A", "1.29", "6.57", "0.32", "0.12", 0),
                        rv("64635", "A", "3.24", "10.39", "1.65", "0.29", 2),
                        rv("64636", "A", "1.13", "6.29", "0.28", "0.11", 0)))
                .gpcis(List.of(
                        new GpciRow("01182", "CA", "18", "LOS ANGELES-LONG BEACH-ANAHEIM (LOS ANGELES/ORANGE CNTY)",
                                d("1.041"), d("1.183"), d("0.664"), Y26_START, Y26_END, GPCI26),
                        new GpciRow("10112", "AL", "00", "ALABAMA", d("0.988"), d("0.875"), d("0.566"), Y26_START, Y26_END, GPCI26)))
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
        return new RelativeValueRow(code, "", status, d(work), d(nf), d(f), d(mp), mult, 1, d("33.4009"), Y26_START, Y26_END, RVU26);
    }

    private static OppsRateRow opps(String code, String si, String apc, String rate, String minCopay) {
        return new OppsRateRow(code, si, apc, rate == null ? null : d(rate), minCopay == null ? null : d(minCopay),
                Y25_START, Y25_END, OPPS25);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
