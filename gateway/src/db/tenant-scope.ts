/**
 * A request's tenant transactions. Every `tenant(work)` call of one request shares one
 * transaction, opened at the first call (BEGIN, role, organisation and statement timeout in one
 * round trip) and committed when the request ends, so a query costs one transaction whatever it
 * asks. Two modes:
 *
 * - reading (queries): calls run side by side on the transaction's connection. A call that throws
 *   leaves the transaction to be rolled back and later calls get a fresh one; a call that failed
 *   only because a sibling's statement aborted the transaction (SQLSTATE 25P02) runs again there.
 * - writing (a mutation was declared): calls take turns, each behind a savepoint, so a call that
 *   throws undoes its own writes and nothing else — what a transaction per call gave before.
 *
 * `commitBeforeReturning` runs a call in a transaction of its own, committed before it returns, and
 * lets the request's later calls start a new transaction that sees it (an inline analytics rebuild).
 * After the request ended, calls (background work) get a transaction each.
 */
import { StorageError } from './errors.js';
import type { Queryable, TransactionOptions } from './types.js';

type Isolation = 'read committed' | 'repeatable read';

/** One tenant transaction as the scope sees it; `createDatabase` supplies these. */
export interface ScopedTransaction {
  readonly isolation: Isolation;
  /** Resolves once BEGIN and the set-up are done. */
  readonly ready: Promise<Queryable>;
  /** Runs `work` marked as inside this database's transaction (stray `db.*` calls are refused). */
  inside<T>(work: () => Promise<T>): Promise<T>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export interface TenantScopeDeps {
  open(isolation: Isolation): ScopedTransaction;
  /** A transaction of its own for one call (after the request, or `commitBeforeReturning`). */
  standalone<T>(work: (tx: Queryable) => Promise<T>, options: TransactionOptions): Promise<T>;
  /** Refuses a call made from inside another transaction of this database. */
  assertUsable(what: string): void;
}

export interface TenantScope {
  tenant<T>(work: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** A mutation is part of the request: calls from now on take turns behind savepoints. */
  declareWrites(): void;
  /** Commits what the request did (rolls back a transaction a call failed in); throws when a commit fails. */
  finish(): Promise<void>;
  /** Rolls back everything still open (the request failed before answering). */
  abort(): Promise<void>;
}

const ABORTED_TRANSACTION = '25P02';

class Shared {
  active = 0;
  /** No new call joins: it ends as soon as its calls are done. */
  retiring = false;
  /** Rolled back rather than committed (a call threw in reading mode). */
  failed = false;
  ending: Promise<void> | null = null;
  /** Writing mode: the tail of the calls' turn order. */
  private turn: Promise<unknown> = Promise.resolve();
  private savepointHeld = false;
  private resolveEnded!: (outcome: Promise<void>) => void;
  readonly ended = new Promise<Promise<void>>((resolve) => (this.resolveEnded = resolve));

  constructor(readonly tx: ScopedTransaction) {
    // A transaction that could not open has nothing to end.
    tx.ready.catch(() => undefined);
  }

  async run<T>(work: (tx: Queryable) => Promise<T>, writing: boolean): Promise<T> {
    this.active++;
    try {
      const queryable = await this.tx.ready;
      if (!writing) {
        try {
          return await this.tx.inside(() => work(queryable));
        } catch (error) {
          this.failed = true;
          throw error;
        }
      }
      const mine = this.turn.then(() => this.savepointed(queryable, work));
      this.turn = mine.catch(() => undefined);
      return await mine;
    } finally {
      this.active--;
      if (this.retiring && this.active === 0) this.end();
    }
  }

  private async savepointed<T>(queryable: Queryable, work: (tx: Queryable) => Promise<T>): Promise<T> {
    // The previous call's savepoint is released in the same round trip as this one is taken.
    await queryable.query(
      this.savepointHeld ? 'RELEASE SAVEPOINT cw_call; SAVEPOINT cw_call' : 'SAVEPOINT cw_call',
    );
    this.savepointHeld = true;
    try {
      return await this.tx.inside(() => work(queryable));
    } catch (error) {
      try {
        await queryable.query('ROLLBACK TO SAVEPOINT cw_call');
      } catch {
        this.failed = true;
      }
      throw error;
    }
  }

  isolationIs(isolation: Isolation): boolean {
    return this.tx.isolation === isolation;
  }

  retire(): void {
    if (this.retiring) return;
    this.retiring = true;
    if (this.active === 0) this.end();
  }

  private end(): void {
    if (this.ending) return;
    this.ending = (async () => {
      try {
        await this.tx.ready;
      } catch {
        return;
      }
      if (this.failed) await this.tx.rollback();
      else await this.tx.commit();
    })();
    this.resolveEnded(this.ending);
  }
}

export function createTenantScope(deps: TenantScopeDeps): TenantScope {
  let current: Shared | null = null;
  const all: Shared[] = [];
  let writing = false;
  let ended = false;

  function retireCurrent(): void {
    current?.retire();
    current = null;
  }

  function sharedFor(isolation: Isolation): Shared {
    if (
      current &&
      !current.failed &&
      !current.retiring &&
      (isolation === 'read committed' || current.isolationIs(isolation))
    ) {
      return current;
    }
    retireCurrent();
    current = new Shared(deps.open(isolation));
    all.push(current);
    return current;
  }

  async function tenant<T>(
    work: (tx: Queryable) => Promise<T>,
    options: TransactionOptions = {},
    again = false,
  ): Promise<T> {
    deps.assertUsable('withTenant');
    if (ended) return deps.standalone(work, options);
    if (options.commitBeforeReturning) {
      // Its writes must be visible to the calls after it, and PGlite's one connection must be free for it.
      retireCurrent();
      return deps.standalone(work, options);
    }
    // A snapshot across a write would fail against a concurrent commit: writes read committed.
    const isolation: Isolation = writing ? 'read committed' : (options.isolation ?? 'read committed');
    const shared = sharedFor(isolation);
    try {
      return await shared.run(work, writing);
    } catch (error) {
      if (!writing && !again && error instanceof StorageError && error.sqlState === ABORTED_TRANSACTION) {
        return tenant(work, options, true);
      }
      throw error;
    }
  }

  async function settle(rollback: boolean): Promise<void> {
    ended = true;
    if (rollback) for (const shared of all) shared.failed = true;
    retireCurrent();
    for (const shared of all) shared.retire();
    const outcomes = await Promise.allSettled(all.map(async (shared) => await await shared.ended));
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure && !rollback) throw (failure as PromiseRejectedResult).reason;
  }

  return {
    tenant: (work, options) => tenant(work, options),
    declareWrites() {
      if (writing) return;
      writing = true;
      // Reads already under way finish in their own transaction; the writes start a new one.
      retireCurrent();
    },
    finish: () => settle(false),
    abort: () => settle(true),
  };
}
