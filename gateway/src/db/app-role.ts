/**
 * Tenant isolation rests on row-level security, which PostgreSQL does not apply
 * to a superuser or a BYPASSRLS role. `coachwork_app` is created without either,
 * but a role is cluster-wide and an operator (or another database's setup) can
 * change it; the gateway then must not serve a single request.
 */
import type { Queryable } from './types.js';

export const APPLICATION_ROLE = 'coachwork_app';

export async function assertApplicationRole(db: Queryable): Promise<void> {
  const [role] = await db.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
    'select rolsuper, rolbypassrls from pg_roles where rolname = $1',
    [APPLICATION_ROLE],
  );
  if (!role) {
    throw new Error(
      `The database has no role ${APPLICATION_ROLE}; run the migrations (coachwork migrate) before serving.`,
    );
  }
  const attributes = [role.rolsuper && 'SUPERUSER', role.rolbypassrls && 'BYPASSRLS'].filter(Boolean);
  if (attributes.length > 0) {
    throw new Error(
      `The application role ${APPLICATION_ROLE} is ${attributes.join(' and ')}, so row-level security ` +
        `would not keep organisations apart; refusing to start. ` +
        `Fix it with: ALTER ROLE ${APPLICATION_ROLE} NOSUPERUSER NOBYPASSRLS;`,
    );
  }
}
