package com.carenext.support;

/**
 * Row generation in SQL, for tests that need many rows fast and set-based ({@code INSERT ... SELECT}), on H2 and
 * PostgreSQL alike: a derived table of the integers 0 .. n-1 in a column {@code i}, made of cross-joined digits.
 */
public final class Numbers {

    private static final String DIGITS = "(VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9))";

    private Numbers() {
    }

    /** {@code (SELECT ... AS i ...) alias}: the integers 0 .. n-1. */
    public static String below(long n, String alias) {
        int places = Math.max(1, String.valueOf(Math.max(0, n - 1)).length());
        StringBuilder value = new StringBuilder();
        StringBuilder from = new StringBuilder();
        long weight = 1;
        for (int p = 0; p < places; p++) {
            value.append(p == 0 ? "" : " + ").append("d").append(p).append(".x * ").append(weight);
            from.append(p == 0 ? "" : " CROSS JOIN ").append(DIGITS).append(" AS d").append(p).append("(x)");
            weight *= 10;
        }
        return "(SELECT " + value + " AS i FROM " + from + " WHERE " + value + " < " + n + ") " + alias;
    }
}
