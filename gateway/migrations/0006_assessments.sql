-- 360 pulse ratings: one row is one rater's score of one person on one
-- capability at one phase (PRE, MID, POST) of a program. Progress deltas and the
-- heatmap aggregate these by the subject's org unit.

CREATE TABLE assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  subject_id uuid NOT NULL,
  program_id uuid NOT NULL,
  capability_code text NOT NULL,
  phase text NOT NULL,
  rater_type text NOT NULL,
  rater_id uuid NOT NULL,
  score numeric(3, 2) NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT assessments_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT assessments_subject_fkey FOREIGN KEY (org_id, subject_id) REFERENCES people (org_id, id),
  CONSTRAINT assessments_rater_fkey FOREIGN KEY (org_id, rater_id) REFERENCES people (org_id, id),
  CONSTRAINT assessments_program_fkey FOREIGN KEY (org_id, program_id) REFERENCES programs (org_id, id),
  CONSTRAINT assessments_capability_fkey FOREIGN KEY (org_id, capability_code)
    REFERENCES capabilities (org_id, code),
  CONSTRAINT assessments_one_rating_per_rater UNIQUE (org_id, program_id, subject_id, capability_code, phase, rater_id),
  CONSTRAINT assessments_phase_valid CHECK (phase IN ('PRE', 'MID', 'POST')),
  CONSTRAINT assessments_rater_type_valid CHECK (rater_type IN ('SELF', 'MANAGER', 'REPORT')),
  CONSTRAINT assessments_self_rater_is_subject CHECK ((rater_type = 'SELF') = (rater_id = subject_id)),
  CONSTRAINT assessments_score_range CHECK (score BETWEEN 1 AND 5)
);
-- Heatmap and capability-progress aggregates scan by capability and phase.
CREATE INDEX assessments_capability_phase_idx
  ON assessments (org_id, capability_code, phase) INCLUDE (subject_id, rater_type, score);
CREATE INDEX assessments_subject_idx ON assessments (org_id, subject_id, capability_code, phase);
CREATE INDEX assessments_rater_idx ON assessments (org_id, rater_id);
