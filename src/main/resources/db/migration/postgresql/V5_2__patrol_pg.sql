-- Prefix matches on organization_path use an index on PostgreSQL only with varchar_pattern_ops.
CREATE INDEX idx_water_body_scope_pattern ON water_body (organization_path varchar_pattern_ops);
CREATE INDEX idx_patrol_scope_pattern ON patrol (organization_path varchar_pattern_ops);
CREATE INDEX idx_hazard_scope_pattern ON hazard (organization_path varchar_pattern_ops);
CREATE INDEX idx_patrol_shift_scope_pattern ON patrol_shift (organization_path varchar_pattern_ops);
CREATE INDEX idx_activity_scope_pattern ON activity (organization_path varchar_pattern_ops);
CREATE INDEX idx_activity_partner_scope_pattern ON activity_partner (organization_path varchar_pattern_ops);
