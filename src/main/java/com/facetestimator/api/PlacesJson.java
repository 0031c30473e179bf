package com.facetestimator.api;

import com.facetestimator.domain.facility.FacilityProfile;
import com.facetestimator.domain.locality.LocalityChoice;
import com.facetestimator.domain.locality.LocalityOrigin;
import com.facetestimator.domain.locality.PaymentLocality;
import com.facetestimator.domain.locality.ZipCodeLocality;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of where a service is performed: the locality an estimate used, the locality and
 * facility listings. Written as maps and lists for {@link JsonCodec}.
 */
final class PlacesJson {
    private PlacesJson() {}

    /** {@code GET /localities[?zip=Z]}: the ZIP code asked about, or null for every locality. */
    static String zipQuery(ApiRequest request) {
        JsonFields fields = new JsonFields();
        for (String name : request.queryParameters().keySet()) {
            if (!name.equals("zip")) {
                fields.add(JsonFields.safeName(name), "is not a known query parameter; expected zip");
            }
        }
        String zip = fields.zipCode(request.query("zip"), "zip");
        fields.throwIfAny();
        return zip;
    }

    /** {@code GET /facilities} takes no query. */
    static void noQuery(ApiRequest request) {
        JsonFields fields = new JsonFields();
        for (String name : request.queryParameters().keySet()) {
            fields.add(JsonFields.safeName(name), "is not a known query parameter; this route takes none");
        }
        fields.throwIfAny();
    }

    /** {@code {"id", "name", "from"}}; {@code id} and {@code name} are null for national. */
    static Map<String, Object> locality(LocalityChoice choice) {
        Map<String, Object> json = new LinkedHashMap<>();
        PaymentLocality l = choice.locality();
        json.put("id", l == null ? null : l.id());
        json.put("name", l == null ? null : l.name());
        json.put("from", from(choice.from()));
        return json;
    }

    static String from(LocalityOrigin origin) {
        return switch (origin) {
            case ZIP_CODE -> "zipCode";
            case LOCALITY -> "locality";
            case FACILITY -> "facility";
            case NATIONAL -> "national";
        };
    }

    /** One ZIP code's locality, listed like the others, with the ZIP5 file's PLUS 4 FLAG. */
    static Map<String, Object> zipCode(ZipCodeLocality zip) {
        Map<String, Object> locality = listed(zip.locality());
        locality.put("zipCode", zip.zipCode());
        locality.put("plusFourDependent", zip.plusFourDependent());
        return Map.of("localities", List.of(locality));
    }

    static Map<String, Object> localities(List<PaymentLocality> localities) {
        return Map.of("localities", localities.stream().map(PlacesJson::listed).toList());
    }

    private static Map<String, Object> listed(PaymentLocality l) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", l.id());
        json.put("mac", l.mac());
        json.put("state", l.state());
        json.put("name", l.name());
        return json;
    }

    static Map<String, Object> facilities(List<FacilityProfile> facilities) {
        return Map.of("facilities", facilities.stream().map(PlacesJson::facility).toList());
    }

    private static Map<String, Object> facility(FacilityProfile f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("facilityId", f.facilityId());
        json.put("name", f.name());
        json.put("siteOfService", f.siteOfService().name());
        json.put("cbsa", f.cbsa());
        json.put("hospitalWageIndex", f.hospitalWageIndex());
        json.put("npi", f.npi());
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("line1", f.address().line1());
        address.put("city", f.address().city());
        address.put("state", f.address().state());
        address.put("zipCode", f.address().zipCode());
        json.put("address", address);
        json.put("sample", f.sample());
        if (f.note() != null) {
            json.put("note", f.note());
        }
        return json;
    }
}
