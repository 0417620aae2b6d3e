package com.carenext.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that instances starting together must do one after the other, not skip: the migration with its sealing pass,
 * the start-up tasks (first accounts, the demo). The second instance waits, then finds the work done. On PostgreSQL
 * this is a session-level advisory lock named after the work, held on a connection of its own while the work runs;
 * it goes when the work ends or the connection drops, so a crashed instance never leaves it held. The lock is tried
 * every {@link #POLL} rather than waited for in one statement, which the driver's socket timeout would cut off
 * during a long migration. Other databases (the embedded H2 file) serve one instance: the work runs at once.
 */
final class InstanceLock {

    static final Duration POLL = Duration.ofMillis(200);
    private static final Logger log = LoggerFactory.getLogger(InstanceLock.class);

    private final DataSource dataSource;

    InstanceLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void runAlone(String name, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                acquire(connection, name);
                try {
                    work.run();
                } finally {
                    release(connection, name);
                }
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the database lock for " + name, e);
        }
        work.run(); // one instance only: no lock, and no connection held while the work runs
    }

    /** A lock that cannot be given back (the database went away) goes with the connection, closed right after. */
    private static void release(Connection connection, String name) {
        try {
            call(connection, "SELECT pg_advisory_unlock(hashtextextended(?, 0))", name);
        } catch (SQLException e) {
            log.warn("Could not release the database lock for {}: {}", name, e.toString());
        }
    }

    private static void acquire(Connection connection, String name) throws SQLException {
        boolean told = false;
        while (!call(connection, "SELECT pg_try_advisory_lock(hashtextextended(?, 0))", name)) {
            if (!told) {
                log.info("Waiting for another instance to finish {}", name);
                told = true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
