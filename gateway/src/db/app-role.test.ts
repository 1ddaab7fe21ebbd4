/**
 * Row-level security binds only a role that is neither superuser nor BYPASSRLS:
 * opening the database refuses to go on when `coachwork_app` is either.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertApplicationRole } from './app-role.js';
import { openDatabase } from './index.js';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from './testing.js';

describe.each(testEngines())('the application role on %s', (engine) => {
  it('is NOSUPERUSER NOBYPASSRLS after the migrations', async () => {
    const db = await openTestDatabase(engine);
    try {
      await expect(assertApplicationRole(db)).resolves.toBeUndefined();
    } finally {
      await db.close();
    }
  });
});

// Roles are cluster-wide on PostgreSQL, so only a private PGlite may be altered here.
describe('a database whose application role bypasses row-level security', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cw-app-role-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    ['BYPASSRLS', /coachwork_app.*BYPASSRLS/s],
    ['SUPERUSER', /coachwork_app.*SUPERUSER/s],
  ])(
    'is refused at open when the role has %s',
    async (attribute, message) => {
      const db = await openDatabase({ engine: 'pglite', dataDir });
      await db.query(`alter role coachwork_app ${attribute}`);
      await expect(assertApplicationRole(db)).rejects.toThrow(message);
      await db.close();
      await expect(openDatabase({ engine: 'pglite', dataDir })).rejects.toThrow(message);
      const repaired = await openDatabase({ engine: 'pglite', dataDir, migrate: false });
      await repaired.query(`alter role coachwork_app NO${attribute}`);
      await repaired.close();
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
