-- Who closed a hazard, changed a volunteer's status or generated a bulletin is shown by name (up to 100 characters,
-- as an account's display name), not by login.
ALTER TABLE hazard ALTER COLUMN closed_by SET DATA TYPE VARCHAR(100);
ALTER TABLE volunteer_status_change ALTER COLUMN changed_by SET DATA TYPE VARCHAR(100);
ALTER TABLE bulletin ALTER COLUMN generated_by SET DATA TYPE VARCHAR(100);
