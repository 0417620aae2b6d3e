-- The audit list's contains-filter (request path) uses a trigram index on PostgreSQL. Creating the extension needs
-- a privilege some hosted databases withhold: then the filter still works, without the index.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXECUTE 'CREATE INDEX IF NOT EXISTS idx_audit_event_path_trgm ON audit_event USING gin (request_path gin_trgm_ops)';
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm not available (%); the audit contains-filter runs without a trigram index', SQLERRM;
END;
$$;
