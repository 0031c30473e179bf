package com.facetestimator.tools.cms;

import com.facetestimator.domain.pricing.FeeBasis;
import java.math.BigDecimal;

/** A payer that pays a percentage of another payer's allowed amounts, as read from a percent-of contract file. */
public record PercentOfContract(String payerId, String basePayerId, BigDecimal percent) {
    public FeeBasis.PercentOf feeBasis() {
        return new FeeBasis.PercentOf(basePayerId, percent);
    }
}
