/**
 * A program's target population: rules stored as data (`programs.target_population`) and evaluated
 * in one SQL statement, so the live count of the setup form, publishing and re-evaluation all select
 * exactly the same people.
 */
import type { Queryable } from '../../db/types.js';
import type { PopulationRulesInput, UserError } from '../../generated/resolvers.js';
import { fromGlobalId } from '../../ids.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { MessageValues, Translate } from '../../i18n/translate.js';
import type { PopulationRulesRow, ProgramOverlapValue } from './sql.js';

/** Longest list a rule may hold (org units, people, zones, languages). */
export const MAX_RULE_ENTRIES = 500;
const MAX_DAYS = 36_500;

/** Statuses in which a person counts as taking part in a program (for overlap and for not inviting twice). */
export const TAKING_PART = ['INVITED', 'ACCEPTED', 'WAITLISTED', 'ACTIVE'] as const;

type RuleError = { field: string[]; code: UserError['code']; key: MessageKey; values?: MessageValues };

const primaryLanguage = (tag: string): string => tag.toLowerCase().split('-')[0] ?? tag;

/**
 * Reads the input into the stored shape and checks what the database alone cannot: IDs of the
 * right type, list lengths, ranges. Unknown org units and people are checked by `checkReferences`.
 */
export function rulesFromInput(
  input: PopulationRulesInput,
  path: string[],
): {
  rules: PopulationRulesRow;
  errors: RuleError[];
} {
  const errors: RuleError[] = [];
  const rules: PopulationRulesRow = {};
  const tooMany = (name: string, list: readonly unknown[] | null | undefined) => {
    if (list && list.length > MAX_RULE_ENTRIES) {
      errors.push({
        field: [...path, name],
        code: 'INVALID',
        key: 'programs.ruleTooManyEntries',
        values: { max: MAX_RULE_ENTRIES },
      });
      return true;
    }
    return false;
  };
  const units = (name: 'orgUnits' | 'excludedOrgUnits') => {
    const list = input[name];
    if (!list || tooMany(name, list)) return;
    const out: Array<{ id: string; subtree: boolean }> = [];
    list.forEach((entry, index) => {
      const decoded = fromGlobalId(entry.orgUnitId);
      if (!decoded || decoded.type !== 'OrgUnit') {
        errors.push({
          field: [...path, name, String(index), 'orgUnitId'],
          code: 'INVALID',
          key: 'programs.ruleNotOrgUnitId',
        });
      } else if (!out.some((unit) => unit.id === decoded.uuid)) {
        out.push({ id: decoded.uuid, subtree: entry.includeSubtree ?? true });
      }
    });
    if (out.length) rules[name] = out;
  };
  units('orgUnits');
  units('excludedOrgUnits');
  if (input.jobLevels?.length) rules.jobLevels = [...new Set(input.jobLevels)];
  for (const name of ['minDaysInRole', 'maxDaysInRole'] as const) {
    const value = input[name];
    if (value === null || value === undefined) continue;
    if (!Number.isInteger(value) || value < 0 || value > MAX_DAYS) {
      errors.push({
        field: [...path, name],
        code: 'INVALID',
        key: 'programs.ruleDaysRange',
        values: { max: MAX_DAYS },
      });
    } else {
      rules[name] = value;
    }
  }
  if (
    rules.minDaysInRole !== undefined &&
    rules.maxDaysInRole !== undefined &&
    rules.maxDaysInRole < rules.minDaysInRole
  ) {
    errors.push({ field: [...path, 'maxDaysInRole'], code: 'INVALID', key: 'programs.ruleDaysInverted' });
  }
  if (input.managesManagers !== null && input.managesManagers !== undefined) {
    rules.managesManagers = input.managesManagers;
  }
  if (input.timeZones?.length && !tooMany('timeZones', input.timeZones)) {
    rules.timeZones = [...new Set(input.timeZones)];
  }
  if (input.locales?.length && !tooMany('locales', input.locales)) {
    rules.locales = [...new Set(input.locales.map(primaryLanguage))];
  }
  const people = (name: 'includedPersonIds' | 'excludedPersonIds', key: 'include' | 'exclude') => {
    const list = input[name];
    if (!list || tooMany(name, list)) return;
    const ids: string[] = [];
    list.forEach((id, index) => {
      const decoded = fromGlobalId(id);
      if (!decoded || decoded.type !== 'Person') {
        errors.push({
          field: [...path, name, String(index)],
          code: 'INVALID',
          key: 'programs.ruleNotPersonId',
        });
      } else if (!ids.includes(decoded.uuid)) {
        ids.push(decoded.uuid);
      }
    });
    if (ids.length) rules[key] = ids;
  };
  people('includedPersonIds', 'include');
  people('excludedPersonIds', 'exclude');
  return { rules, errors };
}

