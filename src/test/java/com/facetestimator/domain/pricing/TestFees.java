package com.facetestimator.domain.pricing;

import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.BillingConventions;
import com.facetestimator.domain.coding.Claim;
import com.facetestimator.domain.coding.ClaimLine;
import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Medicare fee rows typed in from the CMS excerpts in src/main/resources/reference/cms (RVU25D, RVU26A,
 * Addendum E 2026, OPPS Addendum B 2025), and the Medicare profile, for domain tests that should
 * not depend on the importers.
 */
final class TestFees {
    static final String RVU25 = "CMS PFS RVU25D (released 2025-09-11)";
    static final String RVU26 = "CMS PFS RVU26A (released 2025-12-29)";
    static final String GPCI26_FLOOR = "CMS CY2026 PFS Addendum E GPCIs (work GPCI with the 1.0 floor, through 2026-01-31)";
    static final String GPCI26 = "CMS CY2026 PFS Addendum E GPCIs (work GPCI without the floor, from 2026-02-01)";
    static final String OPPS25 = "CMS CY2025 OPPS Addendum B";

    static final LocalDate Y25_START = LocalDate.of(2025, 1, 1);
    static final LocalDate Y25_END = LocalDate.of(2025, 12, 31);
    static final LocalDate Y26_START = LocalDate.of(2026, 1, 1);
    static final LocalDate Y26_JAN_END = LocalDate.of(2026, 1, 31);
    static final LocalDate Y26_END = LocalDate.of(2026, 12, 31);

    private TestFees() {}

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static RelativeValueRow rv25(String code, String status, String work, String nf, String f, String mp, int mult, int bilat) {
        return new RelativeValueRow(code, "", status, d(work), d(nf), d(f), d(mp), mult, bilat, d("32.3465"), Y25_START, Y25_END, RVU25);
    }

    static RelativeValueRow rv26(String code, String status, String work, String nf, String f, String mp, int mult, int bilat) {
        return new RelativeValueRow(code, "", status, d(work), d(nf), d(f), d(mp), mult, bilat, d("33.4009"), Y26_START, Y26_END, RVU26);
    }

    static List<RelativeValueRow> relativeValues() {
        return List.of(
                rv25("0216T", "C", "0.00", "0.00", "0.00", "0.00", 0, 1),
                rv25("64490", "A", "1.82", "3.77", "1.17", "0.17", 2, 1),
                rv25("64493", "A", "1.52", "3.64", "1.05", "0.16", 2, 1),
                rv25("64494", "A", "1.00", "1.62", "0.42", "0.10", 0, 1),
                rv25("64495", "A", "1.00", "1.61", "0.45", "0.08", 0, 1),
                rv25("64635", "A", "3.32", "9.39", "2.16", "0.29", 2, 1),
                rv25("64636", "A", "1.16", "5.72", "0.48", "0.12", 0, 1),
                rv26("0216T", "C", "0.00", "0.00", "0.00", "0.00", 0, 1),
                rv26("64490", "A", "1.77", "4.20", "0.88", "0.17", 2, 1),
                rv26("64493", "A", "1.48", "4.08", "0.82", "0.14", 2, 1),
                rv26("64494", "A", "0.98", "1.81", "0.25", "0.08", 0, 1),
                rv26("64495", "A", "0.98", "1.90", "0.29", "0.08", 0, 1),
                rv26("64635", "A", "3.24", "10.39", "1.65", "0.29", 2, 1),
                rv26("64636", "A", "1.13", "6.29", "0.28", "0.11", 0, 1));
    }

