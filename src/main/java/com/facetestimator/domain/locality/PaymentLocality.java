package com.facetestimator.domain.locality;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Medicare physician fee schedule payment locality (PFS Addendum E): the contractor (MAC)
 * number and the locality number, written {@code MAC-LOCALITY} (e.g. {@code 01182-18}), its
 * state and name. The MAC number also says which contractor's LCD articles apply.
 */
public record PaymentLocality(String id, String mac, String state, String name) {
    /** {@code MAC-LOCALITY}: a 5-digit contractor number and a 2-digit locality number. */
    public static final Pattern ID = Pattern.compile("\\d{5}-\\d{2}");

    public PaymentLocality {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("locality id '" + id + "' is not MAC-LOCALITY, e.g. 01182-18");
        }
        Objects.requireNonNull(mac, "mac");
        if (!id.startsWith(mac + "-")) {
            throw new IllegalArgumentException("locality " + id + " does not belong to MAC " + mac);
        }
        state = state == null ? "" : state.trim();
        name = Objects.requireNonNull(name, "name").trim();
    }

    public static PaymentLocality of(String mac, String localityNumber, String state, String name) {
        String number = localityNumber.length() == 1 ? "0" + localityNumber : localityNumber;
        return new PaymentLocality(mac + "-" + number, mac, state, name);
    }
}
