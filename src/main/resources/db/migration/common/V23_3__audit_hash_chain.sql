-- Each audit row carries its place in the chain and a hash of (the previous row's hash + its own content).
ALTER TABLE audit_event ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_event ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_event ADD COLUMN row_hash VARCHAR(64);
CREATE UNIQUE INDEX idx_audit_event_chain ON audit_event (chain_seq);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by every writer, so concurrent writers chain
-- one after the other on H2 and PostgreSQL alike.
CREATE TABLE audit_chain_head (
    id        INT         PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
