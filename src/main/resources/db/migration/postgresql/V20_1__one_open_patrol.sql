-- One open patrol per volunteer, held by the database (a concurrent second check-in cannot slip past a check).
CREATE UNIQUE INDEX uk_patrol_one_open ON patrol (user_id) WHERE checked_out_at IS NULL;
