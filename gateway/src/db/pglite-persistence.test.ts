import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './index.js';
import { STORAGE_TEST_TIMEOUT_MS } from './testing.js';

vi.setConfig({ testTimeout: STORAGE_TEST_TIMEOUT_MS, hookTimeout: STORAGE_TEST_TIMEOUT_MS });

describe('PGlite with a data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cw-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data and applied migrations across a restart', async () => {
    const first = await openDatabase({ engine: 'pglite', dataDir });
    await first.query(
      `INSERT INTO organisations (slug, name, embed_signing_secret)
       VALUES ('persisted', 'Persisted Ltd', repeat('s', 40))`,
    );
    const [applied] = await first.query<{ count: number }>('SELECT count(*) AS count FROM schema_migrations');
    await first.close();

    const second = await openDatabase({ engine: 'pglite', dataDir });
    try {
      expect(await second.query('SELECT slug FROM organisations')).toEqual([{ slug: 'persisted' }]);
      const [stillApplied] = await second.query<{ count: number }>(
        'SELECT count(*) AS count FROM schema_migrations',
      );
      expect(stillApplied?.count).toBe(applied?.count);
    } finally {
      await second.close();
    }
  });
});
