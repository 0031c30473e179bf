package com.facetestimator.api;

/** A route decided the answer is a problem (e.g. 409 session-conflict with its own body). */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
