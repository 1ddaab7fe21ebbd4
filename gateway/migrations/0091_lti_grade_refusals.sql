-- A grade the platform refused keeps the platform's answer apart (HTTP status and the first part of
-- its body), so org admins read failed grade deliveries as they read failed xAPI statements.
ALTER TABLE lti_grade_links ADD COLUMN last_response_status integer;
ALTER TABLE lti_grade_links ADD COLUMN last_response_excerpt text;
ALTER TABLE lti_grade_links ADD CONSTRAINT lti_grade_links_excerpt_length CHECK (
  last_response_excerpt IS NULL OR char_length(last_response_excerpt) <= 1000
);
GRANT UPDATE (last_response_status, last_response_excerpt) ON lti_grade_links TO coachwork_app;
