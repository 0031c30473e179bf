package com.facetestimator.store;

import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.BillingConventions;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.CostSharingTerms;
import com.facetestimator.domain.pricing.FeeBasis;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.domain.pricing.PayerType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A payer profile as a fees-table item: partition {@value #PARTITION}, sort key the payer id,
 * so that one Query lists every payer. Plain attributes rather than a JSON blob, so an
 * operator can read and fix a profile in the console.
 */
final class PayerProfileItem {
    static final String PARTITION = "PAYERS";
    /** The fee schedule version readers should use; flipped last when a schedule is published. */
    static final String FEE_VERSION = "feeVersion";

    private PayerProfileItem() {}

    static Map<String, AttributeValue> toItem(PayerProfile p) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableBootstrap.PK, s(PARTITION));
        item.put(TableBootstrap.SK, s(p.payerId()));
        item.put("name", s(p.name()));
        item.put("type", s(p.type().name()));
        item.put("sample", AttributeValue.fromBool(p.sample()));
        item.put("professionalBilateral", s(p.billing().professionalBilateral().name()));
        item.put("facilityBilateral", s(p.billing().facilityBilateral().name()));
        if (!p.billing().facilityBilateralBySite().isEmpty()) {
            Map<String, AttributeValue> bySite = new HashMap<>();
            p.billing().facilityBilateralBySite().forEach((site, style) -> bySite.put(site.name(), s(style.name())));
            item.put("facilityBilateralBySite", AttributeValue.fromM(bySite));
        }
        putIfPresent(item, "coveragePolicyId", p.billing().coveragePolicyId());
        putIfPresent(item, "frequencyPolicyId", p.frequencyPolicyId());
        putIfPresent(item, "note", p.note());
        if (p.feeBasis() instanceof FeeBasis.PercentOf percentOf) {
            item.put("feeBasis", s("PERCENT_OF"));
            item.put("basePayerId", s(percentOf.basePayerId()));
            item.put("percent", n(percentOf.percent()));
        } else {
            item.put("feeBasis", s("OWN_SCHEDULE"));
        }
        item.put("costSharing", AttributeValue.fromL(p.costSharing().stream().map(PayerProfileItem::termsItem).toList()));
        return item;
    }

    static PayerProfile fromItem(Map<String, AttributeValue> item) {
        FeeBasis basis = "PERCENT_OF".equals(str(item, "feeBasis"))
                ? new FeeBasis.PercentOf(str(item, "basePayerId"), new BigDecimal(item.get("percent").n()))
                : new FeeBasis.OwnSchedule();
        List<CostSharingTerms> terms = item.containsKey("costSharing")
                ? item.get("costSharing").l().stream().map(v -> terms(v.m())).toList()
                : List.of();
        return new PayerProfile(
                str(item, TableBootstrap.SK),
                str(item, "name"),
                PayerType.valueOf(str(item, "type")),
                item.containsKey("sample") && item.get("sample").bool(),
                new BillingConventions(
                        BilateralStyle.valueOf(str(item, "professionalBilateral")),
                        BilateralStyle.valueOf(str(item, "facilityBilateral")),
                        str(item, "coveragePolicyId"),
                        facilityBySite(item)),
                str(item, "frequencyPolicyId"),
                basis,
                terms,
                str(item, "note"));
    }

    private static Map<SiteOfService, BilateralStyle> facilityBySite(Map<String, AttributeValue> item) {
        Map<SiteOfService, BilateralStyle> bySite = new java.util.EnumMap<>(SiteOfService.class);
        if (item.containsKey("facilityBilateralBySite")) {
            item.get("facilityBilateralBySite").m().forEach((site, style) ->
                    bySite.put(SiteOfService.valueOf(site), BilateralStyle.valueOf(style.s())));
        }
        return bySite;
    }

    private static AttributeValue termsItem(CostSharingTerms t) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("effectiveFrom", s(t.effectiveFrom().toString()));
        m.put("effectiveTo", s(t.effectiveTo().toString()));
        putIfPresent(m, "annualDeductible", t.annualDeductible());
        putIfPresent(m, "coinsurancePercent", t.coinsurancePercent());
        putIfPresent(m, "copay", t.copay());
        putIfPresent(m, "perServiceCopayCap", t.perServiceCopayCap());
        putIfPresent(m, "citation", t.citation());
        return AttributeValue.fromM(m);
    }

    private static CostSharingTerms terms(Map<String, AttributeValue> m) {
        return new CostSharingTerms(
                LocalDate.parse(str(m, "effectiveFrom")),
                LocalDate.parse(str(m, "effectiveTo")),
                num(m, "annualDeductible"),
                num(m, "coinsurancePercent"),
                num(m, "copay"),
                num(m, "perServiceCopayCap"),
                str(m, "citation"));
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, Object value) {
        if (value instanceof BigDecimal number) {
            item.put(name, n(number));
        } else if (value != null) {
            item.put(name, s(value.toString()));
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(BigDecimal value) {
        return AttributeValue.fromN(value.toPlainString());
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    private static BigDecimal num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? null : new BigDecimal(v.n());
    }
}
