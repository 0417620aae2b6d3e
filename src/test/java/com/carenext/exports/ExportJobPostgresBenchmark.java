package com.carenext.exports;

import com.carenext.support.BulkActivities;
import com.carenext.support.CareNextTest;
import com.carenext.support.Exports;
import com.carenext.support.Fixtures;
import com.carenext.support.Numbers;
import com.carenext.support.OnPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A million rows exported through the job path, as a person asks for them (the list's export button, the job's
 * worker, the file on disk), on PostgreSQL (so the data is not in the JVM's heap, as H2 in memory would put it). Run
 * under a 256 MiB heap:
 * {@code mvn -o test -Pbench -Dtest=ExportJobPostgresBenchmark -Dbench.jvm=-Xmx256m}
 * ({@code -Dbench.rows=N}). Prints rows/s, the heap's peak (sampled every 10 ms, garbage included, and the pools'
 * peak) and the JVM's resident memory; asserts nothing about time.
 */
@CareNextTest
@OnPostgres
@com.carenext.bench.Benchmark
class ExportJobPostgresBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ExportFiles files;

    @Test
    void aMillionRowsThroughTheJobPath() throws Exception {
        Fixtures.Town world = fixtures.town();
        long started = System.nanoTime();
        BulkActivities.insert(jdbc, world.villageA().id(), world.villageA().path(), "LEGAL_EDUCATION", "普法", ROWS);
        // audit rows of an imported trail (outside the hash chain: this database is the benchmark's own)
        jdbc.sql("INSERT INTO audit_event (occurred_at, username, scope_path, action, http_method, request_path, "
                        + "target_type, target_id, client_address, outcome, status, detail) "
                        + "SELECT TIMESTAMP '2026-01-01 00:00:00' + n.i * INTERVAL '1' SECOND, 'bulk', :scope, "
                        + "'Organization.create', 'POST', '/organizations', 'Organization', CAST(n.i AS VARCHAR(10)), "
                        + "'10.0.0.1', 'SUCCESS', 302, 'name,type' FROM " + Numbers.below(ROWS, "n"))
                .param("scope", world.villageA().path()).update();
        System.out.printf("%n[bench] PostgreSQL: %,d activities and %,d audit rows inserted in %.1f s; max heap %d MiB%n",
                ROWS, ROWS, (System.nanoTime() - started) / 1e9, Runtime.getRuntime().maxMemory() >> 20);

        run("activity ledger", Fixtures.login(mvc, world.office().username()), "ACTIVITY", "type", "LEGAL_EDUCATION");
        run("audit log", Fixtures.login(mvc, world.auditor().username()), "AUDIT", "username", "bulk");
    }

    private void run(String what, RequestPostProcessor session, String kind, String... filter) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = used();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong peakRss = new AtomicLong(rssKiB("VmRSS:"));
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                peakRss.accumulateAndGet(rssKiB("VmRSS:"), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        long id = Exports.request(mvc, session, kind, filter);
        double accepted = (System.nanoTime() - start) / 1e6;
        String status = Exports.await(mvc, session, id, 3600);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        long poolPeaks = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        var job = jdbc.sql("SELECT rows_written, file_name FROM export_job WHERE id = :id").param("id", id)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2)}).single();
        long rows = (Long) job[0];
        long bytes = job[1] == null ? 0 : files.done((String) job[1]).map(ExportJobPostgresBenchmark::size).orElse(0L);
        System.out.printf("[bench] %-16s %s: %,d rows in %.1f s = %,.0f rows/s (button answered in %.0f ms), file %.1f MB;"
                        + " heap peak %d MiB sampled (garbage included; %d MiB before), pools' peak sum %d MiB;"
                        + " RSS peak %d MiB during the export, VmHWM %d MiB%n",
                what, status, rows, seconds, rows / seconds, accepted, bytes / 1e6, peak.get() >> 20, before >> 20,
                poolPeaks >> 20, peakRss.get() >> 10, rssKiB("VmHWM:") >> 10);
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static long rssKiB(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }
}
