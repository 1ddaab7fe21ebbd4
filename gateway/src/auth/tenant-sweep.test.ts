/**
 * The tenant sweep, property-based: operations generated from the schema (every
 * Query and Mutation field taking an ID, anywhere in its arguments) are sent by
 * people of one organisation with the IDs of another organisation's objects,
 * and no byte of that other organisation's data (its names, IDs, emails, links)
 * may come back. Error messages may echo what the caller sent; the data may not
 * contain even that.
 */
import fc from 'fast-check';
import {
  getNamedType,
  graphql,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../caller.js';
import type { GraphQLContext } from '../context.js';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import type { Role } from '../generated/resolvers.js';
import { translator } from '../i18n/translate.js';
import { toGlobalId } from '../ids.js';
import { buildSchema } from '../schema.js';
import { createRelationsWorld, type RelationsWorld } from './test-fixture.js';
import { buildTree, render } from './testing/schema-walk.js';

const log = pino({ level: 'silent' });
const MARKER = 'zqforeignzq';
const RANDOM_RUNS = 150;

/** Where the sweep finds another organisation's objects: table → the type its global ID names. */
const FOREIGN_TABLES: Record<string, Parameters<typeof toGlobalId>[0]> = {
  people: 'Person',
  org_units: 'OrgUnit',
  programs: 'Program',
  enrolments: 'Enrolment',
  sessions: 'Session',
  coaches: 'Coach',
  goals: 'Goal',
  goal_milestones: 'GoalMilestone',
  goal_check_ins: 'GoalCheckIn',
  capabilities: 'Capability',
};

interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

/** A stream of choices fast-check generates (and shrinks); the builder reads it as dice. */
class Dice {
  private at = 0;
  constructor(private readonly rolls: readonly number[]) {}
  roll(sides: number): number {
    const value = this.rolls[this.at++ % this.rolls.length] ?? 0;
    return sides <= 1 ? 0 : value % sides;
  }
}

function takesAnId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => takesAnId(field.type, seen));
}

