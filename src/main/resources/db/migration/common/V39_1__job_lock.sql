-- ShedLock's lock rows (shared.Jobs): a scheduled job runs only on the instance that holds its row's lock
-- (lock_until in the future), so several instances behind a load balancer never run one job at the same time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
