/**
 * Creating and editing a program: the input checked field by field (every problem reported at once,
 * as userErrors naming the field), what the program's status allows, and the writes.
 */
import type { Actor } from '../../auth/actor.js';
import type { Queryable } from '../../db/types.js';
import type {
  CreateProgramInput,
  LocalisedTextInput,
  ProgramKpiInput,
  ProgramPolicyInput,
  ProgramStatus,
  UpdateProgramInput,
  UserError,
} from '../../generated/resolvers.js';
import { fromOpaqueId } from '../../ids.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { MessageValues, Translate } from '../../i18n/translate.js';
import { checkReferences, rulesFromInput, ruleErrors } from './population.js';
import type { KpiRow, LocalisedTextRow, PopulationRulesRow, ProgramRow } from './sql.js';

const MAX_KPIS = 10;
const MAX_FOCUS = 5;

const RANGES = {
  sessionsPerParticipant: [1, 52],
  durationWeeks: [1, 104],
  cadenceDays: [1, 90],
  sessionMinutes: [15, 240],
  capacity: [1, 100_000],
  minNoticeHours: [0, 720],
  horizonDays: [1, 365],
  lateCancelHours: [0, 336],
  bufferMinutes: [0, 240],
} as const;

/** Everything a program's setup holds, after validation, ready to write. */
export interface ProgramSetup {
  names: LocalisedTextRow[];
  objectives: LocalisedTextRow[];
  languages: string[];
  sessionsPerParticipant: number;
  durationWeeks: number;
  cadenceDays: number;
  sessionMinutes: number;
  minNoticeHours: number;
  horizonDays: number;
  lateCancelHours: number;
  bufferMinutes: number;
  startsOn: string | null;
  endsOn: string | null;
  capacity: number | null;
  focusCapabilities: string[];
  /** null: leave the KPIs as they are. */
  kpis: Array<{
    id: string | null;
    names: LocalisedTextRow[];
    unit: string | null;
    baseline: number | null;
    target: number | null;
  }> | null;
  targetPopulation: PopulationRulesRow;
}

export class SetupErrors {
  readonly list: UserError[] = [];
  constructor(private readonly t: Translate) {}
  add(field: string[], code: UserError['code'], key: MessageKey, values?: MessageValues): void {
    this.list.push({ field, code, message: this.t(key, values) });
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
}

function texts(
  errors: SetupErrors,
  field: string,
  list: readonly LocalisedTextInput[],
  locales: readonly string[],
  max: number,
): LocalisedTextRow[] {
  if (list.length === 0) {
    errors.add([field], 'REQUIRED', 'programs.translationRequired');
    return [];
  }
  const seen = new Set<string>();
  const out: LocalisedTextRow[] = [];
  list.forEach((entry, index) => {
    const text = entry.text.trim();
    if (!locales.includes(entry.locale)) {
      errors.add([field, String(index), 'locale'], 'UNSUPPORTED', 'programs.localeNotOffered', {
        locale: entry.locale,
      });
    } else if (seen.has(entry.locale)) {
      errors.add([field, String(index), 'locale'], 'INVALID', 'programs.localeTwice', {
        locale: entry.locale,
      });
    }
    seen.add(entry.locale);
    if (text.length < 1 || text.length > max) {
      errors.add([field, String(index), 'text'], 'INVALID', 'programs.textLength', { max });
    }
    out.push({ locale: entry.locale, text });
  });
  // The organisation's default language first, as the fallback for every other.
  return out.sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale));
}

function inRange(errors: SetupErrors, field: string[], name: keyof typeof RANGES, value: number): void {
  const [min, max] = RANGES[name];
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.add(field, 'INVALID', 'programs.numberRange', { min, max });
  }
}

