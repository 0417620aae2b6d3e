package com.carenext.bench;

import com.carenext.CareNextApplication;
import com.carenext.generate.GenerateCommand;
import com.carenext.support.WebSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one view of the dashboard, the coverage report and the publicity statistics asks PostgreSQL, at a generated
 * scale: the statements per view and their own execution time (pg_stat_statements), the slowest with their share, and
 * the wall time of one view with nothing else running. Prints figures; asserts nothing.
 * <p>
 * Run: {@code mvn test -Pbench -Dtest=DashboardQueriesBenchmark [-Dbench.scale=banner] [-Dbench.views=5]}.
 * See docs/performance.md.
 */
@Benchmark
class DashboardQueriesBenchmark {

    private static final String PASSWORD = "Bench-Query-2026";
    private static final String SCALE = System.getProperty("bench.scale", "banner");
    private static final int VIEWS = Integer.getInteger("bench.views", 5);
    private static final String SEASON = String.valueOf(LocalDate.now().minusMonths(8).getYear());
    private static final List<Map.Entry<String, String>> TARGETS = List.of(
            Map.entry("dashboard", "/"),
            Map.entry("dashboard.json", "/api/v1/dashboard"),
            Map.entry("coverage", "/patrol/coverage?from=" + SEASON + "-06-01&to=" + SEASON + "-08-31"),
            Map.entry("publicity", "/publicity/statistics"));

    @Test
    void statementsPerView() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "pg-queries");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "all").start()) {
            try (Connection admin = pg.getPostgresDatabase().getConnection(); Statement st = admin.createStatement()) {
                st.execute("CREATE DATABASE carenext_queries");
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            SpringApplication application = new SpringApplication(CareNextApplication.class);
            application.setRegisterShutdownHook(false);
            try (ConfigurableApplicationContext context = application.run("--server.port=" + port,
                    "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "carenext_queries"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--carenext.admin.password=" + PASSWORD, "--carenext.office.password=" + PASSWORD,
                    "--carenext.data.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                    "--carenext.files.dir=target/bench-files", "--logging.level.root=WARN",
                    // generating 10 M records runs statements longer than the application's 60 s limit
                    "--spring.jdbc.template.query-timeout=0")) {
                long started = System.nanoTime();
                Map<String, Long> counts = GenerateCommand.generate(context, SCALE, PASSWORD);
                System.out.printf("%n[queries] generated %s in %.0f s: %s%n", SCALE,
                        (System.nanoTime() - started) / 1e9, counts);
                WebSession office = WebSession.signIn(port, "bench_office", PASSWORD);
                try (Connection db = pg.getDatabase("postgres", "carenext_queries").getConnection();
                     Statement st = db.createStatement()) {
                    st.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                    st.execute("ANALYZE");
                    for (Map.Entry<String, String> target : TARGETS) {
                        int status = office.get(target.getValue()).statusCode();
                        st.execute("SELECT pg_stat_statements_reset()");
                        long wall = System.nanoTime();
                        for (int i = 0; i < VIEWS; i++) {
                            office.get(target.getValue());
                        }
                        double wallMs = (System.nanoTime() - wall) / 1e6 / VIEWS;
                        report(st, target.getKey() + " (" + status + ")", wallMs);
                    }
                }
            }
        }
    }

    private static void report(Statement st, String name, double wallMs) throws Exception {
        try (ResultSet total = st.executeQuery("""
                SELECT SUM(calls), SUM(total_exec_time) FROM pg_stat_statements
                WHERE query NOT LIKE '%pg_stat_statements%'""")) {
            total.next();
            System.out.printf("[queries] %-22s %6.1f statements/view, %8.1f ms in PostgreSQL/view, %8.1f ms wall/view%n",
                    name, total.getDouble(1) / VIEWS, total.getDouble(2) / VIEWS, wallMs);
        }
        try (ResultSet top = st.executeQuery("""
                SELECT calls, total_exec_time, LEFT(REGEXP_REPLACE(query, '\\s+', ' ', 'g'), 160)
                FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'
                ORDER BY total_exec_time DESC LIMIT 8""")) {
            while (top.next()) {
                System.out.printf("[queries]     %5.1f× %8.2f ms  %s%n", top.getDouble(1) / VIEWS,
                        top.getDouble(2) / VIEWS, top.getString(3));
            }
        }
    }
}
