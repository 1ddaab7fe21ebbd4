/**
 * A program's exports (RFC 4180 CSV) and its participation over time. Figures about groups follow the
 * heatmap's rule: a group smaller than the organisation's `minGroupSize` is written as withheld, never
 * as a number. Fields a spreadsheet would run as a formula are defused as the heatmap export does.
 */
import type { Caller } from '../../context.js';
import type { Queryable } from '../../db/types.js';
import { inLocale, type KpiRow, type KpiValueRow, type ProgramRow } from './sql.js';
import { translator, type Translate } from '../../i18n/translate.js';
import { supportedLocaleOf } from '../../i18n/negotiate.js';
import type { MessageKey } from '../../i18n/catalogue.js';

function field(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const line = (fields: string[]): string => `${fields.join(',')}\r\n`;

async function minGroupSize(tx: Queryable, orgId: string): Promise<number> {
  const [row] = await tx.query<{ min_group_size: number }>(
    `select min_group_size from organisations where id = $1`,
    [orgId],
  );
  return row?.min_group_size ?? 5;
}

function textsFor(caller: Caller, locale: string) {
  const chosen = supportedLocaleOf(locale) ?? caller.locale;
  return { t: chosen === caller.locale ? caller.t : translator(chosen), locale: chosen };
}

/** What a file with figures about people needs: its texts, and the smallest group it may show. */
interface AboutPeople {
  t: Translate;
  orgId: string;
  k: number;
}

async function aboutPeople(tx: Queryable, caller: Caller, requested: string): Promise<AboutPeople> {
  const { t } = textsFor(caller, requested);
  const { orgId } = caller.viewer;
  return { t, orgId, k: await minGroupSize(tx, orgId) };
}

/** A program's export with figures about people, in the language `requested` (else the caller's). */
const peopleCsv =
  (write: (tx: Queryable, program: ProgramRow, about: AboutPeople) => Promise<string>) =>
  async (tx: Queryable, caller: Caller, program: ProgramRow, requested: string): Promise<string> =>
    write(tx, program, await aboutPeople(tx, caller, requested));

/** The header line: `programs.<key>` of each key, in the file's language. */
function header(t: Translate, keys: readonly string[]): string {
  return line(keys.map((key) => field(t(`programs.${key}` as MessageKey))));
}

/**
 * One line per enrolment (the roster the admin already sees), then one summary line per org unit with
 * its count by status; a unit with fewer than `minGroupSize` enrolments is written as withheld, so the
 * file adds no figure about a small group that the heatmap would not show.
 */
export const rosterCsv = peopleCsv(async (tx, program, { t, orgId, k }) => {
  const rows = await tx.query<{
    name: string;
    unit: string;
    status: string;
    coach: string | null;
    used: number;
    last_activity: string | null;
  }>(
    `select p.name, u.name as unit, e.status, cp.name as coach,
       (select count(*)::int from sessions s where s.org_id = e.org_id and s.enrolment_id = e.id
          and (s.status in ('COMPLETED', 'NO_SHOW') or (s.status = 'BOOKED') or s.late_cancellation)) as used,
       to_char(greatest(e.enrolled_at, e.responded_at, (select max(s.starts_at) from sessions s
          where s.org_id = e.org_id and s.enrolment_id = e.id and s.status in ('BOOKED', 'COMPLETED')
          and s.starts_at <= now())) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as last_activity
     from enrolments e
     join people p on p.org_id = e.org_id and p.id = e.person_id
     join org_units u on u.org_id = p.org_id and u.id = p.org_unit_id
     left join coaches c on c.org_id = e.org_id and c.id = e.coach_id
     left join people cp on cp.org_id = c.org_id and cp.id = c.person_id
     where e.org_id = $1 and e.program_id = $2
     order by p.name, p.id`,
    [orgId, program.id],
  );
  let out = header(t, [
    'csvParticipant',
    'csvOrgUnit',
    'csvStatus',
    'csvCoach',
    'csvSessionsUsed',
    'csvLastActivity',
  ]);
  for (const row of rows) {
    out += line([
      field(row.name),
      field(row.unit),
      field(row.status),
      field(row.coach ?? ''),
      String(row.used),
      field(row.last_activity ?? ''),
    ]);
  }
  const byUnit = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const counts = byUnit.get(row.unit) ?? new Map<string, number>();
    counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
    byUnit.set(row.unit, counts);
  }
  out += '\r\n';
  out += line([
    field(t('programs.csvOrgUnit')),
    field(t('programs.csvStatus')),
    field(t('programs.csvCount')),
  ]);
  for (const [unit, counts] of [...byUnit].sort(([a], [b]) => a.localeCompare(b))) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    if (total < k) {
      out += line([field(unit), field(''), field(t('programs.csvWithheld', { min: k }))]);
      continue;
    }
    for (const [status, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
      // A status count below k inside a large unit would single people out too.
      out += line([
        field(unit),
        field(status),
        count < k ? field(t('programs.csvWithheld', { min: k })) : String(count),
      ]);
    }
  }
  return out;
});

