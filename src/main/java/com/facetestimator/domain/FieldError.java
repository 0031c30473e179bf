package com.facetestimator.domain;

/** A problem with one input field, named as the client sent it (e.g. {@code levels[2]}). */
public record FieldError(String field, String message) {}
