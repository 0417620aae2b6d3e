package com.carenext.shared;

/**
 * A {@link StartupTask} that loads demo data: {@link StartupTasks} runs it only when {@code carenext.demo.enabled}
 * ({@code CARENEXT_DEMO}) is true. The demo beans exist in every start and the property is read when the tasks run,
 * not by a bean condition, so an ahead-of-time processed build (Spring AOT, which fixes conditions at build time;
 * docs/deployment.md) still loads the demo when {@code CARENEXT_DEMO=true} is given at run time.
 */
public interface DemoTask extends StartupTask {
}