function kpisOf(
  errors: SetupErrors,
  list: readonly ProgramKpiInput[],
  locales: readonly string[],
  existing: readonly KpiRow[],
): ProgramSetup['kpis'] {
  if (list.length > MAX_KPIS) errors.add(['kpis'], 'INVALID', 'programs.tooManyKpis', { max: MAX_KPIS });
  return list.map((kpi, index) => {
    let id: string | null = null;
    if (kpi.id !== null && kpi.id !== undefined) {
      const uuid = fromOpaqueId(kpi.id, 'ProgramKpi');
      const known = uuid ? existing.find((row) => row.id === uuid) : undefined;
      if (!known) errors.add(['kpis', String(index), 'id'], 'NOT_FOUND', 'programs.kpiNotFound');
      else id = known.id;
    }
    const names = texts(errors, `kpis.${index}.names`, kpi.names, locales, 200);
    const unit = kpi.unit?.trim() || null;
    if (unit && unit.length > 40)
      errors.add(['kpis', String(index), 'unit'], 'INVALID', 'programs.textLength', { max: 40 });
    for (const name of ['baseline', 'target'] as const) {
      const value = kpi[name];
      if (value !== null && value !== undefined && !Number.isFinite(value)) {
        errors.add(['kpis', String(index), name], 'INVALID', 'programs.notFinite');
      }
    }
    return { id, names, unit, baseline: kpi.baseline ?? null, target: kpi.target ?? null };
  });
}

/** Capability codes that exist in the organisation's catalogue. */
async function knownCapabilities(
  tx: Queryable,
  orgId: string,
  codes: readonly string[],
): Promise<Set<string>> {
  if (!codes.length) return new Set();
  const rows = await tx.query<{ code: string }>(
    `select code from capabilities where org_id = $1 and code = any($2::text[])`,
    [orgId, codes],
  );
  return new Set(rows.map((row) => row.code));
}

function policyOf(
  errors: SetupErrors,
  input: ProgramPolicyInput | null | undefined,
  base: ProgramSetup,
): void {
  if (!input) return;
  for (const name of ['minNoticeHours', 'horizonDays', 'lateCancelHours', 'bufferMinutes'] as const) {
    const value = input[name];
    if (value === null || value === undefined) continue;
    inRange(errors, ['policy', name], name, value);
    base[name] = value;
  }
}

export interface SetupContext {
  tx: Queryable;
  orgId: string;
  locales: readonly string[];
  t: Translate;
  /** The organisation's today (for dates that must not move once passed). */
  today: string;
}

const DEFAULTS = {
  sessionsPerParticipant: 6,
  durationWeeks: 12,
  cadenceDays: 14,
  sessionMinutes: 60,
  minNoticeHours: 24,
  horizonDays: 60,
  lateCancelHours: 24,
  bufferMinutes: 15,
};

/** The setup of a new program, or the userErrors that stop it. */
export async function setupFromCreate(
  context: SetupContext,
  input: CreateProgramInput,
): Promise<{ setup: ProgramSetup; errors: UserError[] }> {
  const errors = new SetupErrors(context.t);
  const base: ProgramSetup = {
    ...DEFAULTS,
    names: texts(errors, 'names', input.names, context.locales, 200),
    objectives: texts(errors, 'objectives', input.objectives, context.locales, 2000),
    languages: [],
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    capacity: input.capacity ?? null,
    focusCapabilities: [],
    kpis: [],
    targetPopulation: {},
  };
  await applyCommon(context, errors, base, input, []);
  return { setup: base, errors: errors.list };
}

/** The setup after an edit, checked against what the program's status allows. */
export async function setupFromUpdate(
  context: SetupContext,
  program: ProgramRow,
  input: UpdateProgramInput,
  state: { existingKpis: KpiRow[]; placesTaken: number },
): Promise<{ setup: ProgramSetup; errors: UserError[]; changed: string[] }> {
  const errors = new SetupErrors(context.t);
  const status: ProgramStatus = program.status;
  const changed = Object.keys(input).filter(
    (key) => key !== 'programId' && input[key as keyof UpdateProgramInput] !== undefined,
  );
  if (status === 'CLOSED' || status === 'ARCHIVED' || status === 'COMPLETED') {
    errors.add(['programId'], 'CONFLICT', 'programs.readOnlyInStatus', { status });
    return { setup: currentSetup(program), errors: errors.list, changed };
  }
  const base = currentSetup(program);
  if (input.names) base.names = texts(errors, 'names', input.names, context.locales, 200);
  if (input.objectives)
    base.objectives = texts(errors, 'objectives', input.objectives, context.locales, 2000);
  if (input.startsOn !== undefined) base.startsOn = input.startsOn;
  if (input.endsOn !== undefined) base.endsOn = input.endsOn;
  if (input.capacity !== undefined && input.capacity !== null) base.capacity = input.capacity;
  if (input.clearCapacity) base.capacity = null;
  base.kpis = null;
  await applyCommon(context, errors, base, input, state.existingKpis);

  const published = status !== 'DRAFT';
  if (published) {
    if (input.languages && program.languages.some((language) => !base.languages.includes(language))) {
      errors.add(['languages'], 'CONFLICT', 'programs.languagesOnlyAdded');
    }
    if (
      input.sessionsPerParticipant != null &&
      input.sessionsPerParticipant < program.sessionsPerParticipant
    ) {
      errors.add(['sessionsPerParticipant'], 'CONFLICT', 'programs.quotaOnlyGrows', {
        current: program.sessionsPerParticipant,
      });
    }
    if (input.sessionMinutes != null && input.sessionMinutes !== program.sessionMinutes) {
      errors.add(['sessionMinutes'], 'CONFLICT', 'programs.sessionMinutesFixed');
    }
    if (
      input.startsOn !== undefined &&
      input.startsOn !== program.startsOn &&
      program.startsOn !== null &&
      program.startsOn <= context.today
    ) {
      errors.add(['startsOn'], 'CONFLICT', 'programs.startPassed');
    }
    if (base.capacity !== null && base.capacity < state.placesTaken) {
      errors.add(['capacity'], 'CONFLICT', 'programs.capacityBelowParticipants', {
        count: state.placesTaken,
      });
    }
  }
  return { setup: base, errors: errors.list, changed };
}

