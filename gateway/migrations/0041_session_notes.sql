-- A coach's private notes on the sessions they hold, encrypted at rest with a key per organisation.
--
-- The keys are out of the application role's reach like the embed signing secrets (0011): no
-- grant on the table. A tenant transaction obtains its own organisation's key, and only that one,
-- through cw_session_note_key(), which reads app.org_id itself; the first call stores the random
-- key the gateway offers. Who may read a note is decided in the gateway (the policy's sessionNotes
-- row: only the coach who holds the session); row-level security keeps notes inside their tenant.
CREATE TABLE organisation_note_keys (
  org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  -- AES-256-GCM key.
  key bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT organisation_note_keys_length CHECK (length(key) = 32)
);
REVOKE ALL ON organisation_note_keys FROM coachwork_app;

CREATE FUNCTION cw_session_note_key(candidate bytea) RETURNS bytea
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  tenant uuid := nullif(current_setting('app.org_id', true), '')::uuid;
  stored bytea;
BEGIN
  IF tenant IS NULL THEN
    RAISE EXCEPTION 'cw_session_note_key needs a tenant transaction (app.org_id)';
  END IF;
  INSERT INTO organisation_note_keys (org_id, key) VALUES (tenant, candidate)
    ON CONFLICT (org_id) DO NOTHING;
  SELECT key INTO stored FROM organisation_note_keys WHERE org_id = tenant;
  RETURN stored;
END
$$;
REVOKE ALL ON FUNCTION cw_session_note_key(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cw_session_note_key(bytea) TO coachwork_app;

CREATE TABLE session_notes (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  session_id uuid NOT NULL,
  -- The coach who held the session wrote it; the foreign key proves they are the session's coach.
  coach_id uuid NOT NULL,
  -- Version byte, 12-byte IV, 16-byte GCM tag, ciphertext; the associated data binds it to
  -- (org, session, coach), so a ciphertext copied onto another row does not decrypt.
  body bytea NOT NULL,
  -- Capabilities the coach tagged as worked on in the session.
  capability_codes text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, session_id),
  CONSTRAINT session_notes_session_fkey FOREIGN KEY (org_id, session_id, coach_id)
    REFERENCES sessions (org_id, id, coach_id) ON DELETE CASCADE,
  CONSTRAINT session_notes_tags_count CHECK (cardinality(capability_codes) <= 5)
);
CREATE INDEX session_notes_coach_idx ON session_notes (org_id, coach_id);
CREATE TRIGGER session_notes_touch_updated_at BEFORE UPDATE ON session_notes
  FOR EACH ROW EXECUTE FUNCTION cw_touch_updated_at();

ALTER TABLE session_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE session_notes FORCE ROW LEVEL SECURITY;
CREATE POLICY session_notes_tenant_isolation ON session_notes
  USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON session_notes TO coachwork_app;
