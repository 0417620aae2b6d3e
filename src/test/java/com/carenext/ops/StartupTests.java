package com.carenext.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carenext.CareNextApplication;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ready means ready: the application answers its first request only after the first accounts and the demo exist, and
 * refuses a bad configured password before it writes anything.
 */
class StartupTests {

    private static final String ADMIN_PASSWORD = "Root-Start-2026";
    private static final String DEMO_PASSWORD = "Demo-Start-2026";

    @Test
    void theFirstAnswerOfAFreshStartAlreadyLetsAdminAndTheDemoSignIn() throws Exception {
        int port = freePort();
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() ->
                application().run("--server.port=" + port, "--spring.profiles.active=test",
                        "--carenext.admin.password=" + ADMIN_PASSWORD, "--carenext.demo.enabled=true",
                        "--carenext.demo.password=" + DEMO_PASSWORD));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> first = firstAnswer(client, port, started);
            assertThat(first.statusCode()).as("the first answer: %s", first.body()).isEqualTo(200);
            assertThat(first.body()).contains("\"admin\"");
            assertThat(get(client, port, "/api/v1/organizations", "wsz_office", DEMO_PASSWORD).statusCode())
                    .isEqualTo(200);
        } finally {
            started.get(120, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void aBadConfiguredPasswordStopsTheStartWithAClearMessageAndAnEmptyDatabase() throws Exception {
        String url = "jdbc:h2:mem:startup-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
        try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
            assertThatThrownBy(() -> application().run("--spring.main.web-application-type=none",
                    "--spring.profiles.active=test", "--spring.datasource.url=" + url,
                    "--carenext.admin.password=Password1", "--carenext.demo.enabled=true",
                    "--carenext.demo.password=" + DEMO_PASSWORD))
                    .hasStackTraceContaining("CARENEXT_ADMIN_PASSWORD 不符合密码规则");
            try (ResultSet tables = keepAlive.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                tables.next();
                assertThat(tables.getInt(1)).as("tables written before the check").isZero();
            }
        }
    }

    @Test
    void aBadZoneStopsTheStartBeforeAnyMigration() {
        assertThatThrownBy(() -> application().run("--spring.main.web-application-type=none",
                "--spring.profiles.active=test", "--carenext.zone=Asia/Nowhere"))
                .hasStackTraceContaining("carenext.zone");
    }

    private static SpringApplication application() {
        SpringApplication application = new SpringApplication(CareNextApplication.class);
        application.setRegisterShutdownHook(false);
        return application;
    }

    /** Polls the port until something answers; the start must not have failed meanwhile. */
    private static HttpResponse<String> firstAnswer(HttpClient client, int port,
                                                    CompletableFuture<ConfigurableApplicationContext> started)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (started.isCompletedExceptionally()) {
                started.join();
            }
            try {
                return get(client, port, "/api/v1/users", "admin", ADMIN_PASSWORD);
            } catch (ConnectException refused) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no answer within 180 s");
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path, String user, String password)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
