-- Records created on a phone that may have been offline carry the phone's id for them, so that sending one again
-- (after a lost answer, or twice at once) finds the record instead of creating a second one. The id is unique per
-- person: two phones (or API clients) may happen to choose the same id.
ALTER TABLE service_hour ADD COLUMN client_id VARCHAR(64);
CREATE UNIQUE INDEX uk_service_hour_client ON service_hour (volunteer_id, client_id);
ALTER TABLE attendance ADD COLUMN client_id VARCHAR(64);
CREATE UNIQUE INDEX uk_attendance_client ON attendance (volunteer_id, client_id);
ALTER TABLE patrol ADD COLUMN client_id VARCHAR(64);
CREATE UNIQUE INDEX uk_patrol_client ON patrol (volunteer_id, client_id);
ALTER TABLE patrol ADD COLUMN check_out_client_id VARCHAR(64);
CREATE UNIQUE INDEX uk_patrol_check_out_client ON patrol (volunteer_id, check_out_client_id);
