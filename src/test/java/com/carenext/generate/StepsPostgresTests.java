package com.carenext.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carenext.support.PostgresDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generator's connection on real PostgreSQL whose limits are those a production database may have: a
 * {@code statement_timeout} on the database (here 300 ms) and the application pool's socket read timeout (here 1 s;
 * the application's is 70 s, {@code DatabaseTimeouts}). A region's statements run for minutes: the generator's own
 * connection lifts both, for itself only, and every chunk it has written stays written when a later one fails.
 */
class StepsPostgresTests {

    private PostgresDatabase.Database database;
    private HikariDataSource pool;

    @BeforeEach
    void aDatabaseWithShortLimits() throws Exception {
        database = PostgresDatabase.create();
        try (Connection admin = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement st = admin.createStatement()) {
            st.execute("ALTER DATABASE " + admin.getCatalog() + " SET statement_timeout = '300ms'");
            st.execute("CREATE TABLE chunk_row (x BIGINT PRIMARY KEY)");
        }
        pool = new HikariDataSource();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(1);
        pool.addDataSourceProperty("socketTimeout", "1");
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aLongStatementRunsOnTheGeneratorsConnectionAndTheLimitsHoldAgainAfterwards() {
        JdbcTemplate application = new JdbcTemplate(pool);
        assertThatThrownBy(() -> application.execute("SELECT pg_sleep(0.5)"))
                .as("the database's statement_timeout is real").hasMessageContaining("statement timeout");
        try (Steps steps = Steps.open(pool, true)) {
            assertThat(steps.step("sleep", () -> {
                steps.jdbc().execute("SELECT pg_sleep(1.5)");
                return 1;
            })).isEqualTo(1);
        }
        // The pool's one connection is the one the generator had: its limits are back.
        assertThat(application.queryForObject("SHOW statement_timeout", String.class)).isEqualTo("300ms");
        assertThatThrownBy(() -> application.execute("SET statement_timeout = 0; SELECT pg_sleep(1.5)"))
                .as("the read timeout is back").hasMessageContaining("I/O error");
    }

    @Test
    void everyChunkIsCommittedOnItsOwn() throws Exception {
        try (Steps steps = Steps.open(pool, true)) {
            assertThatThrownBy(() -> steps.chunked("chunk_row", 1, 10, 3, (from, to) -> {
                if (from > 6) {
                    throw new IllegalStateException("the third chunk fails");
                }
                return steps.jdbc().update("INSERT INTO chunk_row SELECT x FROM generate_series(?, ?) AS s(x)", from, to);
            })).hasMessageContaining("third chunk");
        }
        try (Connection other = DriverManager.getConnection(database.url(), database.user(), database.password());
             var rows = other.createStatement().executeQuery("SELECT COUNT(*), MAX(x) FROM chunk_row")) {
            rows.next();
            assertThat(rows.getLong(1)).as("the chunks before the failing one").isEqualTo(6);
            assertThat(rows.getLong(2)).isEqualTo(6);
        }
    }
}
