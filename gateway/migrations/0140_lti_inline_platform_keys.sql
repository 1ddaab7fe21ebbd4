-- A platform registers either the URL of its JWKS or its public keys themselves (LTI Core 1.3
-- §6.1, "its JWKS URL or keys"): the keys as a JWK Set, checked when saved (public RSA or EC signing
-- keys, each with a `kid`). Exactly one of the two is set; an org admin may switch or rotate later.
ALTER TABLE lti_registrations ADD COLUMN jwks jsonb;
ALTER TABLE lti_registrations ALTER COLUMN jwks_url DROP NOT NULL;
ALTER TABLE lti_registrations
  ADD CONSTRAINT lti_registrations_one_key_source CHECK (num_nonnulls(jwks_url, jwks) = 1);
