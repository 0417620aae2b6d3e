package com.carenext.shared;

import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Runs every {@link StartupTask} in a lifecycle phase before the web server's. Spring Boot starts Tomcat's connector
 * in {@code WebServerStartStopLifecycle} (phase {@code Integer.MAX_VALUE - 2048}); an {@code ApplicationRunner} or a
 * {@code ContextRefreshedEvent} comes only after that, while requests are already answered. A task that fails stops
 * the start. Instances that start together run the tasks one after the other ({@link InstanceLock}), so two never
 * create the first accounts or load the demo at once. {@link DemoTask}s run only with {@code carenext.demo.enabled}.
 */
@Component
class StartupTasks implements SmartLifecycle {

    /** Well before the web server's phase ({@code Integer.MAX_VALUE - 2048}). */
    static final int PHASE = Integer.MAX_VALUE - 8192;
    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    static final String LOCK = "carenext start-up tasks";

    private final ObjectProvider<StartupTask> tasks;
    private final InstanceLock lock;
    private final JdbcClient jdbc;
    private final boolean demo;
    private volatile boolean running;

    StartupTasks(ObjectProvider<StartupTask> tasks, DataSource dataSource,
                 @Value("${carenext.demo.enabled:false}") boolean demo) {
        this.tasks = tasks;
        this.lock = new InstanceLock(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
        this.demo = demo;
    }

    @Override
    public void start() {
        long started = System.nanoTime();
        lock.runAlone(LOCK, this::runTasks);
        running = true;
        log.info("Start-up tasks done in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Every task in order; the demo tasks only with the demo on and only until they have all run to the end once: then
     * their names are noted ({@code startup_mark} "demo"), and a restart skips them (each would check its data with
     * queries on a cold JVM, ≈ 1–2 s of a restart). A new or renamed demo task changes the names, so all run again
     * (each loads only what is missing).
     */
    private void runTasks() {
        List<StartupTask> all = tasks.orderedStream().toList();
        String demoTasks = all.stream().filter(DemoTask.class::isInstance)
                .map(task -> ClassUtils.getUserClass(task).getName()).sorted().collect(Collectors.joining(","));
        boolean demoDone = !demo || demoTasks.equals(jdbc.sql("SELECT val FROM startup_mark WHERE name = 'demo'")
                .query(String.class).optional().orElse(null));
        all.stream().filter(task -> !(task instanceof DemoTask) || !demoDone).forEach(StartupTasks::timed);
        if (!demoDone) {
            jdbc.sql("DELETE FROM startup_mark WHERE name = 'demo'").update();
            jdbc.sql("INSERT INTO startup_mark (name, val) VALUES ('demo', :tasks)").param("tasks", demoTasks).update();
        }
    }

    /** Each task's time in the log (DEBUG), so a slow one is found without a profiler (docs/performance.md). */
    private static void timed(StartupTask task) {
        long started = System.nanoTime();
        task.run();
        log.debug("{} took {} ms", ClassUtils.getUserClass(task).getSimpleName(),
                (System.nanoTime() - started) / 1_000_000);
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
