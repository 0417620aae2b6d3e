-- Prefix matches (path LIKE '/1/4/%') use a b-tree only with pattern ops under a non-C collation.
CREATE INDEX idx_organization_path_prefix ON organization (path varchar_pattern_ops);
CREATE INDEX idx_app_user_path_prefix ON app_user (organization_path varchar_pattern_ops);
CREATE INDEX idx_audit_event_scope_prefix ON audit_event (scope_path varchar_pattern_ops, id);

-- The audit trail is append-only, also for anyone who reaches the database directly with the application's role.
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
