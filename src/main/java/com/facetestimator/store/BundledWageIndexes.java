package com.facetestimator.store;

import com.facetestimator.domain.pricing.WageIndexTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The wage-index tables bundled in the artifact, listed by {@value #MANIFEST} (one line per
 * table: {@code resource TAB year TAB source}; the wage-index importer adds lines), read on
 * first use: an estimate without a facility never loads them.
 */
public final class BundledWageIndexes implements Supplier<WageIndexTable> {
    public static final String MANIFEST = "reference/wage-index-files.tsv";

    private final String manifest;
    private volatile WageIndexTable table;

    public BundledWageIndexes() {
        this(MANIFEST);
    }

    public BundledWageIndexes(String manifest) {
        this.manifest = manifest;
    }

    @Override
    public WageIndexTable get() {
        WageIndexTable t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = load();
                    table = t;
                }
            }
        }
        return t;
    }

    private WageIndexTable load() {
        List<WageIndexTable.Year> years = new ArrayList<>();
        int n = 0;
        for (String line : BundledResource.text(manifest).split("\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IllegalStateException(manifest + ": line " + n + ": expected resource, year and source");
            }
            try {
                years.add(WageIndexFile.parse(BundledResource.text(cells[0], java.nio.charset.StandardCharsets.ISO_8859_1), Integer.parseInt(cells[1].trim()), cells[2].trim()));
            } catch (BadReferenceFileException | NumberFormatException e) {
                throw new IllegalStateException(cells[0] + ": " + e.getMessage(), e);
            }
        }
        return new WageIndexTable(years);
    }
}
