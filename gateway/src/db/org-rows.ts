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