/** Org units and people the rules name that do not exist in the organisation, by input position. */
export async function checkReferences(
  tx: Queryable,
  orgId: string,
  input: PopulationRulesInput,
  rules: PopulationRulesRow,
  path: string[],
): Promise<RuleError[]> {
  const unitIds = [...(rules.orgUnits ?? []), ...(rules.excludedOrgUnits ?? [])].map((unit) => unit.id);
  const personIds = [...(rules.include ?? []), ...(rules.exclude ?? [])];
  const [units, people] = await Promise.all([
    unitIds.length
      ? tx.query<{ id: string }>(`select id from org_units where org_id = $1 and id = any($2::uuid[])`, [
          orgId,
          unitIds,
        ])
      : [],
    personIds.length
      ? tx.query<{ id: string }>(`select id from people where org_id = $1 and id = any($2::uuid[])`, [
          orgId,
          personIds,
        ])
      : [],
  ]);
  const knownUnits = new Set(units.map((row) => row.id));
  const knownPeople = new Set(people.map((row) => row.id));
  const errors: RuleError[] = [];
  for (const name of ['orgUnits', 'excludedOrgUnits'] as const) {
    (input[name] ?? []).forEach((entry, index) => {
      const decoded = fromGlobalId(entry.orgUnitId);
      if (decoded?.type === 'OrgUnit' && !knownUnits.has(decoded.uuid)) {
        errors.push({
          field: [...path, name, String(index), 'orgUnitId'],
          code: 'NOT_FOUND',
          key: 'programs.ruleUnknownOrgUnit',
        });
      }
    });
  }
  for (const name of ['includedPersonIds', 'excludedPersonIds'] as const) {
    (input[name] ?? []).forEach((id, index) => {
      const decoded = fromGlobalId(id);
      if (decoded?.type === 'Person' && !knownPeople.has(decoded.uuid)) {
        errors.push({
          field: [...path, name, String(index)],
          code: 'NOT_FOUND',
          key: 'programs.ruleUnknownPerson',
        });
      }
    });
  }
  return errors;
}

export function ruleErrors(errors: readonly RuleError[], t: Translate): UserError[] {
  return errors.map((error) => ({
    field: error.field,
    code: error.code,
    message: t(error.key, error.values),
  }));
}

/**
 * The population as a set of person ids (`population`), for the rules as parameters. Explicit
 * excludes always win; explicit includes join whatever the other rules say. The organisation's
 * "today" decides time in role. Deactivated people (deprovisioned by the identity provider) are in
 * no population, even when included by name. Coaches and admins are people like anyone else: a rule that
 * selects them selects them.
 */
