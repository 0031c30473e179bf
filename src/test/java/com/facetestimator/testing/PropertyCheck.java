package com.facetestimator.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The one place the property tests meet their library (QuickTheories, which shrinks a failing
 * case to a small one): swap the library here and the properties stay as they are.
 *
 * <p>Each run draws a fresh seed, so runs explore different cases; a failure names the seed and
 * how to replay it ({@code -Dproperty.seed=N}).
 */
public final class PropertyCheck {
    /** System property that fixes the seed, to replay a failure. */
    public static final String SEED_PROPERTY = "property.seed";

    private PropertyCheck() {}

    /** Checks {@code property} on {@code examples} values of {@code values}; an assertion failure fails the check. */
    public static <T> void forAll(int examples, Gen<T> values, Consumer<T> property) {
        forAll(Long.getLong(SEED_PROPERTY, System.nanoTime()), examples, values, property);
    }

    static <T> void forAll(long seed, int examples, Gen<T> values, Consumer<T> property) {
        try {
            QuickTheory.qt().withFixedSeed(seed).withExamples(examples).forAll(values).checkAssert(property);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("property falsified with seed " + seed + " (replay: -D" + SEED_PROPERTY + "=" + seed
                    + ")\n" + e.getMessage(), e);
        }
    }

    /** One of {@code values}, uniformly. */
    @SafeVarargs
    public static <T> Gen<T> pick(T... values) {
        return Generate.pick(List.of(values));
    }

    /** {@code values}, or null about {@code percentNull} percent of the time. */
    public static <T> Gen<T> orNull(Gen<T> values, int percentNull) {
        return values.toOptionals(percentNull).map(o -> o.orElse(null));
    }

    /** One of two generators, chosen with the given weights. */
    public static <T> Gen<T> weighted(int weightA, Gen<T> a, int weightB, Gen<T> b) {
        return Generate.frequency(List.of(Pair.of(weightA, a), Pair.of(weightB, b)));
    }

    /** One of three generators, chosen with the given weights. */
    public static <T> Gen<T> weighted(int weightA, Gen<T> a, int weightB, Gen<T> b, int weightC, Gen<T> c) {
        return Generate.frequency(List.of(Pair.of(weightA, a), Pair.of(weightB, b), Pair.of(weightC, c)));
    }

    /** Between {@code min} and {@code max} distinct elements of {@code from}, in random order. */
    public static <T> Gen<List<T>> distinct(List<T> from, int min, int max) {
        return Generate.range(min, max).zip(SourceDSL.longs().all(), (size, shuffle) -> {
            List<T> copy = new ArrayList<>(from);
            Collections.shuffle(copy, new Random(shuffle));
            return List.copyOf(copy.subList(0, size));
        });
    }
}
