package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.support.PostgresDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The application's PostgreSQL pool plans each execution of a scoped query for its own scope. Without it, after a few
 * runs over a wide scope the server keeps a generic plan that reads the whole table for a narrow one.
 */
class DatabaseTimeoutsPostgresTests {

    @Test
    void aScopedStatementIsPlannedForTheScopeItIsGivenEvenAfterManyRuns() throws Exception {
        PostgresDatabase.Database database = PostgresDatabase.create();
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(database.url());
            pool.setUsername(database.user());
            pool.setPassword(database.password());
            pool.setMaximumPoolSize(1);
            new DatabaseTimeouts().postProcessBeforeInitialization(pool, "dataSource");
            try (Connection connection = pool.getConnection(); Statement st = connection.createStatement()) {
                st.execute("CREATE TABLE scoped (id BIGINT PRIMARY KEY, path VARCHAR(200) NOT NULL)");
                st.execute("CREATE INDEX scoped_path ON scoped (path varchar_pattern_ops)");
                // one wide scope (/1/…, 20,000 rows) and a narrow one (/2/, 10 rows)
                st.execute("INSERT INTO scoped SELECT x, CASE WHEN x <= 10 THEN '/2/' ELSE '/1/' || (x % 100) || '/' END"
                        + " FROM generate_series(1, 20010) AS s(x)");
                st.execute("ANALYZE scoped");
                try (PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM scoped WHERE path LIKE ?")) {
                    for (int run = 0; run < 12; run++) {
                        count.setString(1, run == 11 ? "/2/%" : "/1/%");
                        count.executeQuery().close();
                    }
                }
                // the server-side statement's own account of its plans (PostgreSQL 14+)
                try (ResultSet plans = st.executeQuery("SELECT generic_plans, custom_plans FROM pg_prepared_statements"
                        + " WHERE statement LIKE '%FROM scoped WHERE path LIKE%'")) {
                    assertThat(plans.next()).as("the statement is prepared on the server").isTrue();
                    assertThat(plans.getLong(1)).as("generic plans").isZero();
                    assertThat(plans.getLong(2)).as("custom plans").isPositive();
                }
                // and nothing is compiled by the JIT: it cost more than it saved on the scoped aggregates
                try (ResultSet jit = st.executeQuery("SHOW jit")) {
                    assertThat(jit.next()).isTrue();
                    assertThat(jit.getString(1)).isEqualTo("off");
                }
            }
        }
    }
}
