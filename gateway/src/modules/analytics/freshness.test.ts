/**
 * A loop of profile updates, each followed by a heatmap read, must not force
 * one analytics rebuild per iteration: rebuilds are debounced per organisation,
 * the heatmap answers stale meanwhile, and one trailing rebuild catches up.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyticsRebuilds } from '../../config.js';
import { openTestDatabase, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { INLINE_REFRESH_MS, planFreshness } from './freshness.js';
import { createHeatmapFixture, type HeatmapFixture } from './test-fixture.js';

const HEATMAP = `query ($input: HeatmapInput!) { heatmap(input: $input) { stale asOf rows { peopleCount } } }`;

describe('planFreshness', () => {
  it('grants inline rebuilds only while the organisation’s rebuild-time budget lasts', async () => {
    const state = { dirty: true, refreshedAt: new Date(), refreshMs: 500, periods: [] };
    const orgId = `org-${Math.random()}`;
    const plans = [];
    for (let i = 0; i < 50; i += 1) plans.push(await planFreshness(state, orgId));
    const inline = plans.filter((plan) => plan === 'inline').length;
    // 6,000 ms of rebuilding per 30 s window, 500 ms each.
    expect(inline).toBe(analyticsRebuilds.inlineMsPerWindow / 500);
    expect(plans.slice(inline).every((plan) => plan === 'background')).toBe(true);
    // Another organisation has its own budget.
    expect(await planFreshness(state, `org-${Math.random()}`)).toBe('inline');
  });
});

describe.each(testEngines())('analytics rebuilds under a write loop on %s', (engine) => {
  let db: Database;
  let org: HeatmapFixture;
  let running: RunningGateway;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createHeatmapFixture(db, 'freshness');
    running = await startGateway(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('debounces the rebuilds a loop of profile updates would force', async () => {
    const token = await tokenFor(db, org.orgAdminId);
    const read = () =>
      postGraphQL<{ heatmap: { stale: boolean } }>(
        running.url,
        { query: HEATMAP, variables: { input: {} } },
        { token },
      );
    expect((await read()).body.errors).toBeUndefined();
    let rebuilds = 0;
    const stop = db.onStatement((sql) => {
      if (sql.includes('cw_refresh_analytics')) rebuilds += 1;
    });
    const iterations = 40;
    let stale = 0;
    try {
      for (let i = 0; i < iterations; i += 1) {
        // A profile update: the people trigger marks the organisation dirty.
        await db.query(`update people set time_zone = $2 where id = $1`, [
          org.functionHeadId,
          i % 2 === 0 ? 'Europe/Berlin' : 'Europe/Paris',
        ]);
        const res = await read();
        expect(res.body.errors).toBeUndefined();
        if (res.body.data?.heatmap.stale) stale += 1;
      }
    } finally {
      stop();
    }
    console.info(
      `analytics rebuilds: ${rebuilds} for ${iterations} write+read iterations, ${stale} stale answers`,
    );
    // At most one window's worth of inline rebuilds (charged at least minChargeMs each), plus the trailing one.
    const perWindow = analyticsRebuilds.inlineMsPerWindow / analyticsRebuilds.minChargeMs;
    expect(rebuilds).toBeLessThanOrEqual(perWindow + 1);
    expect(stale).toBeGreaterThan(0);
  });
});

describe.each(testEngines())('a heatmap whose last rebuild was slow, on %s', (engine) => {
  let db: Database;
  let org: HeatmapFixture;
  let running: RunningGateway;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createHeatmapFixture(db, 'freshness-background');
    running = await startGateway(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('answers from the previous snapshot, flagged stale, and catches up in the background', async () => {
    const token = await tokenFor(db, org.orgAdminId);
    const read = async () => {
      const res = await postGraphQL<{
        heatmap: { stale: boolean; asOf: string; rows: Array<{ peopleCount: number | null }> };
      }>(running.url, { query: HEATMAP, variables: { input: {} } }, { token });
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.heatmap;
    };
    const first = await read();
    expect(first.stale).toBe(false);
    // The last rebuild took longer than a request may wait: the next one is not made inline.
    await db.query(`update analytics_refresh_state set refresh_ms = $2 where org_id = $1`, [
      org.orgId,
      INLINE_REFRESH_MS + 1,
    ]);
    let rebuilds = 0;
    const stop = db.onStatement((sql) => {
      if (sql.includes('cw_refresh_analytics')) rebuilds += 1;
    });
    try {
      // A write marks the organisation dirty.
      await db.query(`update people set time_zone = 'Europe/Lisbon' where id = $1`, [org.functionHeadId]);
      const stale = await read();
      expect(stale).toEqual({ ...first, stale: true });
      // The rebuild the stale answer started, in the background: the next answers are fresh again.
      await vi.waitFor(
        async () => {
          expect(rebuilds).toBe(1);
          expect((await read()).stale).toBe(false);
        },
        { timeout: 20_000, interval: 50 },
      );
      const caughtUp = await read();
      expect(Date.parse(caughtUp.asOf)).toBeGreaterThan(Date.parse(first.asOf));
      expect(caughtUp.rows).toEqual(first.rows);
      expect(rebuilds).toBe(1);
    } finally {
      stop();
    }
  });
});
