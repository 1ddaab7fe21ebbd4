/** The wellbeing pulse's rows: one answer per person and ISO week (migration 0085). */
import type { Queryable } from '../../db/types.js';

export interface WellbeingAnswerRow {
  period: string;
  energy: number;
  workload: number;
  support: number;
  answeredAt: Date;
}

/** The person's pulse as `Person.wellbeing` shows it; `latest` is read on demand. */
export interface WellbeingPulseValue {
  personId: string;
  period: string;
  answered: boolean;
  eligible: boolean;
}

interface RawAnswer {
  period: string;
  energy: number;
  workload: number;
  support: number;
  answered_at: Date;
}

const toAnswer = (raw: RawAnswer): WellbeingAnswerRow => ({
  period: raw.period,
  energy: raw.energy,
  workload: raw.workload,
  support: raw.support,
  answeredAt: raw.answered_at,
});

/** The ISO week in the organisation's time zone: one expression for the answer and the status. */
const CURRENT_PERIOD = `to_char(now() at time zone o.time_zone, 'IYYY-"W"IW')`;

/** A live (invited or active) enrolment makes a person a participant who may answer. */
const ELIGIBLE = `exists (select 1 from enrolments e
  where e.org_id = o.id and e.person_id = $2 and e.status in ('INVITED', 'ACTIVE'))`;

export async function pulseStatus(
  tx: Queryable,
  orgId: string,
  personId: string,
): Promise<WellbeingPulseValue> {
  const [row] = await tx.query<{ period: string; answered: boolean; eligible: boolean }>(
    `select ${CURRENT_PERIOD} as period,
            exists (select 1 from wellbeing_pulse_answers a
                    where a.org_id = o.id and a.person_id = $2 and a.period = ${CURRENT_PERIOD}) as answered,
            ${ELIGIBLE} as eligible
     from organisations o where o.id = $1`,
    [orgId, personId],
  );
  return { personId, period: row!.period, answered: row!.answered, eligible: row!.eligible };
}

export async function latestAnswers(
  tx: Queryable,
  orgId: string,
  personId: string,
  limit: number,
): Promise<WellbeingAnswerRow[]> {
  const rows = await tx.query<RawAnswer>(
    `select period, energy, workload, support, answered_at from wellbeing_pulse_answers
     where org_id = $1 and person_id = $2 order by answered_at desc, period desc limit $3`,
    [orgId, personId, limit],
  );
  return rows.map(toAnswer);
}

export type AnswerOutcome =
  { kind: 'stored'; answer: WellbeingAnswerRow } | { kind: 'notEligible' | 'duplicate' };

/**
 * Stores the person's answer for the current period. The unique key on (person, period) refuses a
 * second answer even when two requests race; eligibility is checked in the same statement.
 */
export async function storeAnswer(
  tx: Queryable,
  orgId: string,
  personId: string,
  items: { energy: number; workload: number; support: number },
): Promise<AnswerOutcome> {
  const [stored] = await tx.query<RawAnswer>(
    `insert into wellbeing_pulse_answers (org_id, person_id, period, energy, workload, support)
     select o.id, $2, ${CURRENT_PERIOD}, $3, $4, $5 from organisations o
     where o.id = $1 and ${ELIGIBLE}
     on conflict (org_id, person_id, period) do nothing
     returning period, energy, workload, support, answered_at`,
    [orgId, personId, items.energy, items.workload, items.support],
  );
  if (stored) return { kind: 'stored', answer: toAnswer(stored) };
  const status = await pulseStatus(tx, orgId, personId);
  return { kind: status.eligible ? 'duplicate' : 'notEligible' };
}
