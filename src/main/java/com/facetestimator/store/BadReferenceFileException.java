package com.facetestimator.store;

/**
 * A bundled or imported reference file that cannot be read: the message names the line
 * (1-based, as an editor shows it) and the reason. Reads are all-or-nothing.
 */
public final class BadReferenceFileException extends RuntimeException {
    private final int lineNumber;

    public BadReferenceFileException(int lineNumber, String reason) {
        super("line " + lineNumber + ": " + reason);
        this.lineNumber = lineNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
