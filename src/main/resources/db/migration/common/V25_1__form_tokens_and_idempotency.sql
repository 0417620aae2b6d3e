-- One-time form tokens: a form sent twice (double tap, flaky signal) is handled once; the second sending is sent
-- to the first one's result. The primary key, not a query, decides which sending was first.
CREATE TABLE used_form_token (
    token           VARCHAR(64)   PRIMARY KEY,
    username        VARCHAR(100)  NOT NULL,
    used_at         TIMESTAMP     NOT NULL,
    result_location VARCHAR(1000)
);
CREATE INDEX idx_used_form_token_time ON used_form_token (used_at);

-- Idempotency-Key on API creates: the same key and body answer the first answer, another body is a conflict.
CREATE TABLE idempotency_key (
    actor        VARCHAR(100)  NOT NULL,
    idem_key     VARCHAR(200)  NOT NULL,
    request_hash VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    status       INT,
    content_type VARCHAR(200),
    location     VARCHAR(1000),
    body         TEXT,
    PRIMARY KEY (actor, idem_key)
);
CREATE INDEX idx_idempotency_key_time ON idempotency_key (created_at);
