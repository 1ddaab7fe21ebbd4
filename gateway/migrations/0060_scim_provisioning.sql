-- SCIM 2.0 provisioning: an organisation's identity provider creates, updates and
-- deactivates people and pushes groups, authenticated by a bearer credential an
-- org admin issues. People keep their row when deprovisioned: what they wrote
-- stays, and `active = false` is what takes their access away.

ALTER TABLE people
  ADD COLUMN active boolean NOT NULL DEFAULT true,
  ADD COLUMN deactivated_at timestamptz,
  -- The identity provider's own key for the person, and the name it signs them in with.
  ADD COLUMN external_id text,
  ADD COLUMN user_name text,
  ADD COLUMN given_name text,
  ADD COLUMN family_name text,
  ADD COLUMN title text,
  ADD COLUMN department text,
  ADD COLUMN division text,
  ADD COLUMN organization text,
  ADD COLUMN employee_number text,
  -- A DELETE from the identity provider: the person is deactivated and no longer
  -- a SCIM resource, but their row (and everything that points at it) stays.
  ADD COLUMN scim_deleted_at timestamptz,
  ADD CONSTRAINT people_deactivated_consistent CHECK (active = (deactivated_at IS NULL)),
  ADD CONSTRAINT people_scim_deleted_inactive CHECK (scim_deleted_at IS NULL OR NOT active),
  ADD CONSTRAINT people_scim_text_lengths CHECK (
    coalesce(char_length(external_id), 0) <= 256
    AND coalesce(char_length(user_name), 0) <= 256
    AND coalesce(char_length(given_name), 0) <= 200
    AND coalesce(char_length(family_name), 0) <= 200
    AND coalesce(char_length(title), 0) <= 200
    AND coalesce(char_length(department), 0) <= 200
    AND coalesce(char_length(division), 0) <= 200
    AND coalesce(char_length(organization), 0) <= 200
    AND coalesce(char_length(employee_number), 0) <= 64
  );
-- userName is unique case-insensitively (RFC 7643 §4.1.1: caseExact false).
CREATE UNIQUE INDEX people_org_user_name_key ON people (org_id, lower(user_name)) WHERE user_name IS NOT NULL;
CREATE UNIQUE INDEX people_org_external_id_key ON people (org_id, external_id) WHERE external_id IS NOT NULL;

-- A deactivation (or reactivation) takes effect on every gateway at once: the
-- caller directory forgets the organisation's people when it hears of it.
CREATE OR REPLACE FUNCTION cw_notify_people_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM cw_notify_organisations('coachwork_people', ARRAY(SELECT org_id FROM old_rows));
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM cw_notify_organisations('coachwork_people', ARRAY(SELECT org_id FROM new_rows));
  ELSE
    PERFORM cw_notify_organisations('coachwork_people', ARRAY(
      SELECT o.org_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.roles IS DISTINCT FROM o.roles OR n.org_id IS DISTINCT FROM o.org_id
         OR n.active IS DISTINCT FROM o.active
      UNION
      SELECT n.org_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.org_id IS DISTINCT FROM o.org_id));
  END IF;
  RETURN NULL;
END
$$;

-- Bearer credentials for an organisation's SCIM endpoint. Only a SHA-256 of the
-- secret is kept; the secret is shown once, when it is issued.
CREATE TABLE scim_credentials (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  label text NOT NULL,
  token_hash text NOT NULL,
  -- The secret's first characters, so an admin can tell credentials apart.
  token_prefix text NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid,
  CONSTRAINT scim_credentials_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT scim_credentials_token_hash_key UNIQUE (token_hash),
  CONSTRAINT scim_credentials_token_hash_format CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  CONSTRAINT scim_credentials_label_length CHECK (char_length(btrim(label)) BETWEEN 1 AND 100),
  CONSTRAINT scim_credentials_created_by_fkey FOREIGN KEY (org_id, created_by) REFERENCES people (org_id, id),
  CONSTRAINT scim_credentials_revoked_by_fkey FOREIGN KEY (org_id, revoked_by) REFERENCES people (org_id, id)
);
CREATE INDEX scim_credentials_org_idx ON scim_credentials (org_id, created_at DESC);

-- Groups as the identity provider pushes them. What a group means here comes
-- from the organisation's mapping (below) by display name.
CREATE TABLE scim_groups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  display_name text NOT NULL,
  external_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT scim_groups_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT scim_groups_display_name_length CHECK (char_length(btrim(display_name)) BETWEEN 1 AND 256),
  CONSTRAINT scim_groups_external_id_length CHECK (external_id IS NULL OR char_length(external_id) <= 256)
);
CREATE UNIQUE INDEX scim_groups_org_display_name_key ON scim_groups (org_id, lower(display_name));
CREATE TRIGGER scim_groups_touch_updated_at BEFORE UPDATE ON scim_groups
  FOR EACH ROW EXECUTE FUNCTION cw_touch_updated_at();

CREATE TABLE scim_group_members (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  group_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (group_id, person_id),
  CONSTRAINT scim_group_members_group_fkey FOREIGN KEY (org_id, group_id)
    REFERENCES scim_groups (org_id, id) ON DELETE CASCADE,
  CONSTRAINT scim_group_members_person_fkey FOREIGN KEY (org_id, person_id)
    REFERENCES people (org_id, id) ON DELETE CASCADE
);
CREATE INDEX scim_group_members_person_idx ON scim_group_members (org_id, person_id);

-- What membership of a pushed group does: places members in an org unit, or
-- grants them a role. Matched on the group's display name, case-insensitively,
-- so the mapping can be set before the identity provider pushes the group.
CREATE TABLE scim_group_mappings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  group_name text NOT NULL,
  org_unit_id uuid,
  role text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT scim_group_mappings_org_id_id_key UNIQUE (org_id, id),
  CONSTRAINT scim_group_mappings_org_unit_fkey FOREIGN KEY (org_id, org_unit_id)
    REFERENCES org_units (org_id, id) ON DELETE CASCADE,
  CONSTRAINT scim_group_mappings_one_target CHECK ((org_unit_id IS NULL) <> (role IS NULL)),
  CONSTRAINT scim_group_mappings_role_valid CHECK (
    role IS NULL OR role IN ('PARTICIPANT', 'MANAGER', 'COACH', 'PROGRAM_ADMIN', 'ORG_ADMIN')
  ),
  CONSTRAINT scim_group_mappings_group_name_length CHECK (char_length(btrim(group_name)) BETWEEN 1 AND 256)
);
CREATE UNIQUE INDEX scim_group_mappings_org_group_key ON scim_group_mappings (org_id, lower(group_name));

DO $$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY['scim_credentials', 'scim_groups', 'scim_group_members', 'scim_group_mappings']
  LOOP
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
