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
 * The population (`population`: id and name), for the rules as parameters. Explicit excludes
 * always win; explicit includes join whatever the other rules say. The organisation's "today"
 * decides time in role. Deactivated people (deprovisioned by the identity provider) are in no
 * population, even when included by name. Coaches and admins are people like anyone else: a rule
 * that selects them selects them.
 *
 * Written for the planner, which sees the parameters' values (an unnamed statement is planned for
 * its values): a rule left unset is a condition that folds to true and costs nothing, so each rule
 * is `(unset or condition)`. Two things keep the rules on indexes at organisation scale:
 * - "today" comes in as a parameter (`organisationToday`), so days in role bound the scan of
 *   `people_job_level_idx` (org, job level, in role since); computed inside the statement it
 *   would be a value the planner cannot see, and it would scan every person of the job levels.
 * - "manages managers" (someone reporting to the person has reports) is written into the statement
 *   only when the rule is set: as a top-level EXISTS the planner joins it to the candidates;
 *   folded away inside an OR it would be a subplan that computes the whole organisation's
 *   managers of managers (or asks each candidate's reporting line one person at a time).
 */
function populationSql(
  first: number,
  rules: PopulationRulesRow,
): {
  sql: string;
  params: (rules: PopulationRulesRow, today: string | null) => unknown[];
} {
  const p = (n: number) => `$${first + n}`;
  // Written in only when the rule is set, at the top level of the selection, so the planner makes
  // it a semi-join (or an anti-join) it can drive either way: from a few candidates into the
  // reporting line, or from the reporting line when most people are candidates.
  const managesManagers =
    rules.managesManagers === undefined
      ? ''
      : `and ${rules.managesManagers ? '' : 'not '}exists (
            select 1 from people r where r.org_id = $1 and r.manager_id = p.id
              and exists (select 1 from people rr where rr.org_id = $1 and rr.manager_id = r.id))`;
  const sql = `
    with included_units as (
      select u.id from org_units u where u.org_id = $1
        and (u.path && ${p(0)}::uuid[] or u.id = any(${p(1)}::uuid[]))
    ),
    excluded_units as (
      select u.id from org_units u where u.org_id = $1
        and (u.path && ${p(2)}::uuid[] or u.id = any(${p(3)}::uuid[]))
    ),
    -- Rule matches and explicit includes are two index-friendly selects (an OR between them would
    -- force a scan of every person); explicit excludes and excluded units are taken out of both.
    population as (
      select id, name from (
        select p.id, p.name, p.org_unit_id from people p
        where p.org_id = $1 and p.active
          and (cardinality(${p(0)}::uuid[]) + cardinality(${p(1)}::uuid[]) = 0
            or p.org_unit_id in (select id from included_units))
          and (cardinality(${p(4)}::text[]) = 0 or p.job_level = any(${p(4)}::text[]))
          and (${p(5)}::int is null or p.in_role_since <= ${p(11)}::date - ${p(5)}::int)
          and (${p(6)}::int is null or p.in_role_since >= ${p(11)}::date - ${p(6)}::int)
          ${managesManagers}
          and (cardinality(${p(7)}::text[]) = 0 or p.time_zone = any(${p(7)}::text[]))
          and (cardinality(${p(8)}::text[]) = 0 or split_part(lower(p.locale), '-', 1) = any(${p(8)}::text[]))
        union
        select p.id, p.name, p.org_unit_id from people p
        where p.org_id = $1 and p.active and p.id = any(${p(9)}::uuid[])
      ) selected
      where not (id = any(${p(10)}::uuid[]))
        and (cardinality(${p(2)}::uuid[]) + cardinality(${p(3)}::uuid[]) = 0
          or not exists (select 1 from excluded_units x where x.id = selected.org_unit_id))
    )`;
  const params = (rules: PopulationRulesRow, today: string | null): unknown[] => {
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
      rules.timeZones ?? [],
      rules.locales ?? [],
      rules.include ?? [],
      rules.exclude ?? [],
      today,
    ];
  };
  return { sql, params };
}

/**
 * The organisation's date now (in its time zone, in this transaction), when a rule counts days in
 * role; null otherwise (no statement).
 */
async function organisationToday(
  tx: Queryable,
  orgId: string,
  rules: PopulationRulesRow,
): Promise<string | null> {
  if (rules.minDaysInRole === undefined && rules.maxDaysInRole === undefined) return null;
  const [row] = await tx.query<{ day: string }>(
    `select (now() at time zone time_zone)::date::text as day from organisations where id = $1`,
    [orgId],
  );
  return row?.day ?? null;
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
  const { sql, params } = populationSql(5, rules);
  const today = await organisationToday(tx, orgId, rules);
  const [row] = await tx.query<{
    count: number;
    overlap_count: number;
    overlaps: Array<{ program_id: string; count: number }> | string | null;
    sample: string[] | null;
  }>(
    // The programs others take part in are few: their enrolments are hashed and joined to the
    // population at once, rather than looked up person by person.
    `${sql},
    elsewhere as (
      select e.person_id, e.program_id from enrolments e
      join programs g on g.org_id = e.org_id and g.id = e.program_id
      join population s on s.id = e.person_id
      where e.org_id = $1 and e.status = any($4::text[]) and g.status in ('ACTIVE', 'PAUSED')
        and ($2::uuid is null or e.program_id <> $2::uuid)
    )
    select
      (select count(*)::int from population) as count,
      (select count(distinct person_id)::int from elsewhere) as overlap_count,
      (select json_agg(json_build_object('program_id', program_id, 'count', n) order by n desc, program_id)
         from (select program_id, count(*)::int as n from elsewhere group by program_id
               order by n desc, program_id limit 20) o) as overlaps,
      (select array_agg(id order by name, id) from (
         select id, name from population order by name, id limit $3) s) as sample`,
    [orgId, options.programId, options.sampleSize, [...TAKING_PART], ...params(rules, today)],
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
  const { sql, params } = populationSql(2, rules);
  const today = await organisationToday(tx, orgId, rules);
  const rows = await tx.query<{ id: string }>(`${sql} select id from population`, [
    orgId,
    ...params(rules, today),
  ]);
  return rows.map((row) => row.id);
}
