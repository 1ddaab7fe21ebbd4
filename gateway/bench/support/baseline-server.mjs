/**
 * Child process for the throughput benchmark: the least a server must do to answer the same
 * requests for real, against the same PostgreSQL. For every request: read the body, verify the
 * HS256 embed token with its organisation's key (read once at start and kept), open one tenant
 * transaction (BEGIN with role, organisation and statement timeout in one round trip, as the
 * gateway does), run the statements, COMMIT. `POST /graphql` answers `{ viewer { id name } }` with
 * graphql-js (documents parsed and validated once); `POST /replay/<name>` runs the statements the
 * gateway sent for that query (recorded by the parent, BENCH_REPLAY_FILE) and answers their rows.
 * Prints `{ url }` when ready; exits on SIGTERM.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { buildSchema, execute, parse, validate } from 'graphql';
import { jwtVerify } from 'jose';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const replays = JSON.parse(readFileSync(process.env.BENCH_REPLAY_FILE, 'utf8'));
const keys = new Map(
  (await pool.query('select id, embed_signing_secret from organisations')).rows.map((row) => [
    row.id,
    new TextEncoder().encode(row.embed_signing_secret),
  ]),
);

async function inTenant(orgId, work) {
  const client = await pool.connect();
  try {
    await client.query(
      `BEGIN; SELECT set_config('app.org_id', '${orgId}', true), ` +
        `set_config('statement_timeout', '10000', true), set_config('role', 'coachwork_app', true)`,
    );
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function verify(req) {
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return null;
  const [header] = token.split('.');
  const { kid } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
  const key = keys.get(kid);
  if (!key) return null;
  const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], audience: 'coachwork-gateway' });
  return { orgId: payload.org, personId: payload.sub };
}

const schema = buildSchema(`type Query { viewer: Person } type Person { id: ID! name: String! }`);
const documents = new Map();
function documentOf(query) {
  let document = documents.get(query);
  if (!document) {
    document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) throw errors[0];
    documents.set(query, document);
  }
  return document;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  try {
    const body = await readBody(req);
    const viewer = await verify(req);
    if (!viewer) return send(res, 401, { errors: [{ message: 'unauthenticated' }] });
    if (req.url === '/graphql') {
      const { query, variables } = JSON.parse(body);
      const result = await execute({
        schema,
        document: documentOf(query),
        variableValues: variables,
        rootValue: {
          viewer: () =>
            inTenant(viewer.orgId, async (client) => {
              const { rows } = await client.query(
                'select id, name from people where org_id = $1 and id = $2',
                [viewer.orgId, viewer.personId],
              );
              return rows[0] ?? null;
            }),
        },
      });
      return send(res, 200, result);
    }
    const replay = replays[(req.url ?? '').replace(/^\/replay\//, '')];
    if (!replay) return send(res, 404, { error: 'no such route' });
    const results = await inTenant(viewer.orgId, async (client) => {
      const out = [];
      for (const statement of replay) out.push((await client.query(statement.sql, statement.params)).rows);
      return out;
    });
    return send(res, 200, { data: results });
  } catch (error) {
    send(res, 500, { errors: [{ message: String(error) }] });
  }
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
