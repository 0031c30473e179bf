package com.facetestimator.domain.pricing;

import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A fixed amount a practice contract (or cash price list) sets for one code at one site and
 * claim component.
 *
 * @param modifier empty for the code's general price; a modifier-specific row (e.g. 50) wins
 *                 over it for lines carrying that modifier and is that line's whole price
 * @param locality {@code MAC-LOCALITY}, or empty for any locality; a locality row wins over it
 */
public record ContractFeeRow(
        String payerId,
        SiteOfService site,
        ClaimType component,
        String code,
        String modifier,
        String locality,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        BigDecimal amount,
        String source) implements EffectiveDated {

    public ContractFeeRow {
        payerId = Money.requireText(payerId, "payerId");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(component, "component");
        code = Money.requireText(code, "code");
        modifier = modifier == null ? "" : modifier.trim();
        locality = locality == null ? "" : locality.trim();
        Money.requireNonNegative(amount, "amount");
        EffectiveDated.requireValidPeriod(effectiveFrom, effectiveTo, source);
    }
}
