package com.carenext.bench;

import com.carenext.CareNextApplication;
import com.carenext.support.PostgresDatabase;
import com.carenext.support.WebSession;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main pages and APIs of each module over real HTTP, on PostgreSQL with a generated dataset: pages/s, p50/p99,
 * the application's CPU per request (CPU time of Tomcat's request threads, ThreadMXBean; and of the whole JVM,
 * which also holds the load clients), the ratio of a list page to the same rows as JSON, and the list queries' own
 * time. Production settings (bcrypt 10, cached templates, no test profile). Prints figures; asserts nothing.
 * <p>
 * Run: {@code mvn test -Pbench -Dtest=WebLayerBenchmark [-Dbench.scale=banner] [-Dbench.clients=8]
 * [-Dbench.seconds=10] [-Dbench.only=volunteers,audit] [-Dbench.warmup=40] [-Dbench.rounds=6] [-Dbench.round-seconds=3]}; on a database generated once ({@link BenchDatabase}):
 * {@code -Dbench.db=jdbc:postgresql://127.0.0.1:5432/carenext_region -Dbench.password=…}; with a flight recording:
 * {@code -Dbench.jvm=-XX:StartFlightRecording=filename=target/bench.jfr,settings=profile}.
 * See docs/performance.md.
 */
@Benchmark
class WebLayerBenchmark {

    private static final String PASSWORD = BenchDatabase.password("Bench-Web-2026");
    private static final String SCALE = System.getProperty("bench.scale", "banner");
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 40);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 6);
    private static final int ROUND_SECONDS = Integer.getInteger("bench.round-seconds", 3);
    private static final List<String> ONLY = Arrays.stream(System.getProperty("bench.only", "").split(","))
            .filter(s -> !s.isBlank()).toList();

    /** The last summer season, where the generator puts the patrols. */
    private static final String SEASON_FROM = java.time.LocalDate.now().minusMonths(8).getYear() + "-06-01";
    private static final String SEASON_TO = java.time.LocalDate.now().minusMonths(8).getYear() + "-08-31";

    private record Target(String name, String user, String path) {
    }

    private record Result(long requests, double seconds, double p50, double p99, double appCpuMs, double jvmCpuMs,
                          long errors, int bytes) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private static final List<Target> TARGETS = List.of(
            new Target("volunteers", "bench_office", "/volunteers"),
            new Target("volunteers.json", "bench_office", "/api/v1/volunteers?size=30"),
            new Target("audit", "bench_auditor", "/audit"),
            new Target("audit.json", "bench_auditor", "/api/v1/audit-events?size=50"),
            new Target("activities", "bench_office", "/activities"),
            new Target("activities.json", "bench_office", "/api/v1/activities?size=30"),
            new Target("coverage", "bench_office", "/patrol/coverage?from=" + SEASON_FROM + "&to=" + SEASON_TO),
            // the page of an office above town shows a line per organization below: its JSON twin is that API
            new Target("coverage.json", "bench_office", "/api/v1/patrols/coverage/by-organization?from=" + SEASON_FROM
                    + "&to=" + SEASON_TO),
            new Target("publicity", "bench_office", "/publicity/statistics"),
            new Target("publicity.json", "bench_office", "/api/v1/publicity/statistics"),
            new Target("dashboard", "bench_office", "/"),
            new Target("plans", "bench_office", "/plans"));

    @Test
    void mainPagesAndApis() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SpringApplication application = new SpringApplication(CareNextApplication.class);
        if (!BenchDatabase.reused()) {
            application.addInitializers(new PostgresDatabase());
        }
        application.setRegisterShutdownHook(false);
        List<String> args = new ArrayList<>(List.of("--server.port=" + port,
                "--carenext.admin.password=" + PASSWORD, "--carenext.office.password=" + PASSWORD,
                "--carenext.data.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "--carenext.files.dir=target/bench-files",
                "--logging.level.root=WARN"));
        if (BenchDatabase.reused()) {
            args.addAll(List.of(BenchDatabase.arguments()));
        }
        args.add("--spring.datasource.hikari.maximum-pool-size=10");
        try (ConfigurableApplicationContext context = application.run(args.toArray(String[]::new))) {
            BenchDatabase.generate(context, SCALE, PASSWORD, "bench");
            List<Target> selected = TARGETS.stream()
                    .filter(target -> ONLY.isEmpty() || ONLY.stream().anyMatch(target.name()::startsWith)).toList();
            warmUp(port, selected);
            Map<String, Result> results = new LinkedHashMap<>();
            for (Target target : selected) {
                results.put(target.name(), measure(port, target));
            }
            System.out.printf("[bench] %s scale on PostgreSQL, c = %d, %d s each, load average before: %s%n", SCALE,
                    CLIENTS, SECONDS, loadAverage());
            System.out.printf("[bench] %-16s %8s %8s %8s %9s %9s %7s %8s%n", "target", "pages/s", "p50 ms", "p99 ms",
                    "app CPU", "JVM CPU", "errors", "bytes");
            results.forEach((name, r) -> System.out.printf("[bench] %-16s %8.1f %8.1f %8.1f %7.2fms %7.2fms %7d %8d%n",
                    name, r.perSecond(), r.p50(), r.p99(), r.appCpuMs(), r.jvmCpuMs(), r.errors(), r.bytes()));
            results.forEach((name, r) -> {
                Result json = results.get(name + ".json");
                if (json != null) {
                    System.out.printf("[bench] %-16s HTML/JSON: app CPU %.1f×, latency p50 %.1f×, pages/s %.1f×%n",
                            name, r.appCpuMs() / json.appCpuMs(), r.p50() / json.p50(), json.perSecond() / r.perSecond());
                }
            });
            for (Target page : TARGETS) {
                TARGETS.stream().filter(json -> json.name().equals(page.name() + ".json")).findFirst()
                        .filter(json -> results.containsKey(page.name()) && results.containsKey(json.name()))
                        .ifPresent(json -> interleaved(port, page, json));
            }
            queries(context.getBean(JdbcTemplate.class));
            System.out.printf("[bench] load average after: %s%n", loadAverage());
        }
    }

    /**
     * Every selected target in turn, twice, for {@code bench.warmup} seconds in all (at least 2 s a target each time),
     * before anything is measured: with only its own few seconds of warm-up, the first target was measured while the
     * JIT compilers were still at work (the 五老 list: 6.9 ms of app CPU in its first ten seconds, 3.2 ms half a
     * minute later, the same code; docs/performance.md, session 25).
     */
    private static void warmUp(int port, List<Target> targets) throws Exception {
        int each = Math.max(2, WARMUP_SECONDS / Math.max(1, 2 * targets.size()));
        for (int pass = 0; pass < 2; pass++) {
            for (Target target : targets) {
                run(clients(port, target), target.path(), each);
            }
        }
    }

    /** {@code bench.clients} sessions of the target's user, each signed in through the login form. */
    private static List<WebSession> clients(int port, Target target) throws Exception {
        List<WebSession> sessions = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            sessions.add(WebSession.signIn(port, target.user(), PASSWORD));
        }
        return sessions;
    }

    private Result measure(int port, Target target) throws Exception {
        List<WebSession> sessions = clients(port, target);
        var first = sessions.get(0).get(target.path());
        if (first.statusCode() != 200) {
            System.out.printf("[bench] %s answers %d: %s%n", target.path(), first.statusCode(),
                    first.headers().firstValue("Location").orElse(first.body().substring(0, Math.min(300,
                            first.body().length()))));
            return new Result(0, 1, 0, 0, 0, 0, 1, 0);
        }
        int bytes = first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        run(sessions, target.path(), Math.max(2, SECONDS / 3));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long appCpu = requestThreadsCpu(threads);
        long jvmCpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<long[]> runs = run(sessions, target.path(), SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        long appUsed = requestThreadsCpu(threads) - appCpu;
        long jvmUsed = os.getProcessCpuTime() - jvmCpu;
        long[] latencies = runs.stream().flatMapToLong(r -> Arrays.stream(r, 1, r.length)).filter(v -> v > 0)
                .sorted().toArray();
        long errors = runs.stream().mapToLong(r -> r[0]).sum();
        long n = Math.max(1, latencies.length);
        return new Result(latencies.length, seconds, latencies[(int) (n / 2)] / 1e6,
                latencies[(int) Math.min(n - 1, n * 99 / 100)] / 1e6, appUsed / 1e6 / n, jvmUsed / 1e6 / n, errors,
                bytes);
    }

    /**
     * The page and its JSON alternately, {@code bench.rounds} rounds of {@code bench.round-seconds} each, and the ratio
     * of their app CPU per request in each round. Measured one after the other for ten seconds each, the same code gave
     * ratios from 2.9× to 5.2× (the machine's speed drifts by a third within minutes, docs/performance.md); side by side
     * in short rounds the drift falls on both.
     */
    private static void interleaved(int port, Target page, Target json) {
        try {
            List<WebSession> pageClients = clients(port, page);
            List<WebSession> jsonClients = clients(port, json);
            double[] pageMs = new double[ROUNDS];
            double[] jsonMs = new double[ROUNDS];
            double[] ratios = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                // each goes first every other round, so that a drift within a round does not always fall on the same
                if (round % 2 == 0) {
                    pageMs[round] = appCpuPerRequest(pageClients, page.path());
                    jsonMs[round] = appCpuPerRequest(jsonClients, json.path());
                } else {
                    jsonMs[round] = appCpuPerRequest(jsonClients, json.path());
                    pageMs[round] = appCpuPerRequest(pageClients, page.path());
                }
                ratios[round] = pageMs[round] / jsonMs[round];
            }
            System.out.printf("[bench] %-16s interleaved, %d rounds of %d s: app CPU %.2f ms, its JSON %.2f ms, ratio %.1f× "
                            + "(medians; each round: %s)%n", page.name(), ROUNDS, ROUND_SECONDS, median(pageMs),
                    median(jsonMs), median(ratios), Arrays.stream(ratios).mapToObj(r -> String.format("%.1f", r))
                            .collect(java.util.stream.Collectors.joining(" ")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** App CPU (Tomcat's request threads) per answered request while the clients request the path for a round. */
    private static double appCpuPerRequest(List<WebSession> clients, String path) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = requestThreadsCpu(threads);
        long answered = run(clients, path, ROUND_SECONDS).stream().mapToLong(r -> r.length - 1).sum();
        return (requestThreadsCpu(threads) - before) / 1e6 / Math.max(1, answered);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** Each client requests the path again and again for the given time; answers [errors, latency ns...]. */
    private static List<long[]> run(List<WebSession> sessions, String path, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (WebSession session : sessions) {
                futures.add(pool.submit(() -> {
                    long[] times = new long[200_000];
                    int count = 1;
                    while (System.nanoTime() < end && count < times.length) {
                        long t0 = System.nanoTime();
                        int status = session.get(path).statusCode();
                        if (status != 200) {
                            times[0]++;
                        } else {
                            times[count++] = System.nanoTime() - t0;
                        }
                    }
                    return Arrays.copyOf(times, count);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> future : futures) {
                all.add(future.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    /** CPU time of Tomcat's request threads (http-nio-*-exec-*), ns. */
    private static long requestThreadsCpu(ThreadMXBean threads) {
        long total = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("-exec-")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    /** The list queries alone: mean over 200 runs through JDBC, and PostgreSQL's own execution time. */
    private static void queries(JdbcTemplate jdbc) {
        String scope = jdbc.queryForObject("SELECT organization_path FROM app_user WHERE username = 'bench_office'",
                String.class) + "%";
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("volunteers page 1", "SELECT * FROM volunteer WHERE organization_path LIKE ? ORDER BY id DESC "
                + "FETCH FIRST 31 ROWS ONLY");
        sql.put("audit page 1", "SELECT * FROM audit_event WHERE scope_path LIKE ? ORDER BY occurred_at DESC, id DESC "
                + "FETCH FIRST 51 ROWS ONLY");
        sql.put("activities page 1", "SELECT * FROM activity WHERE organization_path LIKE ? ORDER BY id DESC "
                + "FETCH FIRST 31 ROWS ONLY");
        sql.forEach((name, query) -> {
            for (int i = 0; i < 50; i++) {
                jdbc.queryForList(query, scope);
            }
            long start = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                jdbc.queryForList(query, scope);
            }
            double jdbcMs = (System.nanoTime() - start) / 1e6 / 200;
            String plan = String.join("\n", jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + query, String.class,
                    scope));
            String execution = plan.lines().filter(line -> line.contains("Execution Time")).findFirst().orElse("?");
            System.out.printf("[bench] SQL %-18s %.2f ms through JDBC; %s%n", name, jdbcMs, execution.strip());
        });
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
