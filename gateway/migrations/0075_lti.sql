-- LTI 1.3: platforms (an LMS) registered per organisation, the tool's own signing keys, and the
-- launch state the OIDC flow keeps between /lti/login and /lti/launch. A launch arrives before any
-- tenant is known (as an embed token does), so the launch path reads these tables as the owner;
-- org admins manage their organisation's registrations through GraphQL as the application role.

CREATE TABLE lti_registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- The platform's `iss` and the client id it gave this tool: together they name the registration
  -- a launch belongs to, across every organisation, so one pair can belong to one organisation only.
  issuer text NOT NULL,
  client_id text NOT NULL,
  deployment_ids text[] NOT NULL,
  jwks_url text NOT NULL,
  auth_login_url text NOT NULL,
  access_token_url text NOT NULL,
  -- Domains whose e-mail addresses, as the platform signs them in the id_token, may link an LTI user
  -- to a person of the organisation on first launch; empty means only an admin's link counts.
  email_link_domains text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT lti_registrations_platform_key UNIQUE (issuer, client_id),
  CONSTRAINT lti_registrations_has_deployment CHECK (cardinality(deployment_ids) > 0)
);
CREATE INDEX lti_registrations_org_idx ON lti_registrations (org_id);

-- An LTI user (the platform's `sub`) linked to a person, once: later launches trust the link alone.
CREATE TABLE lti_person_links (
  registration_id uuid NOT NULL REFERENCES lti_registrations (id) ON DELETE CASCADE,
  sub text NOT NULL,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  linked_by text NOT NULL CHECK (linked_by IN ('EMAIL', 'ADMIN')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (registration_id, sub)
);
CREATE INDEX lti_person_links_person_idx ON lti_person_links (person_id);

-- One row per OIDC login initiation: the state handed to the platform and the nonce it must sign
-- back. Deleted by the launch that uses it, so a state works once; no cookie is involved, which
-- keeps the flow working in an iframe with third-party cookies blocked.
CREATE TABLE lti_launch_states (
  state text PRIMARY KEY,
  registration_id uuid NOT NULL REFERENCES lti_registrations (id) ON DELETE CASCADE,
  nonce text NOT NULL,
  target_link_uri text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX lti_launch_states_expiry_idx ON lti_launch_states (expires_at);

-- Every nonce a verified id_token carried, kept past the token's expiry: a replayed token is refused
-- even if it came with a fresh state.
CREATE TABLE lti_used_nonces (
  registration_id uuid NOT NULL REFERENCES lti_registrations (id) ON DELETE CASCADE,
  nonce text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (registration_id, nonce)
);

-- The tool's RSA key pairs (JWKS at /lti/jwks): they sign deep-linking responses and the client
-- assertions of the grade service. The newest signs; older ones stay published until removed.
CREATE TABLE lti_tool_keys (
  kid text PRIMARY KEY,
  private_jwk jsonb NOT NULL,
  public_jwk jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Registrations and links are the tenant's (org admins list and change them); launch state, nonces
-- and the tool's keys are the owner's alone: no grant to the application role.
ALTER TABLE lti_registrations ENABLE ROW LEVEL SECURITY;
ALTER TABLE lti_registrations FORCE ROW LEVEL SECURITY;
CREATE POLICY lti_registrations_tenant_isolation ON lti_registrations
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON lti_registrations TO coachwork_app;

ALTER TABLE lti_person_links ENABLE ROW LEVEL SECURITY;
ALTER TABLE lti_person_links FORCE ROW LEVEL SECURITY;
CREATE POLICY lti_person_links_tenant_isolation ON lti_person_links
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, DELETE ON lti_person_links TO coachwork_app;
