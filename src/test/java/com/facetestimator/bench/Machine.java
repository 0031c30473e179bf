package com.facetestimator.bench;

import com.facetestimator.local.EmulatorProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the README says the numbers were measured on. */
final class Machine {
    private Machine() {}

    static Map<String, Object> describe(EmulatorProcess emulator) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", firstMatch(Path.of("/proc/cpuinfo"), "model name\\s*:\\s*(.+)", System.getProperty("os.arch")));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        String memKb = firstMatch(Path.of("/proc/meminfo"), "MemTotal:\\s*(\\d+) kB", null);
        m.put("memoryGiB", memKb == null ? "?" : String.format(java.util.Locale.ROOT, "%.1f", Long.parseLong(memKb) / 1048576.0));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        m.put("emulator", "dynalite " + dynaliteVersion() + " on Node.js " + nodeVersion());
        return m;
    }

    private static String dynaliteVersion() {
        return firstMatch(Path.of("node_modules/dynalite/package.json"), "\"version\"\\s*:\\s*\"([^\"]+)\"", "?");
    }

    private static String nodeVersion() {
        try {
            Process p = new ProcessBuilder(List.of("node", "--version")).redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return v.isEmpty() ? "?" : v;
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static String firstMatch(Path file, String regex, String fallback) {
        try {
            Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? m.group(1).trim() : fallback;
        } catch (IOException e) {
            return fallback;
        }
    }
}
