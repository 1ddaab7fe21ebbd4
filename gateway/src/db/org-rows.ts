import type { Queryable } from './types.js';

/**
 * Every row an organisation holds in `table`, oldest first: the order an admin created them in,
 * which the admin screens list them in. `id` breaks ties between rows of one instant so the order
 * never changes between reads. `table` and `columns` are the caller's constants, never input.
 */
export function orgRowsInCreationOrder<Raw extends object>(
  tx: Queryable,
  table: string,
  columns: string,
  orgId: string,
): Promise<Raw[]> {
  return tx.query<Raw>(`select ${columns} from ${table} where org_id = $1 order by created_at, id`, [orgId]);
}

/** Where a list of an organisation's latest rows comes from; every name is the caller's constant, never input. */
export interface LatestOrgRows {
  table: string;
  columns: string;
  /** The column the list is of one value of. */
  column: string;
  /** The column that dates a row: the list starts with the latest. */
  datedBy: string;
}

/**
 * The `first` rows of an organisation in `from.table` whose `from.column` is `value`, the latest
 * first; `id` breaks ties between rows of one instant so a page never changes between reads.
 */
export function latestOrgRows<Raw extends object>(
  tx: Queryable,
  from: LatestOrgRows,
  orgId: string,
  value: unknown,
  first: number,
): Promise<Raw[]> {
  return tx.query<Raw>(
    `select ${from.columns} from ${from.table} where org_id = $1 and ${from.column} = $2
     order by ${from.datedBy} desc, id limit $3`,
    [orgId, value, first],
  );
}
