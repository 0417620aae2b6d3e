package com.carenext.shared;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupTask} in a lifecycle phase before the web server's. Spring Boot starts Tomcat's connector
 * in {@code WebServerStartStopLifecycle} (phase {@code Integer.MAX_VALUE - 2048}); an {@code ApplicationRunner} or a
 * {@code ContextRefreshedEvent} comes only after that, while requests are already answered. A task that fails stops
 * the start. Instances that start together run the tasks one after the other ({@link InstanceLock}), so two never
 * create the first accounts or load the demo at once.
 */
@Component
class StartupTasks implements SmartLifecycle {

    /** Well before the web server's phase ({@code Integer.MAX_VALUE - 2048}). */
    static final int PHASE = Integer.MAX_VALUE - 8192;
    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    static final String LOCK = "carenext start-up tasks";

    private final ObjectProvider<StartupTask> tasks;
    private final InstanceLock lock;
    private volatile boolean running;

    StartupTasks(ObjectProvider<StartupTask> tasks, DataSource dataSource) {
        this.tasks = tasks;
        this.lock = new InstanceLock(dataSource);
    }

    @Override
    public void start() {
        long started = System.nanoTime();
        lock.runAlone(LOCK, () -> tasks.orderedStream().forEach(StartupTask::run));
        running = true;
        log.info("Start-up tasks done in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
