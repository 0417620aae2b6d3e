package com.carenext.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The generator's own connection, and its work cut into steps that each commit. A region's statements run for
 * minutes on a busy machine, longer than the web application allows a request's query: its JdbcTemplate query
 * timeout (60 s), the socket read timeout of {@code DatabaseTimeouts} (70 s) and any {@code statement_timeout} set on
 * the role or database. Here they are lifted for this one connection only (the pool's other connections keep them;
 * the settings are reset before the connection goes back). Large inserts run in chunks of {@link #CHUNK} rows, each
 * its own statement and transaction, logged with the rows so far, so that a long run shows where it is and what is
 * done stays done.
 */
final class Steps implements AutoCloseable {

    /** Rows per statement of a chunked insert: large enough for set-based speed, small enough to show progress. */
    static final long CHUNK = 500_000;
    private static final Logger log = LoggerFactory.getLogger(Steps.class);

    private final Connection connection;
    private final boolean postgres;
    private final JdbcTemplate jdbc;
    private final long started = System.nanoTime();

    /** A range of numbers {@code from..to} (inclusive) handed to one chunk. */
    interface Chunk {
        long insert(long from, long to);
    }

    private Steps(Connection connection, boolean postgres) {
        this.connection = connection;
        this.postgres = postgres;
        // No query timeout on this template (JdbcTemplate's default), unlike the application's.
        this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    static Steps open(DataSource dataSource, boolean postgres) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(true);
                if (postgres) {
                    connection.setNetworkTimeout(Runnable::run, 0);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SET statement_timeout = 0");
                        statement.execute("SET lock_timeout = 0");
                        statement.execute("SET idle_in_transaction_session_timeout = 0");
                    }
                }
                return new Steps(connection, postgres);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the generator's connection", e);
        }
    }

    /** The template over the generator's connection: each statement commits on its own (auto-commit). */
    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Runs {@code chunk} over {@code first..last} in ranges of {@code size}, logging progress; answers the rows. */
    long chunked(String what, long first, long last, long size, Chunk chunk) {
        long rows = 0;
        long stepStart = System.nanoTime();
        for (long from = first; from <= last; from += size) {
            long to = Math.min(last, from + size - 1);
            rows += chunk.insert(from, to);
            if (last - first >= size) {
                log.info("生成 {}: {} / {} ({} %), {} rows, {} s", what, to - first + 1, last - first + 1,
                        (to - first + 1) * 100 / (last - first + 1), rows, seconds(stepStart));
            }
        }
        log.info("生成 {}: {} rows in {} s (total {} s)", what, rows, seconds(stepStart), seconds(started));
        return rows;
    }

    /** One statement as a step of its own, logged. */
    long step(String what, java.util.function.LongSupplier statement) {
        long stepStart = System.nanoTime();
        long rows = statement.getAsLong();
        log.info("生成 {}: {} rows in {} s (total {} s)", what, rows, seconds(stepStart), seconds(started));
        return rows;
    }

    boolean postgres() {
        return postgres;
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }

    @Override
    public void close() {
        try (connection) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            if (postgres) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("RESET statement_timeout");
                    statement.execute("RESET lock_timeout");
                    statement.execute("RESET idle_in_transaction_session_timeout");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not return the generator's connection", e);
        }
    }
}
