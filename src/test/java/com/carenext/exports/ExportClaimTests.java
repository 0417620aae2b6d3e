package com.carenext.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

/**
 * Nothing runs twice across instances: two claimers race for each queued job and one wins; two instances race for
 * the purge's turn and one wins. The tests run in the shared context, whose own export poller would claim queued jobs
 * too: each test holds the poller back while it runs ({@link #pollerHeld}) and deletes its jobs before letting it go,
 * so only the racing claimers here touch the jobs, as on a web-only instance ({@code workers=0}).
 */
@CareNextTest
class ExportClaimTests {

    @Autowired
    ExportRunner runner;
    @Autowired
    ExportPurge purge;
    @Autowired
    ExportFiles files;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    private final List<Long> jobs = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    /**
     * {@link ExportRunner#poll} is {@code synchronized}: a thread holding the runner's monitor keeps this context's
     * poller (and a {@code wake()}) from claiming or requeueing anything until the test is over.
     */
    @BeforeEach
    void pollerHeld() throws InterruptedException {
        Object poller = AopTestUtils.getUltimateTargetObject(runner);
        CountDownLatch held = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (poller) {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "export-poller-held");
        holder.setDaemon(true);
        holder.start();
        held.await();
    }

    @AfterEach
    void jobsGoneThenPollerFree() {
        try {
            if (!jobs.isEmpty()) {
                jdbc.sql("DELETE FROM export_job WHERE id IN (:ids)").param("ids", jobs).update();
            }
        } finally {
            release.countDown();
        }
    }

    @Test
    void twoClaimersRacingForAQueuedJobTakeItOnce() throws Exception {
        Fixtures.Town world = fixtures.town();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 30; round++) {
                long id = queued(world);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Boolean>> won = new ArrayList<>();
                for (String claimer : new String[]{"instance-a", "instance-b"}) {
                    won.add(pool.submit(() -> {
                        start.await();
                        return runner.claim(id, claimer);
                    }));
                }
                int winners = 0;
                for (Future<Boolean> one : won) {
                    winners += one.get() ? 1 : 0;
                }
                assertThat(winners).as("round " + round).isEqualTo(1);
                assertThat(jdbc.sql("SELECT status FROM export_job WHERE id = :id").param("id", id).query(String.class)
                        .single()).isEqualTo("RUNNING");
                // a third claim, later, finds it taken
                assertThat(runner.claim(id, "instance-c")).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRunningJobWhoseInstanceDiedIsQueuedAgainAndAFreshOneIsNot() {
        Fixtures.Town world = fixtures.town();
        long dead = queued(world);
        long alive = queued(world);
        assertThat(runner.claim(dead, "dead-instance")).isTrue();
        assertThat(runner.claim(alive, "live-instance")).isTrue();
        jdbc.sql("UPDATE export_job SET heartbeat_at = :old WHERE id = :id")
                .param("old", Timestamp.valueOf(LocalDateTime.now(clock).minusHours(1))).param("id", dead).update();
        runner.requeueStale();
        assertThat(status(dead)).isEqualTo("QUEUED");
        assertThat(status(alive)).isEqualTo("RUNNING");
    }

    @Test
    void twoInstancesRacingForThePurgeTakeOneTurnAndItDeletesOnlyOldFiles() throws Exception {
        Fixtures.Town world = fixtures.town();
        ExportFiles.Pending oldFile = files.create();
        Files.writeString(oldFile.partial(), "old");
        files.complete(oldFile);
        ExportFiles.Pending newFile = files.create();
        Files.writeString(newFile.partial(), "new");
        files.complete(newFile);
        long old = done(world, oldFile.name(), LocalDateTime.now(clock).minusDays(2));
        long fresh = done(world, newFile.name(), LocalDateTime.now(clock).minusHours(2));

        jdbc.sql("DELETE FROM shedlock WHERE name = :task").param("task", ExportPurge.TASK).update();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Optional<Integer>>> turns = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Optional<Integer>> instance = () -> {
                    start.await();
                    return purge.purge();
                };
                turns.add(pool.submit(instance));
            }
            List<Optional<Integer>> results = new ArrayList<>();
            for (Future<Optional<Integer>> turn : turns) {
                results.add(turn.get());
            }
            assertThat(results).containsExactlyInAnyOrder(Optional.empty(), Optional.of(1));
        } finally {
            pool.shutdownNow();
        }
        assertThat(files.done(oldFile.name())).isEmpty();
        assertThat(files.done(newFile.name())).isPresent();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM export_job WHERE id IN (:ids)").param("ids", List.of(old, fresh))
                .query(Long.class).single()).isEqualTo(1);
        // the turn is held (lockAtLeastFor): another instance asking again now is refused
        assertThat(purge.purge()).isEmpty();
    }

    private long queued(Fixtures.Town world) {
        return insert(world, "QUEUED", null, null);
    }

    private long done(Fixtures.Town world, String file, LocalDateTime finished) {
        return insert(world, "DONE", file, finished);
    }

    private long insert(Fixtures.Town world, String status, String file, LocalDateTime finished) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO export_job (owner_id, owner_username, organization_path, kind, filter_params, locale,
                            status, file_name, created_at, finished_at)
                        VALUES (:owner, :username, :path, 'AUDIT', '', 'zh-CN', :status, :file, CURRENT_TIMESTAMP, :finished)""")
                .param("owner", world.auditor().id()).param("username", world.auditor().username())
                .param("path", world.town().path()).param("status", status).param("file", file)
                .param("finished", finished == null ? null : Timestamp.valueOf(finished)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jobs.add(id);
        return id;
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM export_job WHERE id = :id").param("id", id).query(String.class).single();
    }

}
