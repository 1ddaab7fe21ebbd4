import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql } from 'graphql';

/** A small GraphQL-over-HTTP server for the client's tests: real HTTP, real graphql-js. */
export interface TestGateway {
  readonly url: string;
  /** Tokens the server accepts; anything else gets UNAUTHENTICATED. */
  readonly acceptedTokens: Set<string>;
  readonly requests: Array<{
    headers: IncomingHttpHeaders;
    operationName: string | undefined;
    query: string | undefined;
  }>;
  /** How many requests have been executed (their answer computed, whether or not it was sent yet). */
  executed: number;
  /** HTTP status used for UNAUTHENTICATED answers (Apollo answers 200 unless told otherwise). */
  unauthenticatedStatus: number;
  /** Milliseconds each request waits before it runs, so tests can overlap requests. */
  delayMs: number;
  /**
   * Holds back the answers of requests whose query text contains `match`, once they ran, until
   * `until` settles, so a test can land a mutation while an answer computed before it is on its
   * way, and release that answer after what it must not overtake.
   */
  holdAnswers: { match: string; until: Promise<unknown> } | undefined;
  /**
   * The next `requests` requests are throttled as the gateway does: HTTP 429 with `Retry-After:
   * header` (when set) and a RATE_LIMITED error carrying `retryAfterSeconds: extension` (when set).
   */
  throttle: { requests: number; header?: string; extension?: number } | undefined;
  close(): Promise<void>;
}

const schema = buildSchema(`
  type Person { id: ID! name: String! }
  type Goal { id: ID! title: String! }
  "Computed from the goals, like the gateway's progressCard: no id of its own."
  type ProgressCard { goalCount: Int! }
  type Query { viewer: Person, person(id: ID!): Person, goals: [Goal!]!, progressCard: ProgressCard! }
  type Mutation {
    renamePerson(id: ID!, name: String!): Person
    createGoal(title: String!): Goal!
    "Touches nothing a query shows."
    ping: Boolean!
  }
`);

/** `port`: listen where a closed test gateway listened, as a restarted gateway would. */
export async function startTestGateway(port = 0): Promise<TestGateway> {
  const people = new Map([
    ['UGVyc29uOjE', { id: 'UGVyc29uOjE', name: 'Ada Lovelace' }],
    ['UGVyc29uOjI', { id: 'UGVyc29uOjI', name: 'Grace Hopper' }],
  ]);
  const goals: Array<{ id: string; title: string }> = [];
  const rootValue = {
    goals: () => goals,
    progressCard: () => ({ goalCount: goals.length }),
    createGoal: ({ title }: { title: string }) => {
      const goal = { id: `R29hbDo${goals.length + 1}`, title };
      goals.push(goal);
      return goal;
    },
    ping: () => true,
    viewer: () => people.get('UGVyc29uOjE'),
    person: ({ id }: { id: string }) => people.get(id) ?? null,
    renamePerson: ({ id, name }: { id: string; name: string }) => {
      const person = people.get(id);
      if (person) person.name = name;
      return person ?? null;
    },
  };

  const state: Omit<TestGateway, 'url' | 'close'> = {
    acceptedTokens: new Set(),
    requests: [],
    executed: 0,
    unauthenticatedStatus: 200,
    delayMs: 0,
    holdAnswers: undefined,
    throttle: undefined,
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
          query?: string;
          variables?: Record<string, unknown>;
          operationName?: string;
        };
        state.requests.push({ headers: req.headers, operationName: body.operationName, query: body.query });
        const hold =
          state.holdAnswers && body.query?.includes(state.holdAnswers.match)
            ? state.holdAnswers.until
            : undefined;
        if (state.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
          res.writeHead(status, { 'content-type': 'application/graphql-response+json', ...headers });
          res.end(JSON.stringify(payload));
        };
        const throttle = state.throttle;
        if (throttle && throttle.requests > 0) {
          throttle.requests--;
          const extensions = {
            code: 'RATE_LIMITED',
            ...(throttle.extension === undefined ? {} : { retryAfterSeconds: throttle.extension }),
          };
          send(
            429,
            { errors: [{ message: 'Too many requests', extensions }] },
            throttle.header === undefined ? {} : { 'retry-after': throttle.header },
          );
          return;
        }
        if (token === undefined || !state.acceptedTokens.has(token)) {
          send(state.unauthenticatedStatus, {
            errors: [
              { message: 'The embed token is missing or expired', extensions: { code: 'UNAUTHENTICATED' } },
            ],
          });
          return;
        }
        const result = await graphql({
          schema,
          source: body.query ?? '',
          rootValue,
          variableValues: body.variables ?? null,
          operationName: body.operationName ?? null,
        });
        state.executed++;
        if (hold) await hold.catch(() => undefined);
        send(200, result);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: listening } = server.address() as AddressInfo;

  return Object.assign(state, {
    url: `http://127.0.0.1:${listening}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  });
}
