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

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = "carenext_" + UUID.randomUUID().toString().replace("-", "");
        String url;
        String user;
        String password;
        String external = System.getenv("CARENEXT_TEST_PG_URL");
        if (external != null && !external.isBlank()) {
            user = System.getenv().getOrDefault("CARENEXT_TEST_PG_USER", "postgres");
            password = System.getenv().getOrDefault("CARENEXT_TEST_PG_PASSWORD", "");
            createDatabase(external, user, password, database);
            url = external.substring(0, external.lastIndexOf('/') + 1) + database;
        } else {
            EmbeddedPostgres server = server();
            user = "postgres";
            password = "postgres";
            createDatabase(server.getJdbcUrl("postgres", "postgres"), user, password, database);
            url = server.getJdbcUrl(user, database);
        }
        TestPropertyValues.of(
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + user,
                "spring.datasource.password=" + password,
                "spring.datasource.hikari.maximum-pool-size=5").applyTo(context);
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
