package com.facetestimator.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dynalite DynamoDB emulator as a child process on a free loopback port. The child exits
 * when our end of its stdin closes, so it cannot outlive this JVM, whichever way the JVM ends.
 */
public final class EmulatorProcess implements AutoCloseable {
    private static final long START_TIMEOUT_SECONDS = 30;

    private final Process process;
    private final int port;

    private EmulatorProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts dynalite from the project's node_modules (installed by the scripts with
     * {@code npm ci}). {@code dataDir} keeps the tables on disk; null keeps them in memory.
     */
    public static EmulatorProcess start(Path projectDir, Path dataDir) throws IOException {
        Path launcher = projectDir.resolve("scripts/dynalite.js");
        if (!Files.exists(projectDir.resolve("node_modules/dynalite"))) {
            throw new IOException("dynalite is not installed: run 'npm ci' in " + projectDir.toAbsolutePath());
        }
        List<String> command = new ArrayList<>(List.of("node", launcher.toString(), "--port", "0"));
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            command.addAll(List.of("--path", dataDir.toAbsolutePath().toString()));
        }
        Process process = new ProcessBuilder(command)
                .directory(projectDir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("dynalite did not start within " + START_TIMEOUT_SECONDS + " s", e);
        }
        if (line == null || !line.startsWith("LISTENING ")) {
            process.destroyForcibly();
            throw new IOException("dynalite did not start (exit status " + exitStatus(process) + ")");
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "dynalite-stdout");
        drain.setDaemon(true);
        drain.start();
        return new EmulatorProcess(process, Integer.parseInt(line.substring("LISTENING ".length()).trim()));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close(); // the child's signal to stop
        } catch (IOException ignored) {
            // closing a pipe to a dead child
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String exitStatus(Process p) {
        try {
            return p.waitFor(2, TimeUnit.SECONDS) ? Integer.toString(p.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
