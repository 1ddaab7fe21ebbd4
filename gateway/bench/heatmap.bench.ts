/**
 * Heatmap latency at 1,000, 10,000 and 100,000 managers on PostgreSQL.
 *
 * Each size gets a fresh database seeded by the seed generator (one
 * organisation), then one aggregate rebuild (timed), then the views an admin
 * clicks through, each asked over HTTP through the real gateway: the root, a
 * drill-down into the largest region, its largest function and a team, the
 * delta metric, and a program and a period filter (decided over the whole
 * tree). Figures: median and p95 of 15 runs after 3 warm-ups. Baselines
 * measured in the same run: the gateway's floor (`{ viewer { id } }` over the
 * same HTTP path), the heatmap built in process (no HTTP), and the root view
 * computed straight from the ratings table (what the aggregates save), and the
 * largest views executed by graphql-js's interpreter instead of graphql-jit.
 *
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the
 * server; HEATMAP_BENCH_SIZES=1000,10000 picks sizes.
 */
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../src/db/index.js';
import type { Database } from '../src/db/types.js';
import { toGlobalId } from '../src/ids.js';
import { buildHeatmap } from '../src/modules/analytics/heatmap.js';
import { analyticsRebuilds } from '../src/config.js';
import { analyticsSettings } from '../src/modules/analytics/sql.js';
import { seed } from '../src/seed/index.js';
import { postGraphQL, startGateway, tokenFor } from '../src/testing/harness.js';
import { admin, benchDatabase, time, type Timing } from './support/timing.js';

const sizes = (process.env.HEATMAP_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);

const QUERY = `query Bench($input: HeatmapInput!) {
  heatmap(input: $input) {
    stale
    columns { capability { code } organisation { value count suppressed } }
    rows { unit { id name } peopleCount hasChildren cells { value count suppressed reason effectSize { d } } }
  }
}`;

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

/**
 * The refresh after one person's change, beside the full rebuild: one session of theirs completed
 * (or, when none is booked, one completed session marked a no-show), and one manager moved to
 * another unit. Each run changes another person, so every refresh has work to do.
 */
async function incrementalRefreshes(db: Database, orgId: string): Promise<Record<string, Timing>> {
  const runs = 7;
  const sessions = await db.query<{ id: string; status: string }>(
    `select s.id, s.status from sessions s
     where s.org_id = $1 and s.status in ('BOOKED', 'COMPLETED') and s.starts_at < now()
     order by s.status, s.id limit $2`,
    [orgId, runs],
  );
  const movers = await db.query<{ id: string; to_unit: string }>(
    `select p.id, (select u.id from org_units u where u.org_id = p.org_id and u.id <> p.org_unit_id
                   and exists (select 1 from people q where q.org_id = u.org_id and q.org_unit_id = u.id
                               and q.job_level <> 'IC') order by u.id limit 1) as to_unit
     from people p where p.org_id = $1 and p.job_level <> 'IC'
       and (select count(*) from people q where q.org_id = p.org_id and q.org_unit_id = p.org_unit_id
            and q.job_level <> 'IC') > 1
     order by p.id limit $2`,
    [orgId, runs],
  );
  const refresh = async (): Promise<number> => {
    const started = performance.now();
    const [row] = await db.query<{ kind: string }>(
      `select cw_refresh_analytics_incremental($1, make_interval(secs => $2), $3) as kind`,
      [orgId, analyticsRebuilds.incrementalMaxAgeSeconds, analyticsRebuilds.incrementalMaxPeople],
    );
    const elapsed = performance.now() - started;
    if (row?.kind !== 'incremental') throw new Error(`expected an incremental refresh, got ${row?.kind}`);
    return elapsed;
  };
  const timed = async (changes: Array<() => Promise<unknown>>): Promise<Timing> => {
    const samples: number[] = [];
    for (const change of changes) {
      await change();
      samples.push(await refresh());
    }
    samples.sort((a, b) => a - b);
    return {
      median: samples[Math.floor(samples.length / 2)]!,
      p95: samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)]!,
    };
  };
  return {
    'refresh after one session completed': await timed(
      sessions.map(
        (session) => () =>
          db.query(`update sessions set status = $2 where id = $1`, [
            session.id,
            session.status === 'BOOKED' ? 'COMPLETED' : 'NO_SHOW',
          ]),
      ),
    ),
    'refresh after one manager moved': await timed(
      movers.map(
        (mover) => () =>
          db.query('update people set org_unit_id = $2 where id = $1', [mover.id, mover.to_unit]),
      ),
    ),
  };
}

