package com.facetestimator.tools.cms;

import com.facetestimator.domain.pricing.GpciRow;
import com.facetestimator.tools.cms.Zip5FileParser.Zip5File;
import com.facetestimator.tools.cms.Zip5FileParser.ZipRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the two bundled locality tables the product reads ({@code BundledLocalityDirectory}):
 * the localities of a GPCI file (id, MAC, state, name), and a ZIP5 file's ZIP codes grouped by
 * locality. Both are derived, line for line, from the CMS files given; the same files in give
 * the same bytes out, so a test can prove the bundled copies match their sources.
 */
public final class LocalityTables {
    private LocalityTables() {}

    /** One line per locality, ordered by id; names without CMS's footnote asterisks. */
    public static String localities(List<GpciRow> gpcis, String source) {
        Map<String, GpciRow> byId = new TreeMap<>();
        for (GpciRow row : gpcis) {
            byId.putIfAbsent(row.localityKey(), row);
        }
        StringBuilder out = new StringBuilder();
        out.append("# Medicare payment localities: id (MAC-LOCALITY), MAC, state, name.\n");
        out.append("# Derived from ").append(source).append(" by import-fees.sh zip5; do not edit by hand.\n");
        for (GpciRow row : byId.values()) {
            out.append(row.localityKey()).append('\t').append(row.mac()).append('\t').append(row.state()).append('\t')
                    .append(row.localityName()).append('\n');
        }
        return out.toString();
    }

    /** ZIP codes by locality: {@code id TAB zip zip+ ...}, {@code +} marking PLUS 4 FLAG 1. */
    public static String zipCodes(Zip5File file, String source) {
        Map<String, List<ZipRow>> byLocality = new TreeMap<>();
        for (ZipRow row : file.rows()) {
            byLocality.computeIfAbsent(row.localityId(), k -> new ArrayList<>()).add(row);
        }
        StringBuilder out = new StringBuilder();
        out.append("# source: ").append(source).append('\n');
        out.append("# ZIP code to Medicare payment locality: one line per locality, its ZIP codes after a tab;\n");
        out.append("# '+' after a ZIP code: PLUS 4 FLAG 1 (the locality depends on the ZIP+4). Written by import-fees.sh zip5.\n");
        for (Map.Entry<String, List<ZipRow>> e : byLocality.entrySet()) {
            out.append(e.getKey()).append('\t');
            List<ZipRow> rows = new ArrayList<>(e.getValue());
            rows.sort(Comparator.comparing(ZipRow::zipCode));
            for (int i = 0; i < rows.size(); i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(rows.get(i).zipCode());
                if (rows.get(i).plusFourDependent()) {
                    out.append('+');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
