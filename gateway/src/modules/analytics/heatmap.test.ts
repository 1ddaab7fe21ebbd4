import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/index.js';
import { openTestDatabase, testEngines, wrapTenantStatements } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import type { Role } from '../../generated/resolvers.js';
import { toGlobalId } from '../../ids.js';
import { mintToken } from '../../auth/tokens.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { buildHeatmap } from './heatmap.js';
import { analyticsSettings, refreshAggregates, type AnalyticsSettings } from './sql.js';
import { createHeatmapFixture, type HeatmapFixture, type Member } from './test-fixture.js';

const HEATMAP = `
  query Heatmap($input: HeatmapInput!) {
    heatmap(input: $input) {
      metric minGroupSize participationTarget periods stale asOf period
      unit { id name } path { name } program { name }
      columns { capability { code } organisation { ...Cell } }
      total { ...Row }
      rows { ...Row }
      csv
    }
  }
  fragment Row on HeatmapRow { unit { id name } level peopleCount hasChildren cells { ...Cell } }
  fragment Cell on HeatmapCell {
    value count suppressed reason effectSize { d low high } belowParticipationTarget
  }`;

interface Cell {
  value: number | null;
  count: number | null;
  suppressed: boolean;
  reason: string | null;
  effectSize: { d: number; low: number; high: number } | null;
  belowParticipationTarget: boolean | null;
}
interface Row {
  unit: { id: string; name: string };
  level: number;
  peopleCount: number;
  hasChildren: boolean;
  cells: Cell[];
}
interface Heatmap {
  metric: string;
  minGroupSize: number;
  participationTarget: number;
  periods: string[];
  stale: boolean;
  asOf: string | null;
  period: string | null;
  unit: { id: string; name: string } | null;
  path: Array<{ name: string }>;
  program: { name: string } | null;
  columns: Array<{ capability: { code: string }; organisation: Cell }>;
  total: Row | null;
  rows: Row[];
  csv: string;
}

const unitsOf = ['R', 'F1', 'F2', 'A', 'B', 'C', 'D', 'E'] as const;
type UnitName = (typeof unitsOf)[number];

/** The units whose subtree contains a member placed in `unit`. */
const ancestry: Record<string, UnitName[]> = {
  A: ['A', 'F1', 'R'],
  B: ['B', 'F1', 'R'],
  C: ['C', 'F1', 'R'],
  F1: ['F1', 'R'],
  D: ['D', 'F2', 'R'],
  E: ['E', 'F2', 'R'],
};

