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
 *
 * Until its re-fetch lands, such a query shows its old result with the leaf fields of the
 * mutation's entities written in (`patchEntities`), the one thing a normalised cache did that
 * widgets rely on: the widget that mutated shows its own change as soon as `mutate()` resolves.
 */

/**
 * Root fields whose answers are computed from other entities (a progress card counts sessions and
 * goals) rather than stored as entities of their own. No mutation payload names them, so every
 * mutation re-runs the queries that read them (DESIGN §5: a booking made in the booker shows at
 * once in the progress card).
 */
export const derivedRootFields: ReadonlySet<string> = new Set(['progressCard', 'teamProgressCards']);

/** True when a query's result reads a derived root field, so any mutation may change it. */
export function readsDerivedField(data: unknown): boolean {
  return (
    !!data && typeof data === 'object' && Object.keys(data).some((field) => derivedRootFields.has(field))
  );
}

type Entity = Record<string, unknown> & { __typename: string; id: unknown };

/** Calls `found` with every entity (an object with `__typename` and `id`) anywhere in a result. */
function walkEntities(data: unknown, found: (entity: Entity, key: string) => void): void {
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if (typeof record['__typename'] === 'string' && record['id'] != null)
      found(record as Entity, `${record['__typename']}:${String(record['id'])}`);
    for (const value of Object.values(record)) walkEntities(value, found);
  }
}

/** The typenames of the entities anywhere in a result. */
export function entityTypenames(data: unknown, into: Set<string> = new Set()): Set<string> {
  walkEntities(data, (entity) => into.add(entity.__typename));
  return into;
}

/** The entities of a mutation's result by `Typename:id`, for `patchEntities`. */
export function entitiesOf(data: unknown): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  walkEntities(data, (entity, key) => entities.set(key, entity));
  return entities;
}

/**
 * A query's result with the leaf fields (not objects, nor lists of objects: those are the
 * query's own selection, left to the re-fetch) of the mutation's entities written over the same
 * entities in it (same typename and id). Returns `data` itself when nothing changed, and keeps
 * the identity of every untouched part, so Lit re-renders only what changed.
 */
export function patchEntities(data: unknown, entities: ReadonlyMap<string, Entity>): unknown {
  if (!data || typeof data !== 'object') return data;
  const record = data as Record<string, unknown>;
  const source =
    typeof record['__typename'] === 'string'
      ? entities.get(`${record['__typename']}:${String(record['id'])}`)
      : undefined;
  const copy = (Array.isArray(data) ? [...data] : { ...record }) as Record<string, unknown>;
  let changed = false;
  for (const key of Object.keys(record)) {
    const value = record[key];
    const leaf = source?.[key];
    const next =
      source &&
      key in source &&
      !(
        leaf &&
        typeof leaf === 'object' &&
        !(Array.isArray(leaf) && leaf.every((item) => typeof item !== 'object'))
      )
        ? leaf
        : patchEntities(value, entities);
    if (next !== value) {
      copy[key] = next;
      changed = true;
    }
  }
  return changed ? copy : data;
}
