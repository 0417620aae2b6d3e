-- Prefix matches on the plan module's path copies (see V1_1).
CREATE INDEX idx_work_plan_path_prefix ON work_plan (organization_path varchar_pattern_ops, id);
CREATE INDEX idx_plan_task_path_prefix ON plan_task (organization_path varchar_pattern_ops, id);
CREATE INDEX idx_plan_task_owner_path_prefix ON plan_task_owner (organization_path varchar_pattern_ops, task_id);
CREATE INDEX idx_notice_path_prefix ON notice (organization_path varchar_pattern_ops, id);
CREATE INDEX idx_notice_target_path_prefix ON notice_target (organization_path varchar_pattern_ops, notice_id);
