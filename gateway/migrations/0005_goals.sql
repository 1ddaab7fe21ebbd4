-- Goals a participant works on with their coach, their milestones and dated
-- check-ins.

CREATE TABLE goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL,
  -- The program enrolment the goal belongs to, if any.
  enrolment_id uuid,
  capability_code text NOT NULL,
  title text NOT NULL,
  description text,
  target_date date,
  status text NOT NULL DEFAULT 'NOT_STARTED',
  progress smallint NOT NULL DEFAULT 0,
  -- PRIVATE: owner only; COACH: owner and their coach; MANAGER: also the owner's
  -- manager. Private goals are never returned to managers or admins.
  visibility text NOT NULL DEFAULT 'COACH',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  archived_at timestamptz,
  CONSTRAINT goals_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT goals_owner_fkey FOREIGN KEY (org_id, owner_id) REFERENCES people (org_id, id),
  CONSTRAINT goals_enrolment_fkey FOREIGN KEY (org_id, enrolment_id) REFERENCES enrolments (org_id, id),
  CONSTRAINT goals_capability_fkey FOREIGN KEY (org_id, capability_code) REFERENCES capabilities (org_id, code),
  CONSTRAINT goals_title_length CHECK (char_length(btrim(title)) BETWEEN 1 AND 300),
  CONSTRAINT goals_description_length CHECK (description IS NULL OR char_length(description) <= 4000),
  CONSTRAINT goals_status_valid CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'ABANDONED')),
  CONSTRAINT goals_progress_range CHECK (progress BETWEEN 0 AND 100),
  CONSTRAINT goals_visibility_valid CHECK (visibility IN ('PRIVATE', 'COACH', 'MANAGER')),
  CONSTRAINT goals_completed_at_consistent CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
);
CREATE INDEX goals_owner_idx ON goals (org_id, owner_id, archived_at, created_at);
CREATE INDEX goals_capability_idx ON goals (org_id, capability_code, status);
CREATE INDEX goals_enrolment_idx ON goals (org_id, enrolment_id);
CREATE TRIGGER goals_touch_updated_at BEFORE UPDATE ON goals
  FOR EACH ROW EXECUTE FUNCTION cw_touch_updated_at();

CREATE TABLE goal_milestones (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  goal_id uuid NOT NULL,
  position integer NOT NULL,
  title text NOT NULL,
  done boolean NOT NULL DEFAULT false,
  done_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT goal_milestones_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT goal_milestones_goal_fkey FOREIGN KEY (org_id, goal_id) REFERENCES goals (org_id, id) ON DELETE CASCADE,
  -- Deferred so that reordering can swap two positions inside one transaction.
  CONSTRAINT goal_milestones_goal_position_key UNIQUE (goal_id, position) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT goal_milestones_position_non_negative CHECK (position >= 0),
  CONSTRAINT goal_milestones_title_length CHECK (char_length(btrim(title)) BETWEEN 1 AND 300),
  CONSTRAINT goal_milestones_done_at_consistent CHECK (done = (done_at IS NOT NULL))
);

CREATE TABLE goal_check_ins (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  goal_id uuid NOT NULL,
  author_id uuid NOT NULL,
  progress smallint NOT NULL,
  note text,
  mood smallint,
  confidence smallint,
  checked_in_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT goal_check_ins_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT goal_check_ins_goal_fkey FOREIGN KEY (org_id, goal_id) REFERENCES goals (org_id, id) ON DELETE CASCADE,
  CONSTRAINT goal_check_ins_author_fkey FOREIGN KEY (org_id, author_id) REFERENCES people (org_id, id),
  CONSTRAINT goal_check_ins_progress_range CHECK (progress BETWEEN 0 AND 100),
  CONSTRAINT goal_check_ins_note_length CHECK (note IS NULL OR char_length(note) <= 4000),
  CONSTRAINT goal_check_ins_mood_range CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
  CONSTRAINT goal_check_ins_confidence_range CHECK (confidence IS NULL OR confidence BETWEEN 1 AND 5)
);
CREATE INDEX goal_check_ins_goal_idx ON goal_check_ins (org_id, goal_id, checked_in_at);
