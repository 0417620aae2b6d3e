-- A plan imported again is recognized by the fingerprint of its text (title, sections, tasks; whitespace ignored).
ALTER TABLE work_plan ADD COLUMN content_hash VARCHAR(64);
CREATE INDEX idx_work_plan_hash ON work_plan (organization_id, content_hash);
