package com.carenext.bench;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The audit list at a million rows, the table DESIGN.md §5 measures RuoYi on: pages per second for the first page,
 * a deep page (keyset), filtered pages, and the heap an export of 200,000 rows needs. Prints figures; asserts
 * nothing about time. Run: {@code mvn test -Pbench -Dtest=AuditTrailBenchmark} (add
 * {@code -Dbench.rows=N} for another size; the PostgreSQL variant is AuditTrailPostgresBenchmark).
 */
@CareNextTest
@Benchmark
class AuditTrailBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    private static final String[] ACTIONS = {"Organization.create", "Organization.move", "Roster.add",
            "Volunteer.create", "ServiceHours.approve", "Article.adopt", "Patrol.checkIn", "Login.success"};

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void auditListAtAMillionRows() throws Exception {
        Fixtures.Town world = fixtures.town();
        long started = System.nanoTime();
        fill(world.town().path(), world.villageA().path());
        System.out.printf("%n[bench] %s: inserted %,d audit rows in %.1f s%n", database(), ROWS,
                (System.nanoTime() - started) / 1e9);
        RequestPostProcessor auditor = Fixtures.login(mvc, world.auditor().username());
        long oldest = jdbc.queryForObject("SELECT MIN(id) FROM audit_event", Long.class);

        measure("dashboard (baseline, no audit)", 3, 40, () -> mvc.perform(get("/").with(auditor)));
        measure("first page", 3, 40, () -> mvc.perform(get("/audit").with(auditor)));
        measure("first page, SQL only", 3, 40, () -> jdbc.queryForList("""
                SELECT * FROM audit_event WHERE scope_path LIKE ? AND id < ? ORDER BY id DESC FETCH FIRST 51 ROWS ONLY""",
                world.town().path() + "%", Long.MAX_VALUE));
        measure("deep page (keyset, oldest rows)", 3, 40,
                () -> mvc.perform(get("/audit").param("before", String.valueOf(oldest + 60)).with(auditor)));
        measure("filter by user", 3, 40, () -> mvc.perform(get("/audit").param("username", "user7").with(auditor)));
        measure("filter by user, deep", 3, 40, () -> mvc.perform(get("/audit").param("username", "user7")
                .param("before", String.valueOf(oldest + ROWS / 10)).with(auditor)));
        measure("filter by action text", 3, 40,
                () -> mvc.perform(get("/audit").param("action", "Roster").with(auditor)));
        measure("filter by date range", 3, 40, () -> mvc.perform(get("/audit").param("from", "2026-01-01")
                .param("to", "2026-01-31").with(auditor)));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long exportStart = System.nanoTime();
        byte[] file = com.carenext.support.Exports.download(mvc, auditor, "AUDIT", "from", "2026-06-01");
        double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
        sampler.interrupt();
        sampler.join();
        long exported = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE occurred_at >= ?", Long.class,
                Timestamp.valueOf("2026-06-01 00:00:00"));
        System.out.printf("[bench] %s: export of %,d rows: %.1f s, %,d KB file, heap peak %,d MB above start "
                        + "(the response body itself is held in memory by MockMvc)%n", database(), exported,
                exportSeconds, file.length / 1024, (peak.get() - before) / (1024 * 1024));
    }

    private void fill(String townPath, String villagePath) {
        Instant end = Instant.parse("2026-11-28T00:00:00Z");
        int batch = 5_000;
        for (int start = 0; start < ROWS; start += batch) {
            List<Object[]> rows = new ArrayList<>(batch);
            for (int i = start; i < Math.min(ROWS, start + batch); i++) {
                Instant at = end.minus((long) (ROWS - i) * 31_536_000L / ROWS, ChronoUnit.SECONDS);
                rows.add(new Object[]{Timestamp.from(at), "user" + (i % 100), i % 3 == 0 ? villagePath : townPath,
                        ACTIONS[i % ACTIONS.length], "POST", "/organizations/" + (i % 50), "Organization",
                        String.valueOf(i % 50), "10.0." + (i % 250) + ".1", i % 17 == 0 ? "FAILURE" : "SUCCESS",
                        i % 17 == 0 ? 422 : 302, "name,type"});
            }
            jdbc.batchUpdate("""
                    INSERT INTO audit_event (occurred_at, username, scope_path, action, http_method, request_path,
                        target_type, target_id, client_address, outcome, status, detail)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    private interface Call {
        Object run() throws Exception;
    }

    private void measure(String what, int warmup, int runs, Call call) throws Exception {
        for (int i = 0; i < warmup; i++) {
            call.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            call.run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[bench] %s: %-34s %6.1f pages/s  (%.1f ms per page, %d runs)%n", database(), what,
                runs / seconds, seconds * 1000 / runs, runs);
    }

    private String database() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }
}
