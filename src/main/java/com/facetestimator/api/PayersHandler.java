package com.facetestimator.api;

import com.facetestimator.domain.pricing.PayerDirectory;
import com.facetestimator.domain.pricing.PayerProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Payers and fees: GET /payers, GET /payers/{payerId}/fees. */
public final class PayersHandler extends HttpApiHandler {

    public PayersHandler() {
        this(LambdaContainer.get().payers());
    }

    public PayersHandler(PayerDirectory payers) {
        super(Map.of("GET /payers", request -> listPayers(payers)));
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
