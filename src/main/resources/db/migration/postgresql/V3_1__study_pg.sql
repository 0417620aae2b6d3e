-- Prefix matches on organization paths use a b-tree only with pattern ops under a non-C collation.
CREATE INDEX idx_study_session_scope_prefix ON study_session (organization_path varchar_pattern_ops, id);
CREATE INDEX idx_attendance_scope_prefix ON attendance (organization_path varchar_pattern_ops, checked_in_at);