/** Every KPI with each recorded value (no figure here is about people). */
export function kpiCsv(
  caller: Caller,
  kpis: readonly KpiRow[],
  values: readonly KpiValueRow[][],
  requested: string,
): string {
  const { t, locale } = textsFor(caller, requested);
  let out = header(t, ['csvKpi', 'csvUnit', 'csvBaseline', 'csvTarget', 'csvRecordedOn', 'csvValue']);
  kpis.forEach((kpi, index) => {
    const series = values[index] ?? [];
    const head = [
      field(inLocale(kpi.names, locale)),
      field(kpi.unit ?? ''),
      kpi.baseline === null ? '' : String(kpi.baseline),
      kpi.target === null ? '' : String(kpi.target),
    ];
    if (!series.length) out += line([...head, '', '']);
    for (const value of series) out += line([...head, value.recordedOn, String(value.value)]);
  });
  return out;
}

interface WeekRow {
  week: string;
  booked: number;
  completed: number;
  cancelled: number;
  no_show: number;
  participants: number;
  active: number;
}

async function weeks(tx: Queryable, orgId: string, program: ProgramRow): Promise<WeekRow[]> {
  return tx.query<WeekRow>(
    `with bounds as (
       select date_trunc('week', coalesce($3::date, (select min(enrolled_at) from enrolments
                 where org_id = $1 and program_id = $2)::date, current_date))::date as first,
              date_trunc('week', least(coalesce($4::date, current_date), current_date))::date as last
     ),
     series as (
       select generate_series(first, greatest(first, last), interval '1 week')::date as week from bounds
     )
     select w.week::text as week,
       count(s.id) filter (where s.status = 'BOOKED')::int as booked,
       count(s.id) filter (where s.status = 'COMPLETED')::int as completed,
       count(s.id) filter (where s.status = 'CANCELLED')::int as cancelled,
       count(s.id) filter (where s.status = 'NO_SHOW')::int as no_show,
       count(distinct s.participant_id) filter (where s.status = 'COMPLETED')::int as participants,
       (select count(*)::int from enrolments e where e.org_id = $1 and e.program_id = $2
          and e.status in ('ACTIVE', 'COMPLETED')
          and e.enrolled_at < w.week + 7
          and (e.completed_at is null or e.completed_at >= w.week + 7)
          and (e.withdrawn_at is null or e.withdrawn_at >= w.week + 7)) as active
     from (select week from series order by week desc limit 104) w
     left join sessions s on s.org_id = $1 and s.starts_at >= w.week and s.starts_at < w.week + 7
       and s.enrolment_id in (select id from enrolments where org_id = $1 and program_id = $2)
     group by w.week order by w.week`,
    [orgId, program.id, program.startsOn, program.endsOn],
  );
}

/** Sessions per ISO week; a week with fewer active participants than k is withheld. */
export const sessionsCsv = peopleCsv(async (tx, program, { t, orgId, k }) => {
  let out = header(t, ['csvWeek', 'csvBooked', 'csvCompleted', 'csvCancelled', 'csvNoShows']);
  for (const week of await weeks(tx, orgId, program)) {
    if (week.active < k) {
      const withheld = field(t('programs.csvWithheld', { min: k }));
      out += line([week.week, withheld, withheld, withheld, withheld]);
    } else {
      out += line([
        week.week,
        String(week.booked),
        String(week.completed),
        String(week.cancelled),
        String(week.no_show),
      ]);
    }
  }
  return out;
});

export async function participationOf(tx: Queryable, orgId: string, program: ProgramRow) {
  const k = await minGroupSize(tx, orgId);
  return (await weeks(tx, orgId, program)).map((week) => {
    const withheld = week.active < k;
    return {
      weekStarting: week.week,
      activeParticipants: withheld ? null : week.active,
      sessionsHeld: withheld ? null : week.completed,
      participantsWithSessions: withheld ? null : week.participants,
      withheld,
    };
  });
}
