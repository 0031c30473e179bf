package com.facetestimator.domain.frequency;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * The rolling-window arithmetic of a frequency limit, over the dates of the sessions that
 * count (one region, one counter, cancelled sessions already left out). Immutable.
 *
 * <p>The window ending on {@code X} is {@code (X.minusMonths(months), X]}. Because
 * {@code minusMonths} clamps to the end of a shorter month, the start is monotone in X but
 * not strictly: a session stays in every window ending from its own date up to, but not
 * including, its {@linkplain #exitDate exit date}, the first end whose window no longer
 * holds it (2024-02-29 leaves on 2025-03-01, since the window ending 2025-02-28 starts
 * after 2024-02-28).
 *
 * <p>Adding a session on {@code d} exceeds a limit when some window containing {@code d}
 * (ends in {@code [d, exitDate(d))}) already holds {@code limit} sessions. The count over
 * window ends only rises on a session's date, so only {@code d} and the session dates inside
 * that range need checking. As {@code d} moves on, the verdict can only turn from exceeded to
 * allowed on a date where the count falls, i.e. a session's exit date; so the earliest
 * allowed date is {@code d} itself or one of those exit dates. Costs are O(n log n) to build
 * and, per check, proportional to the sessions in the following window; nothing walks day by
 * day.
 */
public final class RollingWindow {

    private final int months;
    /** Session dates, ascending (duplicates allowed: two sessions on one day count twice). */
    private final LocalDate[] entries;
    /** Their exit dates, ascending (exitDate is monotone in the session date). */
    private final LocalDate[] exits;

    public RollingWindow(int months, Collection<LocalDate> countingSessionDates) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1");
        }
        this.months = months;
        this.entries = countingSessionDates.stream().map(d -> Objects.requireNonNull(d, "date"))
                .sorted().toArray(LocalDate[]::new);
        this.exits = Arrays.stream(entries).map(d -> exitDate(d, months)).toArray(LocalDate[]::new);
    }

    /** The exclusive start of the window ending on {@code end}: {@code end.minusMonths(months)}. */
    public static LocalDate windowStart(LocalDate end, int months) {
        return end.minusMonths(months);
    }

    /** The first window end whose window no longer holds a session dated {@code sessionDate}. */
    public static LocalDate exitDate(LocalDate sessionDate, int months) {
        LocalDate end = sessionDate.plusMonths(months);
        while (windowStart(end, months).isBefore(sessionDate)) {
            end = end.plusDays(1); // only when plusMonths clamped, e.g. 29 Feb + 12 months
        }
        return end;
    }

    /** Sessions in the window ending on {@code end}: dated in {@code (end − months, end]}. */
    public int countEndingOn(LocalDate end) {
        return atOrBefore(entries, end) - atOrBefore(exits, end);
    }

    /**
     * The fullest window that a new session on {@code date} would fall in, before adding it:
     * the largest count over window ends in {@code [date, exitDate(date))}, and the earliest end
     * where that count is reached.
     */
    public Peak peakAround(LocalDate date) {
        LocalDate lastEnd = exitDate(date, months);
        LocalDate bestEnd = date;
        int best = countEndingOn(date);
        for (int i = atOrBefore(entries, date); i < entries.length && entries[i].isBefore(lastEnd); i++) {
            if (i + 1 < entries.length && entries[i + 1].equals(entries[i])) {
                continue; // count once all sessions of that day have entered
            }
            int count = countEndingOn(entries[i]);
            if (count > best) {
                best = count;
                bestEnd = entries[i];
            }
        }
        return new Peak(best, bestEnd);
    }

    /** Whether one more session on {@code date} would put more than {@code limit} in some window. */
    public boolean wouldExceed(LocalDate date, int limit) {
        return peakAround(date).count() >= limit;
    }

    /** The earliest date on or after {@code from} on which one more session stays within {@code limit} (at least 1). */
    public LocalDate earliestAllowed(LocalDate from, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        if (!wouldExceed(from, limit)) {
            return from;
        }
        LocalDate previous = null;
        for (int i = atOrBefore(exits, from); i < exits.length; i++) {
            LocalDate candidate = exits[i];
            if (!candidate.equals(previous) && !wouldExceed(candidate, limit)) {
                return candidate;
            }
            previous = candidate;
        }
        // Unreachable for limit >= 1: from the last exit date on, every window is empty.
        throw new IllegalStateException("no eligible date found");
    }

    /** The latest session date strictly before {@code date}, or null. */
    public LocalDate latestBefore(LocalDate date) {
        int i = Arrays.binarySearch(entries, date);
        int before = i >= 0 ? firstIndexOf(i) : -i - 1;
        return before == 0 ? null : entries[before - 1];
    }

    private int firstIndexOf(int found) {
        int i = found;
        while (i > 0 && entries[i - 1].equals(entries[found])) {
            i--;
        }
        return i;
    }

    /** How many of the ascending {@code dates} are on or before {@code date}. */
    private static int atOrBefore(LocalDate[] dates, LocalDate date) {
        int lo = 0;
        int hi = dates.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates[mid].isAfter(date)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The most sessions in one window, and the (earliest) end date of such a window. */
    public record Peak(int count, LocalDate windowEnd) {}
}
