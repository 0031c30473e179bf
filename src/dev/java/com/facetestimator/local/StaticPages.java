package com.facetestimator.local;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pages in {@code web/} as CloudFront serves them from the bucket: {@code /} is
 * index.html, an extensionless path such as {@code /patient} is patient.html, anything else a
 * file under the folder. Only GET and HEAD, only plain names (no dot segments, no hidden
 * files, no escapes), so nothing outside the folder can be read.
 */
final class StaticPages {
    /** Letters, digits, dot, dash, underscore and slash; a path with anything else is not a page. */
    private static final Pattern PLAIN_PATH = Pattern.compile("^/([A-Za-z0-9_-][A-Za-z0-9._-]*/)*([A-Za-z0-9_-][A-Za-z0-9._-]*)?$");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "csv", "text/csv; charset=utf-8",
            "txt", "text/plain; charset=utf-8");

    /**
     * The same policy the CloudFront distribution sends: everything from this origin only, so a
     * page cannot load or send anything elsewhere even by mistake.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Path root;

    private StaticPages(Path root) {
        this.root = root;
    }

    /** The pages under {@code root}, or null when there is no such folder (nothing is served then). */
    static StaticPages in(Path root) {
        return root != null && Files.isDirectory(root) ? new StaticPages(root.toAbsolutePath().normalize()) : null;
    }

    /** The file a GET of {@code rawPath} serves, or null when it names none. */
    Path resolve(String rawPath) {
        if (rawPath == null || !PLAIN_PATH.matcher(rawPath).matches() || rawPath.contains("/.") || rawPath.contains("..")) {
            return null;
        }
        String relative = rawPath.substring(1);
        if (relative.isEmpty()) {
            relative = "index.html";
        } else if (relative.endsWith("/")) {
            relative = relative + "index.html";
        } else if (!fileName(relative).contains(".")) {
            relative = relative + ".html";
        }
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
    }

    /** Answers the exchange with {@code file}; HEAD gets the headers only. */
    void send(HttpExchange exchange, Path file, boolean head) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        var headers = exchange.getResponseHeaders();
        headers.add("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        // Pages change with every edit while developing; the browser revalidates each time.
        headers.add("Cache-Control", "no-cache");
        headers.add("X-Content-Type-Options", "nosniff");
        headers.add("Referrer-Policy", "no-referrer");
        if (extension.equals("html")) {
            headers.add("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        if (head) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String fileName(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? relative : relative.substring(slash + 1);
    }
}
