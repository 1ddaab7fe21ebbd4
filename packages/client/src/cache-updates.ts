import type { Cache, UpdatesConfig } from '@urql/exchange-graphcache';

/**
 * Root fields whose answers are computed from other entities (a progress card counts sessions and
 * goals) rather than stored as entities of their own. No mutation payload can patch them, so every
 * mutation drops them from the cache; widgets showing them re-run their query and update with no
 * reload (DESIGN §5: a booking made in the booker shows at once in the progress card).
 */
export const derivedRootFields: ReadonlySet<string> = new Set(['progressCard', 'teamProgressCards']);

function invalidateDerived(_result: unknown, _args: unknown, cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (derivedRootFields.has(field.fieldName)) cache.invalidate('Query', field.fieldName, field.arguments);
  }
}

/** The same updater for every mutation, present and future: graphcache looks updaters up by name. */
export const cacheUpdates: UpdatesConfig = {
  Mutation: new Proxy<NonNullable<UpdatesConfig['Mutation']>>(
    {},
    { get: (_target, field) => (typeof field === 'string' ? invalidateDerived : undefined) },
  ),
};
