package com.facetestimator.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reference tables shipped inside the artifact, read from the class path. */
final class BundledResource {
    private BundledResource() {}

    /** The resource as UTF-8 text with carriage returns removed; a missing one is a packaging fault. */
    static String text(String resource) {
        return text(resource, StandardCharsets.UTF_8);
    }

    /** As {@link #text(String)} in another charset (CMS text files are ISO-8859-1 or a DOS code page). */
    static String text(String resource, java.nio.charset.Charset charset) {
        try (InputStream in = BundledResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), charset).replace("\r", "");
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }
}
