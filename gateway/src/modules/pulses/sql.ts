/**
 * The pulse module's statements: phases, the requests they open, drafts, and submitted ratings,
 * which land in `assessments` for the progress card and the heatmap to read once the phase closes.
 */
import type { Queryable } from '../../db/types.js';
import type { Phase } from '../progress/sql.js';

export type RaterType = 'SELF' | 'MANAGER' | 'REPORT' | 'PEER';

/** The scale of every pulse: `assessments.score` holds 1 to 5. */
export const SCALE = { min: 1, max: 5 } as const;

export interface RaterLimits {
  minReports: number;
  maxReports: number;
  minPeers: number;
  maxPeers: number;
}

export interface PulsePhaseRow {
  id: string;
  programId: string;
  phase: Phase;
  opensAt: Date;
  closesAt: Date;
  ratersCutoffAt: Date;
  raterLimits: RaterLimits;
  requested: number;
  submitted: number;
}

export interface PulseRequestRow {
  id: string;
  phaseId: string;
  programId: string;
  phase: Phase;
  subjectId: string;
  raterId: string;
  raterType: RaterType;
  submittedAt: Date | null;
  opensAt: Date;
  closesAt: Date;
  ratersCutoffAt: Date;
  raterLimits: RaterLimits;
}

export interface PulseAnswerValue {
  capabilityCode: string;
  score: number;
}

export interface PulseRaterValue {
  personId: string;
  raterType: RaterType;
}

const PHASE_COLUMNS = `p.id, p.program_id, p.phase, p.opens_at, p.closes_at, p.raters_cutoff_at,
  p.min_reports, p.max_reports, p.min_peers, p.max_peers`;

interface RawPhase {
  id: string;
  program_id: string;
  phase: Phase;
  opens_at: Date;
  closes_at: Date;
  raters_cutoff_at: Date;
  min_reports: number;
  max_reports: number;
  min_peers: number;
  max_peers: number;
}

const limitsOf = (row: RawPhase): RaterLimits => ({
  minReports: row.min_reports,
  maxReports: row.max_reports,
  minPeers: row.min_peers,
  maxPeers: row.max_peers,
});

/** A program's phases with how many ratings each asked for and received. */
export async function phasesOfPrograms(
  tx: Queryable,
  orgId: string,
  programIds: readonly string[],
): Promise<Map<string, PulsePhaseRow[]>> {
  const rows = await tx.query<RawPhase & { requested: number; submitted: number }>(
    `SELECT ${PHASE_COLUMNS},
       (SELECT count(*)::int FROM pulse_requests r WHERE r.org_id = p.org_id AND r.phase_id = p.id) AS requested,
       (SELECT count(*)::int FROM pulse_requests r WHERE r.org_id = p.org_id AND r.phase_id = p.id
          AND r.submitted_at IS NOT NULL) AS submitted
     FROM pulse_phases p
     WHERE p.org_id = $1 AND p.program_id = any($2::uuid[])
     ORDER BY array_position(ARRAY['PRE', 'MID', 'POST'], p.phase)`,
    [orgId, programIds],
  );
  const byProgram = new Map<string, PulsePhaseRow[]>(programIds.map((id) => [id, []]));
  for (const row of rows) {
    byProgram.get(row.program_id)?.push({
      id: row.id,
      programId: row.program_id,
      phase: row.phase,
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      ratersCutoffAt: row.raters_cutoff_at,
      raterLimits: limitsOf(row),
      requested: row.requested,
      submitted: row.submitted,
    });
  }
  return byProgram;
}

export async function phaseOf(
  tx: Queryable,
  orgId: string,
  programId: string,
  phase: Phase,
): Promise<PulsePhaseRow | null> {
  const phases = (await phasesOfPrograms(tx, orgId, [programId])).get(programId) ?? [];
  return phases.find((row) => row.phase === phase) ?? null;
}

/** Whether any pulse of this program and phase exists already (collected here or imported). */
export async function phaseTaken(
  tx: Queryable,
  orgId: string,
  programId: string,
  phase: Phase,
): Promise<boolean> {
  const rows = await tx.query(
    `SELECT 1 FROM pulse_phases WHERE org_id = $1 AND program_id = $2 AND phase = $3
     UNION ALL
     SELECT 1 FROM assessment_windows WHERE org_id = $1 AND program_id = $2 AND phase = $3
     LIMIT 1`,
    [orgId, programId, phase],
  );
  return rows.length > 0;
}

export interface OpenPhase {
  orgId: string;
  programId: string;
  phase: Phase;
  opensAt: Date;
  closesAt: Date;
  ratersCutoffAt: Date;
  limits: RaterLimits;
  openedBy: string | null;
}

