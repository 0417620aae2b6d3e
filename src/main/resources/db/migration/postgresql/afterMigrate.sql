-- Flyway runs this after every migrate, also when nothing was pending: the restricted application role
-- (CARENEXT_DB_APP_USER, see V23_5) then has its grants on every table a migration added, and no migration needs
-- to repeat them (V39_2 and V41_2 did, before this callback). Granting what is already granted changes nothing.
DO $$
BEGIN
    IF '${app_role}' <> '' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        PERFORM carenext_restrict_app_role('${app_role}');
    END IF;
END;
$$;
