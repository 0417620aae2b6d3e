-- Prefix (LIKE 'path%') scope lookups need varchar_pattern_ops under a non-C collation.
CREATE INDEX idx_base_profile_scope_pg ON education_base_profile (organization_path varchar_pattern_ops);
CREATE INDEX idx_base_visit_scope_pg ON base_visit (organization_path varchar_pattern_ops, id);
CREATE INDEX idx_story_material_scope_pg ON story_material (organization_path varchar_pattern_ops, id);
