-- Whether a participant shares their program progress (sessions, cadence, goals
-- shared with managers, capability deltas) with their direct manager. Off until
-- the participant turns it on: coaching is confidential by default.
ALTER TABLE enrolments ADD COLUMN shared_with_manager boolean NOT NULL DEFAULT false;

