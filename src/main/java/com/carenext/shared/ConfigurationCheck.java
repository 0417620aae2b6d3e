package com.carenext.shared;

/**
 * A check of the deployment's configuration (a configured password, the office zone) that must pass before the
 * database is touched: {@link StartupChecks} runs every one before Flyway migrates, so a bad setting stops the start
 * with a clear message and leaves an empty database empty.
 */
public interface ConfigurationCheck {

    /** Throws {@link IllegalStateException} with a message that names the setting and what is wrong with it. */
    void verify();
}
