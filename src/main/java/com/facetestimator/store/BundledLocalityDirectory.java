package com.facetestimator.store;

import com.facetestimator.domain.locality.LocalityDirectory;
import com.facetestimator.domain.locality.PaymentLocality;
import com.facetestimator.domain.locality.ZipCodeLocality;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payment localities and the ZIP5 table, from resources bundled in the artifact and written
 * by the ZIP5 importer ({@code import-fees.sh zip5}). Each table is read on first use: the 109
 * localities when a request names one, the ZIP table (42,956 ZIP codes) only when a request has
 * a ZIP code, so an estimate without one never loads it. Both are then kept for the container's
 * life: they change once a quarter, with a new artifact.
 *
 * <p>Formats (UTF-8, {@code #} lines are comments): {@value #LOCALITIES_RESOURCE} has one
 * locality per line, {@code id TAB mac TAB state TAB name}; {@value #ZIP_CODES_RESOURCE} starts
 * with {@code # source: TEXT}, then one line per locality, {@code id TAB zip zip ...}, a ZIP
 * followed by {@code +} having PLUS 4 FLAG 1.
 */
public final class BundledLocalityDirectory implements LocalityDirectory {
    public static final String LOCALITIES_RESOURCE = "reference/localities.tsv";
    public static final String ZIP_CODES_RESOURCE = "reference/zip5-localities.txt";
    private static final String SOURCE_PREFIX = "# source: ";

    private final String localitiesResource;
    private final String zipCodesResource;
    private volatile Localities localities;
    private volatile ZipCodes zipCodes;

    private record Localities(List<PaymentLocality> all, Map<String, PaymentLocality> byId) {}

    /** ZIP code (as a number) to the index of its locality in {@code localities}, -1 when absent. */
    private record ZipCodes(String source, PaymentLocality[] localities, short[] localityIndex, BitSet plusFour, int count) {}

    public BundledLocalityDirectory() {
        this(LOCALITIES_RESOURCE, ZIP_CODES_RESOURCE);
    }

    public BundledLocalityDirectory(String localitiesResource, String zipCodesResource) {
        this.localitiesResource = localitiesResource;
        this.zipCodesResource = zipCodesResource;
    }

    @Override
    public List<PaymentLocality> all() {
        return localities().all();
    }

    @Override
    public Optional<PaymentLocality> find(String localityId) {
        return localityId == null ? Optional.empty() : Optional.ofNullable(localities().byId().get(localityId));
    }

    @Override
    public Optional<ZipCodeLocality> forZipCode(String zipCode) {
        if (zipCode == null || zipCode.length() != 5 || !zipCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        ZipCodes zips = zipCodes();
        int zip = Integer.parseInt(zipCode);
        int index = zips.localityIndex()[zip];
        return index < 0 ? Optional.empty()
                : Optional.of(new ZipCodeLocality(zipCode, zips.localities()[index], zips.plusFour().get(zip)));
    }

    @Override
    public String zipCodeSource() {
        return zipCodes().source();
    }

    /** How many ZIP codes the table holds (loads it). */
    public int zipCodeCount() {
        return zipCodes().count();
    }

    /** Whether the ZIP table has been read yet, for tests of its laziness. */
    public boolean zipCodesLoaded() {
        return zipCodes != null;
    }

    private Localities localities() {
        Localities l = localities;
        if (l == null) {
            synchronized (this) {
                l = localities;
                if (l == null) {
                    l = readLocalities(BundledResource.text(localitiesResource), localitiesResource);
                    localities = l;
                }
            }
        }
        return l;
    }

    private ZipCodes zipCodes() {
        ZipCodes z = zipCodes;
        if (z == null) {
            synchronized (this) {
                z = zipCodes;
                if (z == null) {
                    z = readZipCodes(BundledResource.text(zipCodesResource), zipCodesResource, localities());
                    zipCodes = z;
                }
            }
        }
        return z;
    }

    private static Localities readLocalities(String text, String resource) {
        List<PaymentLocality> all = new ArrayList<>();
        Map<String, PaymentLocality> byId = new HashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalStateException(resource + ": line " + lineNumber + ": expected id, mac, state and name");
            }
            PaymentLocality locality;
            try {
                locality = new PaymentLocality(cells[0], cells[1], cells[2], cells[3]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": line " + lineNumber + ": " + e.getMessage(), e);
            }
            if (byId.put(locality.id(), locality) != null) {
                throw new IllegalStateException(resource + ": line " + lineNumber + ": locality " + locality.id() + " repeats");
            }
            all.add(locality);
        }
        all.sort(Comparator.comparing(PaymentLocality::id));
        return new Localities(List.copyOf(all), Map.copyOf(byId));
    }

    private static ZipCodes readZipCodes(String text, String resource, Localities localities) {
        short[] index = new short[100_000];
        Arrays.fill(index, (short) -1);
        BitSet plusFour = new BitSet(100_000);
        List<PaymentLocality> used = new ArrayList<>();
        String source = null;
        int count = 0;
        int lineNumber = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            String line = text.substring(start, end);
            start = end + 1;
            if (line.startsWith(SOURCE_PREFIX)) {
                source = line.substring(SOURCE_PREFIX.length()).trim();
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            PaymentLocality locality = tab < 0 ? null : localities.byId().get(line.substring(0, tab));
            if (locality == null) {
                throw new IllegalStateException(resource + ": line " + lineNumber + ": does not start with a known locality and a tab");
            }
            short localityIndex = (short) used.size();
            used.add(locality);
            int i = tab + 1;
            while (i < line.length()) {
                if (line.charAt(i) == ' ') {
                    i++;
                    continue;
                }
                if (i + 5 > line.length()) {
                    throw new IllegalStateException(resource + ": line " + lineNumber + ": a ZIP code is cut short");
                }
                int zip = 0;
                for (int k = i; k < i + 5; k++) {
                    char c = line.charAt(k);
                    if (c < '0' || c > '9') {
                        throw new IllegalStateException(resource + ": line " + lineNumber + ": '" + line.substring(i, i + 5)
                                + "' is not a 5-digit ZIP code");
                    }
                    zip = zip * 10 + (c - '0');
                }
                i += 5;
                if (index[zip] >= 0) {
                    throw new IllegalStateException(resource + ": line " + lineNumber + ": ZIP code " + line.substring(i - 5, i)
                            + " is listed twice");
                }
                index[zip] = localityIndex;
                count++;
                if (i < line.length() && line.charAt(i) == '+') {
                    plusFour.set(zip);
                    i++;
                }
            }
        }
        if (source == null) {
            throw new IllegalStateException(resource + ": no '# source:' line naming the ZIP5 release");
        }
        return new ZipCodes(source, used.toArray(new PaymentLocality[0]), index, plusFour, count);
    }
}
