-- Prefix matches (organization_path LIKE '/1/4/%') use a b-tree only with pattern ops under a non-C collation.
CREATE INDEX idx_correspondent_path_prefix ON correspondent (organization_path varchar_pattern_ops, id);
CREATE INDEX idx_article_path_prefix ON article (organization_path varchar_pattern_ops, id);
CREATE INDEX idx_publicity_rules_path_prefix ON publicity_rules (organization_path varchar_pattern_ops);
CREATE INDEX idx_bulletin_path_prefix ON bulletin (organization_path varchar_pattern_ops);
