package com.facetestimator.bench;

import com.facetestimator.store.BundledLocalityDirectory;
import com.facetestimator.store.TableBootstrap;
import com.facetestimator.testing.CmsFiles;
import com.facetestimator.testing.DynamoDbTestEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Where the ZIP table should live, measured (the README's design notes quote it):
 * <ul>
 *   <li>bundled, read on first use: a fresh JVM (Lambda's flags) times its first ZIP lookup, which
 *       reads and indexes the table, and then a million lookups; the resource's size in the jar;</li>
 *   <li>one DynamoDB item per ZIP code: publishing 42,956 items with BatchWriteItem, and the
 *       GetItem a ZIP lookup would cost on every estimate with an uncached ZIP code.</li>
 * </ul>
 * Run with {@code mvn -q -B -o test-compile} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/classpath.txt) com.facetestimator.bench.ZipTableMeasurement}.
 */
public final class ZipTableMeasurement {
    private ZipTableMeasurement() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("first-lookup")) {
            long start = System.nanoTime();
            BundledLocalityDirectory directory = new BundledLocalityDirectory();
            directory.forZipCode("10016").orElseThrow();
            long firstNanos = System.nanoTime() - start;
            long lookups = System.nanoTime();
            int found = 0;
            for (int i = 0; i < 1_000_000; i++) {
                found += directory.forZipCode(String.format("%05d", i % 100_000)).isPresent() ? 1 : 0;
            }
            long perLookup = (System.nanoTime() - lookups) / 1_000_000;
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.println(firstNanos / 1000 + " " + perLookup + " " + (rt.totalMemory() - rt.freeMemory()) + " " + found);
            return;
        }
        String classpath = System.getProperty("java.class.path");
        List<Long> firsts = new ArrayList<>();
        List<Long> per = new ArrayList<>();
        long heap = 0;
        for (int run = 0; run < 9; run++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-cp", classpath, ZipTableMeasurement.class.getName(), "first-lookup").redirectErrorStream(true).start();
            String[] out = new String(p.getInputStream().readAllBytes()).trim().split(" ");
            p.waitFor();
            firsts.add(Long.parseLong(out[0]));
            per.add(Long.parseLong(out[1]));
            heap = Long.parseLong(out[2]);
        }
        byte[] resource = Files.readAllBytes(Path.of("src/main/resources", BundledLocalityDirectory.ZIP_CODES_RESOURCE));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(zipped, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
            d.write(resource);
        }
        System.out.printf("bundled: first ZIP lookup in a fresh JVM (read + index the table) median %.1f ms (min %.1f, max %.1f) of %d;"
                        + " then %d ns a lookup; heap after: %.1f MiB; resource %,d bytes, %,d deflated in the jar%n",
                median(firsts) / 1000.0, min(firsts) / 1000.0, max(firsts) / 1000.0, firsts.size(), median(per),
                heap / 1048576.0, resource.length, zipped.size());

        DynamoDbClient dynamo = DynamoDbTestEndpoint.client();
        String table = DynamoDbTestEndpoint.freshTables(dynamo).fees();
        List<CmsFiles.Zip> zips = CmsFiles.zips();
        long publish = System.nanoTime();
        int requests = 0;
        for (int i = 0; i < zips.size(); i += 25) {
            List<WriteRequest> batch = new ArrayList<>();
            for (CmsFiles.Zip z : zips.subList(i, Math.min(zips.size(), i + 25))) {
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item(z)).build()).build());
            }
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            while (!pending.isEmpty()) {
                requests++;
                var unprocessed = dynamo.batchWriteItem(BatchWriteItemRequest.builder().requestItems(pending).build()).unprocessedItems();
                pending = unprocessed == null ? Map.of() : unprocessed;
            }
        }
        long publishMs = (System.nanoTime() - publish) / 1_000_000;
        long[] gets = new long[2000];
        for (int i = -200; i < gets.length; i++) {
            CmsFiles.Zip z = zips.get(Math.floorMod(i * 7919, zips.size()));
            long t = System.nanoTime();
            dynamo.getItem(b -> b.tableName(table).key(Map.of(TableBootstrap.PK, AttributeValue.fromS("ZIP#" + z.zipCode()),
                    TableBootstrap.SK, AttributeValue.fromS("-"))));
            if (i >= 0) {
                gets[i] = System.nanoTime() - t;
            }
        }
        Arrays.sort(gets);
        System.out.printf("item per ZIP: publish %,d items in %,d BatchWriteItem requests, %,d ms (dynalite);"
                        + " GetItem p50 %.2f ms, p99 %.2f ms: one more request per estimate with a ZIP code not yet cached%n",
                zips.size(), requests, publishMs, gets[1000] / 1e6, gets[1980] / 1e6);
        System.exit(0);
    }

    private static Map<String, AttributeValue> item(CmsFiles.Zip z) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableBootstrap.PK, AttributeValue.fromS("ZIP#" + z.zipCode()));
        item.put(TableBootstrap.SK, AttributeValue.fromS("-"));
        item.put("locality", AttributeValue.fromS(z.localityId()));
        item.put("plusFour", AttributeValue.fromBool(z.plusFour()));
        return item;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        return sorted.get(sorted.size() / 2);
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
