-- A refused action is recorded as REFUSED with the message key of the rule that refused it.
ALTER TABLE audit_event ADD COLUMN reason VARCHAR(120);