/**
 * Opens a phase: one pulse (window) per active participant, their SELF request, and requests for
 * their manager, their first `maxReports` direct reports and first `maxPeers` peers (same manager),
 * by name. The participant adjusts the reports and peers within the limits until the cut-off.
 */
export async function openPhase(tx: Queryable, input: OpenPhase): Promise<string> {
  const [phase] = await tx.query<{ id: string }>(
    `INSERT INTO pulse_phases (org_id, program_id, phase, opens_at, closes_at, raters_cutoff_at,
       min_reports, max_reports, min_peers, max_peers, opened_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      input.orgId,
      input.programId,
      input.phase,
      input.opensAt,
      input.closesAt,
      input.ratersCutoffAt,
      input.limits.minReports,
      input.limits.maxReports,
      input.limits.minPeers,
      input.limits.maxPeers,
      input.openedBy,
    ],
  );
  const phaseId = phase!.id;
  await tx.query(
    `INSERT INTO assessment_windows (org_id, program_id, subject_id, phase, closes_at)
     SELECT DISTINCT e.org_id, e.program_id, e.person_id, $3::text, $4::timestamptz
     FROM enrolments e WHERE e.org_id = $1 AND e.program_id = $2 AND e.status = 'ACTIVE'`,
    [input.orgId, input.programId, input.phase, input.closesAt],
  );
  await tx.query(
    `WITH subjects AS (
       SELECT DISTINCT p.id, p.manager_id FROM enrolments e
       JOIN people p ON p.org_id = e.org_id AND p.id = e.person_id
       WHERE e.org_id = $1 AND e.program_id = $2 AND e.status = 'ACTIVE'
     ), reports AS (
       SELECT s.id AS subject_id, r.id AS rater_id,
              row_number() OVER (PARTITION BY s.id ORDER BY r.name, r.id) AS n
       FROM subjects s JOIN people r ON r.org_id = $1 AND r.manager_id = s.id
     ), peers AS (
       SELECT s.id AS subject_id, r.id AS rater_id,
              row_number() OVER (PARTITION BY s.id ORDER BY r.name, r.id) AS n
       FROM subjects s JOIN people r ON r.org_id = $1 AND r.manager_id = s.manager_id AND r.id <> s.id
     )
     INSERT INTO pulse_requests (org_id, phase_id, subject_id, rater_id, rater_type)
     SELECT $1::uuid, $3::uuid, s.id, s.id, 'SELF'::text FROM subjects s
     UNION ALL
     SELECT $1::uuid, $3::uuid, s.id, s.manager_id, 'MANAGER' FROM subjects s WHERE s.manager_id IS NOT NULL
     UNION ALL
     SELECT $1::uuid, $3::uuid, subject_id, rater_id, 'REPORT' FROM reports WHERE n <= $4::int
     UNION ALL
     SELECT $1::uuid, $3::uuid, subject_id, rater_id, 'PEER' FROM peers WHERE n <= $5::int`,
    [input.orgId, input.programId, phaseId, input.limits.maxReports, input.limits.maxPeers],
  );
  return phaseId;
}

/** Closes an open phase now: its pulses close with it, and their figures are released. */
export async function closePhase(tx: Queryable, orgId: string, phase: PulsePhaseRow): Promise<void> {
  await tx.query(
    `UPDATE pulse_phases SET closes_at = now(), raters_cutoff_at = least(raters_cutoff_at, now())
     WHERE org_id = $1 AND id = $2`,
    [orgId, phase.id],
  );
  await tx.query(
    `UPDATE assessment_windows SET closes_at = now()
     WHERE org_id = $1 AND program_id = $2 AND phase = $3 AND closes_at > now()`,
    [orgId, phase.programId, phase.phase],
  );
}

const REQUEST_COLUMNS = `r.id, r.phase_id, p.program_id, p.phase, r.subject_id, r.rater_id, r.rater_type,
  r.submitted_at, p.opens_at, p.closes_at, p.raters_cutoff_at, p.min_reports, p.max_reports, p.min_peers,
  p.max_peers`;

type RawRequest = Omit<RawPhase, 'id'> & {
  id: string;
  phase_id: string;
  subject_id: string;
  rater_id: string;
  rater_type: RaterType;
  submitted_at: Date | null;
};

const requestOf = (row: RawRequest): PulseRequestRow => ({
  id: row.id,
  phaseId: row.phase_id,
  programId: row.program_id,
  phase: row.phase,
  subjectId: row.subject_id,
  raterId: row.rater_id,
  raterType: row.rater_type,
  submittedAt: row.submitted_at,
  opensAt: row.opens_at,
  closesAt: row.closes_at,
  ratersCutoffAt: row.raters_cutoff_at,
  raterLimits: limitsOf({ ...row, id: row.phase_id }),
});

/** What the rater owes now: unsubmitted requests of phases open at `now`, soonest due first. */
export async function owedRequests(
  tx: Queryable,
  orgId: string,
  raterId: string,
  now: Date,
): Promise<PulseRequestRow[]> {
  const rows = await tx.query<RawRequest>(
    `SELECT ${REQUEST_COLUMNS} FROM pulse_requests r
     JOIN pulse_phases p ON p.org_id = r.org_id AND p.id = r.phase_id
     JOIN people s ON s.org_id = r.org_id AND s.id = r.subject_id
     WHERE r.org_id = $1 AND r.rater_id = $2 AND r.submitted_at IS NULL
       AND p.opens_at <= $3 AND p.closes_at > $3
     ORDER BY p.closes_at, (r.rater_type <> 'SELF'), s.name, r.id`,
    [orgId, raterId, now],
  );
  return rows.map(requestOf);
}

/** The subject's own SELF requests of phases open at `now`, submitted or not, soonest due first. */
export async function selfRequests(
  tx: Queryable,
  orgId: string,
  subjectId: string,
  now: Date,
): Promise<PulseRequestRow[]> {
  const rows = await tx.query<RawRequest>(
    `SELECT ${REQUEST_COLUMNS} FROM pulse_requests r
     JOIN pulse_phases p ON p.org_id = r.org_id AND p.id = r.phase_id
     WHERE r.org_id = $1 AND r.rater_id = $2 AND r.subject_id = $2 AND r.rater_type = 'SELF'
       AND p.opens_at <= $3 AND p.closes_at > $3
     ORDER BY p.closes_at, r.id`,
    [orgId, subjectId, now],
  );
  return rows.map(requestOf);
}

/**
 * The rater's request for this subject, program and phase, locked for a write when `lock`; null
 * when they are not asked to rate (whoever they are).
 */
export async function requestOfRater(
  tx: Queryable,
  orgId: string,
  key: { programId: string; subjectId: string; phase: Phase; raterId: string },
  lock = false,
): Promise<PulseRequestRow | null> {
  const rows = await tx.query<RawRequest>(
    `SELECT ${REQUEST_COLUMNS} FROM pulse_requests r
     JOIN pulse_phases p ON p.org_id = r.org_id AND p.id = r.phase_id
     WHERE r.org_id = $1 AND p.program_id = $2 AND p.phase = $3 AND r.subject_id = $4 AND r.rater_id = $5
     ${lock ? 'FOR UPDATE OF r' : ''}`,
    [orgId, key.programId, key.phase, key.subjectId, key.raterId],
  );
  return rows[0] ? requestOf(rows[0]) : null;
}

export async function draftsOf(
  tx: Queryable,
  orgId: string,
  requestIds: readonly string[],
): Promise<Map<string, PulseAnswerValue[]>> {
  const rows = await tx.query<{ request_id: string; capability_code: string; score: number }>(
    `SELECT request_id, capability_code, score FROM pulse_draft_answers
     WHERE org_id = $1 AND request_id = any($2::uuid[]) ORDER BY capability_code`,
    [orgId, requestIds],
  );
  const byRequest = new Map<string, PulseAnswerValue[]>(requestIds.map((id) => [id, []]));
  for (const row of rows) {
    byRequest.get(row.request_id)?.push({ capabilityCode: row.capability_code, score: row.score });
  }
  return byRequest;
}

export async function saveDrafts(
  tx: Queryable,
  orgId: string,
  requestId: string,
  answers: readonly PulseAnswerValue[],
): Promise<void> {
  if (!answers.length) return;
  await tx.query(
    `INSERT INTO pulse_draft_answers (org_id, request_id, capability_code, score)
     SELECT $1::uuid, $2::uuid, a.code, a.score FROM unnest($3::text[], $4::int[]) AS a(code, score)
     ON CONFLICT (org_id, request_id, capability_code)
       DO UPDATE SET score = EXCLUDED.score, updated_at = now()`,
    [orgId, requestId, answers.map((a) => a.capabilityCode), answers.map((a) => a.score)],
  );
}

/**
 * Submits a request: its answers become ratings (dated by the database's clock, which the
 * phase triggers check against the window), the request is marked and its draft dropped.
 */
export async function submitRequest(
  tx: Queryable,
  orgId: string,
  request: PulseRequestRow,
  answers: readonly PulseAnswerValue[],
): Promise<void> {
  await tx.query(
    `INSERT INTO assessments (org_id, subject_id, program_id, capability_code, phase, rater_type, rater_id, score)
     SELECT $1::uuid, $2::uuid, $3::uuid, a.code, $4::text, $5::text, $6::uuid, a.score FROM unnest($7::text[], $8::int[]) AS a(code, score)`,
    [
      orgId,
      request.subjectId,
      request.programId,
      request.phase,
      request.raterType,
      request.raterId,
      answers.map((a) => a.capabilityCode),
      answers.map((a) => a.score),
    ],
  );
  await tx.query(`UPDATE pulse_requests SET submitted_at = now() WHERE org_id = $1 AND id = $2`, [
    orgId,
    request.id,
  ]);
  await tx.query(`DELETE FROM pulse_draft_answers WHERE org_id = $1 AND request_id = $2`, [
    orgId,
    request.id,
  ]);
}

/** The raters asked to rate the subject in the phase (self excluded), by type and name. */
export async function ratersOf(
  tx: Queryable,
  orgId: string,
  phaseId: string,
  subjectId: string,
): Promise<Array<PulseRaterValue & { submitted: boolean }>> {
  const rows = await tx.query<{ rater_id: string; rater_type: RaterType; submitted: boolean }>(
    `SELECT r.rater_id, r.rater_type, r.submitted_at IS NOT NULL AS submitted FROM pulse_requests r
     JOIN people p ON p.org_id = r.org_id AND p.id = r.rater_id
     WHERE r.org_id = $1 AND r.phase_id = $2 AND r.subject_id = $3 AND r.rater_type <> 'SELF'
     ORDER BY array_position(ARRAY['MANAGER', 'REPORT', 'PEER'], r.rater_type), p.name, r.rater_id`,
    [orgId, phaseId, subjectId],
  );
  return rows.map((row) => ({ personId: row.rater_id, raterType: row.rater_type, submitted: row.submitted }));
}

/** Which of `candidates` report to the subject (REPORT) or share their manager (PEER). */
export async function eligibleRaters(
  tx: Queryable,
  orgId: string,
  subjectId: string,
  candidates: readonly string[],
): Promise<Map<string, 'REPORT' | 'PEER'>> {
  const rows = await tx.query<{ id: string; kind: 'REPORT' | 'PEER' }>(
    `SELECT c.id, CASE WHEN c.manager_id = s.id THEN 'REPORT' ELSE 'PEER' END AS kind
     FROM people s JOIN people c ON c.org_id = s.org_id AND c.id = any($3::uuid[]) AND c.id <> s.id
       AND (c.manager_id = s.id OR (s.manager_id IS NOT NULL AND c.manager_id = s.manager_id))
     WHERE s.org_id = $1 AND s.id = $2`,
    [orgId, subjectId, candidates],
  );
  return new Map(rows.map((row) => [row.id, row.kind]));
}

/**
 * Everyone the subject may ask to rate them: their direct reports and the people who share their
 * manager, by type and name (the rule `eligibleRaters` checks a choice against).
 */
export async function raterCandidatesOf(
  tx: Queryable,
  orgId: string,
  subjectIds: readonly string[],
): Promise<Map<string, PulseRaterValue[]>> {
  const rows = await tx.query<{ subject_id: string; id: string; kind: 'REPORT' | 'PEER' }>(
    `SELECT s.id AS subject_id, c.id, CASE WHEN c.manager_id = s.id THEN 'REPORT' ELSE 'PEER' END AS kind
     FROM people s JOIN people c ON c.org_id = s.org_id AND c.id <> s.id
       AND (c.manager_id = s.id OR (s.manager_id IS NOT NULL AND c.manager_id = s.manager_id))
     WHERE s.org_id = $1 AND s.id = any($2::uuid[])
     ORDER BY (c.manager_id = s.id) DESC, c.name, c.id`,
    [orgId, subjectIds],
  );
  const bySubject = new Map<string, PulseRaterValue[]>(subjectIds.map((id) => [id, []]));
  for (const row of rows) bySubject.get(row.subject_id)?.push({ personId: row.id, raterType: row.kind });
  return bySubject;
}

/** Replaces the subject's REPORT and PEER raters of a phase; raters who already answered stay. */
export async function replaceRaters(
  tx: Queryable,
  orgId: string,
  phaseId: string,
  subjectId: string,
  raters: ReadonlyArray<{ personId: string; raterType: 'REPORT' | 'PEER' }>,
): Promise<void> {
  await tx.query(
    `DELETE FROM pulse_requests WHERE org_id = $1 AND phase_id = $2 AND subject_id = $3
       AND rater_type IN ('REPORT', 'PEER') AND submitted_at IS NULL AND NOT (rater_id = any($4::uuid[]))`,
    [orgId, phaseId, subjectId, raters.map((r) => r.personId)],
  );
  await tx.query(
    `INSERT INTO pulse_requests (org_id, phase_id, subject_id, rater_id, rater_type, chosen)
     SELECT $1::uuid, $2::uuid, $3::uuid, r.id, r.kind, true FROM unnest($4::uuid[], $5::text[]) AS r(id, kind)
     ON CONFLICT (org_id, phase_id, subject_id, rater_id) DO NOTHING`,
    [orgId, phaseId, subjectId, raters.map((r) => r.personId), raters.map((r) => r.raterType)],
  );
}
