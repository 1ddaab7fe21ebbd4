-- Assignment and Grade Services: a resource link launched with a line item (the AGS endpoint claim
-- and the score scope) remembers, per person, where their score goes. A change of one of their goals
-- (completed, reopened, archived) queues a job that posts the score computed at that moment.
CREATE TABLE lti_grade_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  registration_id uuid NOT NULL REFERENCES lti_registrations (id) ON DELETE CASCADE,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  -- The platform's user id, the score's `userId`.
  sub text NOT NULL,
  resource_link_id text NOT NULL,
  lineitem_url text NOT NULL,
  -- Only goals for this capability count (the link's `capability` custom parameter); null: every goal.
  capability_code text,
  -- The last delivery: SENT, or REFUSED with the platform's answer (a 4xx is not retried).
  last_status text CHECK (last_status IN ('SENT', 'REFUSED')),
  last_detail text,
  last_attempt_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT lti_grade_links_link_person_key UNIQUE (registration_id, resource_link_id, person_id)
);
CREATE INDEX lti_grade_links_person_idx ON lti_grade_links (org_id, person_id);

ALTER TABLE lti_grade_links ENABLE ROW LEVEL SECURITY;
ALTER TABLE lti_grade_links FORCE ROW LEVEL SECURITY;
CREATE POLICY lti_grade_links_tenant_isolation ON lti_grade_links
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT ON lti_grade_links TO coachwork_app;
GRANT UPDATE (last_status, last_detail, last_attempt_at) ON lti_grade_links TO coachwork_app;
