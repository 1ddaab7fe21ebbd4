-- A program's match proposal is computed on the job queue rather than inside the request: the
-- mutation stores it PENDING and queues its job, the job marks it RUNNING (with the size of the
-- cohort it read), computes it with no transaction open, and stores it OPEN with its pairs, or
-- FAILED with why.
ALTER TABLE match_proposals DROP CONSTRAINT match_proposals_status_valid;
ALTER TABLE match_proposals ADD CONSTRAINT match_proposals_status_valid
  CHECK (status IN ('PENDING', 'RUNNING', 'OPEN', 'FAILED', 'APPROVED', 'DISCARDED', 'SUPERSEDED'));

ALTER TABLE match_proposals
  ADD COLUMN cohort_size integer,
  ADD COLUMN started_at timestamptz,
  ADD COLUMN computed_at timestamptz,
  ADD COLUMN failure text,
  ADD CONSTRAINT match_proposals_failure_valid CHECK (
    (status = 'FAILED') = (failure IS NOT NULL)
    AND (failure IS NULL OR failure IN ('PROGRAM_NOT_ACTIVE', 'COMPUTATION_FAILED', 'TIMED_OUT'))
  );

-- At most one computation per program and kind (and handed-over coach) at a time: proposing again
-- while one is under way answers with that one.
CREATE UNIQUE INDEX match_proposals_one_in_flight ON match_proposals
  (org_id, program_id, kind, COALESCE(from_coach_id, '00000000-0000-0000-0000-000000000000'::uuid))
  WHERE status IN ('PENDING', 'RUNNING');
