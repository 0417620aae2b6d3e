-- The restricted application role (V23_5, CARENEXT_DB_APP_USER) gets its grants on startup_mark (V41_1), which the
-- application writes at start.
DO $$
BEGIN
    IF '${app_role}' <> '' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        PERFORM carenext_restrict_app_role('${app_role}');
    END IF;
END;
$$;