describe.each(testEngines())('tenant sweep on %s', (engine) => {
  let db: Database;
  let home: RelationsWorld;
  let foreign: RelationsWorld;
  let schema: GraphQLSchema;
  let operations: Operation[];
  let foreignIds: string[];
  let secrets: string[];
  const viewers: Array<{ personId: string; roles: Role[] }> = [];

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    home = await createRelationsWorld(db, `sweep-home-${engine}`);
    foreign = await createRelationsWorld(db, `sweep-away-${engine}`);
    const orgId = foreign.org.orgId;
    // The fixture gives both organisations the same names; the foreign ones get a mark of their own.
    await db.query(`update people set name = name || ' ${MARKER}' where org_id = $1`, [orgId]);
    await db.query(`update org_units set name = name || ' ${MARKER}' where org_id = $1`, [orgId]);
    await db.query(
      `update programs set name = name || ' ${MARKER}', objective = objective || ' ${MARKER}' where org_id = $1`,
      [orgId],
    );
    await db.query(`update goals set title = title || ' ${MARKER}' where org_id = $1`, [orgId]);
    await db.query(`update organisations set name = name || ' ${MARKER}' where id = $1`, [orgId]);
    await db.query(
      `update capabilities set names = names || jsonb_build_object('en', 'Custom ${MARKER}') where org_id = $1 and code = 'FEEDBACK'`,
      [orgId],
    );

    secrets = [MARKER, `sweep-away-${engine}`, orgId, toGlobalId('Organisation', orgId)];
    foreignIds = [toGlobalId('Organisation', orgId)];
    for (const [table, type] of Object.entries(FOREIGN_TABLES)) {
      for (const row of await db.query<{ id: string }>(`select id from ${table} where org_id = $1`, [
        orgId,
      ])) {
        secrets.push(row.id, toGlobalId(type, row.id));
        foreignIds.push(toGlobalId(type, row.id));
      }
    }
    // IDs of the right shape naming the wrong type, and bare UUIDs.
    foreignIds.push(
      toGlobalId('Person', foreign.enrolmentId),
      toGlobalId('Session', foreign.goalIds.MANAGER),
      foreign.participantId,
    );

    schema = buildSchema();
    operations = [];
    for (const [kind, type] of [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        if (field.args.some((arg) => takesAnId(arg.type))) operations.push({ kind, field });
      }
    }
    const { org } = home;
    for (const personId of [
      home.participantId,
      org.managerId,
      org.coachPersonId,
      home.programAdminId,
      org.adminId,
    ]) {
      const [row] = await db.query<{ roles: Role[] }>(`select roles from people where id = $1`, [personId]);
      viewers.push({ personId, roles: row!.roles });
    }
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await db?.close();
  });

  /**
   * `name` is the argument's or input field's: a String that names something (an id, a cursor, a
   * code) may carry a foreign ID; free text (a title, a name) may not, because a mutation that
   * stores free text answers with it, and an echo of what the caller sent is no leak.
   */
  function literal(type: GraphQLInputType, dice: Dice, depth = 0, name = ''): string {
    if (isNonNullType(type)) return literal(type.ofType, dice, depth, name);
    if (isListType(type)) return `[${literal(type.ofType, dice, depth, name)}]`;
    const named = getNamedType(type);
    if (isEnumType(named)) {
      const values = named.getValues();
      return values[dice.roll(values.length)]!.name;
    }
    if (isInputObjectType(named)) {
      if (depth > 3) return '{}';
      const fields = Object.values(named.getFields()).filter(
        (field) => isNonNullType(field.type) || (takesAnId(field.type) && dice.roll(2) === 0),
      );
      return `{ ${fields.map((field) => `${field.name}: ${literal(field.type, dice, depth + 1, field.name)}`).join(', ')} }`;
    }
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    switch (named.name) {
      case 'ID':
        return JSON.stringify(foreignIds[dice.roll(foreignIds.length)]);
      case 'String': {
        const namesSomething = /(id|ids|cursor|after|before|code|codes)$/i.test(name);
        const choices = namesSomething
          ? ['sweep', 'DELEGATION', foreignIds[dice.roll(foreignIds.length)]!]
          : ['sweep', 'DELEGATION'];
        return JSON.stringify(choices[dice.roll(choices.length)]);
      }
      case 'Int':
        return String(dice.roll(6));
      case 'Float':
        return '1.5';
      case 'Boolean':
        return dice.roll(2) ? 'true' : 'false';
      case 'DateTime':
        return JSON.stringify(new Date(inAWeek.getTime() + dice.roll(48) * 3_600_000).toISOString());
      case 'Date':
        return JSON.stringify(inAWeek.toISOString().slice(0, 10));
      case 'TimeZone':
        return '"Europe/Paris"';
      case 'Locale':
        return '"en"';
      default:
        throw new Error(`the sweep cannot write a ${named.name}`);
    }
  }

  function selection(typeName: string): string {
    const type = schema.getType(typeName);
    if (isInterfaceType(type)) {
      const possible = schema.getPossibleTypes(type);
      // Each type's fields under aliases of their own: Coach.timeZone and Person.timeZone differ in nullability.
      const fragments = possible.map(
        (t) =>
          `... on ${t.name} { ${render(buildTree(schema, t.name, argsOf, undefined, 2), `${t.name}_`)} }`,
      );
      return `{ __typename ${fragments.join(' ')} }`;
    }
    return isObjectType(type)
      ? `{ __typename ${render(buildTree(schema, typeName, argsOf, undefined, 3))} }`
      : '';
  }

  /** Nested fields with required arguments are left out of selections; the operation's own arguments carry the IDs. */
  const argsOf = (_key: string, field: GraphQLField<unknown, unknown>) =>
    field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined) ? null : '';

  function document(operation: Operation, dice: Dice): string {
    const { field } = operation;
    const args = field.args
      .filter((arg) => isNonNullType(arg.type) || (takesAnId(arg.type) && dice.roll(2) === 0))
      .map((arg) => `${arg.name}: ${literal(arg.type, dice, 0, arg.name)}`);
    const argText = args.length ? `(${args.join(', ')})` : '';
    return `${operation.kind} { ${field.name}${argText} ${selection(getNamedType(field.type).name)} }`;
  }

  async function send(viewer: (typeof viewers)[number], source: string) {
    const t = translator('en');
    const context: GraphQLContext = {
      requestId: 'sweep',
      log,
      dev: false,
      caller: createCaller(db, { orgId: home.org.orgId, ...viewer }, 'en', t),
      locale: 'en',
      t,
      contentLocale: 'en',
    };
    return graphql({ schema, source, contextValue: context });
  }

  /** Whether the document ran at all: a malformed one would prove nothing. */
  const executed = (result: Awaited<ReturnType<typeof send>>) =>
    (result.errors ?? []).every((error) => error.path !== undefined);

  /** The foreign bytes in an answer: anything in its data, or in its errors beyond what the caller sent. */
  function leaks(source: string, result: Awaited<ReturnType<typeof send>>): string[] {
    const data = JSON.stringify(result.data ?? null);
    const errors = JSON.stringify(result.errors ?? []);
    return secrets.filter(
      (secret) => data.includes(secret) || (errors.includes(secret) && !source.includes(secret)),
    );
  }

  it(
    'returns nothing of another organisation for every ID-taking operation, then for random ones',
    async () => {
      let swept = 0;
      // Every operation once, as every viewer, before the random part.
      for (const operation of operations) {
        for (const viewer of viewers) {
          const source = document(operation, new Dice([swept]));
          swept++;
          const result = await send(viewer, source);
          expect(executed(result), source).toBe(true);
          expect(leaks(source, result), source).toEqual([]);
        }
      }
      const exhaustive = swept;
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: operations.length - 1 }),
          fc.nat({ max: viewers.length - 1 }),
          fc.array(fc.nat({ max: 1_000 }), { minLength: 16, maxLength: 16 }),
          async (index, viewerIndex, rolls) => {
            const source = document(operations[index]!, new Dice(rolls));
            swept++;
            const result = await send(viewers[viewerIndex]!, source);
            if (!executed(result))
              throw new Error(`${source}\nwas not executed: ${result.errors?.[0]?.message}`);
            const found = leaks(source, result);
            if (found.length) throw new Error(`${source}\nleaked ${found.join(', ')}`);
          },
        ),
        { numRuns: RANDOM_RUNS },
      );
      console.info(
        `tenant sweep on ${engine}: ${operations.length} ID-taking operations, ${exhaustive} exhaustive + ` +
          `${swept - exhaustive} random requests, ${foreignIds.length} foreign IDs, ${secrets.length} foreign strings`,
      );
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
