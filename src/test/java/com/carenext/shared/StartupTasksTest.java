package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The demo is switched when the start-up tasks run, not by a bean condition (an AOT-processed build fixes conditions
 * at build time), and a restart skips the demo tasks once they have all run to the end.
 */
class StartupTasksTest {

    private final List<String> ran = new ArrayList<>();
    // H2 serves one instance: InstanceLock runs the tasks without a lock.
    private final DriverManagerDataSource database = new DriverManagerDataSource(
            "jdbc:h2:mem:startup-tasks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    StartupTasksTest() {
        JdbcClient.create(database).sql("""
                CREATE TABLE startup_mark (name VARCHAR(64) NOT NULL PRIMARY KEY, val VARCHAR(4000) NOT NULL,
                    done_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)""").update();
    }

    @Test
    void demoTasksRunOnlyWhenTheDemoIsOn() {
        assertThat(start(false, new Demo())).containsExactly("first accounts");
        assertThat(start(true, new Demo())).containsExactly("first accounts", "demo");
    }

    @Test
    void aRestartSkipsTheDemoTasksOnceTheyAllRanButNotWhenATaskWasAdded() {
        assertThat(start(true, new Demo())).containsExactly("first accounts", "demo");
        assertThat(start(true, new Demo())).as("restart").containsExactly("first accounts");
        assertThat(start(true, new Demo(), new OtherDemo())).as("a new demo task")
                .containsExactly("first accounts", "demo", "other demo");
        assertThat(start(true, new Demo(), new OtherDemo())).as("restart").containsExactly("first accounts");
    }

    @Test
    void aDemoTaskThatFailsIsRunAgainAtTheNextStart() {
        Demo failing = new Demo();
        failing.fail = true;
        try {
            start(true, failing);
        } catch (IllegalStateException expected) {
            // the start stops
        }
        assertThat(start(true, new Demo())).containsExactly("first accounts", "demo");
    }

    private List<String> start(boolean demo, DemoTask... demoTasks) {
        ran.clear();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("accounts", (StartupTask) () -> ran.add("first accounts"));
        for (DemoTask task : demoTasks) {
            beans.addBean(task.getClass().getSimpleName(), task);
        }
        new StartupTasks(beans.getBeanProvider(StartupTask.class), database, demo).start();
        return List.copyOf(ran);
    }

    private class Demo implements DemoTask {

        boolean fail;

        @Override
        public void run() {
            if (fail) {
                throw new IllegalStateException("demo failed");
            }
            ran.add("demo");
        }
    }

    private class OtherDemo implements DemoTask {

        @Override
        public void run() {
            ran.add("other demo");
        }
    }
}
