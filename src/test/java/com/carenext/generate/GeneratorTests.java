package com.carenext.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carenext.CareNextApplication;
import com.carenext.support.WebSession;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code generate --scale town} on a new database: the counts it promises, names that read like people, a chain that
 * still verifies, and the application's own lists paging over it. It refuses to run a second time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratorTests {

    private static final String PASSWORD = "Bench-Gen-2026";

    private ConfigurableApplicationContext context;
    private Map<String, Long> counts;
    private int port;
    private final HttpClient client = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    /** The application on a database of its own (H2 in memory here; PostgreSQL in the subclass). */
    protected SpringApplication application() {
        return new SpringApplication(CareNextApplication.class);
    }

    protected String[] database() {
        return new String[]{"--spring.datasource.url=jdbc:h2:mem:generate-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"};
    }

    @BeforeAll
    void generateATown() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SpringApplication application = application();
        application.setRegisterShutdownHook(false);
        String[] base = {"--server.port=" + port, "--spring.profiles.active=test", "--carenext.demo.enabled=false"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(database()))
                .toArray(String[]::new);
        context = application.run(args);
        counts = GenerateCommand.generate(context, "town", PASSWORD);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theTownScaleHasItsCountsInTheDatabase() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        assertThat(counts).containsEntry("organization", 21L).containsEntry("volunteer", 300L)
                .containsEntry("activity", 1500L).containsEntry("patrol", 4000L).containsEntry("article", 1000L)
                .containsEntry("study_session", 200L).containsEntry("audit_event", 2000L);
        assertThat(count(jdbc, "organization")).isEqualTo(22);
        assertThat(count(jdbc, "volunteer")).isEqualTo(300);
        assertThat(count(jdbc, "activity")).isEqualTo(1500);
        assertThat(count(jdbc, "patrol")).isEqualTo(4000);
        assertThat(count(jdbc, "article")).isEqualTo(1000);
        assertThat(count(jdbc, "attendance")).isEqualTo(counts.get("attendance")).isGreaterThan(1000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer WHERE phone IS NOT NULL OR id_number IS NOT NULL",
                Long.class)).as("no unsealed personal data").isZero();
        assertThat(jdbc.queryForList("SELECT name FROM volunteer WHERE gender = '女' AND ethnicity = '汉族'", String.class))
                .allSatisfy(name -> assertThat(name).hasSizeBetween(2, 3)
                        .matches(n -> Words.ALL.get("female").stream().anyMatch(n::endsWith)));
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT name) FROM volunteer", Long.class)).isGreaterThan(150);
    }

    @Test
    void theListsPageOverTheGeneratedRecordsAndTheAuditChainVerifies() throws Exception {
        long seen = 0;
        String before = "";
        for (int page = 0; page < 20 && before != null; page++) {
            JsonNode body = json.readTree(get("/api/v1/volunteers?size=50" + before, "bench_office").body());
            seen += body.get("rows").size();
            before = body.get("nextBefore").isNull() ? null : "&before=" + body.get("nextBefore").asLong();
        }
        assertThat(seen).isEqualTo(300);
        WebSession manager = WebSession.signIn(port, "bench_manager", PASSWORD);
        HttpResponse<String> list = manager.get("/volunteers");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("五老");
        WebSession office = WebSession.signIn(port, "bench_office", PASSWORD);
        for (String page : new String[]{"/", "/activities", "/patrol/coverage", "/publicity/articles", "/plans"}) {
            assertThat(office.get(page).statusCode()).as(page).isEqualTo(200);
        }
        JsonNode audit = json.readTree(get("/api/v1/audit-events?size=100", "bench_auditor").body());
        assertThat(audit.get("events").size()).isEqualTo(100);
        JsonNode chain = json.readTree(get("/api/v1/audit-events/verification", "bench_auditor").body());
        assertThat(chain.get("intact").asBoolean()).as("chain: %s", chain).isTrue();
        assertThat(chain.get("rowsChecked").asLong()).isGreaterThanOrEqualTo(2000);
    }

    @Test
    void aDatabaseWithDataIsRefused() {
        assertThatThrownBy(() -> GenerateCommand.generate(context, "town", PASSWORD))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("空数据库");
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic)
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
