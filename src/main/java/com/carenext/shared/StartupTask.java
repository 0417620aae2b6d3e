package com.carenext.shared;

/**
 * Work that must be done before the application answers its first request: the first accounts, the demo data. The
 * tasks run in their {@link org.springframework.core.annotation.Order} once the context is refreshed and before the
 * web server accepts connections (see {@link StartupTasks}), so a first sign-in never meets a half-made database.
 */
public interface StartupTask {

    void run();
}
