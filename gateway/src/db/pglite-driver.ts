import { mkdirSync } from 'node:fs';
import { PGlite, types, type Results, type Transaction } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { CopyRows, Driver, OpenTransaction, RunStatement } from './database.js';
import { lockDataDirectory } from './pglite-lock.js';
import type { Row } from './types.js';

function runOn(target: PGlite | Transaction): RunStatement {
  return async (sql, params) => {
    if (params && params.length > 0) {
      const result = await target.query<Row>(sql, params as unknown[]);
      return result.rows;
    }
    // exec runs the simple protocol: several commands in one string (a
    // migration file) are allowed, as with node-postgres.
    const results: Results[] = await target.exec(sql);
    return (results.at(-1)?.rows ?? []) as Row[];
  };
}

/** PGlite has no STDIN: COPY reads the query's blob through the virtual file /dev/blob. */
function copyOn(target: Transaction): CopyRows {
  return async (table, columns, text) => {
    await target.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], {
      blob: new Blob([text]),
    });
  };
}

export interface PGliteDriverOptions {
  /** A folder to persist to, or undefined / 'memory://' for an in-memory database. */
  dataDir?: string;
  /** In memory only: start from this dump of a data directory (`dumpDataDir`) instead of an empty cluster. */
  loadDataDir?: Blob;
}

export async function createPGliteDriver(
  options: PGliteDriverOptions = {},
): Promise<Driver & Required<Pick<Driver, 'dumpDataDir'>>> {
  const inMemory = options.dataDir === undefined || options.dataDir.startsWith('memory://');
  if (!inMemory && options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const lock = !inMemory && options.dataDir ? lockDataDirectory(options.dataDir) : null;
  let pglite: PGlite;
  try {
    pglite = await createPGlite(inMemory, options);
  } catch (error) {
    lock?.release();
    throw error;
  }

  return {
    engine: 'pglite',
    run: runOn(pglite),
    // PGlite is one connection: its transaction() holds an exclusive lock, so
    // concurrent transactions and queries from other callers queue behind it
    // instead of interleaving inside it.
    transaction: (work) => pglite.transaction((tx) => work(runOn(tx), copyOn(tx))),
    begin(isolation, setUp) {
      // PGlite's transaction() holds its one connection until the callback settles: the callback
      // waits here until commit() or rollback() says how it ends.
      return new Promise<OpenTransaction>((opened, failedToOpen) => {
        let decide!: (commit: boolean) => void;
        const decision = new Promise<boolean>((resolve) => (decide = resolve));
        let isOpen = false;
        const outcome = pglite.transaction(async (tx) => {
          try {
            if (isolation === 'repeatable read')
              await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
            await tx.exec(setUp);
          } catch (error) {
            failedToOpen(error);
            throw error;
          }
          isOpen = true;
          opened({
            run: runOn(tx),
            copy: copyOn(tx),
            commit: async () => {
              decide(true);
              await outcome;
            },
            rollback: async () => {
              decide(false);
              await outcome.catch(() => undefined);
            },
          });
          if (!(await decision)) await tx.rollback();
        });
        outcome.catch((error: unknown) => {
          if (!isOpen) failedToOpen(error);
        });
      });
    },
    async listen(channels, onNotify) {
      const stops = await Promise.all(
        channels.map((channel) => pglite.listen(channel, (payload) => onNotify(channel, payload))),
      );
      return async () => {
        await Promise.all(stops.map((stop) => stop()));
      };
    },
    dumpDataDir: () => pglite.dumpDataDir('none'),
    close: async () => {
      try {
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

function createPGlite(inMemory: boolean, options: PGliteDriverOptions): Promise<PGlite> {
  return PGlite.create({
    ...(inMemory ? { loadDataDir: options.loadDataDir } : { dataDir: options.dataDir }),
    // The no-double-booking exclusion constraints need btree_gist.
    extensions: { btree_gist },
    // Same value shapes as the PostgreSQL driver (see `Row` in types.ts).
    parsers: {
      [types.INT8]: (value: string) => Number(value),
      [types.NUMERIC]: (value: string) => Number(value),
      [types.DATE]: (value: string) => value,
    },
  });
}
