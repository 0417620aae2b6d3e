package com.carenext.ops;

import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.api.Trigger;

/** An H2 trigger that counts the rows each UPDATE writes, per table: the tests' window on database writes. */
public class UpdateCounter implements Trigger {

    private static final Map<String, AtomicInteger> UPDATES = new ConcurrentHashMap<>();
    private String table;

    /** The SQL that installs the counter on a table (idempotent). */
    public static String install(String table) {
        return "CREATE TRIGGER IF NOT EXISTS count_updates_" + table + " AFTER UPDATE ON " + table
                + " FOR EACH ROW CALL \"" + UpdateCounter.class.getName() + "\"";
    }

    public static int updates(String table) {
        return UPDATES.computeIfAbsent(table.toUpperCase(Locale.ROOT), key -> new AtomicInteger()).get();
    }

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table.toUpperCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        UPDATES.computeIfAbsent(table, key -> new AtomicInteger()).incrementAndGet();
    }
}
