/** The reads every module's repository makes alike. */
import type { Queryable } from '../../db/types.js';

export interface KeyedSelect<Raw, Row> {
  /** The select list, qualified by `alias` where `from` joins. */
  columns: string;
  /** The table, or join, with its alias: `goals g`. */
  from: string;
  /** The alias `org_id` and `key` belong to; none where `from` has none. */
  alias?: string;
  /** The column `keys` are matched against; `id` unless told. */
  key?: string;
  /** How `keys` are cast for `any(...)`. */
  keyType?: 'uuid' | 'text';
  to: (raw: Raw) => Row;
}

/**
 * The read behind most loaders: one organisation's rows whose key is one of `keys`, in no
 * particular order, as a repository function `(tx, orgId, keys)`.
 */
export function byKeys<Raw extends object, Row>({
  columns,
  from,
  alias,
  key = 'id',
  keyType = 'uuid',
  to,
}: KeyedSelect<Raw, Row>): (tx: Queryable, orgId: string, keys: readonly string[]) => Promise<Row[]> {
  const of = alias ? `${alias}.` : '';
  const sql = `select ${columns} from ${from} where ${of}org_id = $1 and ${of}${key} = any($2::${keyType}[])`;
  return async (tx, orgId, keys) => (await tx.query<Raw>(sql, [orgId, keys])).map(to);
}
