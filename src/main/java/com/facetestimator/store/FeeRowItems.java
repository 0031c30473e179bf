package com.facetestimator.store;

import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.AscRateRow;
import com.facetestimator.domain.pricing.ContractFeeRow;
import com.facetestimator.domain.pricing.FeeSchedule;
import com.facetestimator.domain.pricing.GpciRow;
import com.facetestimator.domain.pricing.MueRow;
import com.facetestimator.domain.pricing.OppsRateRow;
import com.facetestimator.domain.pricing.RelativeValueRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Fee rows as fees-table items. All rows of one published schedule version share the partition
 * {@code FEES#<payer>#<version>}, so one Query reads a payer's whole schedule; the sort key
 * starts with the row kind ({@code RVU#}, {@code GPCI#}, {@code OPPS#}, {@code ASC#}, {@code MUE#},
 * {@code CONTRACT#}).
 */
final class FeeRowItems {
    private FeeRowItems() {}

    static String partition(String payerId, String version) {
        return "FEES#" + payerId + "#" + version;
    }

    static List<Map<String, AttributeValue>> items(FeeSchedule schedule, String version) {
        String pk = partition(schedule.payerId(), version);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (RelativeValueRow r : schedule.relativeValues()) {
            Map<String, AttributeValue> m = base(pk, "RVU#" + r.code() + "#" + r.modifier() + "#" + r.effectiveFrom(), r.effectiveFrom(), r.effectiveTo(), r.source());
            m.put("code", s(r.code()));
            m.put("modifier", s(r.modifier()));
            m.put("status", s(r.statusCode()));
            m.put("work", n(r.workRvu()));
            m.put("peNonFacility", n(r.nonFacilityPeRvu()));
            m.put("peFacility", n(r.facilityPeRvu()));
            m.put("mp", n(r.mpRvu()));
            m.put("multipleProcedure", AttributeValue.fromN(Integer.toString(r.multipleProcedureIndicator())));
            m.put("bilateral", AttributeValue.fromN(Integer.toString(r.bilateralIndicator())));
            m.put("conversionFactor", n(r.conversionFactor()));
            items.add(m);
        }
        for (GpciRow g : schedule.gpcis()) {
            Map<String, AttributeValue> m = base(pk, "GPCI#" + g.localityKey() + "#" + g.effectiveFrom(), g.effectiveFrom(), g.effectiveTo(), g.source());
            m.put("mac", s(g.mac()));
            m.put("state", s(g.state()));
            m.put("locality", s(g.localityNumber()));
            m.put("localityName", s(g.localityName()));
            m.put("work", n(g.workGpci()));
            m.put("pe", n(g.peGpci()));
            m.put("mp", n(g.mpGpci()));
            items.add(m);
        }
        for (OppsRateRow o : schedule.oppsRates()) {
            Map<String, AttributeValue> m = base(pk, "OPPS#" + o.code() + "#" + o.effectiveFrom(), o.effectiveFrom(), o.effectiveTo(), o.source());
            m.put("code", s(o.code()));
            m.put("statusIndicator", s(o.statusIndicator()));
            m.put("apc", s(o.apc()));
            if (o.paymentRate() != null) {
                m.put("paymentRate", n(o.paymentRate()));
            }
            if (o.minimumUnadjustedCopayment() != null) {
                m.put("minimumCopayment", n(o.minimumUnadjustedCopayment()));
            }
            items.add(m);
        }
        for (AscRateRow a : schedule.ascRates()) {
            Map<String, AttributeValue> m = base(pk, "ASC#" + a.code() + "#" + a.effectiveFrom(), a.effectiveFrom(), a.effectiveTo(), a.source());
            m.put("code", s(a.code()));
            m.put("paymentIndicator", s(a.paymentIndicator()));
            m.put("discounted", AttributeValue.fromBool(a.multipleProcedureDiscount()));
            if (a.paymentWeight() != null) {
                m.put("paymentWeight", n(a.paymentWeight()));
            }
            if (a.paymentRate() != null) {
                m.put("paymentRate", n(a.paymentRate()));
            }
            items.add(m);
        }
        for (MueRow u : schedule.mues()) {
            Map<String, AttributeValue> m = base(pk, "MUE#" + u.code() + "#" + u.effectiveFrom(), u.effectiveFrom(), u.effectiveTo(), u.source());
            m.put("code", s(u.code()));
            m.put("units", AttributeValue.fromN(Integer.toString(u.maximumUnits())));
            m.put("mai", AttributeValue.fromN(Integer.toString(u.adjudication())));
            items.add(m);
        }
        for (ContractFeeRow c : schedule.contractFees()) {
            String sk = "CONTRACT#" + c.site() + "#" + c.component() + "#" + c.code() + "#" + c.modifier() + "#" + c.locality() + "#" + c.effectiveFrom();
            Map<String, AttributeValue> m = base(pk, sk, c.effectiveFrom(), c.effectiveTo(), c.source());
            m.put("site", s(c.site().name()));
            m.put("component", s(c.component().name()));
            m.put("code", s(c.code()));
            m.put("modifier", s(c.modifier()));
            m.put("locality", s(c.locality()));
            m.put("amount", n(c.amount()));
            items.add(m);
        }
        return items;
    }

    static FeeSchedule schedule(String payerId, List<Map<String, AttributeValue>> items) {
        List<RelativeValueRow> rvus = new ArrayList<>();
        List<GpciRow> gpcis = new ArrayList<>();
        List<OppsRateRow> opps = new ArrayList<>();
        List<ContractFeeRow> contracts = new ArrayList<>();
        List<AscRateRow> asc = new ArrayList<>();
        List<MueRow> mues = new ArrayList<>();
        for (Map<String, AttributeValue> m : items) {
            String sk = m.get(TableBootstrap.SK).s();
            LocalDate from = LocalDate.parse(m.get("from").s());
            LocalDate to = LocalDate.parse(m.get("to").s());
            String source = m.get("source").s();
            switch (sk.substring(0, sk.indexOf('#'))) {
                case "RVU" -> rvus.add(new RelativeValueRow(str(m, "code"), str(m, "modifier"), str(m, "status"),
                        num(m, "work"), num(m, "peNonFacility"), num(m, "peFacility"), num(m, "mp"),
                        Integer.parseInt(m.get("multipleProcedure").n()), Integer.parseInt(m.get("bilateral").n()),
                        num(m, "conversionFactor"), from, to, source));
                case "GPCI" -> gpcis.add(new GpciRow(str(m, "mac"), str(m, "state"), str(m, "locality"), str(m, "localityName"),
                        num(m, "work"), num(m, "pe"), num(m, "mp"), from, to, source));
                case "OPPS" -> opps.add(new OppsRateRow(str(m, "code"), str(m, "statusIndicator"), str(m, "apc"),
                        num(m, "paymentRate"), num(m, "minimumCopayment"), from, to, source));
                case "CONTRACT" -> contracts.add(new ContractFeeRow(payerId, SiteOfService.valueOf(str(m, "site")),
                        ClaimType.valueOf(str(m, "component")), str(m, "code"), str(m, "modifier"), str(m, "locality"),
                        from, to, num(m, "amount"), source));
                case "ASC" -> asc.add(new AscRateRow(str(m, "code"), str(m, "paymentIndicator"), m.get("discounted").bool(),
                        num(m, "paymentWeight"), num(m, "paymentRate"), from, to, source));
                case "MUE" -> mues.add(new MueRow(str(m, "code"), Integer.parseInt(m.get("units").n()),
                        Integer.parseInt(m.get("mai").n()), from, to, source));
                default -> { } // a row kind this version does not know: written by a newer importer
            }
        }
        return FeeSchedule.builder(payerId).relativeValues(rvus).gpcis(gpcis).oppsRates(opps).contractFees(contracts)
                .ascRates(asc).mues(mues).build();
    }

    private static Map<String, AttributeValue> base(String pk, String sk, LocalDate from, LocalDate to, String source) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put(TableBootstrap.PK, s(pk));
        m.put(TableBootstrap.SK, s(sk));
        m.put("from", s(from.toString()));
        m.put("to", s(to.toString()));
        m.put("source", s(source));
        return m;
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v == null ? "" : v);
    }

    private static AttributeValue n(BigDecimal v) {
        return AttributeValue.fromN(v.toPlainString());
    }

    private static String str(Map<String, AttributeValue> m, String name) {
        AttributeValue v = m.get(name);
        return v == null ? null : v.s();
    }

    private static BigDecimal num(Map<String, AttributeValue> m, String name) {
        AttributeValue v = m.get(name);
        return v == null ? null : new BigDecimal(v.n());
    }
}
