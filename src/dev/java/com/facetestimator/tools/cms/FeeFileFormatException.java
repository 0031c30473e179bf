package com.facetestimator.tools.cms;

/**
 * A fee file that cannot be imported: the message names the line (1-based, as an editor shows
 * it) and the reason, e.g. {@code line 14: work RVU 'x' is not a number}. Imports are
 * all-or-nothing, so nothing of a file that threw this was returned.
 */
public final class FeeFileFormatException extends RuntimeException {
    private final int lineNumber;

    public FeeFileFormatException(int lineNumber, String reason) {
        super("line " + lineNumber + ": " + reason);
        this.lineNumber = lineNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