function populationSql(first: number): {
  sql: string;
  params: (orgId: string, rules: PopulationRulesRow) => unknown[];
} {
  const p = (n: number) => `$${first + n}`;
  const sql = `
    with today as (
      select (now() at time zone o.time_zone)::date as day from organisations o where o.id = $1
    ),
    included_units as (
      select u.id from org_units u where u.org_id = $1
        and (u.path && ${p(0)}::uuid[] or u.id = any(${p(1)}::uuid[]))
    ),
    excluded_units as (
      select u.id from org_units u where u.org_id = $1
        and (u.path && ${p(2)}::uuid[] or u.id = any(${p(3)}::uuid[]))
    ),
    managers_of_managers as (
      select distinct r.manager_id as id from people r
      where r.org_id = $1 and r.manager_id is not null
        and exists (select 1 from people rr where rr.org_id = $1 and rr.manager_id = r.id)
    ),
    -- Rule matches and explicit includes are two index-friendly selects (an OR between them would
    -- force a scan of every person); explicit excludes and excluded units are taken out of both.
    population as (
      select id from (
        select p.id from people p
        where p.org_id = $1 and p.active
          and (cardinality(${p(0)}::uuid[]) + cardinality(${p(1)}::uuid[]) = 0
            or p.org_unit_id in (select id from included_units))
          and (cardinality(${p(4)}::text[]) = 0 or p.job_level = any(${p(4)}::text[]))
          and (${p(5)}::int is null or p.in_role_since <= (select day from today) - ${p(5)}::int)
          and (${p(6)}::int is null or p.in_role_since >= (select day from today) - ${p(6)}::int)
          and (${p(7)}::boolean is null
            or (p.id in (select id from managers_of_managers)) = ${p(7)}::boolean)
          and (cardinality(${p(8)}::text[]) = 0 or p.time_zone = any(${p(8)}::text[]))
          and (cardinality(${p(9)}::text[]) = 0 or split_part(lower(p.locale), '-', 1) = any(${p(9)}::text[]))
        union
        select p.id from people p where p.org_id = $1 and p.active and p.id = any(${p(10)}::uuid[])
      ) selected
      where not (id = any(${p(11)}::uuid[]))
        and not exists (select 1 from people x where x.org_id = $1 and x.id = selected.id
                        and x.org_unit_id in (select id from excluded_units))
    )`;
  const params = (_orgId: string, rules: PopulationRulesRow): unknown[] => {
    const subtree = (list: PopulationRulesRow['orgUnits']) =>
      (list ?? []).filter((u) => u.subtree).map((u) => u.id);
    const direct = (list: PopulationRulesRow['orgUnits']) =>
      (list ?? []).filter((u) => !u.subtree).map((u) => u.id);
    return [
      subtree(rules.orgUnits),
      direct(rules.orgUnits),
      subtree(rules.excludedOrgUnits),
      direct(rules.excludedOrgUnits),
      rules.jobLevels ?? [],
      rules.minDaysInRole ?? null,
      rules.maxDaysInRole ?? null,
      rules.managesManagers ?? null,
      rules.timeZones ?? [],
      rules.locales ?? [],
      rules.include ?? [],
      rules.exclude ?? [],
    ];
  };
  return { sql, params };
}

export interface PopulationFigures {
  count: number;
  overlapCount: number;
  overlaps: ProgramOverlapValue[];
  samplePersonIds: string[];
}

/**
 * Count, overlap with other programs (people taking part in another program that is not closed or
 * archived), the programs overlapped and a sample by name, in one statement.
 */
export async function previewPopulation(
  tx: Queryable,
  orgId: string,
  rules: PopulationRulesRow,
  options: { programId: string | null; sampleSize: number },
): Promise<PopulationFigures> {
  const { sql, params } = populationSql(5);
  const [row] = await tx.query<{
    count: number;
    overlap_count: number;
    overlaps: Array<{ program_id: string; count: number }> | string | null;
    sample: string[] | null;
  }>(
    `${sql},
    elsewhere as (
      select e.person_id, e.program_id from enrolments e
      join programs g on g.org_id = e.org_id and g.id = e.program_id
      where e.org_id = $1 and e.status = any($4::text[]) and g.status in ('ACTIVE', 'PAUSED')
        and ($2::uuid is null or e.program_id <> $2::uuid)
        and e.person_id in (select id from population)
    )
    select
      (select count(*)::int from population) as count,
      (select count(distinct person_id)::int from elsewhere) as overlap_count,
      (select json_agg(json_build_object('program_id', program_id, 'count', n) order by n desc, program_id)
         from (select program_id, count(*)::int as n from elsewhere group by program_id
               order by n desc, program_id limit 20) o) as overlaps,
      (select array_agg(id order by name, id) from (
         select p.id, p.name from people p where p.org_id = $1 and p.id in (select id from population)
         order by p.name, p.id limit $3) s) as sample`,
    [orgId, options.programId, options.sampleSize, [...TAKING_PART], ...params(orgId, rules)],
  );
  const overlaps = row?.overlaps
    ? typeof row.overlaps === 'string'
      ? (JSON.parse(row.overlaps) as Array<{ program_id: string; count: number }>)
      : row.overlaps
    : [];
  return {
    count: row?.count ?? 0,
    overlapCount: row?.overlap_count ?? 0,
    overlaps: overlaps.map((o) => ({ programId: o.program_id, count: o.count })),
    samplePersonIds: row?.sample ?? [],
  };
}

/** Everyone the rules select now, by id (for publishing and re-evaluation). */
export async function populationIds(
  tx: Queryable,
  orgId: string,
  rules: PopulationRulesRow,
): Promise<string[]> {
  const { sql, params } = populationSql(2);
  const rows = await tx.query<{ id: string }>(`${sql} select id from population`, [
    orgId,
    ...params(orgId, rules),
  ]);
  return rows.map((row) => row.id);
}
