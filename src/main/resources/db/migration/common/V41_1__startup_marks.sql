-- Start-up work that a restart need not repeat (shared.StartupTasks): "demo" holds the names of the demo tasks that
-- all ran to the end, so a restart of a demo database reads one row instead of running every task's own checks.
CREATE TABLE startup_mark (
    name    VARCHAR(64)   NOT NULL PRIMARY KEY,
    val     VARCHAR(4000) NOT NULL,
    done_at TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);
