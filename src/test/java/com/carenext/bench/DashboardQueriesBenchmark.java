package com.carenext.bench;

import com.carenext.CareNextApplication;
import com.carenext.support.WebSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one view of the main pages asks PostgreSQL, at a generated scale: the dashboard (as the top's 干事 and as a
 * town's), the coverage report, the publicity statistics, the 五老 list (page 1 and filtered) and the audit log page 1
 * — the statements per view and their own execution time (pg_stat_statements), the slowest with their share, the wall
 * time of one view with nothing else running, and its p50/p99 over the views. Prints figures; asserts nothing.
 * <p>
 * Run: {@code mvn test -Pbench -Dtest=DashboardQueriesBenchmark [-Dbench.scale=banner] [-Dbench.views=5]
 * [-Dbench.only=dashboard,audit]}; on a database generated once ({@link BenchDatabase}, the server must preload
 * pg_stat_statements): {@code -Dbench.db=jdbc:postgresql://127.0.0.1:5432/carenext_region -Dbench.password=…}.
 * See docs/performance.md.
 */
@Benchmark
class DashboardQueriesBenchmark {

    private static final String PASSWORD = BenchDatabase.password("Bench-Query-2026");
    private static final String SCALE = System.getProperty("bench.scale", "banner");
    private static final int VIEWS = Integer.getInteger("bench.views", 5);
    private static final List<String> ONLY = Arrays.stream(System.getProperty("bench.only", "").split(","))
            .filter(s -> !s.isBlank()).toList();
    private static final String SEASON = String.valueOf(LocalDate.now().minusMonths(8).getYear());

    private record Target(String name, String user, String path) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("dashboard", "bench_office", "/"),
            new Target("dashboard.json", "bench_office", "/api/v1/dashboard"),
            new Target("dashboard.town", "bench_manager", "/"),
            new Target("coverage", "bench_office", "/patrol/coverage?from=" + SEASON + "-06-01&to=" + SEASON + "-08-31"),
            new Target("publicity", "bench_office", "/publicity/statistics"),
            new Target("volunteers", "bench_office", "/volunteers"),
            new Target("volunteers.filtered", "bench_office", "/volunteers?category=VETERAN_TEACHER&status=PAUSED&name=%E7%8E%8B"),
            new Target("audit", "bench_auditor", "/audit"));

    @Test
    void statementsPerView() throws Exception {
        if (BenchDatabase.reused()) {
            run(BenchDatabase.URL, BenchDatabase.arguments());
            return;
        }
        Path data = Files.createTempDirectory(Path.of("target"), "pg-queries");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "all").start()) {
            try (Connection admin = pg.getPostgresDatabase().getConnection(); Statement st = admin.createStatement()) {
                st.execute("CREATE DATABASE carenext_queries");
            }
            String url = pg.getJdbcUrl("postgres", "carenext_queries");
            run(url, new String[]{"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres"});
        }
    }

    private void run(String url, String[] database) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SpringApplication application = new SpringApplication(CareNextApplication.class);
        application.setRegisterShutdownHook(false);
        List<String> args = new ArrayList<>(List.of("--server.port=" + port,
                "--carenext.admin.password=" + PASSWORD, "--carenext.office.password=" + PASSWORD,
                "--carenext.data.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "--carenext.files.dir=target/bench-files", "--logging.level.root=WARN",
                "--logging.level.com.carenext.generate=INFO"));
        args.addAll(List.of(database));
        try (ConfigurableApplicationContext context = application.run(args.toArray(String[]::new))) {
            BenchDatabase.generate(context, SCALE, PASSWORD, "queries");
            Map<String, WebSession> sessions = new HashMap<>();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            System.out.printf("[queries] %s scale, %d views each, load average %s%n", SCALE, VIEWS, loadAverage());
            for (Target target : TARGETS) {
                if (!ONLY.isEmpty() && ONLY.stream().noneMatch(target.name()::startsWith)) {
                    continue;
                }
                WebSession session = sessions.get(target.user());
                if (session == null) {
                    session = WebSession.signIn(port, target.user(), PASSWORD);
                    sessions.put(target.user(), session);
                }
                int status;
                try {
                    status = session.get(target.path()).statusCode();
                } catch (java.net.http.HttpTimeoutException e) {
                    // a view that does not answer within the client's 60 s is a figure too; go on with the next
                    System.out.printf("[queries] %-26s no answer within 60 s%n", target.name());
                    continue;
                }
                jdbc.execute("SELECT pg_stat_statements_reset()");
                long[] walls = new long[VIEWS];
                for (int i = 0; i < VIEWS; i++) {
                    long wall = System.nanoTime();
                    session.get(target.path());
                    walls[i] = System.nanoTime() - wall;
                }
                Arrays.sort(walls);
                report(jdbc, target.name() + " (" + status + ")", walls);
            }
            System.out.printf("[queries] load average after: %s%n", loadAverage());
        }
    }

    private static void report(JdbcTemplate jdbc, String name, long[] walls) {
        double mean = Arrays.stream(walls).average().orElse(0) / 1e6;
        double p50 = walls[walls.length / 2] / 1e6;
        double p99 = walls[Math.min(walls.length - 1, walls.length * 99 / 100)] / 1e6;
        Map<String, Object> total = jdbc.queryForMap("""
                SELECT SUM(calls) AS calls, SUM(total_exec_time) AS time FROM pg_stat_statements
                WHERE query NOT LIKE '%pg_stat_statements%'""");
        System.out.printf("[queries] %-26s %6.1f statements/view, %8.1f ms in PostgreSQL/view, wall/view %8.1f ms "
                        + "(p50 %.1f, p99 %.1f)%n", name, ((Number) total.get("calls")).doubleValue() / VIEWS,
                ((Number) total.get("time")).doubleValue() / VIEWS, mean, p50, p99);
        jdbc.query("""
                SELECT calls, total_exec_time, LEFT(REGEXP_REPLACE(query, '\\s+', ' ', 'g'), 160) AS q
                FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'
                ORDER BY total_exec_time DESC LIMIT 8""", (ResultSet top) -> {
            System.out.printf("[queries]     %5.1f× %8.2f ms  %s%n", top.getDouble(1) / VIEWS,
                    top.getDouble(2) / VIEWS, top.getString(3));
        });
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
