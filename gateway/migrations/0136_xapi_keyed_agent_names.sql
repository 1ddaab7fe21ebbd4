-- An organisation may name its people's account agents by a keyed hash (HMAC-SHA-256) of the person
-- instead of their API ID, which decodes to the internal ID. The key is per organisation, sealed
-- as the LRS password is (AES-256-GCM under the organisation's xAPI key), and kept across changes
-- of the configuration so a person keeps one name in the LRS.
ALTER TABLE xapi_lrs_configs ADD COLUMN keyed_agent_names boolean NOT NULL DEFAULT false;
ALTER TABLE xapi_lrs_configs ADD COLUMN agent_name_key_sealed bytea;
