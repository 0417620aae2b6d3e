package com.carenext.support;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts the SQL statements the database executes while an action runs, from H2's query statistics (on PostgreSQL the
 * calling test is skipped: the rule "no query per unit" is a property of the code, not of the database). The
 * statistics are the whole database's: call it while no other test runs. The application's own background work
 * (the export poller every 5 s, the scheduler's locks, the expired-session cleanup) is left out of the count: it
 * landed in a count now and then and made a comparison of two counts fail. So is H2's {@code CALL READONLY()}, which
 * the driver runs for a connection it has not used yet (seen once in a publicity count). A read that is counted to compare
 * two counts goes through {@link #fewest}.
 */
public class Statements {

    private static final String OURS = """
            SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%' AND LOWER(SQL_STATEMENT) NOT LIKE '%export_job%'
            AND LOWER(SQL_STATEMENT) NOT LIKE '%shedlock%' AND LOWER(SQL_STATEMENT) NOT LIKE '%spring_session%expiry_time <%'
            AND SQL_STATEMENT NOT LIKE 'CALL READONLY()%'
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    public Statements(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** What the action returned, how many statements it took, and each statement with its count. */
    public record Counted<T>(T result, int statements, java.util.List<String> executed) {

        /** How many times statements containing {@code part} ran. */
        public int times(String part) {
            return executed.stream().filter(line -> line.contains(part))
                    .mapToInt(line -> Integer.parseInt(line.substring(0, line.indexOf(' ')))).sum();
        }
    }

    /**
     * For an action that only reads: counts it twice and keeps the smaller count. The statistics are the whole
     * database's, and now and then something outside the action lands in one count (a dashboard count had two more
     * statements than the same view's other count, in a full run at 23:56 office time; not reproduced alone). A
     * statement per row still shows, since it is in both counts.
     */
    public <T> Counted<T> fewest(Callable<T> readOnly) throws Exception {
        Counted<T> first = count(readOnly);
        Counted<T> second = count(readOnly);
        return second.statements() < first.statements() ? second : first;
    }

    public <T> Counted<T> count(Callable<T> action) throws Exception {
        try (var connection = dataSource.getConnection()) {
            Assumptions.assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"),
                    "H2's query statistics count the statements");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        jdbc.sql("SET QUERY_STATISTICS_MAX_ENTRIES 10000").update();
        jdbc.sql("SET QUERY_STATISTICS TRUE").update();
        try {
            T result = action.call();
            int statements = jdbc.sql("""
                            SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS
                            WHERE\s""" + OURS)
                    .query(Integer.class).single();
            java.util.List<String> executed = jdbc.sql("""
                            SELECT EXECUTION_COUNT || ' × ' || SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS
                            WHERE\s""" + OURS + " ORDER BY EXECUTION_COUNT DESC")
                    .query(String.class).list();
            return new Counted<>(result, statements, executed);
        } finally {
            jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        }
    }
}
