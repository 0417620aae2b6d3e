package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.support.PostgresDatabase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances starting at the same moment on one PostgreSQL database run their start-up tasks (first accounts,
 * demo) one after the other, never together: each instance here has its own connections, as two processes would.
 */
class StartupTasksPostgresTests {

    /** A start-up task that notes how many instances are inside it at once and waits a moment for the other one. */
    static final class Probe implements StartupTask {

        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch bothInside = new CountDownLatch(2);

        @Override
        public void run() {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            runs.incrementAndGet();
            bothInside.countDown();
            try {
                // Without the lock the other instance arrives within milliseconds; with it, it cannot come in.
                bothInside.await(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
        }
    }

    @Test
    void instancesStartingTogetherRunTheStartupTasksOneAfterTheOther() {
        PostgresDatabase.Database database = PostgresDatabase.create();
        Probe probe = new Probe();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("probe", probe);
        CyclicBarrier together = new CyclicBarrier(2);
        var starts = java.util.stream.Stream.of(1, 2).map(n -> CompletableFuture.runAsync(() -> {
            StartupTasks tasks = new StartupTasks(beans.getBeanProvider(StartupTask.class),
                    new DriverManagerDataSource(database.url(), database.user(), database.password()), false);
            try {
                together.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            tasks.start();
            assertThat(tasks.isRunning()).isTrue();
        })).toList();
        starts.forEach(CompletableFuture::join);
        assertThat(probe.runs).as("runs").hasValue(2);
        assertThat(probe.most).as("instances inside the start-up tasks at once").hasValue(1);
    }
}
