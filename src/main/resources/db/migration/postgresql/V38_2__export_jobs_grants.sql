-- The restricted application role (V23_5) reaches the tables created since: export_job and scheduled_claim.
DO $$
BEGIN
    IF '${app_role}' <> '' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        PERFORM carenext_restrict_app_role('${app_role}');
    END IF;
END;
$$;
