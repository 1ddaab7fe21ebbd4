/**
 * The gateway against the least a server must do for the same answers, side by side in one run,
 * on PostgreSQL over loopback, measured by autocannon (bounded by BENCH_SECONDS per run).
 *
 * - The gateway: the compiled build (gateway/dist, built first when older than src) under plain
 *   `node`, production mode, in its own process (support/serve-built-gateway.mjs).
 * - The baseline, in its own process (support/baseline-server.mjs): HS256 verification with a
 *   cached key, one tenant transaction, graphql-js for `{ viewer { id name } }`; for each widget's
 *   first-load query, the very statements the gateway sent for it (recorded here), replayed in one
 *   tenant transaction and answered as JSON.
 *
 * Prints req/s, p50 and p99 of both, their ratio and statements per request, for each query and
 * connection count; judges the targets (viewer ≥ 80 % of the baseline with p99 < 100 ms at 50
 * connections; each widget query ≥ 50 % of its baseline, i.e. within 2×). DATABASE_URL names the
 * server (a temporary database is created and dropped); BENCH_CONNECTIONS=10,50 and BENCH_SECONDS=5;
 * BENCH_GATEWAY_DIST=<folder> measures another compiled gateway (an earlier commit's dist);
 * BENCH_QUERIES=viewer,heatmap measures only the queries whose names contain one of those words.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  CwGoalTrackerDocument,
  CwProgressCardDocument,
  CwQualityHeatmapDocument,
  CwSessionBookerEnrolmentDocument,
} from '../../packages/schema/src/gql/graphql.js';
import { mintToken } from '../src/auth/tokens.js';
import { openDatabase } from '../src/db/index.js';
import { DEMO_PEOPLE } from '../src/seed/demo-people.js';
import { DEFAULT_SEED_OPTIONS, seed } from '../src/seed/index.js';
import { postGraphQL, startGateway } from '../src/testing/harness.js';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.log('throughput: skipped, it compares against PostgreSQL (set DATABASE_URL).');
  process.exit(0);
}
const connectionCounts = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const onlyQueries = process.env.BENCH_QUERIES?.split(',').filter(Boolean) ?? [];
const gatewayRoot = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(folder: string): number {
  let newest = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(folder, name));
    if (stat.isFile()) newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

function ensureBuild(): void {
  if (process.env.BENCH_GATEWAY_DIST) return;
  const built = join(gatewayRoot, 'dist', 'server.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(gatewayRoot, 'src'))) return;
  console.log('building the gateway (gateway/dist)…');
  const result = spawnSync(process.execPath, [join(gatewayRoot, 'scripts', 'build.mjs')], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('the gateway build failed');
}

interface Child {
  url: string;
  close(): Promise<void>;
}

function startChild(script: string, env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, [join(gatewayRoot, 'bench', 'support', script)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited before it was ready (${code})`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      resolve({ url: (JSON.parse(line) as { url: string }).url, close });
    });
  });
}

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
  /** Answers that were not 2xx, errors and timeouts: counted, and they fail the verdict. */
  failures: number;
}

