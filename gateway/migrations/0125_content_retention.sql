-- What a deprovisioned person wrote is kept for the organisation's `settings.contentRetentionDays`
-- (absent or null: kept forever) after their deactivation, then erased by a daily sweep: a chain of
-- jobs per organisation that runs while a retention is set. `generation` is the live chain: setting
-- the retention again starts a new one, and a job of an older chain stops.
ALTER TABLE organisations
  ADD CONSTRAINT organisations_content_retention_days CHECK (
    coalesce(jsonb_typeof(settings -> 'contentRetentionDays'), 'null') = 'null'
    OR (
      jsonb_typeof(settings -> 'contentRetentionDays') = 'number'
      AND (settings ->> 'contentRetentionDays')::numeric BETWEEN 1 AND 36500
      AND (settings ->> 'contentRetentionDays')::numeric = trunc((settings ->> 'contentRetentionDays')::numeric)
    )
  );

CREATE TABLE content_retention_sweeps (
  org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  generation uuid NOT NULL,
  -- When the chain's last sweep ran; null before the first.
  swept_at timestamptz
);

ALTER TABLE content_retention_sweeps ENABLE ROW LEVEL SECURITY;
ALTER TABLE content_retention_sweeps FORCE ROW LEVEL SECURITY;
CREATE POLICY content_retention_sweeps_tenant_isolation ON content_retention_sweeps
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON content_retention_sweeps TO coachwork_app;

-- The sweep finds the organisation's people deactivated before a cut-off.
CREATE INDEX people_deactivated_idx ON people (org_id, deactivated_at) WHERE deactivated_at IS NOT NULL;
-- …and what each of them wrote.
CREATE INDEX goal_check_ins_author_idx ON goal_check_ins (org_id, author_id);
CREATE INDEX session_feedback_author_idx ON session_feedback (org_id, author_id);