describe.each(testEngines())('heatmap on %s', (engine) => {
  let db: Database;
  let org: HeatmapFixture;
  let running: RunningGateway;
  const tokens = new Map<string, string>();

  async function heatmap(personId: string, input: Record<string, unknown>) {
    let token = tokens.get(personId);
    if (!token) tokens.set(personId, (token = await tokenFor(db, personId)));
    return postGraphQL<{ heatmap: Heatmap }>(
      running.url,
      { query: HEATMAP, variables: { input } },
      { token },
    );
  }
  async function view(input: Record<string, unknown>): Promise<Heatmap> {
    const res = await heatmap(org.orgAdminId, input);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.heatmap;
  }
  const unitId = (name: UnitName) => toGlobalId('OrgUnit', org.units[name]);
  const rowByName = (map: Heatmap, name: string) =>
    map.rows.find((row) => row.unit.name.endsWith(` ${name}`));
  const members = (predicate: (member: Member) => boolean) => org.members.filter(predicate);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createHeatmapFixture(db, 'heat');
    running = await startGateway(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('computes the score cells by hand: others’ latest ratings, self-ratings ignored, per unit subtree', async () => {
    const map = await view({ depth: 3, capabilities: ['DELEGATION'] });
    expect(map.minGroupSize).toBe(5);
    expect(map.unit).toBeNull();
    expect(map.rows.map((row) => [row.unit.name, row.level])).toEqual([
      ['Region R', 1],
      ['Function F1', 2],
      ['Team A', 3],
      ['Team B', 3],
      ['Team C', 3],
      ['Function F2', 2],
      ['Team D', 3],
      ['Team E', 3],
    ]);
    const [org29] = map.columns.map((column) => column.organisation);
    expect(org29).toMatchObject({ count: 29, suppressed: false, reason: null });
    expect(org29!.value).toBeCloseTo(98 / 29, 10);
    const expectVisible = (name: string, count: number, total: number) => {
      const cell = rowByName(map, name)!.cells[0]!;
      expect(cell, name).toMatchObject({ count, suppressed: false });
      expect(cell.value, name).toBeCloseTo(total / count, 10);
    };
    expectVisible('R', 29, 98);
    expectVisible('F1', 16, 53);
    expectVisible('B', 7, 27);
    expectVisible('F2', 13, 45);
    expectVisible('D', 7, 17);
    expectVisible('E', 6, 28);
    expect(rowByName(map, 'F1')).toMatchObject({ peopleCount: 16, hasChildren: true });
    expect(rowByName(map, 'E')).toMatchObject({ peopleCount: 6, hasChildren: false });
  });

  it('withholds small cells without value or count, and hides the next-smallest sibling', async () => {
    const map = await view({ unit: unitId('F1'), capabilities: ['DELEGATION', 'FEEDBACK'] });
    expect(map.path.map((unit) => unit.name)).toEqual(['Region R']);
    expect(map.total?.unit.name).toBe('Function F1');
    expect(map.rows.map((row) => row.unit.name)).toEqual(['Team A', 'Team B', 'Team C']);
    for (const column of [0, 1]) {
      // C has 2 people; F1 also holds 1 person directly: 3 hidden < 5, so the
      // smallest visible sibling (A, 6) goes too.
      expect(rowByName(map, 'C')!.cells[column]).toEqual({
        value: null,
        count: null,
        suppressed: true,
        reason: 'BELOW_MIN_GROUP_SIZE',
        effectSize: null,
        belowParticipationTarget: null,
      });
      expect(rowByName(map, 'A')!.cells[column]).toMatchObject({
        value: null,
        count: null,
        suppressed: true,
        reason: 'COMPLEMENTARY',
      });
      expect(rowByName(map, 'B')!.cells[column]).toMatchObject({ count: 7, suppressed: false });
    }
  });

  it('gives deltas with a standardised effect size and its 95% interval', async () => {
    const map = await view({
      unit: unitId('F1'),
      metric: 'DELTA_FROM_BASELINE',
      capabilities: ['DELEGATION'],
    });
    const team = members((member) => member.unit === 'B');
    const pre = team.map((member) => member.pre);
    const post = team.map((member) => member.post);
    const n = team.length;
    const meanOf = (xs: number[]) => sum(xs) / xs.length;
    const sd = (xs: number[]) => Math.sqrt(sum(xs.map((x) => (x - meanOf(xs)) ** 2)) / (xs.length - 1));
    const change = meanOf(post) - meanOf(pre);
    const d = change / Math.sqrt((sd(pre) ** 2 + sd(post) ** 2) / 2);
    const r =
      sum(pre.map((x, i) => (x - meanOf(pre)) * (post[i]! - meanOf(post)))) / (n - 1) / (sd(pre) * sd(post));
    const se = Math.sqrt((2 * (1 - r)) / n + (d * d) / (2 * n));
    const cell = rowByName(map, 'B')!.cells[0]!;
    expect(cell.count).toBe(7);
    expect(cell.value).toBeCloseTo(5 / 7, 10);
    expect(cell.effectSize!.d).toBeCloseTo(d, 8);
    expect(cell.effectSize!.low).toBeCloseTo(d - 1.959964 * se, 6);
    expect(cell.effectSize!.high).toBeCloseTo(d + 1.959964 * se, 6);
  });

  it('rates participation over every manager of the unit and flags units under 60%', async () => {
    const map = await view({
      unit: unitId('R'),
      metric: 'PARTICIPATION_RATE',
      capabilities: ['DELEGATION', 'FEEDBACK'],
    });
    // The target is served with the view, so widgets flag and explain cells against the same value.
    expect(map.participationTarget).toBe(0.6);
    const f2 = rowByName(map, 'F2')!;
    expect(f2.cells[0]).toMatchObject({ count: 13, belowParticipationTarget: true });
    expect(f2.cells[0]!.value).toBeCloseTo(6 / 13, 10);
    expect(map.total!.cells[0]!.value).toBeCloseTo(22 / 29, 10);
    expect(map.total!.cells[0]!.belowParticipationTarget).toBe(false);
    // Only program P focuses on feedback: A, B (6 of 7) and C are enrolled in P.
    expect(map.total!.cells[1]!.value).toBeCloseTo(14 / 29, 10);
    const teams = await view({
      unit: unitId('F2'),
      metric: 'PARTICIPATION_RATE',
      capabilities: ['DELEGATION'],
    });
    expect(rowByName(teams, 'D')!.cells[0]).toMatchObject({
      value: 0,
      count: 7,
      belowParticipationTarget: true,
    });
    expect(rowByName(teams, 'E')!.cells[0]).toMatchObject({
      value: 1,
      count: 6,
      belowParticipationTarget: false,
    });
  });

  it('refuses a program filter cell by cell where the remainder group would be under the minimum', async () => {
    const map = await view({ depth: 3, program: toGlobalId('Program', org.programs.P) });
    expect(map.program?.name).toBe('Program P');
    expect(map.columns.map((column) => column.capability.code)).toEqual(['DELEGATION', 'FEEDBACK']);
    const reasons = Object.fromEntries(map.rows.map((row) => [row.unit.name, row.cells[0]!.reason]));
    expect(reasons).toEqual({
      'Region R': 'COMPLEMENTARY', // the whole-tree check hides it so F1's remainder stays unknown
      'Function F1': 'FILTER_REMAINDER', // 16 people, 14 in P: the other 2 would be exposed
      'Team A': 'COMPLEMENTARY', // hidden without the filter, so hidden with it
      'Team B': 'FILTER_REMAINDER', // 7 people, 6 in P
      'Team C': 'BELOW_MIN_GROUP_SIZE',
      'Function F2': 'COMPLEMENTARY', // else R − F2 gives F1 under P and its remainder of 2
      'Team D': null, // everyone in D is in P: the same figure as unfiltered, nothing to protect
      'Team E': 'BELOW_MIN_GROUP_SIZE',
    });
    // The greedy closure errs on the side of hiding: with F1's remainder at
    // stake it withholds the organisation-wide P figure as well.
    expect(map.columns[0]!.organisation).toMatchObject({ suppressed: true, value: null, count: null });
    expect(rowByName(map, 'D')!.cells[0]!.value).toBeCloseTo(17 / 7, 10);
  });

  it('refuses a period filter where one late rater would be isolated', async () => {
    const map = await view({ unit: unitId('F1'), period: '2026-Q2', capabilities: ['DELEGATION'] });
    expect(map.periods).toEqual(expect.arrayContaining(['2026-Q1', '2026-Q2', '2026-Q3']));
    expect(rowByName(map, 'B')!.cells[0]).toMatchObject({
      suppressed: true,
      reason: 'FILTER_REMAINDER',
      value: null,
    });
  });

  it('lets no sequence of views and filters recover any group under the minimum', async () => {
    // Atoms: groups of people who are indistinguishable to every view. The
    // attacker learns Σ over atoms of (count, total) for every visible cell;
    // a group is exposed when its indicator vector is in the span of those.
    const late = org.lateRaterId;
    const atoms = [
      { name: 'A/P', who: (m: Member) => m.unit === 'A' },
      { name: 'B/P on time', who: (m: Member) => m.unit === 'B' && m.program === 'P' && m.id !== late },
      { name: 'B/P late', who: (m: Member) => m.id === late },
      { name: 'B/Q', who: (m: Member) => m.unit === 'B' && m.program === 'Q' },
      { name: 'C/P', who: (m: Member) => m.unit === 'C' },
      { name: 'F1 direct/Q', who: (m: Member) => m.unit === 'F1' },
      { name: 'D/P', who: (m: Member) => m.unit === 'D' },
      { name: 'E/Q', who: (m: Member) => m.unit === 'E' },
    ].map((atom) => ({ ...atom, people: org.members.filter(atom.who) }));
    expect(sum(atoms.map((atom) => atom.people.length))).toBe(org.members.length);

    const equations: number[][] = [];
    const filters: Array<{ program?: 'P' | 'Q'; period?: string }> = [];
    for (const program of [undefined, 'P', 'Q'] as const) {
      // Q1 holds only PRE ratings (a different figure), so Q2/Q3 are the periods whose values add up with all-time ones.
      for (const period of [undefined, '2026-Q2', '2026-Q3']) filters.push({ program, period });
    }
    const scopes: Array<UnitName | null> = [null, ...unitsOf];
    let visibleCells = 0;
    for (const filter of filters) {
      const inFilter = (m: Member) =>
        (!filter.program || m.program === filter.program) &&
        (!filter.period || (filter.period === '2026-Q3') === (m.id === late));
      const vectorFor = (unit: UnitName | null) =>
        atoms.map((atom) => {
          const inside = atom.people.filter(
            (m) => inFilter(m) && (unit === null || ancestry[m.unit]!.includes(unit)),
          );
          return inside.length > 0 ? 1 : 0;
        });
      for (const scope of scopes) {
        for (const depth of [1, 2, 3]) {
          const map = await view({
            capabilities: ['DELEGATION'],
            depth,
            ...(scope ? { unit: unitId(scope) } : {}),
            ...(filter.program ? { program: toGlobalId('Program', org.programs[filter.program]) } : {}),
            ...(filter.period ? { period: filter.period } : {}),
          });
          const cells: Array<[UnitName | null, Cell]> = [
            [null, map.columns[0]!.organisation],
            ...(map.total ? [[scope, map.total.cells[0]!] as [UnitName | null, Cell]] : []),
            ...map.rows.map(
              (row) => [row.unit.name.split(' ')[1] as UnitName, row.cells[0]!] as [UnitName, Cell],
            ),
          ];
          for (const [unit, cell] of cells) {
            if (cell.suppressed) {
              expect(cell.value).toBeNull();
              expect(cell.count).toBeNull();
              continue;
            }
            visibleCells += 1;
            const vector = vectorFor(unit);
            // The count the gateway reports is the size of exactly this group.
            expect(cell.count).toBe(
              sum(atoms.map((atom, i) => (vector[i] ? atom.people.filter(inFilter).length : 0))),
            );
            equations.push(vector);
          }
        }
      }
    }
    expect(visibleCells).toBeGreaterThan(20);

    const rank = (rows: number[][]): number => {
      const m = rows.map((row) => [...row]);
      let r = 0;
      for (let c = 0; c < atoms.length && r < m.length; c += 1) {
        const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
        if (pivot < 0) continue;
        [m[r], m[pivot]] = [m[pivot]!, m[r]!];
        for (let i = 0; i < m.length; i += 1) {
          if (i === r) continue;
          const factor = m[i]![c]! / m[r]![c]!;
          if (factor !== 0) m[i] = m[i]!.map((value, j) => value - factor * m[r]![j]!);
        }
        r += 1;
      }
      return r;
    };
    const base = rank(equations);
    const exposed: string[] = [];
    for (let mask = 1; mask < 1 << atoms.length; mask += 1) {
      const chosen = atoms.filter((_, i) => mask & (1 << i));
      const people = sum(chosen.map((atom) => atom.people.length));
      if (people >= 5) continue;
      const indicator = atoms.map((_, i) => (mask & (1 << i) ? 1 : 0));
      if (rank([...equations, indicator]) === base) exposed.push(chosen.map((atom) => atom.name).join(' + '));
    }
    expect(exposed).toEqual([]);
  });

  it('writes the CSV of exactly what the viewer sees', async () => {
    const map = await view({ unit: unitId('F1'), capabilities: ['DELEGATION'] });
    const lines = map.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('"Unit","Kind","Level","Managers","Delegation","Delegation (n)"');
    expect(lines[1]).toBe(`"Organisation","ORGANISATION","","",${Number((98 / 29).toFixed(3))},29`);
    expect(lines[2]).toBe(`"Function F1","FUNCTION","0","16",${Number((53 / 16).toFixed(3))},16`);
    expect(lines[3]).toBe('"Team A","TEAM","1","6","suppressed (complementary)",""');
    expect(lines[4]).toBe(`"Team B","TEAM","1","7",${Number((27 / 7).toFixed(3))},7`);
    expect(lines[5]).toBe('"Team C","TEAM","1","2","suppressed (below min group size)",""');
    expect(lines).toHaveLength(6);
  });

  it('writes the CSV in the viewer’s language: headers and suppressed cells', async () => {
    const { token } = await mintToken(db, { personId: org.orgAdminId }, { locale: 'fr' });
    const french = await postGraphQL<{ heatmap: Heatmap }>(
      running.url,
      { query: HEATMAP, variables: { input: { unit: unitId('F1'), capabilities: ['DELEGATION'] } } },
      { token },
    );
    expect(french.body.errors).toBeUndefined();
    const lines = french.body.data!.heatmap.csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^"Unité","Type","Niveau","Managers","[^"]+","[^"]+ \(n\)"$/);
    expect(lines[3]).toBe('"Team A","TEAM","1","6","masqué (complémentaire)",""');
    expect(lines[5]).toBe('"Team C","TEAM","1","2","masqué (sous la taille minimale de groupe)",""');
  });

  it('is for program and organisation admins; managers only for their own subtree when allowed', async () => {
    // A program admin sees the aggregates of the programs assigned to them, never the whole
    // organisation's or another program's.
    const programP = { program: toGlobalId('Program', org.programs.P) };
    for (const input of [{}, programP]) {
      const refused = await heatmap(org.programAdminId, input);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.body.errors?.[0]?.message).toMatch(/^Program admins see the heatmap of the programs/);
      expect(refused.body.data).toBeNull();
    }
    await db.query(
      `insert into program_admins (org_id, program_id, person_id, assigned_at) values ($1, $2, $3, now())`,
      [org.orgId, org.programs.P, org.programAdminId],
    );
    expect((await heatmap(org.programAdminId, programP)).body.data?.heatmap.rows).toHaveLength(1);
    const otherProgram = await heatmap(org.programAdminId, {
      program: toGlobalId('Program', org.programs.Q),
    });
    expect(otherProgram.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await heatmap(org.programAdminId, {})).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const participant = await heatmap(org.participantId, {});
    expect(participant.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(participant.body.data).toBeNull();
    const manager = await heatmap(org.functionHeadId, {});
    expect(manager.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await db.query(
      `update organisations set settings = settings || '{"managerHeatmapAccess":"OWN_SUBTREE"}' where id = $1`,
      [org.orgId],
    );
    const own = await heatmap(org.functionHeadId, { capabilities: ['DELEGATION'] });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.heatmap.unit?.name).toBe('Function F1');
    expect(own.body.data!.heatmap.rows.map((row) => row.unit.name)).toEqual(['Team A', 'Team B', 'Team C']);
    // The same suppression as the admin sees: it is a function of the tree, not of the viewer.
    expect(own.body.data!.heatmap.rows.map((row) => row.cells[0]!.reason)).toEqual([
      'COMPLEMENTARY',
      null,
      'BELOW_MIN_GROUP_SIZE',
    ]);
    expect((await heatmap(org.functionHeadId, { unit: unitId('B') })).body.errors).toBeUndefined();
    for (const outside of ['F2', 'R'] as const) {
      const res = await heatmap(org.functionHeadId, { unit: unitId(outside) });
      expect(res.body.errors?.[0]?.extensions?.code, outside).toBe('FORBIDDEN');
    }
    await db.query(`update organisations set settings = settings - 'managerHeatmapAccess' where id = $1`, [
      org.orgId,
    ]);
  });

  it('rejects bad input and foreign ids', async () => {
    const badDepth = await heatmap(org.orgAdminId, { depth: 4 });
    expect(badDepth.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badPeriod = await heatmap(org.orgAdminId, { period: '2026-13' });
    expect(badPeriod.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCode = await heatmap(org.orgAdminId, { capabilities: ['NOPE'] });
    expect(badCode.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await heatmap(org.orgAdminId, {
      unit: toGlobalId('OrgUnit', '00000000-0000-4000-8000-000000000000'),
    });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('never shows a participation rate whose participants or non-participants number 1…k−1', async () => {
    let visible = 0;
    for (const program of [undefined, 'P', 'Q'] as const) {
      for (const period of [undefined, '2026-Q2']) {
        for (const scope of [null, 'F1', 'F2'] as const) {
          const map = await view({
            metric: 'PARTICIPATION_RATE',
            depth: 3,
            capabilities: ['DELEGATION', 'FEEDBACK'],
            ...(scope ? { unit: unitId(scope) } : {}),
            ...(program ? { program: toGlobalId('Program', org.programs[program]) } : {}),
            ...(period ? { period } : {}),
          });
          const cells = [
            ...map.columns.map((column) => column.organisation),
            ...[map.total, ...map.rows].flatMap((row) => row?.cells ?? []),
          ];
          for (const cell of cells.filter((c) => !c.suppressed)) {
            visible += 1;
            const yes = Math.round(cell.value! * cell.count!);
            const label = JSON.stringify({ program, period, scope, cell });
            expect(yes === 0 || yes >= 5, label).toBe(true);
            expect(cell.count! - yes === 0 || cell.count! - yes >= 5, label).toBe(true);
          }
        }
      }
    }
    expect(visible).toBeGreaterThan(10);
    // As reported: one of Team B's seven managers is enrolled in Q, so B's Q rate (1/7) named them.
    const q = await view({
      unit: unitId('F1'),
      metric: 'PARTICIPATION_RATE',
      program: toGlobalId('Program', org.programs.Q),
      capabilities: ['DELEGATION'],
    });
    expect(rowByName(q, 'B')!.cells[0]).toMatchObject({ suppressed: true, value: null, count: null });
  });

  /** Moves two of Team E's six to Team D (E drops under the minimum) for the length of `work`. */
  async function withTwoOfEInD(work: (movers: string[]) => Promise<void>): Promise<void> {
    const movers = members((member) => member.unit === 'E')
      .slice(0, 2)
      .map((member) => member.id);
    try {
      await work(movers);
    } finally {
      await db.query('update people set org_unit_id = $2 where id = any($1::uuid[])', [movers, org.units.E]);
      await db.withTenant(org.orgId, (tx) => refreshAggregates(tx, org.orgId));
    }
  }
  const moveSql = 'update people set org_unit_id = $2 where id = any($1::uuid[])';

  it('re-checks every cell against the minimum as it is emitted, whatever decision was cached', async () => {
    // A filtered view's whole-tree decision is cached per refresh of the aggregates.
    const request = {
      unitId: org.units.F2,
      depth: 1,
      capabilityCodes: ['DELEGATION'],
      metric: 'SCORE' as const,
      programId: org.programs.Q,
      period: null,
    };
    const viewer = {
      personId: org.orgAdminId,
      roles: ['ORG_ADMIN'] as Role[],
      managesRequestedProgram: true,
    };
    const build = (settings: AnalyticsSettings) =>
      db.withTenant(org.orgId, (tx) => buildHeatmap(tx, org.orgId, request, viewer, settings));
    const teamE = (map: Awaited<ReturnType<typeof build>>) =>
      map.rows.find((row) => row.unit.name === 'Team E')!.cells[0]!;
    await view({});
    const earlier = await db.withTenant(org.orgId, (tx) => analyticsSettings(tx, org.orgId));
    expect(teamE(await build(earlier))).toMatchObject({ count: 6, suppressed: false });
    await withTwoOfEInD(async (movers) => {
      await db.query(moveSql, [movers, org.units.D]);
      await db.withTenant(org.orgId, (tx) => refreshAggregates(tx, org.orgId));
      // Settings of the earlier refresh, aggregates of the newer one: the cached decision shows E.
      expect(teamE(await build(earlier))).toMatchObject({ suppressed: true, value: null, count: null });
    });
  });

  it.runIf(engine === 'postgres')(
    'answers from one snapshot while a rebuild commits in the middle of the request',
    async () => {
      const [{ name } = { name: '' }] = await db.query<{ name: string }>('select current_database() as name');
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${name}`;
      const other = await openDatabase({ engine: 'postgres', url: url.toString(), migrate: false });
      let race: (() => Promise<void>) | null = null;
      // The gateway's database, except that the first read of the aggregates
      // waits for a rebuild committed on another connection.
      const racing = wrapTenantStatements(db, (tx) => ({
        async query<R extends object>(sql: string, params?: readonly unknown[]) {
          const pending = race;
          if (pending && sql.includes('from analytics_unit_aggregates')) {
            race = null;
            await pending();
          }
          return tx.query<R>(sql, params);
        },
      }));
      const racingGateway = await startGateway(racing);
      try {
        const input = { unit: unitId('F2'), capabilities: ['DELEGATION'] };
        const before = await view(input);
        expect(rowByName(before, 'E')!.cells[0]).toMatchObject({ count: 6 });
        await withTwoOfEInD(async (movers) => {
          race = () =>
            other.transaction(async (tx) => {
              await tx.query(moveSql, [movers, org.units.D]);
              await tx.query('select cw_refresh_analytics($1)', [org.orgId]);
            });
          const res = await postGraphQL<{ heatmap: Heatmap }>(
            racingGateway.url,
            { query: HEATMAP, variables: { input } },
            { token: await tokenFor(db, org.orgAdminId) },
          );
          expect(race).toBeNull();
          const raced = res.body.data!.heatmap;
          // Everything as of the refresh the answer names: E still six, D still seven.
          expect(raced.asOf).toBe(before.asOf);
          expect(rowByName(raced, 'E')!.cells[0]).toMatchObject({ count: 6, suppressed: false });
          expect(rowByName(raced, 'D')!.cells[0]).toMatchObject({ count: 7, suppressed: false });
          // The rebuild did commit: the next request sees it (E under the minimum, D hidden with it).
          const after = await view(input);
          expect(after.asOf).not.toBe(before.asOf);
          expect(rowByName(after, 'E')!.cells[0]).toMatchObject({ suppressed: true, count: null });
          expect(rowByName(after, 'D')!.cells[0]).toMatchObject({ suppressed: true, count: null });
        });
      } finally {
        await racingGateway.close();
        await other.close();
      }
    },
  );

  it('rebuilds the aggregates after a write', async () => {
    const before = await view({ unit: unitId('F2'), capabilities: ['DELEGATION'] });
    expect(rowByName(before, 'E')!.cells[0]!.value).toBeCloseTo(28 / 6, 10);
    const person = members((member) => member.unit === 'E')[0]!;
    // The fixture's pulses are closed, and a closed pulse's ratings are frozen (migration 0050); the
    // rebuild is what is under test here, so the freeze is lifted for this test's own writes only.
    await db.query(`alter table assessments disable trigger assessments_pulse_frozen_update`);
    try {
      await db.query(
        `update assessments set score = 1 where org_id = $1 and subject_id = $2 and capability_code = 'DELEGATION'
           and phase = 'POST' and rater_type = 'MANAGER'`,
        [org.orgId, person.id],
      );
      // Rebuilt inline, or (when the last rebuild was slow, as a cold first one can be) in the
      // background while the answers say stale: either way a fresh answer comes with the write.
      const after = await vi.waitFor(
        async () => {
          const fresh = await view({ unit: unitId('F2'), capabilities: ['DELEGATION'] });
          expect(fresh.stale).toBe(false);
          return fresh;
        },
        { timeout: 20_000, interval: 100 },
      );
      expect(rowByName(after, 'E')!.cells[0]!.value).toBeCloseTo((28 - person.post + 1) / 6, 10);
    } finally {
      await db.query(
        `update assessments set score = $3 where org_id = $1 and subject_id = $2 and capability_code = 'DELEGATION'
           and phase = 'POST' and rater_type = 'MANAGER'`,
        [org.orgId, person.id, person.post],
      );
      await db.query(`alter table assessments enable trigger assessments_pulse_frozen_update`);
    }
  });
});
