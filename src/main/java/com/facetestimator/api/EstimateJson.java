package com.facetestimator.api;

import static com.facetestimator.api.MoneyJson.money;

import com.facetestimator.domain.estimate.Estimate;
import com.facetestimator.domain.pricing.PricedClaim;
import com.facetestimator.domain.pricing.PricedLine;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of docs/API.md for estimates (forecasts: {@link ForecastJson}); money through {@link MoneyJson}. */
final class EstimateJson {
    private EstimateJson() {}

    static Map<String, Object> estimate(Estimate e, boolean compareSites) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", e.region() == null ? null : e.region().name());
        body.put("locality", PlacesJson.locality(e.locality()));
        body.put("claims", e.pricing().claims().stream().map(EstimateJson::claim).toList());
        Map<String, Object> reimbursement = new LinkedHashMap<>();
        MoneyJson.putSplit(reimbursement, e.pricing().allowed(), e.pricing().payerPays(), e.pricing().patientPays());
        reimbursement.put("notCovered", money(e.pricing().notCovered()));
        reimbursement.put("providerLiability", money(e.pricing().providerLiability()));
        reimbursement.put("deductibleApplied", money(e.pricing().deductibleApplied()));
        reimbursement.put("coinsurance", money(e.pricing().coinsurance()));
        reimbursement.put("copay", money(e.pricing().copay()));
        reimbursement.put("complete", e.pricing().complete());
        reimbursement.put("missingLines", e.pricing().claims().stream()
                .flatMap(c -> c.missingLines().stream().map(l -> missingLine(c, l))).toList());
        reimbursement.put("provisional", e.pricing().provisional());
        reimbursement.put("steps", e.pricing().steps());
        body.put("reimbursement", reimbursement);
        if (e.frequency() != null) {
            body.put("frequency", FrequencyJson.verdict(e.frequency())); // the same JSON as the sessions routes
        }
        Map<String, Object> coverage = new LinkedHashMap<>();
        coverage.put("covered", e.coverage().covered());
        coverage.put("priorAuthorizationRequired", e.coverage().priorAuthorizationRequired());
        coverage.put("abnAdvised", e.coverage().abnAdvised());
        coverage.put("organizationDeterminationAdvised", e.coverage().organizationDeterminationAdvised());
        body.put("coverage", coverage);
        body.put("findings", FrequencyJson.findings(e.findings()));
        body.put("documentation", e.documentation());
        body.put("sources", e.sources());
        if (compareSites) {
            body.put("alternatives", e.alternatives().stream().map(a -> {
                Map<String, Object> alt = new LinkedHashMap<>();
                alt.put("siteOfService", a.siteOfService().name());
                MoneyJson.putSplit(alt, a.allowed(), a.payerPays(), a.patientPays());
                alt.put("complete", a.complete());
                alt.put("provisional", a.provisional());
                return alt;
            }).toList());
        }
        return body;
    }

    private static Map<String, Object> claim(PricedClaim c) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("type", c.type().name());
        claim.put("allowed", money(c.allowed()));
        claim.put("complete", c.complete());
        claim.put("missingLines", c.missingLines().stream().map(l -> missingLine(c, l)).toList());
        claim.put("lines", c.lines().stream().map(EstimateJson::line).toList());
        return claim;
    }

    /** A line whose fee is missing: its 0.00 is left out of the total, not what it pays. */
    private static Map<String, Object> missingLine(PricedClaim c, PricedLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claim", c.type().name());
        m.put("code", l.line().code());
        m.put("modifiers", l.line().modifiers());
        m.put("reason", l.fee().note());
        return m;
    }

    private static Map<String, Object> line(PricedLine l) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("code", l.line().code());
        line.put("modifiers", l.line().modifiers());
        line.put("units", l.line().units());
        line.put("addOn", l.line().addOn());
        line.put("description", l.line().description());
        line.put("allowed", money(l.allowed()));
        line.put("covered", l.covered());
        return line;
    }
}
