package com.carenext.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The few expressions that PostgreSQL and H2 spell differently. */
record Sql(boolean postgres) {

    /** A row source of the numbers 1..count as {@code alias.x}. */
    String series(long count, String alias) {
        return series(1, count, alias);
    }

    /** A row source of the numbers from..to (inclusive) as {@code alias.x}: one chunk of a large insert. */
    String series(long from, long to, String alias) {
        return postgres ? "generate_series(" + from + ", " + to + ") AS " + alias + "(x)"
                : "SYSTEM_RANGE(" + from + ", " + to + ") " + alias;
    }

    String plusDays(LocalDate base, String days) {
        return postgres ? "(DATE '" + base + "' + CAST((" + days + ") AS INT))"
                : "DATEADD('DAY', " + days + ", DATE '" + base + "')";
    }

    String plusMinutes(LocalDateTime base, String minutes) {
        String at = base.withNano(0).toString().replace('T', ' ');
        return postgres ? "(TIMESTAMP '" + at + "' + (" + minutes + ") * INTERVAL '1 minute')"
                : "DATEADD('MINUTE', " + minutes + ", TIMESTAMP '" + at + "')";
    }

    String text(String expression) {
        return "CAST((" + expression + ") AS VARCHAR)";
    }

    /** Moves a table's identity past the ids given explicitly. */
    String restartIdentity(String table, long next) {
        return "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next;
    }
}
