-- The application's database role may read and append audit rows, never truncate, change, delete, alter them or
-- touch their triggers (those need ownership, which stays with the Flyway user). carenext_restrict_app_role(role)
-- grants what the application needs and takes away the rest; it is called here for the role named by
-- spring.flyway.placeholders.app_role (CARENEXT_DB_APP_USER) when that role exists, and can be called again by
-- the owner after creating the role later (docs/deployment.md).
CREATE OR REPLACE FUNCTION carenext_restrict_app_role(app_role TEXT) RETURNS void AS $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('REVOKE ALL ON audit_event FROM %I', app_role);
    EXECUTE format('GRANT SELECT, INSERT ON audit_event TO %I', app_role);
    EXECUTE format('REVOKE ALL ON audit_chain_head FROM %I', app_role);
    EXECUTE format('GRANT SELECT, UPDATE ON audit_chain_head TO %I', app_role);
    EXECUTE format('REVOKE TRUNCATE, TRIGGER, REFERENCES ON ALL TABLES IN SCHEMA %I FROM %I', current_schema(), app_role);
END;
$$ LANGUAGE plpgsql;

DO $$
BEGIN
    IF '${app_role}' <> '' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        PERFORM carenext_restrict_app_role('${app_role}');
    END IF;
END;
$$;
