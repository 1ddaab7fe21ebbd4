/**
 * A Learning Record Store run in process for the xAPI tests: the statements resource (POST
 * `/xapi/statements`) checking what it receives as an LRS must (the `X-Experience-API-Version`
 * header, Basic credentials, each statement through Learning Locker's validator, the one its LRS
 * runs), storing each statement once per ID and counting every receipt, so a test sees duplicates.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { listenOnLoopback } from '../../../testing/loopback.js';
import { validateStatement } from '../statements.js';

export interface Receipt {
  id: string;
  version: string | undefined;
  authorised: boolean;
  problems: string[];
  answered: number;
}

export interface TestLrs {
  /** The xAPI endpoint to configure (`…/xapi`). */
  endpoint: string;
  username: string;
  password: string;
  /** The versions it accepts in `X-Experience-API-Version`. */
  versions: string[];
  stored: Map<string, Record<string, unknown>>;
  receipts: Receipt[];
  /** Receipts of one statement ID (more than one is a duplicate sent). */
  receiptsOf(id: string): number;
  /**
   * The next `times` statements get `status` with `body`; `storeFirst` stores them before answering
   * (an LRS that stored the statement but whose answer was lost or failed).
   */
  failNext(status: number, times: number, body?: string, storeFirst?: boolean): void;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startTestLrs(username: string, password: string): Promise<TestLrs> {
  let failures: { status: number; times: number; body: string; storeFirst: boolean } | null = null;
  const lrs: Omit<TestLrs, 'endpoint' | 'close'> = {
    username,
    password,
    versions: ['1.0.3', '2.0.0'],
    stored: new Map(),
    receipts: [],
    receiptsOf: (id) => lrs.receipts.filter((receipt) => receipt.id === id).length,
    failNext(status, times, body = '', storeFirst = false) {
      failures = { status, times, body, storeFirst };
    },
  };
  const expectedAuth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const text = await bodyOf(request);
      const answer = (status: number, body: unknown) => {
        response.writeHead(status, {
          'content-type': 'application/json',
          'x-experience-api-version': String(request.headers['x-experience-api-version'] ?? '1.0.3'),
        });
        response.end(typeof body === 'string' ? body : JSON.stringify(body));
      };
      if (request.method !== 'POST' || new URL(request.url!, 'http://lrs').pathname !== '/xapi/statements') {
        return answer(404, { error: 'no such resource' });
      }
      const version = request.headers['x-experience-api-version'] as string | undefined;
      const authorised = request.headers.authorization === expectedAuth;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return answer(400, { error: 'not JSON' });
      }
      const statements = (Array.isArray(parsed) ? parsed : [parsed]) as Array<Record<string, unknown>>;
      const receipts = statements.map((statement) => ({
        id: String(statement['id']),
        version,
        authorised,
        problems: validateStatement(statement).map((p) => `${p.path}: ${p.problem}`),
        answered: 0,
      }));
      const settle = (status: number) => {
        for (const receipt of receipts) receipt.answered = status;
        lrs.receipts.push(...receipts);
      };
      if (!authorised) {
        settle(401);
        return answer(401, { error: 'bad credentials' });
      }
      if (!version || !lrs.versions.includes(version)) {
        settle(400);
        return answer(400, { error: `unsupported X-Experience-API-Version ${version ?? '(none)'}` });
      }
      const problems = receipts.flatMap((receipt) => receipt.problems);
      if (problems.length) {
        settle(400);
        return answer(400, { error: 'invalid statement', problems });
      }
      for (const statement of statements) {
        const existing = lrs.stored.get(String(statement['id']));
        if (existing && JSON.stringify(existing) !== JSON.stringify(statement)) {
          settle(409);
          return answer(409, { error: `statement ${String(statement['id'])} exists with other content` });
        }
      }
      if (failures && failures.times > 0) {
        failures.times -= 1;
        const { status, body, storeFirst } = failures;
        if (storeFirst)
          for (const statement of statements) lrs.stored.set(String(statement['id']), statement);
        settle(status);
        return answer(status, body);
      }
      for (const statement of statements) lrs.stored.set(String(statement['id']), statement);
      settle(200);
      return answer(
        200,
        statements.map((statement) => statement['id']),
      );
    })();
  });
  const listening = await listenOnLoopback(server);
  return { ...lrs, endpoint: `${listening.origin}/xapi`, close: listening.close } as TestLrs;
}
