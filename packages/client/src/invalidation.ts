/**
 * Which cached query results a mutation may have changed. The client keeps results per
 * query+variables (no normalised entity store), so after a mutation it re-runs, in the
 * background, every active query whose result could now be different:
 *
 * - one that shows an entity of a type the mutation returned (every selection set asks for
 *   `__typename`, see packages/schema/scripts/codegen.ts; an entity is an object with an `id`,
 *   DESIGN §4). Matching by type rather than by id also catches a new entity joining a list;
 * - one whose document names the type in `refetchOn`: a list that can be empty shows no entity
 *   of its type, yet a mutation creating one must refresh it;
 * - one that reads a derived root field (`derivedRootFields`), whatever the mutation returned.
 */

/**
 * Root fields whose answers are computed from other entities (a progress card counts sessions and
 * goals) rather than stored as entities of their own. No mutation payload names them, so every
 * mutation re-runs the queries that read them (DESIGN §5: a booking made in the booker shows at
 * once in the progress card).
 */
export const derivedRootFields: ReadonlySet<string> = new Set(['progressCard', 'teamProgressCards']);

/** The typenames of the entities (objects with an `id`) anywhere in a result. */
export function entityTypenames(data: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(data)) {
    for (const item of data) entityTypenames(item, into);
  } else if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if (typeof record['__typename'] === 'string' && record['id'] != null) into.add(record['__typename']);
    for (const key in record) entityTypenames(record[key], into);
  }
  return into;
}

/** True when a query's result reads a derived root field, so any mutation may change it. */
export function readsDerivedField(data: unknown): boolean {
  return (
    !!data && typeof data === 'object' && Object.keys(data).some((field) => derivedRootFields.has(field))
  );
}