async function load(url: string, token: string, body: string, connections: number): Promise<Figures> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${token}`,
    },
    body,
  });
  // A fast error is not throughput: failures are subtracted and shown.
  const failures = result.non2xx + result.errors + result.timeouts;
  return {
    perSecond: (result.requests.total - failures) / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures,
  };
}

const databaseName = `cw_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database ${databaseName}`);
const url = new URL(serverUrl);
url.pathname = `/${databaseName}`;
const databaseUrl = url.toString();

const children: Child[] = [];
let failed = false;
try {
  ensureBuild();
  const db = await openDatabase({ url: databaseUrl });
  await seed(db, { ...DEFAULT_SEED_OPTIONS, log: () => {} });
  const cast = DEMO_PEOPLE.northwind;
  const participant = (await mintToken(db, { email: cast.participant.email }, { ttlSeconds: 3600 })).token;
  const orgAdmin = (await mintToken(db, { email: cast.orgAdmin.email }, { ttlSeconds: 3600 })).token;

  // The queries, their variables and the statements the gateway sends for each, recorded in
  // process (the same SQL as the build) on the second asking, once caches are warm.
  const recorder = await startGateway(db);
  interface Answers {
    progressCard?: { progress?: { enrolment?: { id: string } | null } | null } | null;
    heatmap?: { rows: Array<{ hasChildren: boolean; unit: { id: string } }> };
  }
  const ask = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<Answers>(recorder.url, { query, variables }, { token });
  const card = await ask(participant, String(CwProgressCardDocument), { locale: 'es' });
  const enrolmentId = card.body.data?.progressCard?.progress?.enrolment?.id;
  const root = await ask(orgAdmin, String(CwQualityHeatmapDocument), { input: {}, locale: 'en' });
  const region = root.body.data?.heatmap?.rows.find((row) => row.hasChildren)?.unit.id;
  const drill = await ask(orgAdmin, String(CwQualityHeatmapDocument), {
    input: { unit: region },
    locale: 'en',
  });
  const fn = drill.body.data?.heatmap?.rows.find((row) => row.hasChildren)?.unit.id ?? region;
  const monday = new Date();
  monday.setUTCDate(monday.getUTCDate() + ((8 - monday.getUTCDay()) % 7 || 7));
  monday.setUTCHours(0, 0, 0, 0);
  const sunday = new Date(monday.getTime() + 7 * 86_400_000);

  const queries: Array<{ name: string; token: string; query: string; variables: Record<string, unknown> }> = [
    { name: 'viewer { id name }', token: participant, query: '{ viewer { id name } }', variables: {} },
    {
      name: 'tracker list',
      token: participant,
      query: String(CwGoalTrackerDocument),
      // The tracker's first page, as it asks on first load.
      variables: { locale: 'es', first: 20 },
    },
    {
      name: 'booker slots, one week',
      token: participant,
      query: String(CwSessionBookerEnrolmentDocument),
      variables: {
        id: enrolmentId,
        from: monday.toISOString(),
        to: sunday.toISOString(),
        timeZone: 'Europe/Madrid',
        locale: 'es',
        slots: true,
      },
    },
    {
      name: 'progress card',
      token: participant,
      query: String(CwProgressCardDocument),
      variables: { locale: 'es' },
    },
    {
      name: 'heatmap root',
      token: orgAdmin,
      query: String(CwQualityHeatmapDocument),
      variables: { input: {}, locale: 'en' },
    },
    {
      name: 'heatmap function drill-down',
      token: orgAdmin,
      query: String(CwQualityHeatmapDocument),
      variables: { input: { unit: fn, depth: 1 }, locale: 'en' },
    },
  ];

  const replays: Record<string, Array<{ sql: string; params: unknown[] }>> = {};
  for (const [index, query] of queries.entries()) {
    const first = await ask(query.token, query.query, query.variables);
    if (first.status !== 200 || first.body.errors) {
      throw new Error(`${query.name}: ${first.status} ${JSON.stringify(first.body.errors)?.slice(0, 300)}`);
    }
    const statements: Array<{ sql: string; params: unknown[] }> = [];
    const stop = db.onStatement((sql, params) => statements.push({ sql, params: [...(params ?? [])] }));
    await ask(query.token, query.query, query.variables);
    stop();
    replays[String(index)] = statements;
  }
  await recorder.close();
  await db.close();

  const replayFile = join(tmpdir(), `${databaseName}-replay.json`);
  writeFileSync(replayFile, JSON.stringify(replays));
  const gateway = await startChild('serve-built-gateway.mjs', { DATABASE_URL: databaseUrl });
  children.push(gateway);
  const baseline = await startChild('baseline-server.mjs', {
    DATABASE_URL: databaseUrl,
    BENCH_REPLAY_FILE: replayFile,
  });
  children.push(baseline);

  const rows: string[][] = [];
  const verdicts: string[] = [];
  for (const connections of connectionCounts) {
    for (const [index, query] of queries.entries()) {
      if (onlyQueries.length > 0 && !onlyQueries.some((word) => query.name.includes(word))) continue;
      const body = JSON.stringify({ query: query.query, variables: query.variables });
      const baselineUrl = index === 0 ? `${baseline.url}/graphql` : `${baseline.url}/replay/${index}`;
      // Warm both (JIT, pools, caches), then measure the baseline and the gateway one after the other.
      await load(baselineUrl, query.token, body, connections).catch(() => undefined);
      await load(`${gateway.url}/graphql`, query.token, body, connections).catch(() => undefined);
      const base = await load(baselineUrl, query.token, body, connections);
      const ours = await load(`${gateway.url}/graphql`, query.token, body, connections);
      const ratio = ours.perSecond / base.perSecond;
      const statements = (index === 0 ? 1 : replays[String(index)]!.length) + 2;
      rows.push([
        query.name,
        String(connections),
        base.perSecond.toFixed(0),
        `${base.p50} / ${base.p99}`,
        ours.perSecond.toFixed(0),
        `${ours.p50} / ${ours.p99}`,
        ratio.toFixed(2),
        String(statements),
        `${base.failures} / ${ours.failures}`,
      ]);
      if (connections === 50) {
        const target = index === 0 ? 0.8 : 0.5;
        const ok = ratio >= target && (index !== 0 || ours.p99 < 100) && ours.failures === 0;
        if (base.failures > 0) {
          const answer = await fetch(baselineUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${query.token}` },
            body,
          }).then((res) => res.text());
          verdicts.push(`could not measure ${query.name}: the baseline failed (${answer.slice(0, 200)})`);
          continue;
        }
        verdicts.push(
          `${ok ? 'meets' : 'MISSES'} ${query.name}: ${ratio.toFixed(2)} of the baseline (target ${target})` +
            (index === 0 ? `, p99 ${ours.p99} ms (target < 100 ms)` : ''),
        );
      }
    }
  }
  const header = [
    'query',
    'conns',
    'baseline req/s',
    'baseline p50/p99 ms',
    'gateway req/s',
    'gateway p50/p99 ms',
    'ratio',
    'statements/request',
    'failed (base / gw)',
  ];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(
    `\ngateway (compiled, production mode) vs minimal baseline, PostgreSQL, loopback, ${seconds} s per run`,
  );
  console.log('statements/request: BEGIN with the tenant set-up, the statements, COMMIT (the same for both)');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('');
  for (const verdict of verdicts) console.log(verdict);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  for (const child of children) await child.close();
  await admin.query(`drop database if exists ${databaseName} with (force)`);
  await admin.end();
}
process.exitCode = failed ? 1 : 0;
