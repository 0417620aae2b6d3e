-- Records created on a phone that may have been offline carry the phone's id for them, so that sending one again
-- (after a lost answer, or twice at once) finds the record instead of creating a second one.
ALTER TABLE service_hour ADD COLUMN client_id VARCHAR(64);
CREATE UNIQUE INDEX uk_service_hour_client ON service_hour (client_id);
ALTER TABLE attendance ADD COLUMN client_id VARCHAR(64);
CREATE UNIQUE INDEX uk_attendance_client ON attendance (client_id);
ALTER TABLE patrol ADD COLUMN client_id VARCHAR(64);
CREATE UNIQUE INDEX uk_patrol_client ON patrol (client_id);
ALTER TABLE patrol ADD COLUMN check_out_client_id VARCHAR(64);
CREATE UNIQUE INDEX uk_patrol_check_out_client ON patrol (check_out_client_id);
