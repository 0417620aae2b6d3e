-- The restricted application role (V23_5, CARENEXT_DB_APP_USER) gets its grants on the tables added since then,
-- among them the export jobs (V38_1) and the job locks (V39_1): without them the application could not take a lock and no job would run.
DO $$
BEGIN
    IF '${app_role}' <> '' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        PERFORM carenext_restrict_app_role('${app_role}');
    END IF;
END;
$$;
