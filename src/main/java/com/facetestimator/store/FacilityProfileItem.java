package com.facetestimator.store;

import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.facility.FacilityProfile;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A facility profile as a fees-table item: partition {@value #PARTITION}, sort key the facility
 * id, so one Query lists them all. Plain attributes, like payer profiles, readable in the console.
 */
final class FacilityProfileItem {
    static final String PARTITION = "FACILITIES";

    private FacilityProfileItem() {}

    static Map<String, AttributeValue> toItem(FacilityProfile f) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableBootstrap.PK, s(PARTITION));
        item.put(TableBootstrap.SK, s(f.facilityId()));
        item.put("name", s(f.name()));
        item.put("siteOfService", s(f.siteOfService().name()));
        if (f.cbsa() != null) {
            item.put("cbsa", s(f.cbsa()));
        }
        if (f.hospitalWageIndex() != null) {
            item.put("hospitalWageIndex", AttributeValue.fromN(f.hospitalWageIndex().toPlainString()));
        }
        item.put("npi", s(f.npi()));
        item.put("addressLine1", s(f.address().line1()));
        item.put("city", s(f.address().city()));
        item.put("state", s(f.address().state()));
        item.put("zipCode", s(f.address().zipCode()));
        item.put("sample", AttributeValue.fromBool(f.sample()));
        if (f.note() != null) {
            item.put("note", s(f.note()));
        }
        return item;
    }

    static FacilityProfile fromItem(Map<String, AttributeValue> item) {
        AttributeValue index = item.get("hospitalWageIndex");
        return new FacilityProfile(
                str(item, TableBootstrap.SK),
                str(item, "name"),
                SiteOfService.valueOf(str(item, "siteOfService")),
                str(item, "cbsa"),
                index == null ? null : new BigDecimal(index.n()),
                str(item, "npi"),
                new FacilityProfile.Address(str(item, "addressLine1"), str(item, "city"), str(item, "state"), str(item, "zipCode")),
                item.containsKey("sample") && item.get("sample").bool(),
                str(item, "note"));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }
}
