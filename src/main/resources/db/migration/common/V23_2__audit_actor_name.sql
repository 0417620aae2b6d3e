-- The actor's display name at the time of the action, so that the trail reads 张三, not a login.
ALTER TABLE audit_event ADD COLUMN actor_name VARCHAR(100);
