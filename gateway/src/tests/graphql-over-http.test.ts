/**
 * GraphQL-over-HTTP conformance: graphql-http's server audits against the real
 * gateway on a random port. Every MUST passes; SHOULD/MAY results are printed
 * for the issue note.
 */
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { startGateway, type RunningGateway } from '../testing/harness.js';

describe.each(testEngines())('graphql-http server audits on %s', (engine) => {
  let db: Database;
  let running: RunningGateway;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    // Introspection on: several audits query `__type`, which a production gateway with introspection off refuses.
    running = await startGateway(db, { introspection: true });
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('passes every MUST', async () => {
    const results = await auditServer({ url: `${running.url}/graphql` });
    const lines = results.map((result) => {
      const level = result.name.split(' ')[0];
      const detail = result.status === 'ok' ? '' : ` — ${result.reason}`;
      return `${result.status.padEnd(5)} ${level?.padEnd(6)} ${result.id} ${result.name}${detail}`;
    });
    const count = (level: string, status?: string) =>
      results.filter((r) => r.name.startsWith(level) && (status === undefined || r.status === status)).length;
    console.log(
      `graphql-http audit on ${engine}: MUST ${count('MUST', 'ok')}/${count('MUST')} ok, ` +
        `SHOULD ${count('SHOULD', 'ok')}/${count('SHOULD')} ok, MAY ${count('MAY', 'ok')}/${count('MAY')} ok\n` +
        lines.join('\n'),
    );
    const failedMusts = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(failedMusts.map((r) => `${r.name}: ${r.status === 'ok' ? '' : r.reason}`)).toEqual([]);
  });
});
