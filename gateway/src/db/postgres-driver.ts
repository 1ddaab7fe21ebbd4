import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import type { CopyRows, Driver, OpenTransaction, RunStatement } from './database.js';
import type { Row } from './types.js';

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/** Same value shapes as the PGlite driver (see `Row` in types.ts). */
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    if (oid === DATE) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

function lastRows(result: pg.QueryResult | pg.QueryResult[]): Row[] {
  // A parameterless multi-command string (a migration file) yields one result per command.
  if (Array.isArray(result)) return (result.at(-1)?.rows ?? []) as Row[];
  return result.rows as Row[];
}

function runOn(client: pg.Pool | pg.PoolClient): RunStatement {
  return async (sql, params) => {
    // Without values node-postgres uses the simple protocol, which accepts
    // several commands in one string; with values it uses the extended protocol.
    const result =
      params && params.length > 0 ? await client.query(sql, params as unknown[]) : await client.query(sql);
    return lastRows(result as pg.QueryResult | pg.QueryResult[]);
  };
}

function copyOn(client: pg.PoolClient): CopyRows {
  return async (table, columns, text) => {
    const stream = client.query(copyFromStdin(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    await pipeline(Readable.from([Buffer.from(text, 'utf8')]), stream);
  };
}

export interface PostgresDriverOptions {
  url: string;
  maxConnections?: number;
}

export function createPostgresDriver(options: PostgresDriverOptions): Driver {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    types: typeParsers,
    application_name: 'coachwork-gateway',
  });
  // An idle pooled connection that dies (server restart) emits 'error' on the
  // pool; unhandled, that would crash the process. The pool drops the client
  // and the next query reports the failure to its caller.
  pool.on('error', () => undefined);

  return {
    engine: 'postgres',
    run: runOn(pool),
    async transaction(work) {
      const client = await pool.connect();
      let connectionBroken = false;
      try {
        await client.query('BEGIN');
        const result = await work(runOn(client), copyOn(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          connectionBroken = true;
        }
        throw error;
      } finally {
        // A connection whose ROLLBACK failed may still hold the transaction
        // (and its SET LOCAL ROLE); destroy it rather than pool it.
        client.release(connectionBroken);
      }
    },
    async begin(isolation, setUp) {
      const client = await pool.connect();
      const level = isolation === 'repeatable read' ? ' ISOLATION LEVEL REPEATABLE READ' : '';
      // One simple-protocol message: BEGIN and the set-up travel together, one round trip.
      try {
        await client.query(`BEGIN${level}; ${setUp}`);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release(true);
        throw error;
      }
      let ended = false;
      const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
        if (ended) return;
        ended = true;
        try {
          await client.query(statement);
          client.release();
        } catch (error) {
          // COMMIT failed (the transaction is gone) or ROLLBACK failed (the connection may still
          // hold it, with its role): either way this connection is not pooled again.
          client.release(true);
          if (statement === 'COMMIT') throw error;
        }
      };
      const open: OpenTransaction = {
        run: runOn(client),
        copy: copyOn(client),
        commit: () => end('COMMIT'),
        rollback: () => end('ROLLBACK'),
      };
      return open;
    },
    async listen(channels, onNotify, onLost) {
      // LISTEN needs a session of its own: a pooled connection would be handed to requests.
      const client = new pg.Client({
        connectionString: options.url,
        application_name: 'coachwork-gateway-listen',
      });
      let stopped = false;
      const lost = () => {
        if (!stopped) onLost();
        stopped = true;
      };
      client.on('notification', (message) => onNotify(message.channel, message.payload ?? ''));
      client.on('error', lost);
      client.on('end', lost);
      await client.connect();
      for (const channel of channels) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return async () => {
        stopped = true;
        await client.end().catch(() => undefined);
      };
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  };
}
