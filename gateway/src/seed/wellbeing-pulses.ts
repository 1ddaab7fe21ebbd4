/**
 * Wellbeing pulse answers for the last 26 weeks (two quarters) before the reference date, telling the
 * organisation's burnout story: the middle managers (MANAGER, SENIOR_MANAGER) of its burnout
 * function answer low and lower towards today, other middle managers a little below directors.
 * Appended after the generators with a PRNG stream of its own, reading the people and enrolments
 * already written, so every other seeded row stays as it was.
 */
import type { Queryable } from '../db/types.js';
import type { SeededRandom } from './random.js';
import { DAY_MS, isoInstant, MINUTE_MS } from './time.js';

const WEEKS = 26;
/** Share of the weeks a participant answers the optional pulse. */
const RESPONSE_RATE = 0.6;
const MIDDLE = new Set(['MANAGER', 'SENIOR_MANAGER']);

const clamp = (value: number): number => Math.min(5, Math.max(1, Math.round(value)));

export async function addWellbeingPulses(
  tx: Queryable,
  orgId: string,
  rng: SeededRandom,
  referenceDay: number,
  burnoutFunction: string,
): Promise<number> {
  // One line per participant: the span of their active or completed enrolments.
  const participants = await tx.query<{
    id: string;
    job_level: string;
    function_name: string | null;
    from_day: number;
    to_day: number | null;
  }>(
    `SELECT p.id, p.job_level, f.name AS function_name,
            floor(extract(epoch FROM min(e.enrolled_at)) / 86400)::int AS from_day,
            CASE WHEN bool_or(e.status = 'ACTIVE') THEN NULL
                 ELSE floor(extract(epoch FROM max(e.completed_at)) / 86400)::int END AS to_day
     FROM enrolments e
     JOIN people p ON p.org_id = e.org_id AND p.id = e.person_id
     JOIN org_units u ON u.org_id = p.org_id AND u.id = p.org_unit_id
     LEFT JOIN org_units f ON f.org_id = u.org_id AND f.id = ANY (u.path) AND f.kind = 'FUNCTION'
     WHERE e.org_id = $1 AND e.status IN ('ACTIVE', 'COMPLETED')
     GROUP BY p.id, p.job_level, f.name
     ORDER BY p.id`,
    [orgId],
  );
  const people: string[] = [];
  const at: string[] = [];
  const items: number[][] = [[], [], []];
  for (const person of participants) {
    const middle = MIDDLE.has(person.job_level);
    const burning = middle && person.function_name === burnoutFunction;
    const base = rng.normal(3.8, 0.3) - (burning ? 1.5 : middle ? 0.25 : 0);
    for (let week = WEEKS; week >= 1; week--) {
      const day = referenceDay - week * 7 + rng.int(0, 4);
      const answers = rng.chance(RESPONSE_RATE);
      if (!answers || day < person.from_day || (person.to_day !== null && day > person.to_day)) continue;
      // The burnout deepens towards today: half a point over the 26 weeks.
      const level = base - (burning ? (0.5 * (WEEKS - week)) / WEEKS : 0);
      people.push(person.id);
      at.push(isoInstant(day * DAY_MS + rng.int(7 * 60, 21 * 60) * MINUTE_MS));
      items[0]!.push(clamp(rng.normal(level - 0.1, 0.6)));
      items[1]!.push(clamp(rng.normal(level - (burning ? 0.4 : 0), 0.6)));
      items[2]!.push(clamp(rng.normal(level + 0.2, 0.6)));
    }
  }
  if (people.length === 0) return 0;
  // The period is the answer's ISO week in the organisation's zone, as the gateway stores it.
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO wellbeing_pulse_answers (id, org_id, person_id, period, energy, workload, support, answered_at)
     SELECT md5(a.person_id::text || ':wellbeing:' || w.period)::uuid, o.id, a.person_id, w.period,
            a.energy, a.workload, a.support, a.at
     FROM organisations o
     CROSS JOIN unnest($2::uuid[], $3::timestamptz[], $4::int[], $5::int[], $6::int[])
       AS a(person_id, at, energy, workload, support)
     CROSS JOIN LATERAL (SELECT to_char(a.at AT TIME ZONE o.time_zone, 'IYYY-"W"IW') AS period) w
     WHERE o.id = $1
     ON CONFLICT (org_id, person_id, period) DO NOTHING
     RETURNING id`,
    [orgId, people, at, ...items],
  );
  return rows.length;
}
