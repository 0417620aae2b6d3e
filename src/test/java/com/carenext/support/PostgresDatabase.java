package com.carenext.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at a real PostgreSQL server, in a database of its own: the server named by
 * {@code CARENEXT_TEST_PG_URL} (with {@code _USER}, {@code _PASSWORD}) when set, otherwise an embedded server
 * (real PostgreSQL binaries from Maven Central) started once per test JVM.
 */
public class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres embedded;

    /** A new, empty database on the test server: its JDBC URL and the credentials to reach it. */
    public record Database(String url, String user, String password) {
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Database database = create();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.user(),
                "spring.datasource.password=" + database.password(),
                "spring.datasource.hikari.maximum-pool-size=5").applyTo(context);
    }

    /** Creates a database of its own on the server (several application contexts may then share it). */
    public static Database create() {
        String database = "carenext_" + UUID.randomUUID().toString().replace("-", "");
        String external = System.getenv("CARENEXT_TEST_PG_URL");
        if (external != null && !external.isBlank()) {
            String user = System.getenv().getOrDefault("CARENEXT_TEST_PG_USER", "postgres");
            String password = System.getenv().getOrDefault("CARENEXT_TEST_PG_PASSWORD", "");
            createDatabase(external, user, password, database);
            return new Database(external.substring(0, external.lastIndexOf('/') + 1) + database, user, password);
        }
        EmbeddedPostgres server = server();
        createDatabase(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", database);
        return new Database(server.getJdbcUrl("postgres", database), "postgres", "postgres");
    }

    private static synchronized EmbeddedPostgres server() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // The JVM is ending; the server's files are under target/.
                }
            }));
        }
        return embedded;
    }

    private static void createDatabase(String adminUrl, String user, String password, String database) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
    }
}
