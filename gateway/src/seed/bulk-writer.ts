import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Queryable } from '../db/types.js';

/**
 * Buffers generated rows per table and writes them in batches, so memory stays
 * bounded however large the seed. A batch is one `COPY … FROM STDIN` where the
 * connection offers it (a transaction on either engine): no statement to parse
 * or plan, no parameter arrays to build and unpack. Otherwise it is one
 * `INSERT … SELECT FROM unnest($1::uuid[], $2::text[], …)`: one parameter per
 * column instead of per value. Both write the same rows.
 */

export type ColumnType =
  | 'uuid'
  | 'text'
  | 'integer'
  | 'smallint'
  | 'numeric'
  | 'boolean'
  | 'date'
  | 'timestamptz'
  | 'time'
  | 'jsonb'
  | 'text[]'
  | 'uuid[]';

export type CellValue = string | number | boolean | null | readonly string[] | object;

export interface TableSpec {
  table: string;
  columns: ReadonlyArray<readonly [name: string, type: ColumnType]>;
}

/** Array and jsonb columns travel as text: unnest would flatten a 2-D array. */
function transportType(type: ColumnType): string {
  return type === 'jsonb' || type.endsWith('[]') ? 'text' : type;
}

/** PostgreSQL array literal with every element quoted: {"a","b \"c\""}. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function encode(type: ColumnType, value: CellValue): unknown {
  if (value === null) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type.endsWith('[]')) return arrayLiteral(value as readonly string[]);
  return value;
}

/** COPY text format: backslash, tab, newline and carriage return escaped; `\N` is null. */
function copyEscape(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}

function copyField(type: ColumnType, value: CellValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  return copyEscape(String(encode(type, value)));
}

function copyText(spec: TableSpec, rows: readonly CellValue[][]): string {
  const { columns } = spec;
  let text = '';
  for (const row of rows) {
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) text += '\t';
      text += copyField(columns[c]![1], row[c] ?? null);
    }
    text += '\n';
  }
  return text;
}

function insertStatement(spec: TableSpec): string {
  const names = spec.columns.map(([name]) => name);
  const params = spec.columns.map(([, type], index) => `$${index + 1}::${transportType(type)}[]`);
  const selected = spec.columns.map(([name, type]) =>
    transportType(type) === type ? `u.${name}` : `u.${name}::${type}`,
  );
  return (
    `INSERT INTO ${spec.table} (${names.join(', ')}) ` +
    `SELECT ${selected.join(', ')} FROM unnest(${params.join(', ')}) AS u(${names.join(', ')})`
  );
}

/** Rows generated between two turns of the event loop while a batch is being written. */
const ROWS_PER_TURN = 500;

export class BulkWriter {
  private readonly buffers = new Map<string, CellValue[][]>();
  private readonly statements = new Map<string, string>();
  private readonly written = new Map<string, number>();
  private readonly writeMs = new Map<string, number>();
  private inFlight: Promise<void> = Promise.resolve();
  private writing = false;
  private rowsSinceTurn = 0;
  private waitedMs = 0;

  /**
   * `specs` in dependency order: a flush writes tables in this order, so a row
   * only needs its referenced rows to have been added before it.
   */
  constructor(
    private readonly db: Queryable,
    private readonly specs: readonly TableSpec[],
    private readonly batchSize = 5000,
    /**
     * Tables whose batches are written with `session_replication_role = replica`: no foreign-key
     * checks or triggers, which is most of a large seed's time. Only for rows consistent by
     * construction, only as a superuser, and the analytics aggregates must be rebuilt afterwards
     * (their dirty-marking triggers do not fire). Benchmarks use it for the 360 pulse.
     */
    private readonly trustedTables: ReadonlySet<string> = new Set(),
    /** false writes with INSERT even where COPY is available (to compare the two). */
    private readonly useCopy = true,
  ) {
    for (const spec of specs) {
      this.buffers.set(spec.table, []);
      this.statements.set(spec.table, insertStatement(spec));
      this.written.set(spec.table, 0);
    }
  }

  /**
   * Adds one row (values in the spec's column order); when a buffer is full, sends everything
   * buffered and goes on generating while the database writes it.
   */
  async add(table: string, row: CellValue[]): Promise<void> {
    const buffer = this.buffers.get(table);
    if (!buffer) throw new Error(`BulkWriter: no spec for table ${table}`);
    buffer.push(row);
    if (buffer.length >= this.batchSize) await this.send();
    else if (this.writing && ++this.rowsSinceTurn >= ROWS_PER_TURN) {
      // Generating never waits on its own, so it would hold the event loop until the next batch is
      // full: let the batch in flight reach the socket and its answer come back in between.
      this.rowsSinceTurn = 0;
      await nextTurn();
    }
  }

  /** Writes everything buffered; resolves once the database has it all. */
  async flush(): Promise<void> {
    await this.send();
    await this.settle();
  }

  /**
   * Starts writing the buffered rows once the previous batch is written: one batch in flight and
   * one filling, so the generator and the database work at the same time and memory stays bounded.
   */
  private async send(): Promise<void> {
    await this.settle();
    const batches: Array<[TableSpec, CellValue[][]]> = [];
    for (const spec of this.specs) {
      const rows = this.buffers.get(spec.table)!;
      if (rows.length === 0) continue;
      this.buffers.set(spec.table, []);
      batches.push([spec, rows]);
    }
    if (batches.length === 0) return;
    this.writing = true;
    this.inFlight = this.write(batches).finally(() => (this.writing = false));
    // Handled when the next send or flush awaits it; marked now so a failure in between is not reported unhandled.
    this.inFlight.catch(() => undefined);
  }

  private async settle(): Promise<void> {
    const started = performance.now();
    await this.inFlight;
    this.waitedMs += performance.now() - started;
  }

  /** Tables in dependency order, each batch one statement; a row only needs rows sent before it. */
  private async write(batches: ReadonlyArray<[TableSpec, CellValue[][]]>): Promise<void> {
    for (const [spec, rows] of batches) {
      const started = performance.now();
      const trusted = this.trustedTables.has(spec.table);
      if (trusted) await this.db.query('SET LOCAL session_replication_role = replica');
      if (this.db.copyFrom && this.useCopy) {
        const names = spec.columns.map(([name]) => name);
        await this.db.copyFrom(spec.table, names, copyText(spec, rows));
      } else {
        const columns = spec.columns.map(([, type], index) =>
          rows.map((row) => encode(type, row[index] ?? null)),
        );
        await this.db.query(this.statements.get(spec.table)!, columns);
      }
      if (trusted) await this.db.query('SET LOCAL session_replication_role = origin');
      this.writeMs.set(spec.table, (this.writeMs.get(spec.table) ?? 0) + performance.now() - started);
      this.written.set(spec.table, this.written.get(spec.table)! + rows.length);
    }
  }

  rowsWritten(): Map<string, number> {
    return new Map(this.written);
  }

  /** Milliseconds spent waiting for the database per table (to see where a large seed's time goes). */
  writeTimes(): Map<string, number> {
    return new Map(this.writeMs);
  }

  /** Milliseconds the generator spent waiting for a batch to be written before it could send the next. */
  waitTime(): number {
    return this.waitedMs;
  }
}
