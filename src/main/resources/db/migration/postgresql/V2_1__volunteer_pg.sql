-- Prefix matches on organization paths use a b-tree only with pattern ops under a non-C collation.
CREATE INDEX idx_volunteer_scope_prefix ON volunteer (organization_path varchar_pattern_ops, id);
CREATE INDEX idx_service_hour_scope_prefix ON service_hour (organization_path varchar_pattern_ops, id);
CREATE INDEX idx_care_visit_scope_prefix ON care_visit (organization_path varchar_pattern_ops, id);
CREATE INDEX idx_volunteer_application_scope_prefix ON volunteer_application (organization_path varchar_pattern_ops, id);