/** What the setup form edits of a program, but its booking policy and KPIs. */
function setupFields(program: ProgramRow) {
  return {
    names: program.names,
    objectives: program.objectives,
    languages: program.languages,
    sessionsPerParticipant: program.sessionsPerParticipant,
    durationWeeks: program.durationWeeks,
    cadenceDays: program.cadenceDays,
    sessionMinutes: program.sessionMinutes,
    startsOn: program.startsOn,
    endsOn: program.endsOn,
    capacity: program.capacity,
    focusCapabilities: program.focusCapabilityCodes,
    targetPopulation: program.targetPopulation,
  };
}

function currentSetup(program: ProgramRow): ProgramSetup {
  return { ...program.policy, ...setupFields(program), kpis: null };
}

type CommonKeys = keyof Pick<
  CreateProgramInput,
  | 'languages'
  | 'sessionsPerParticipant'
  | 'durationWeeks'
  | 'cadenceDays'
  | 'sessionMinutes'
  | 'policy'
  | 'capacity'
  | 'focusCapabilities'
  | 'kpis'
  | 'targetPopulation'
>;
type CommonInput = { [K in CommonKeys]?: CreateProgramInput[K] | null };

async function applyCommon(
  context: SetupContext,
  errors: SetupErrors,
  base: ProgramSetup,
  input: CommonInput,
  existingKpis: KpiRow[],
): Promise<void> {
  if (input.languages) {
    if (input.languages.length === 0) errors.add(['languages'], 'REQUIRED', 'programs.languagesRequired');
    input.languages.forEach((language, index) => {
      if (!context.locales.includes(language)) {
        errors.add(['languages', String(index)], 'UNSUPPORTED', 'programs.localeNotOffered', {
          locale: language,
        });
      }
    });
    base.languages = [...new Set(input.languages)];
  }
  for (const name of ['sessionsPerParticipant', 'durationWeeks', 'cadenceDays', 'sessionMinutes'] as const) {
    const value = input[name];
    if (value === null || value === undefined) continue;
    inRange(errors, [name], name, value);
    base[name] = value;
  }
  if (input.capacity !== null && input.capacity !== undefined)
    inRange(errors, ['capacity'], 'capacity', input.capacity);
  policyOf(errors, input.policy, base);
  if (base.startsOn && base.endsOn && base.endsOn < base.startsOn) {
    errors.add(['endsOn'], 'INVALID', 'programs.endsBeforeStart');
  }
  if (input.focusCapabilities) {
    const codes = [...new Set(input.focusCapabilities)];
    if (codes.length > MAX_FOCUS)
      errors.add(['focusCapabilities'], 'INVALID', 'programs.tooManyFocus', { max: MAX_FOCUS });
    const known = await knownCapabilities(context.tx, context.orgId, codes);
    input.focusCapabilities.forEach((code, index) => {
      if (!known.has(code))
        errors.add(['focusCapabilities', String(index)], 'NOT_FOUND', 'programs.capabilityNotFound', {
          code,
        });
    });
    base.focusCapabilities = codes;
  }
  if (input.kpis) base.kpis = kpisOf(errors, input.kpis, context.locales, existingKpis);
  if (input.targetPopulation) {
    const { rules, errors: shapeErrors } = rulesFromInput(input.targetPopulation, ['targetPopulation']);
    const referenceErrors = shapeErrors.length
      ? []
      : await checkReferences(context.tx, context.orgId, input.targetPopulation, rules, ['targetPopulation']);
    errors.list.push(...ruleErrors([...shapeErrors, ...referenceErrors], context.t));
    base.targetPopulation = rules;
  }
}

