package com.facetestimator.api;

import com.facetestimator.domain.NotFoundException;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.FeeListing;
import com.facetestimator.domain.pricing.FeeScheduleSource;
import com.facetestimator.domain.pricing.PayerDirectory;
import com.facetestimator.domain.pricing.PayerProfile;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Payers and fees: GET /payers, GET /payers/{payerId}/fees. */
public final class PayersHandler extends HttpApiHandler {

    public PayersHandler() {
        this(LambdaContainer.get().payers(), LambdaContainer.get().feeSchedules());
    }

    public PayersHandler(PayerDirectory payers, FeeScheduleSource schedules) {
        super(Map.of(
                "GET /payers", request -> listPayers(payers),
                "GET /payers/{payerId}/fees", request -> listFees(payers, new FeeListing(schedules), request)));
    }

    private static ApiResult listFees(PayerDirectory payers, FeeListing listing, ApiRequest request) {
        JsonFields fields = new JsonFields();
        String payerId = request.path("payerId");
        if (payerId == null || !JsonFields.ID.matcher(payerId).matches()) {
            fields.add("payerId", "must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
        }
        SiteOfService site = null;
        String siteText = request.query("site");
        if (siteText == null) {
            fields.add("site", "is required: OFFICE, ASC or HOPD");
        } else {
            try {
                site = SiteOfService.valueOf(siteText);
            } catch (IllegalArgumentException e) {
                fields.add("site", "must be one of OFFICE, ASC, HOPD");
            }
        }
        LocalDate date = null;
        String dateText = request.query("date");
        if (dateText == null) {
            fields.add("date", "is required, as YYYY-MM-DD");
        } else {
            date = fields.date(dateText, "date");
        }
        String locality = request.query("locality");
        if (locality != null && !locality.matches("\\d{5}-\\d{2}")) {
            fields.add("locality", "must be a Medicare locality as MAC-LOCALITY, e.g. 01182-18");
        }
        fields.throwIfAny();
        PayerProfile payer = payers.find(payerId)
                .orElseThrow(() -> new NotFoundException("payerId", "no payer profile '" + payerId + "' is loaded"));
        List<Map<String, Object>> fees = listing.feesInEffect(payer, site, date, locality).stream().map(row -> {
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
        body.put("payerId", payerId);
        body.put("siteOfService", site.name());
        body.put("date", date.toString());
        body.put("locality", locality);
        body.put("fees", fees);
        return ApiResult.ok(body);
    }

    private static ApiResult listPayers(PayerDirectory payers) {
        List<Map<String, Object>> rows = payers.all().stream().map(PayersHandler::summary).toList();
        return ApiResult.ok(Map.of("payers", rows));
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
