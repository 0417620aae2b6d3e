-- One open patrol per volunteer, held by the database. H2 has no partial index: a generated column holds the
-- user only while the patrol is open, and a unique index on it (NULLs never collide) does the same job.
ALTER TABLE patrol ADD COLUMN open_user_id BIGINT GENERATED ALWAYS AS (CASE WHEN checked_out_at IS NULL THEN user_id END);
CREATE UNIQUE INDEX uk_patrol_one_open ON patrol (open_user_id);