/** Writes a new DRAFT program; returns its id. */
export async function insertProgram(
  tx: Queryable,
  orgId: string,
  setup: ProgramSetup,
  createdBy: Actor,
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into programs (org_id, name, objective, names, objectives, languages, sessions_per_participant,
       duration_weeks, cadence_days, session_minutes, min_notice_hours, horizon_days, late_cancel_hours,
       buffer_minutes, starts_on, ends_on, capacity, target_population, status, created_by,
       created_by_service_account_id)
     values ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb,
       'DRAFT', $19, $20)
     returning id`,
    [orgId, ...setupParams(setup), createdBy.personId, createdBy.serviceAccountId],
  );
  const id = row!.id;
  await writeFocusAndKpis(tx, orgId, id, setup);
  return id;
}

function setupParams(setup: ProgramSetup): unknown[] {
  return [
    setup.names[0]!.text,
    setup.objectives[0]!.text,
    JSON.stringify(setup.names),
    JSON.stringify(setup.objectives),
    setup.languages,
    setup.sessionsPerParticipant,
    setup.durationWeeks,
    setup.cadenceDays,
    setup.sessionMinutes,
    setup.minNoticeHours,
    setup.horizonDays,
    setup.lateCancelHours,
    setup.bufferMinutes,
    setup.startsOn,
    setup.endsOn,
    setup.capacity,
    JSON.stringify(setup.targetPopulation),
  ];
}

export async function updateProgramSetup(
  tx: Queryable,
  orgId: string,
  programId: string,
  setup: ProgramSetup,
): Promise<void> {
  await tx.query(
    `update programs set name = $3, objective = $4, names = $5::jsonb, objectives = $6::jsonb, languages = $7,
       sessions_per_participant = $8, duration_weeks = $9, cadence_days = $10, session_minutes = $11,
       min_notice_hours = $12, horizon_days = $13, late_cancel_hours = $14, buffer_minutes = $15,
       starts_on = $16, ends_on = $17, capacity = $18, target_population = $19::jsonb
     where org_id = $1 and id = $2`,
    [orgId, programId, ...setupParams(setup)],
  );
  await writeFocusAndKpis(tx, orgId, programId, setup);
}

async function writeFocusAndKpis(
  tx: Queryable,
  orgId: string,
  programId: string,
  setup: ProgramSetup,
): Promise<void> {
  await tx.query(`delete from program_focus_capabilities where org_id = $1 and program_id = $2`, [
    orgId,
    programId,
  ]);
  if (setup.focusCapabilities.length) {
    await tx.query(
      `insert into program_focus_capabilities (org_id, program_id, capability_code, position)
       select $1, $2, c.code, c.n - 1 from unnest($3::text[]) with ordinality as c(code, n)`,
      [orgId, programId, setup.focusCapabilities],
    );
  }
  if (setup.kpis === null) return;
  const kept = setup.kpis.flatMap((kpi) => (kpi.id ? [kpi.id] : []));
  await tx.query(
    `delete from program_kpis where org_id = $1 and program_id = $2 and not (id = any($3::uuid[]))`,
    [orgId, programId, kept],
  );
  for (const [position, kpi] of setup.kpis.entries()) {
    const values = [JSON.stringify(kpi.names), kpi.unit, kpi.baseline, kpi.target, position];
    if (kpi.id) {
      await tx.query(
        `update program_kpis set names = $3::jsonb, unit = $4, baseline = $5, target = $6, position = $7
         where org_id = $1 and id = $2`,
        [orgId, kpi.id, ...values],
      );
    } else {
      await tx.query(
        `insert into program_kpis (org_id, program_id, names, unit, baseline, target, position)
         values ($1, $2, $3::jsonb, $4, $5, $6, $7)`,
        [orgId, programId, ...values],
      );
    }
  }
}

/** A program's state for the audit log: what an admin sees in the setup form. */
export function auditState(program: ProgramRow): Record<string, unknown> {
  return {
    status: program.status,
    ...setupFields(program),
    policy: program.policy,
    outcomeSummary: program.outcomeSummary,
  };
}
