/** What the database benches share: a connection as the server's admin, and timing with warm-up. */
import { performance } from 'node:perf_hooks';
import pg from 'pg';

export const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Timing {
  median: number;
  p95: number;
}

/** Runs `work` on a fresh connection to the server's own database (to create or drop a bench database). */
export async function admin(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

function stats(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

/** The median and 95th percentile of `runs` timed calls, after `warmup` untimed ones. */
export async function time(fn: () => Promise<unknown>, runs = 15, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return stats(samples);
}

/**
 * The bench's own database `name` on the server: created, or reused when a kept one is there already.
 * Its address, and whether it was reused (then it holds the data a previous run seeded).
 */
export async function benchDatabase(name: string): Promise<{ url: string; reused: boolean }> {
  let reused = false;
  await admin(async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    reused = found.rowCount === 1;
    if (!reused) await client.query(`CREATE DATABASE ${name}`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), reused };
}