async function benchSize(managers: number): Promise<Record<string, Timing>> {
  // HEATMAP_BENCH_KEEP=1 keeps each size's database (cw_bench_heatmap_<managers>) and reuses it on
  // the next run, so a change to the read path can be measured without seeding 100,000 managers again.
  const keep = process.env.HEATMAP_BENCH_KEEP === '1';
  const name = keep ? `cw_bench_heatmap_${managers}` : `cw_bench_heatmap_${randomBytes(4).toString('hex')}`;
  const { url, reused } = await benchDatabase(name);
  let db: Database | null = null;
  try {
    db = await openDatabase({ engine: 'postgres', url, maxConnections: 8 });
    const seeded = reused
      ? {
          elapsedMs: Number.NaN,
          organisations: await db.query<{ id: string }>('select id from organisations order by slug limit 1'),
        }
      : await seed(db, {
          seed: 42,
          managers,
          organisations: 1,
          // Every manager in the organisation-wide 360 (≈50 ratings each: ≈5 million at 100,000),
          // written without per-row foreign-key checks; the aggregates are rebuilt below.
          leadershipPulse: true,
          trustedBulkLoad: true,
          log: () => {},
        });
    const orgId = seeded.organisations[0]!.id;
    const [counts] = await db.query<{ ratings: number; units: number; managers: number }>(
      `select (select count(*) from assessments)::int as ratings, (select count(*) from org_units)::int as units,
              (select count(*) from people where job_level <> 'IC')::int as managers`,
    );
    await db.query('ANALYZE');
    // A reused database already holds its aggregates; HEATMAP_BENCH_REFRESH=0 skips the (minutes-long
    // at 100,000 managers) rebuild when only the read path changed.
    const refresh = !(reused && process.env.HEATMAP_BENCH_REFRESH === '0');
    const refreshStarted = performance.now();
    if (refresh) await db.query('select cw_refresh_analytics($1)', [orgId]);
    const refreshMs = performance.now() - refreshStarted;
    const results0: Record<string, Timing> = {};
    await db.query('ANALYZE analytics_unit_aggregates');
    console.log(
      `\n${managers.toLocaleString('en')} managers requested: ${counts!.managers.toLocaleString('en')} managers, ` +
        `${counts!.units.toLocaleString('en')} org units, ${counts!.ratings.toLocaleString('en')} ratings; ` +
        `${reused ? `reused ${name}` : `seeded in ${(seeded.elapsedMs / 1000).toFixed(1)} s`}, ` +
        (refresh ? `aggregates rebuilt in ${(refreshMs / 1000).toFixed(1)} s` : 'aggregates kept'),
    );

    const incremental = await incrementalRefreshes(db, orgId);
    for (const [label, timing] of Object.entries(incremental)) {
      results0[label] = timing;
      console.log(
        `  ${label.padEnd(34)} median ${ms(timing.median)}  p95 ${ms(timing.p95)}` +
          (refresh ? `  → ${(refreshMs / timing.median).toFixed(0)}× faster than the full rebuild` : ''),
      );
    }

    const [adminPerson] = await db.query<{ id: string }>(
      `select id from people where org_id = $1 and 'ORG_ADMIN' = any(roles) order by id limit 1`,
      [orgId],
    );
    const pick = async (sql: string, params: unknown[]) =>
      (await db!.query<{ id: string }>(sql, params))[0]?.id ?? null;
    // The child of `parent` (at `level` in the path, 1 = root) with the most people below it.
    const biggestChild = (parent: string | null, level: number) =>
      pick(
        `select u.path[$3] as id from people p join org_units u on u.org_id = p.org_id and u.id = p.org_unit_id
         where p.org_id = $1 and cardinality(u.path) >= $3 and ($2::uuid is null or u.path[$3 - 1] = $2::uuid)
         group by 1 order by count(*) desc, 1 limit 1`,
        [orgId, parent, level],
      );
    const region = await biggestChild(null, 1);
    const fn = region ? await biggestChild(region, 2) : null;
    const team = fn ? await biggestChild(fn, 3) : null;
    const program = await pick(
      `select p.id from programs p join enrolments e on e.program_id = p.id
       where p.org_id = $1 group by p.id order by count(*) desc, p.id limit 1`,
      [orgId],
    );
    const [state] = await db.query<{ periods: string[] }>(
      'select periods from analytics_refresh_state where org_id = $1',
      [orgId],
    );
    const period = state?.periods.at(-2) ?? state?.periods.at(-1) ?? null;

    const running = await startGateway(db);
    const token = await tokenFor(db, adminPerson!.id, 3600);
    const views: Array<[string, Record<string, unknown>]> = [
      ['root', {}],
      ['region', { unit: toGlobalId('OrgUnit', region!) }],
      ['function', { unit: toGlobalId('OrgUnit', fn!) }],
      ['team', { unit: toGlobalId('OrgUnit', team!) }],
      ['root, depth 2', { depth: 2 }],
      ['function, delta', { unit: toGlobalId('OrgUnit', fn!), metric: 'DELTA_FROM_BASELINE' }],
      ['region, participation', { unit: toGlobalId('OrgUnit', region!), metric: 'PARTICIPATION_RATE' }],
      ['root, program filter', { program: toGlobalId('Program', program!) }],
      ['function, period filter', { unit: toGlobalId('OrgUnit', fn!), period }],
    ];
    const results: Record<string, Timing> = { ...results0 };
    try {
      // The gateway's own floor: token check, Apollo, one tenant transaction.
      const floor = await time(async () => {
        await postGraphQL(running.url, { query: '{ viewer { id } }' }, { token });
      });
      results['floor: viewer query'] = floor;
      console.log(
        `  ${'floor: { viewer { id } }'.padEnd(26)} median ${ms(floor.median)}  p95 ${ms(floor.p95)}`,
      );
      for (const [label, input] of views) {
        const probe = await postGraphQL<{ heatmap: { rows: unknown[]; stale: boolean } }>(
          running.url,
          { query: QUERY, variables: { input } },
          { token },
        );
        if (probe.body.errors) throw new Error(`${label}: ${JSON.stringify(probe.body.errors)}`);
        const result = await time(async () => {
          await postGraphQL(running.url, { query: QUERY, variables: { input } }, { token });
        });
        results[label] = result;
        console.log(
          `  ${label.padEnd(26)} median ${ms(result.median)}  p95 ${ms(result.p95)}  (${probe.body.data!.heatmap.rows.length} rows)`,
        );
      }
      // Baseline for the executor: the same views through graphql-js's interpreter.
      const interpreted = await startGateway(db, { execution: 'interpreted' });
      try {
        for (const [label, input] of views.filter(([label]) =>
          ['function', 'root, depth 2'].includes(label),
        )) {
          const result = await time(async () => {
            await postGraphQL(interpreted.url, { query: QUERY, variables: { input } }, { token });
          });
          const compiled = results[label]!;
          results[`interpreted: ${label}`] = result;
          console.log(
            `  ${`interpreted: ${label}`.padEnd(26)} median ${ms(result.median)}  p95 ${ms(result.p95)}` +
              `  → compiled is ${(result.median / compiled.median).toFixed(1)}× faster`,
          );
        }
      } finally {
        await interpreted.close();
      }
    } finally {
      await running.close();
    }
    const settings = await db.withTenant(orgId, (tx) => analyticsSettings(tx, orgId));
    for (const [label, unitId, metric] of [
      ['in-process: root', null, 'SCORE'],
      ['in-process: function', fn, 'SCORE'],
      ['in-process: function, delta', fn, 'DELTA_FROM_BASELINE'],
    ] as const) {
      const inProcess = await time(async () => {
        await db!.withTenant(orgId, (tx) =>
          buildHeatmap(
            tx,
            orgId,
            { unitId, depth: 1, capabilityCodes: null, metric, programId: null, period: null },
            { personId: adminPerson!.id, roles: ['ORG_ADMIN'], managesRequestedProgram: false },
            settings,
          ),
        );
      });
      results[label] = inProcess;
      console.log(`  ${label.padEnd(26)} median ${ms(inProcess.median)}  p95 ${ms(inProcess.p95)}`);
    }
    const baseline = await time(async () => {
      await db!.query(
        `select u.path[1] as region, a.capability_code, avg(a.score), count(distinct a.subject_id)
         from assessments a join people p on p.id = a.subject_id join org_units u on u.id = p.org_unit_id
         where a.org_id = $1 and a.rater_type <> 'SELF' group by 1, 2`,
        [orgId],
      );
    });
    results['baseline: root from raw ratings'] = baseline;
    console.log(
      `  ${'baseline: root, raw SQL'.padEnd(26)} median ${ms(baseline.median)}  p95 ${ms(baseline.p95)}` +
        `  → aggregates are ${(baseline.median / results.root!.median).toFixed(1)}× faster`,
    );
    return results;
  } finally {
    await db?.close();
    if (!keep) await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

const all: Array<[number, Record<string, Timing>]> = [];
for (const size of sizes) all.push([size, await benchSize(size)]);
const [firstSize, first] = all[0]!;
console.log(`\nRoot and drill-down medians relative to ${firstSize.toLocaleString('en')} managers:`);
for (const [size, results] of all) {
  const ratio = (label: string) => (results[label]!.median / first[label]!.median).toFixed(2);
  console.log(
    `  ${size.toLocaleString('en').padStart(7)}: root ${ratio('root')}×, region ${ratio('region')}×, function ${ratio('function')}×, team ${ratio('team')}×`,
  );
}
const worst = Math.max(
  ...all.flatMap(([, results]) => ['root', 'region', 'function', 'team'].map((label) => results[label]!.p95)),
);
console.log(`Slowest root/drill-down p95: ${worst.toFixed(1)} ms (target < 200 ms)`);
