-- xAPI statements out: an organisation's Learning Record Store, the statements the learning moments
-- produced, and where each stands with the LRS (the failed ones are the dead-letter view org admins read).
--
-- The LRS password is sealed (AES-256-GCM, src/modules/xapi/credentials.ts) with a per-organisation
-- key that the application role reaches only through cw_xapi_credential_key(), inside its own tenant,
-- as the session-note key is: a dump of xapi_lrs_configs alone does not give the password away.

CREATE TABLE organisation_xapi_keys (
  org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  key bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT organisation_xapi_keys_length CHECK (length(key) = 32)
);
REVOKE ALL ON organisation_xapi_keys FROM coachwork_app;

CREATE FUNCTION cw_xapi_credential_key(candidate bytea) RETURNS bytea
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  tenant uuid := nullif(current_setting('app.org_id', true), '')::uuid;
  stored bytea;
BEGIN
  IF tenant IS NULL THEN
    RAISE EXCEPTION 'cw_xapi_credential_key needs a tenant transaction (app.org_id)';
  END IF;
  INSERT INTO organisation_xapi_keys (org_id, key) VALUES (tenant, candidate)
    ON CONFLICT (org_id) DO NOTHING;
  SELECT key INTO stored FROM organisation_xapi_keys WHERE org_id = tenant;
  RETURN stored;
END
$$;
REVOKE ALL ON FUNCTION cw_xapi_credential_key(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cw_xapi_credential_key(bytea) TO coachwork_app;

CREATE TABLE xapi_lrs_configs (
  org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  -- The LRS's base endpoint; statements go to <endpoint>/statements.
  endpoint text NOT NULL,
  -- The organisation's home page: the account agents' homePage and the root of its activity IDs.
  home_page text NOT NULL,
  username text NOT NULL,
  -- Version byte, 12-byte IV, 16-byte GCM tag, ciphertext of the Basic password.
  password_sealed bytea NOT NULL,
  xapi_version text NOT NULL DEFAULT '1.0.3',
  -- Whether actors are named by their e-mail (mbox) instead of an account with an opaque ID.
  mbox_agents boolean NOT NULL DEFAULT false,
  enabled boolean NOT NULL DEFAULT true,
  updated_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT xapi_lrs_configs_version_valid CHECK (xapi_version IN ('1.0.3', '2.0.0')),
  CONSTRAINT xapi_lrs_configs_endpoint_length CHECK (char_length(endpoint) BETWEEN 1 AND 2000),
  CONSTRAINT xapi_lrs_configs_home_page_length CHECK (char_length(home_page) BETWEEN 1 AND 2000),
  CONSTRAINT xapi_lrs_configs_username_length CHECK (char_length(username) BETWEEN 1 AND 500)
);

-- One row per statement, keyed by its ID (a UUID derived from the event), so the same event recorded
-- twice is one statement, and a retry sends the same ID, which the LRS keeps once.
CREATE TABLE xapi_statements (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL,
  verb text NOT NULL,
  -- The statement as validated and sent.
  body jsonb NOT NULL,
  -- PENDING until the LRS stores it (SENT) or it is given up (FAILED: a 4xx, or every attempt failed).
  status text NOT NULL DEFAULT 'PENDING',
  attempts integer NOT NULL DEFAULT 0,
  last_attempt_at timestamptz,
  -- What the LRS answered last (status and the first characters of its body), or why no answer came.
  last_response_status integer,
  last_response_excerpt text,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  PRIMARY KEY (org_id, id),
  CONSTRAINT xapi_statements_status_valid CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  CONSTRAINT xapi_statements_excerpt_length CHECK (
    last_response_excerpt IS NULL OR char_length(last_response_excerpt) <= 1000
  ),
  CONSTRAINT xapi_statements_error_length CHECK (last_error IS NULL OR char_length(last_error) <= 500)
);
CREATE INDEX xapi_statements_status_idx ON xapi_statements (org_id, status, created_at DESC);

ALTER TABLE xapi_lrs_configs ENABLE ROW LEVEL SECURITY;
ALTER TABLE xapi_lrs_configs FORCE ROW LEVEL SECURITY;
CREATE POLICY xapi_lrs_configs_tenant_isolation ON xapi_lrs_configs
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON xapi_lrs_configs TO coachwork_app;

ALTER TABLE xapi_statements ENABLE ROW LEVEL SECURITY;
ALTER TABLE xapi_statements FORCE ROW LEVEL SECURITY;
CREATE POLICY xapi_statements_tenant_isolation ON xapi_statements
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON xapi_statements TO coachwork_app;