    static List<GpciRow> gpcis() {
        return List.of(
                new GpciRow("01182", "CA", "18", "LOS ANGELES-LONG BEACH-ANAHEIM (LOS ANGELES/ORANGE CNTY)",
                        d("1.041"), d("1.183"), d("0.664"), Y26_START, Y26_JAN_END, GPCI26_FLOOR),
                new GpciRow("01182", "CA", "18", "LOS ANGELES-LONG BEACH-ANAHEIM (LOS ANGELES/ORANGE CNTY)",
                        d("1.041"), d("1.183"), d("0.664"), Y26_JAN_END.plusDays(1), Y26_END, GPCI26),
                new GpciRow("10112", "AL", "00", "ALABAMA", d("1.000"), d("0.875"), d("0.566"), Y26_START, Y26_JAN_END, GPCI26_FLOOR),
                new GpciRow("10112", "AL", "00", "ALABAMA", d("0.988"), d("0.875"), d("0.566"), Y26_JAN_END.plusDays(1), Y26_END, GPCI26));
    }

    static OppsRateRow opps(String code, String si, String apc, String rate, String minCopay) {
        return new OppsRateRow(code, si, apc, rate == null ? null : d(rate), minCopay == null ? null : d(minCopay),
                Y25_START, Y25_END, OPPS25);
    }

    static List<OppsRateRow> oppsRates() {
        return List.of(
                opps("0216T", "T", "5443", "890.29", "178.06"),
                opps("64490", "T", "5443", "890.29", "178.06"),
                opps("64493", "T", "5443", "890.29", "178.06"),
                opps("64494", "N", "", null, null),
                opps("64495", "N", "", null, null),
                opps("64635", "J1", "5431", "1952.77", "390.56"),
                opps("64636", "N", "", null, null));
    }

    static FeeSchedule medicareSchedule() {
        return FeeSchedule.builder("medicare").relativeValues(relativeValues()).gpcis(gpcis()).oppsRates(oppsRates()).build();
    }

    static PayerProfile medicare() {
        return new PayerProfile("medicare", "Original Medicare (Part B)", PayerType.MEDICARE, false,
                new BillingConventions(BilateralStyle.MODIFIER_50_ONE_UNIT, BilateralStyle.MODIFIER_50_ONE_UNIT,
                        "MEDICARE-FACET-LCD", Map.of(SiteOfService.ASC, BilateralStyle.RT_LT_LINES)),
                "MEDICARE-FACET-LCD", new FeeBasis.OwnSchedule(),
                List.of(new CostSharingTerms(Y25_START, Y25_END, d("257"), d("20"), null, d("1676"), "Medicare 2025 Part B terms"),
                        new CostSharingTerms(Y26_START, Y26_END, d("283"), d("20"), null, d("1736"), "Medicare 2026 Part B terms")),
                null);
    }

    static PayerProfile percentOfMedicare(String payerId, String percent, BilateralStyle style, List<CostSharingTerms> terms) {
        return new PayerProfile(payerId, "Sample " + payerId, PayerType.COMMERCIAL, true,
                new BillingConventions(style, style, null), null,
                new FeeBasis.PercentOf("medicare", d(percent)), terms, null);
    }

    static ClaimLine line(String code, boolean addOn, String... modifiers) {
        return new ClaimLine(code, List.of(modifiers), 1, addOn, code + " test line", true);
    }

    static ClaimLine line(String code, int units, boolean addOn, String... modifiers) {
        return new ClaimLine(code, List.of(modifiers), units, addOn, code + " test line", true);
    }

    static ClaimLine notCovered(ClaimLine line) {
        return new ClaimLine(line.code(), line.modifiers(), line.units(), line.addOn(), line.description(), false);
    }

    static Claim professional(ClaimLine... lines) {
        return new Claim(ClaimType.PROFESSIONAL, List.of(lines));
    }

    static Claim facility(ClaimLine... lines) {
        return new Claim(ClaimType.FACILITY, List.of(lines));
    }

    /** 64493 + 64494 with modifier 50, as the Medicare professional claim of L4-L5 + L5-S1 bilateral. */
    static Claim bilateralTwoLevelProfessional() {
        return professional(line("64493", false, "50"), line("64494", true, "50"));
    }
}
