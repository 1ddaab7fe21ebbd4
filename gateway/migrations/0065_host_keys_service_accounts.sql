-- Host sign-in without shared secrets, and service accounts.
--
-- An organisation's own public keys (uploaded JWKs, or a JWKS URL its backend
-- publishes) verify embed tokens its backend signs with the private half; its
-- OpenID Connect provider's ID tokens are exchanged for embed tokens at
-- /oauth/token; service accounts get access tokens there with the client
-- credentials grant. Verification reads these tables as the owner, before any
-- tenant is known; org admins manage them through the application role.

CREATE TABLE organisation_signing_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kid text NOT NULL,
  alg text NOT NULL,
  -- The public JWK as uploaded, private members refused by the gateway before it gets here.
  public_jwk jsonb NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  CONSTRAINT organisation_signing_keys_alg CHECK (alg IN ('RS256', 'ES256', 'EdDSA')),
  CONSTRAINT organisation_signing_keys_kid_format CHECK (kid ~ '^[A-Za-z0-9._:-]{1,128}$'),
  -- A kid names one key for ever: a rotation brings a new kid, so no cache can mistake one key for another.
  CONSTRAINT organisation_signing_keys_kid_unique UNIQUE (org_id, kid)
);

-- One row per organisation that uses anything but its HS256 secret.
CREATE TABLE organisation_identity (
  org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  -- Where the organisation's backend publishes the public keys of its embed tokens.
  jwks_url text,
  -- The OpenID Connect provider whose ID tokens /oauth/token exchanges, and the client id they are issued to.
  oidc_issuer text,
  oidc_audience text,
  -- Whether a person not linked yet may be found once by a verified e-mail address.
  match_verified_email boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT organisation_identity_jwks_https CHECK (jwks_url IS NULL OR jwks_url ~ '^https?://'),
  CONSTRAINT organisation_identity_issuer_url CHECK (oidc_issuer IS NULL OR oidc_issuer ~ '^https?://'),
  CONSTRAINT organisation_identity_oidc_pair CHECK ((oidc_issuer IS NULL) = (oidc_audience IS NULL))
);
CREATE INDEX organisation_identity_issuer_idx ON organisation_identity (oidc_issuer) WHERE oidc_issuer IS NOT NULL;

-- A person's account at the organisation's identity provider, by its stable subject, linked once.
CREATE TABLE person_identity_links (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  issuer text NOT NULL,
  subject text NOT NULL,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  linked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, issuer, subject)
);
CREATE INDEX person_identity_links_person_idx ON person_identity_links (person_id);

CREATE TABLE service_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL,
  client_id text NOT NULL UNIQUE,
  -- SHA-256 of a 256-bit random secret: a slow hash adds nothing to a secret nobody chose.
  secret_hash bytea NOT NULL,
  scopes text[] NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_used_at timestamptz,
  CONSTRAINT service_accounts_name_length CHECK (char_length(name) BETWEEN 1 AND 100),
  CONSTRAINT service_accounts_scopes CHECK (
    cardinality(scopes) >= 1 AND scopes <@ ARRAY['read-analytics', 'manage-programs', 'provision']::text[])
);
CREATE INDEX service_accounts_org_idx ON service_accounts (org_id, created_at);

-- Access tokens handed out by the client credentials grant: only their hash is kept.
CREATE TABLE service_account_tokens (
  token_hash bytea PRIMARY KEY,
  service_account_id uuid NOT NULL REFERENCES service_accounts (id) ON DELETE CASCADE,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- What the grant asked for: the account's scopes or fewer.
  scopes text[] NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX service_account_tokens_expiry_idx ON service_account_tokens (expires_at);

-- Who acted, when it was a service account rather than a person.
ALTER TABLE audit_log ADD COLUMN actor_service_account_id uuid;

DO $$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY[
    'organisation_signing_keys', 'organisation_identity', 'person_identity_links', 'service_accounts'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (org_id = nullif(current_setting(''app.org_id'', true), '''')::uuid)
         WITH CHECK (org_id = nullif(current_setting(''app.org_id'', true), '''')::uuid)',
      tenant_table || '_tenant_isolation', tenant_table);
  END LOOP;
END
$$;

GRANT SELECT, INSERT ON organisation_signing_keys TO coachwork_app;
GRANT UPDATE (revoked_at) ON organisation_signing_keys TO coachwork_app;
GRANT SELECT, INSERT, UPDATE ON organisation_identity TO coachwork_app;
GRANT SELECT, DELETE ON person_identity_links TO coachwork_app;
-- The application role creates and revokes service accounts but never reads a secret's hash back.
GRANT SELECT (id, org_id, name, client_id, scopes, created_by, created_at, revoked_at, last_used_at),
      INSERT (org_id, name, client_id, secret_hash, scopes, created_by)
  ON service_accounts TO coachwork_app;
GRANT UPDATE (revoked_at) ON service_accounts TO coachwork_app;
-- Issued and checked by the owner only.
REVOKE ALL ON service_account_tokens FROM coachwork_app;
