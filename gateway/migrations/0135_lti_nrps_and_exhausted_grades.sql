-- A grade whose retries ran out on 5xx, 429 or network errors is recorded as GAVE_UP with its last
-- answer, beside the 4xx refusals, so org admins see every grade the platform never took.
ALTER TABLE lti_grade_links DROP CONSTRAINT lti_grade_links_last_status_check;
ALTER TABLE lti_grade_links ADD CONSTRAINT lti_grade_links_last_status_check
  CHECK (last_status IN ('SENT', 'REFUSED', 'GAVE_UP'));

-- Names and Role Provisioning Services: the course (LTI context) a launch came from, and where the
-- platform serves its membership. Written at launch as the owner; read by the org's admins.
CREATE TABLE lti_contexts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  registration_id uuid NOT NULL REFERENCES lti_registrations (id) ON DELETE CASCADE,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- The platform's context id (the course), unique within the platform.
  context_id text NOT NULL,
  label text,
  title text,
  -- The NRPS 2.0 context_memberships_url of the latest launch that carried one; null: none offered.
  memberships_url text,
  last_launch_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT lti_contexts_registration_context_key UNIQUE (registration_id, context_id),
  CONSTRAINT lti_contexts_text_length CHECK (
    char_length(context_id) BETWEEN 1 AND 255 AND coalesce(char_length(label), 0) <= 255
    AND coalesce(char_length(title), 0) <= 1000 AND coalesce(char_length(memberships_url), 0) <= 2000
  )
);
CREATE INDEX lti_contexts_org_idx ON lti_contexts (org_id, last_launch_at DESC);

ALTER TABLE lti_contexts ENABLE ROW LEVEL SECURITY;
ALTER TABLE lti_contexts FORCE ROW LEVEL SECURITY;
CREATE POLICY lti_contexts_tenant_isolation ON lti_contexts
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT ON lti_contexts TO coachwork_app;

-- One reading of a course's roster to invite its members to a program: requested by an admin, done
-- by the lti-roster job (the platform is called with no transaction open), its outcome kept here.
CREATE TABLE lti_roster_imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  context_id uuid NOT NULL REFERENCES lti_contexts (id) ON DELETE CASCADE,
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  requested_by uuid REFERENCES people (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'PENDING',
  requested_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  -- Members the platform listed, members invited (or waitlisted), already taking part, left out.
  member_count integer,
  invited_count integer,
  already_count integer,
  skipped_count integer,
  -- Members no person of the organisation matched: [{userId, name, email, reason}].
  unknown_members jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Pages read and the last platform answer, for the admins when it failed.
  pages integer,
  error text,
  CONSTRAINT lti_roster_imports_status_valid CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
  CONSTRAINT lti_roster_imports_error_length CHECK (error IS NULL OR char_length(error) <= 1000)
);
CREATE INDEX lti_roster_imports_org_idx ON lti_roster_imports (org_id, requested_at DESC);

ALTER TABLE lti_roster_imports ENABLE ROW LEVEL SECURITY;
ALTER TABLE lti_roster_imports FORCE ROW LEVEL SECURITY;
CREATE POLICY lti_roster_imports_tenant_isolation ON lti_roster_imports
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON lti_roster_imports TO coachwork_app;
