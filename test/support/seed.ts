import type { Database } from '@coachwork/gateway/db/types.js';
import { DEFAULT_SEED_OPTIONS, DEMO_PEOPLE, seed } from '@coachwork/gateway/seed/index.js';

export { DEMO_PEOPLE };

/** The seed's well-known people of the first organisation (stable emails and names in every seed). */
export const northwindCast = DEMO_PEOPLE.northwind;

/** What `pnpm start` puts in an empty embedded database: the default seed, quietly. */
export async function seedDemoOrganisations(db: Database): Promise<void> {
  await seed(db, { ...DEFAULT_SEED_OPTIONS, log: () => {} });
}
