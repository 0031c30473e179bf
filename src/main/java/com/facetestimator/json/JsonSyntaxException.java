package com.facetestimator.json;

/**
 * A document that is not one valid JSON value (RFC 8259), or that exceeds its {@link ReadLimits}.
 * The line and column (both from 1) are those of the first character that cannot be read: for
 * a limit, the start of the number, string or array/object that exceeds it; at the end of the
 * text, one past its last character.
 */
public final class JsonSyntaxException extends Exception {
    private final int line;
    private final int column;
    private final boolean limitExceeded;

    JsonSyntaxException(String problem, int line, int column, boolean limitExceeded) {
        super(problem + " at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
        this.limitExceeded = limitExceeded;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** True when the text is valid JSON as far as read but exceeds a {@link ReadLimits} limit. */
    public boolean limitExceeded() {
        return limitExceeded;
    }
}
