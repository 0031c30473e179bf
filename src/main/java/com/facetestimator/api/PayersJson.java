package com.facetestimator.api;

import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.FeeListing;
import com.facetestimator.domain.pricing.PayerProfile;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests and responses of the payers routes: the fee listing's query is fully validated here
 * (form only: whether a payer or locality exists is the use case's to say), and the listing and
 * payer summaries are written as maps for {@link JsonCodec}.
 */
final class PayersJson {

    private PayersJson() {}

    /** @param locality {@code MAC-LOCALITY}, or null for national */
    record FeeQuery(String payerId, SiteOfService site, LocalDate date, String locality) {}

    static FeeQuery feeQuery(ApiRequest request) {
        JsonFields fields = new JsonFields();
        String payerId = fields.pathId(request, "payerId");
        String siteText = request.query("site");
        if (siteText == null) {
            fields.add("site", "is required: " + FieldRules.names(SiteOfService.class));
        }
        SiteOfService site = fields.enumValue(siteText, "site", SiteOfService.class);
        LocalDate date = null;
        String dateText = request.query("date");
        if (dateText == null) {
            fields.add("date", "is required, as YYYY-MM-DD");
        } else {
            date = fields.date(dateText, "date");
        }
        String locality = fields.locality(request.query("locality"), "locality");
        fields.throwIfAny();
        return new FeeQuery(payerId, site, date, locality);
    }

    static Map<String, Object> fees(FeeQuery query, List<FeeListing.Row> rows) {
        List<Map<String, Object>> fees = rows.stream().map(row -> {
            Map<String, Object> fee = new LinkedHashMap<>();
            fee.put("code", row.quote().code());
            fee.put("modifier", row.quote().modifier());
            fee.put("component", row.quote().component().name());
            fee.put("amount", MoneyJson.money(row.amount()));
            fee.put("status", row.quote().status().name());
            fee.put("calculation", row.quote().calculation());
            fee.put("source", row.source());
            return fee;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payerId", query.payerId());
        body.put("siteOfService", query.site().name());
        body.put("date", query.date().toString());
        body.put("locality", query.locality());
        body.put("fees", fees);
        return body;
    }

    static Map<String, Object> payers(List<PayerProfile> payers) {
        return Map.of("payers", payers.stream().map(PayersJson::summary).toList());
    }

    static Map<String, Object> summary(PayerProfile p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("payerId", p.payerId());
        row.put("name", p.name());
        row.put("type", p.type().name());
        row.put("sample", p.sample());
        row.put("frequencyPolicy", p.frequencyPolicyId());
        row.put("coveragePolicy", p.billing().coveragePolicyId());
        row.put("professionalBilateral", p.billing().professionalBilateral().name());
        row.put("facilityBilateral", p.billing().facilityBilateral().name());
        if (p.note() != null) {
            row.put("note", p.note());
        }
        return row;
    }
}
