/**
 * Compressed GraphQL answers: brotli or gzip as the client asks in Accept-Encoding, none for a
 * small answer or a client that accepts no encoding, and always `Vary: Accept-Encoding`.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { COMPRESSION_THRESHOLD_BYTES } from '../http/compress.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

/** node:http, not fetch: fetch would decode the body and hide what went over the wire. */
function post(url: string, token: string, query: string, acceptEncoding?: string): Promise<RawAnswer> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const largeQuery = '{ __schema { types { name description fields { name description } } } }';
const smallQuery = '{ viewer { id } }';

describe('compressed GraphQL answers', () => {
  let db: Database;
  let fixture: GatewayFixture;
  let gateway: RunningGateway;
  let token: string;

  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    fixture = await createGatewayFixture(db, 'compression');
    gateway = await startGateway(db, { introspection: true });
    token = await tokenFor(db, fixture.managerId);
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('answers in brotli when the client prefers it, and the body decodes to the same JSON', async () => {
    const plain = await post(gateway.url, token, largeQuery);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);

    const br = await post(gateway.url, token, largeQuery, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(br.headers['content-length'])).toBe(br.bytes.length);
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 3);
    expect(JSON.parse(brotliDecompressSync(br.bytes).toString('utf8'))).toEqual(
      JSON.parse(plain.bytes.toString('utf8')),
    );
  });

  it('answers in gzip when that is all the client takes, or what it weighs higher', async () => {
    for (const accept of ['gzip', 'br;q=0.5, gzip;q=1']) {
      const answer = await post(gateway.url, token, largeQuery, accept);
      expect(answer.headers['content-encoding'], accept).toBe('gzip');
      expect(
        JSON.parse(gunzipSync(answer.bytes).toString('utf8')).data.__schema.types.length,
      ).toBeGreaterThan(10);
    }
  });

  it('sends small answers, and answers to clients that refuse every encoding, as they are', async () => {
    const small = await post(gateway.url, token, smallQuery, 'br, gzip');
    expect(small.bytes.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(small.bytes.toString('utf8')).data.viewer.id).toBeTruthy();

    const refused = await post(gateway.url, token, largeQuery, 'identity, br;q=0, gzip;q=0');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(refused.bytes.toString('utf8')).data.__schema).toBeDefined();
  });
});
