-- A program's population preview (the setup form's live count) reads, for the people its job levels
-- and days in role select, only their id, name and org unit. With those in the index, an organisation
-- of 100,000 managers is counted, overlapped and sampled from the index alone (once autovacuum has
-- marked the table's pages visible), instead of visiting every candidate's row in the heap.
-- Deactivated people are in no population: they are left out of the index.
CREATE INDEX people_population_idx ON people (org_id, job_level, in_role_since)
  INCLUDE (id, org_unit_id, name) WHERE active;
