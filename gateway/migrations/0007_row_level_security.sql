-- Tenant isolation inside the database. The gateway runs tenant work as
-- coachwork_app with app.org_id set for the transaction (Database.withTenant);
-- a query that forgot its org filter still sees only that organisation's rows,
-- and a write carrying another organisation's id is refused.
--
-- FORCE applies the policies to the tables' owner as well. The migration/seed
-- connection is a superuser on the bundled engines and bypasses RLS anyway;
-- FORCE keeps a non-superuser owner honest.
--
-- nullif(…, '') because a custom setting that was once set in a session reads
-- back as '' (not NULL) after its transaction ends; ''::uuid would raise instead
-- of matching nothing.

DO $$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY[
    'capabilities', 'org_units', 'people',
    'programs', 'program_focus_capabilities',
    'coaches', 'coach_specialties', 'coach_availability_rules', 'coach_availability_exceptions',
    'enrolments', 'sessions', 'session_feedback', 'session_feedback_capabilities',
    'goals', 'goal_milestones', 'goal_check_ins', 'assessments'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (org_id = nullif(current_setting(''app.org_id'', true), '''')::uuid) '
      'WITH CHECK (org_id = nullif(current_setting(''app.org_id'', true), '''')::uuid)',
      tenant_table || '_tenant_isolation', tenant_table
    );
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO coachwork_app', tenant_table);
  END LOOP;
END
$$;

-- The organisation row itself: a tenant sees and may update (settings, origins)
-- only its own; creating and deleting organisations is owner work.
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisations FORCE ROW LEVEL SECURITY;
CREATE POLICY organisations_tenant_isolation ON organisations
  USING (id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, UPDATE ON organisations TO coachwork_app;
