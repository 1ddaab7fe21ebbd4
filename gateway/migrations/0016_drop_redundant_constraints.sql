-- A foreign key is a check per inserted row, and the seed inserts millions. These four check
-- nothing that another constraint of the same row does not already guarantee:
--
-- * sessions (org_id, participant_id) → people: sessions_enrolment_fkey already requires
--   (org_id, enrolment_id, participant_id) to be an enrolment, and an enrolment's person is a person
--   of the organisation (enrolments_person_fkey); all three columns are NOT NULL.
-- * org_id → organisations on goal_milestones, coach_availability_rules and
--   coach_availability_exceptions: each row also references its goal or coach by (org_id, id) with
--   ON DELETE CASCADE, and that parent's own org_id constraint proves the organisation exists.
--   Deleting an organisation still removes these rows, through the parent's cascade.
--
-- The other tables keep their org_id constraint even where a composite key implies the
-- organisation: they also reference a table the organisation's deletion empties first (people,
-- capabilities) without cascading, so without the direct cascade that deletion would fail.
ALTER TABLE sessions DROP CONSTRAINT sessions_participant_fkey;
ALTER TABLE goal_milestones DROP CONSTRAINT goal_milestones_org_id_fkey;
ALTER TABLE coach_availability_rules DROP CONSTRAINT coach_availability_rules_org_id_fkey;
ALTER TABLE coach_availability_exceptions DROP CONSTRAINT coach_availability_exceptions_org_id_fkey;

-- Each of these unique (org_id, id) keys is a second index on every insert, and guarantees nothing
-- the primary key on id does not. The convention gives every tenant table one as the target of
-- composite foreign keys; no table references these two, and each keeps other indexes that start
-- with org_id for scans of one organisation. A table that comes to reference one of them adds its
-- key back.
ALTER TABLE assessments DROP CONSTRAINT assessments_org_id_id_key;
ALTER TABLE goal_check_ins DROP CONSTRAINT goal_check_ins_org_id_id_key;
