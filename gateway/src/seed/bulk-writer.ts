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

export class BulkWriter {
  private readonly buffers = new Map<string, CellValue[][]>();
  private readonly statements = new Map<string, string>();
  private readonly written = new Map<string, number>();
  private readonly writeMs = new Map<string, number>();

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

  /** Adds one row (values in the spec's column order); flushes everything when a buffer is full. */
  async add(table: string, row: CellValue[]): Promise<void> {
    const buffer = this.buffers.get(table);
    if (!buffer) throw new Error(`BulkWriter: no spec for table ${table}`);
    buffer.push(row);
    if (buffer.length >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    for (const spec of this.specs) {
      const rows = this.buffers.get(spec.table)!;
      if (rows.length === 0) continue;
      this.buffers.set(spec.table, []);
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
}
