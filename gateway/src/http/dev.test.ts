/**
 * The dev routes mint tokens for anyone who can reach them, so dev mode listens
 * only on loopback and answers /dev/* only to a loopback Host (a page on an
 * attacker's domain that rebinds its DNS to 127.0.0.1 still sends its own Host).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { createGateway } from '../server.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { startGateway, type RunningGateway } from '../testing/harness.js';

/** fetch() will not send a Host header of our choosing; node:http will. */
function post(
  url: string,
  path: string,
  host: string,
  body: unknown,
): Promise<{ status: number; body: string }> {
  const target = new URL(path, url);
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      { method: 'POST', headers: { host, 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('dev mode', () => {
  let db: Database;
  let org: GatewayFixture;

  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    org = await createGatewayFixture(db, 'dev-mode');
  });
  afterAll(async () => {
    await db?.close();
  });

  it.each(['0.0.0.0', '::', '192.0.2.10'])(
    'refuses to listen on %s, a non-loopback address',
    async (host) => {
      const gateway = createGateway({ db, dev: true, logLevel: 'silent' });
      try {
        await expect(gateway.listen(0, host)).rejects.toThrow(/dev mode.*loopback/is);
        expect(gateway.httpServer.listening).toBe(false);
      } finally {
        await gateway.close();
      }
    },
  );

  it('listens on 127.0.0.1 when given no address', async () => {
    const gateway = createGateway({ db, dev: true, logLevel: 'silent' });
    try {
      const { url } = await gateway.listen(0);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(gateway.httpServer.address()).toMatchObject({ address: '127.0.0.1' });
    } finally {
      await gateway.close();
    }
  });

  describe('the Host header on /dev/*', () => {
    let running: RunningGateway;
    let port: string;

    beforeAll(async () => {
      running = await startGateway(db, { dev: true });
      port = new URL(running.url).port;
    });
    afterAll(async () => {
      await running?.close();
    });

    it.each(['localhost', '127.0.0.1', '[::1]'])(
      'is answered for %s with the gateway’s port',
      async (name) => {
        const res = await post(running.url, '/dev/token', `${name}:${port}`, { email: org.managerEmail });
        expect(res.status).toBe(200);
        expect(JSON.parse(res.body)).toMatchObject({ token: expect.any(String) });
      },
    );

    it.each([
      ['another host name (DNS rebinding)', () => `attacker.example:${port}`],
      ['a loopback name with another port', () => `localhost:${Number(port) + 1}`],
      ['a loopback name without the port', () => 'localhost'],
      ['a loopback-looking subdomain', () => `127.0.0.1.attacker.example:${port}`],
    ])('is refused for %s', async (_, host) => {
      const res = await post(running.url, '/dev/token', host(), { email: org.managerEmail });
      expect(res.status).toBe(403);
      expect(res.body).not.toMatch(/token"/);
      const people = await post(running.url, '/dev/people', host(), {});
      expect(people.status).toBe(403);
    });
  });
});
