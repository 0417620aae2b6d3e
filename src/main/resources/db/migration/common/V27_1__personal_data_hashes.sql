-- Phones and identity numbers are sealed at rest (v1:<keyId>:<base64>, see PersonalData): wider columns, and a keyed
-- hash beside each for exact search and uniqueness. V27_2 (a Java migration) seals the rows written before.
ALTER TABLE app_user ALTER COLUMN phone SET DATA TYPE VARCHAR(200);
ALTER TABLE app_user ADD COLUMN phone_hash VARCHAR(64);
CREATE INDEX idx_app_user_phone_hash ON app_user (phone_hash);

ALTER TABLE committee_member ALTER COLUMN phone SET DATA TYPE VARCHAR(200);
ALTER TABLE committee_member ADD COLUMN phone_hash VARCHAR(64);
CREATE INDEX idx_committee_member_phone_hash ON committee_member (phone_hash);

ALTER TABLE volunteer ALTER COLUMN phone SET DATA TYPE VARCHAR(200);
ALTER TABLE volunteer ALTER COLUMN id_number SET DATA TYPE VARCHAR(200);
ALTER TABLE volunteer ADD COLUMN phone_hash VARCHAR(64);
ALTER TABLE volunteer ADD COLUMN id_number_hash VARCHAR(64);
CREATE INDEX idx_volunteer_phone_hash ON volunteer (phone_hash);
DROP INDEX uk_volunteer_id_number;
CREATE UNIQUE INDEX uk_volunteer_id_number_hash ON volunteer (id_number_hash);

ALTER TABLE correspondent ALTER COLUMN phone SET DATA TYPE VARCHAR(200);
ALTER TABLE correspondent ADD COLUMN phone_hash VARCHAR(64);
CREATE INDEX idx_correspondent_phone_hash ON correspondent (phone_hash);

ALTER TABLE volunteer_application ALTER COLUMN phone SET DATA TYPE VARCHAR(200);
ALTER TABLE volunteer_application ALTER COLUMN id_number SET DATA TYPE VARCHAR(200);
ALTER TABLE volunteer_application ADD COLUMN phone_hash VARCHAR(64);
ALTER TABLE volunteer_application ADD COLUMN id_number_hash VARCHAR(64);
CREATE INDEX idx_volunteer_application_phone_hash ON volunteer_application (phone_hash);
CREATE INDEX idx_volunteer_application_id_number_hash ON volunteer_application (id_number_hash);
